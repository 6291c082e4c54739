import { Schema } from "effect";
import { UnitId, UserId } from "./ids.js";
import { Role } from "./roles.js";

/** Who issues a command: resolved by the server from the session, never typed by the user. */
export const Actor = Schema.Struct({
  userId: UserId,
  name: Schema.String,
  roles: Schema.Array(Role),
  unitId: UnitId,
}).annotations({ identifier: "Actor" });
export type Actor = typeof Actor.Type;

/** The record of a person in an event: enough for an auditor, nothing derived. */
export const ActorRef = Schema.Struct({
  userId: UserId,
  name: Schema.String,
  unitId: UnitId,
});
export type ActorRef = typeof ActorRef.Type;

export const actorRef = (actor: Actor): ActorRef => ({
  userId: actor.userId,
  name: actor.name,
  unitId: actor.unitId,
});

export const hasRole = (actor: Actor, ...roles: ReadonlyArray<Role>): boolean =>
  roles.some((role) => actor.roles.includes(role));

/**
 * The process manager's identity. A closed case of 政务督查 / 公文制发 / 公文收文处理 opens its
 * archive item by itself (spec §4: "arrive here as collected items by themselves"); the server's
 * process manager issues that command as this actor. It holds the archivist's role — it does the
 * archivist's collecting for them — and a reserved user id that no login can have: the server
 * resolves every human actor from a session, never from typed input, so only the process manager
 * can produce it. The record of every collected hand-off therefore names the system, not a person.
 */
export const systemUserId = UserId.make("system:process-manager");

export const systemActor: Actor = {
  userId: systemUserId,
  name: "系统（流程管理器）",
  roles: ["archivist"],
  unitId: UnitId.make("office"),
};

export const isSystemActor = (actor: Actor): boolean => actor.userId === systemUserId;

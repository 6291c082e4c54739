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

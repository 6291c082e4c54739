import { type Actor, type ActorRef, actorRef, type LocalDate } from "@banli/kernel";
import { loadStreamState, runStreamCommand, userAsActor } from "@banli/projections";
import { Either } from "effect";
import type { ApiDeps } from "../deps.js";
import { fromDomain, refuse } from "../errors.js";
import { recordSecurityEvent } from "../security-log.js";
import { instantOf, localDateOf } from "../time.js";
import { delegationKind, delegationStreamId, type Grant, grantHolds } from "./grants.js";

export * from "./grants.js";

const loadGrants = async (deps: Pick<ApiDeps, "store">) =>
  (await loadStreamState(deps.store, delegationKind, delegationStreamId)).state;

const noDelegation = () =>
  refuse(
    "NotAuthorised",
    "您没有代该用户办理的有效委托",
    "You hold no current delegation from that user",
  );

/**
 * The principal a command is issued for: the actor themself, or — with `onBehalfOf` — the user
 * who granted the actor a delegation that holds today and is still active in the directory.
 */
export const principalFor = async (
  deps: ApiDeps,
  actor: Actor,
  onBehalfOf: string | undefined,
): Promise<Actor | undefined> => {
  if (onBehalfOf === undefined || onBehalfOf === actor.userId) return undefined;
  const principal = deps.projector.directory().users.get(onBehalfOf);
  if (principal === undefined || !principal.active) throw noDelegation();
  const today = localDateOf(deps.now());
  const grants = await loadGrants(deps);
  const holds = [...grants.values()].some(
    (g) =>
      g.principal.userId === onBehalfOf && g.deputy.userId === actor.userId && grantHolds(g, today),
  );
  if (!holds) throw noDelegation();
  return userAsActor(principal);
};

/** Whose eyes a read uses: the principal's with a holding `onBehalfOf`, else the actor's own. */
export const viewerFor = async (
  deps: ApiDeps,
  actor: Actor,
  onBehalfOf: string | undefined,
): Promise<Actor> => (await principalFor(deps, actor, onBehalfOf)) ?? actor;

const refOf = (deps: ApiDeps, userId: string): ActorRef => {
  const user = deps.projector.directory().users.get(userId);
  if (user === undefined || !user.active) {
    throw refuse("InvalidCommand", `没有用户「${userId}」`, `No user "${userId}"`);
  }
  return actorRef(userAsActor(user));
};

export const grantDelegation = async (
  deps: ApiDeps,
  actor: Actor,
  input: {
    readonly principal: string;
    readonly deputy: string;
    readonly until?: LocalDate | undefined;
  },
): Promise<Grant> => {
  const principal = refOf(deps, input.principal);
  const deputy = refOf(deps, input.deputy);
  const at = instantOf(deps.now());
  if (input.until !== undefined && input.until < localDateOf(deps.now())) {
    throw refuse("InvalidCommand", "委托截止日期已过", "The delegation would end in the past");
  }
  const grantId = deps.newId();
  const outcome = await runStreamCommand(
    deps.store,
    delegationKind,
    delegationStreamId,
    {
      _tag: "GrantDelegation",
      grantId,
      principal,
      deputy,
      ...(input.until === undefined ? {} : { until: input.until }),
      by: actorRef(actor),
      at,
    },
    { commandId: deps.newId(), at, actor },
  );
  if (Either.isLeft(outcome)) throw fromDomain(outcome.left);
  await recordSecurityEvent(
    deps.store,
    {
      _tag: "DelegationChanged",
      userId: actor.userId,
      change: "granted",
      grantId,
      principal: principal.userId,
      deputy: deputy.userId,
    },
    at,
    actor,
  );
  const grant = outcome.right.state.get(grantId);
  if (grant === undefined) throw new Error("the grant was recorded");
  return grant;
};

/** Revokes a grant; only its principal or an administrator may (checked by the caller). */
export const revokeDelegation = async (
  deps: ApiDeps,
  actor: Actor,
  grantId: string,
  mayRevoke: (grant: Grant) => boolean,
): Promise<Grant> => {
  const grant = (await loadGrants(deps)).get(grantId);
  if (grant === undefined || !mayRevoke(grant)) {
    throw refuse("NotFound", "没有这项委托", "No such delegation");
  }
  const at = instantOf(deps.now());
  const outcome = await runStreamCommand(
    deps.store,
    delegationKind,
    delegationStreamId,
    { _tag: "RevokeDelegation", grantId, by: actorRef(actor), at },
    { commandId: deps.newId(), at, actor },
  );
  if (Either.isLeft(outcome)) throw fromDomain(outcome.left);
  await recordSecurityEvent(
    deps.store,
    {
      _tag: "DelegationChanged",
      userId: actor.userId,
      change: "revoked",
      grantId,
      principal: grant.principal.userId,
      deputy: grant.deputy.userId,
    },
    at,
    actor,
  );
  // Answered once the read model has passed the revocation: its position is the query cache's
  // version, so an answer kept from before (read in the principal's name) is stale from now on.
  await deps.projector.sync();
  return outcome.right.state.get(grantId) ?? grant;
};

/** The grants a user gave or received (every one, when `all`: the administrator's view). */
export const listDelegations = async (deps: ApiDeps, userId: string, all: boolean) => {
  const today = localDateOf(deps.now());
  return [...(await loadGrants(deps)).values()]
    .filter((g) => all || g.principal.userId === userId || g.deputy.userId === userId)
    .map((g) => ({ ...g, active: grantHolds(g, today) }));
};

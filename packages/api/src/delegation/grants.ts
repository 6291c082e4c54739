import {
  ActorRef,
  type Decider,
  type DomainError,
  fromUnknown,
  Instant,
  invalid,
  LocalDate,
} from "@banli/kernel";
import type { StreamKind } from "@banli/projections";
import { Either, Schema } from "effect";

/**
 * 委托 (delegation): a user who is away lets another act in their name — a leader's secretary
 * signs for the leader, a deputy director reviews for the director. The kernel takes the acting
 * person and the principal in a command's metadata (`onBehalfOf`) and checks the principal's
 * authority; which delegations exist is the server's record, kept here as its own stream so every
 * grant and revocation is in the log with who made it and when.
 */
export const delegationStreamId = "delegations";

export const DelegationGranted = Schema.TaggedStruct("DelegationGranted", {
  grantId: Schema.String,
  principal: ActorRef,
  deputy: ActorRef,
  /** Last day (inclusive, +08:00) the grant holds; open-ended when absent. */
  until: Schema.optional(LocalDate),
  by: ActorRef,
  at: Instant,
});
export type DelegationGranted = typeof DelegationGranted.Type;

export const DelegationRevoked = Schema.TaggedStruct("DelegationRevoked", {
  grantId: Schema.String,
  by: ActorRef,
  at: Instant,
});
export type DelegationRevoked = typeof DelegationRevoked.Type;

export const DelegationEvent = Schema.Union(DelegationGranted, DelegationRevoked);
export type DelegationEvent = typeof DelegationEvent.Type;

export type DelegationCommand =
  | (Omit<DelegationGranted, "_tag"> & { readonly _tag: "GrantDelegation" })
  | (Omit<DelegationRevoked, "_tag"> & { readonly _tag: "RevokeDelegation" });

export interface Grant {
  readonly grantId: string;
  readonly principal: ActorRef;
  readonly deputy: ActorRef;
  readonly until: string | undefined;
  readonly grantedAt: string;
  readonly revokedAt: string | undefined;
}

export type DelegationState = ReadonlyMap<string, Grant>;

const evolve = (state: DelegationState, event: DelegationEvent): DelegationState => {
  const next = new Map(state);
  switch (event._tag) {
    case "DelegationGranted":
      next.set(event.grantId, {
        grantId: event.grantId,
        principal: event.principal,
        deputy: event.deputy,
        until: event.until,
        grantedAt: event.at,
        revokedAt: undefined,
      });
      return next;
    case "DelegationRevoked": {
      const grant = next.get(event.grantId);
      if (grant !== undefined) next.set(event.grantId, { ...grant, revokedAt: event.at });
      return next;
    }
  }
};

const decide = (
  command: DelegationCommand,
  state: DelegationState,
): Either.Either<ReadonlyArray<DelegationEvent>, DomainError> => {
  switch (command._tag) {
    case "GrantDelegation": {
      const { _tag, ...fields } = command;
      if (command.principal.userId === command.deputy.userId) {
        return Either.left(
          invalid("GrantDelegation", "deputy", {
            zh: "不能委托给本人",
            en: "A user cannot delegate to themselves",
          }),
        );
      }
      if (state.has(command.grantId)) return Either.right([]);
      return Either.right([{ ...fields, _tag: "DelegationGranted" }]);
    }
    case "RevokeDelegation": {
      const grant = state.get(command.grantId);
      if (grant === undefined) {
        return Either.left(
          invalid("RevokeDelegation", "grantId", { zh: "没有这项委托", en: "No such delegation" }),
        );
      }
      // Revoking twice is a no-op: the first revocation stands.
      if (grant.revokedAt !== undefined) return Either.right([]);
      const { _tag, ...fields } = command;
      return Either.right([{ ...fields, _tag: "DelegationRevoked" }]);
    }
  }
};

export const delegationDecider: Decider<DelegationCommand, DelegationEvent, DelegationState> = {
  initialState: new Map(),
  decide,
  evolve,
  isTerminal: () => false,
};

export const delegationKind: StreamKind<DelegationCommand, DelegationEvent, DelegationState> = {
  prefix: "delegation",
  eventSchema: fromUnknown(DelegationEvent),
  decider: delegationDecider,
};

/** Whether a grant lets its deputy act for its principal on `today` (YYYY-MM-DD, +08:00). */
export const grantHolds = (grant: Grant, today: string): boolean =>
  grant.revokedAt === undefined && (grant.until === undefined || today <= grant.until);

import type { Either } from "effect";
import type { Actor } from "./actor.js";
import type { DomainError } from "./errors.js";
import type { CaseId, CommandId, Instant } from "./ids.js";

/**
 * What the server adds to every command: who, when, which case, which command id. The kernel
 * reads no clock and makes no ids; they arrive here.
 */
export interface CommandMeta {
  readonly commandId: CommandId;
  readonly caseId: CaseId;
  readonly actor: Actor;
  /** 委托/代理: the person the actor acts for, when acting under a delegation. */
  readonly onBehalfOf?: Actor | undefined;
  readonly at: Instant;
}

/** A command: the payload a user filled in (a tagged struct) plus its metadata. */
export interface Command<P extends { readonly _tag: string }> {
  readonly meta: CommandMeta;
  readonly payload: P;
}

/**
 * The Decider pattern (Jérémie Chassaing): decide never throws and never refuses by
 * exception; evolve folds facts and never refuses.
 */
export interface Decider<C, E, S> {
  readonly initialState: S;
  readonly decide: (command: C, state: S) => Either.Either<ReadonlyArray<E>, DomainError>;
  readonly evolve: (state: S, event: E) => S;
  readonly isTerminal: (state: S) => boolean;
}

/** Folds a history of events into state: the same fold for live handling and for replay. */
export const fold = <C, E, S>(decider: Decider<C, E, S>, events: Iterable<E>): S => {
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, event);
  return state;
};

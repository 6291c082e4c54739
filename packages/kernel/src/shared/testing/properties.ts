import { Either, Schema } from "effect";
import { isGuardRefusal, principalOf } from "../command-table.js";
import { type Command, fold } from "../decider.js";
import type { ProcessModule } from "../process.js";
import { AssertionError } from "./given.js";

/**
 * One step of every process's property over random command sequences (issue 3, "Property
 * tests"): `decide` does not throw; a command is refused by its guard exactly when
 * `availableActions` leaves it out (a data refusal may still meet a listed command); what is
 * accepted is a valid event of the process; the live state moves by `evolve`. Returns the next
 * state and appends the recorded events to `log`, for the caller's fold-equals-live check.
 */
export const propertyStep = <
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  S,
>(
  module: ProcessModule<P, E, S>,
  state: S,
  command: Command<P>,
  log: E[],
): S => {
  const { decider } = module;
  const tag = command.payload._tag;
  const listed = module
    .availableActions(state, principalOf(command.meta))
    .some((action) => action.command === tag);
  const result = decider.decide(command, state);
  if (Either.isLeft(result)) {
    if (listed === isGuardRefusal(result.left)) {
      throw new AssertionError(
        `${tag}: ${result.left._tag} while ${listed ? "listed" : "not listed"} by availableActions`,
        listed,
        !isGuardRefusal(result.left),
      );
    }
    return state;
  }
  if (!listed) throw new AssertionError(`${tag} was accepted but not listed`, false, true);
  let next = state;
  for (const event of result.right) {
    if (!Schema.is(module.eventSchema)(event)) {
      throw new AssertionError(`${tag} recorded an invalid event`, event, undefined);
    }
    next = decider.evolve(next, event);
    log.push(event);
  }
  return next;
};

/**
 * `propertyStep` over a sequence of commands after a `start` history: the live state at the end
 * and the log of every event (the start's, then the recorded ones), for the caller's
 * fold-equals-live check.
 */
export const propertyRun = <
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  S,
>(
  module: ProcessModule<P, E, S>,
  start: ReadonlyArray<E>,
  commands: ReadonlyArray<Command<P>>,
): { readonly state: S; readonly log: ReadonlyArray<E> } => {
  const log: E[] = [...start];
  let state = fold(module.decider, log);
  for (const command of commands) state = propertyStep(module, state, command, log);
  return { state, log };
};

import type { Recorded } from "./delegation.js";
import { evolveHandling, isHandlingEvent } from "./handling.js";
import type { CaseState, HandOff, Receiver } from "./handling-state.js";
import { handOff, handOffAfter } from "./withdraw.js";

/**
 * What an event does to the last hand-off (撤回):
 * - a `Receiver`: the event hands the case on to it, from the status before to the status after;
 * - `{ set }`: the event leaves exactly this hand-off (one with its own from/to, none, or the one
 *   that stands);
 * - `undefined`: no hand-off — the last one stands until the case moves or its receiver acts.
 */
export type HandOffStep<Status extends string> =
  | Receiver
  | { readonly set: HandOff<Status> | undefined }
  | undefined;

/**
 * The one `evolve` of every process: the handling sub-state folds the generic operations'
 * events, then the process's own `apply`, then the hand-off the event leaves (`handOffOf`).
 */
export const makeEvolve =
  <
    Status extends string,
    S extends CaseState<Status>,
    E extends Recorded & { readonly _tag: string },
  >(rules: {
    readonly apply: (state: S, event: E) => S;
    readonly handOffOf: (event: E, before: S, after: S) => HandOffStep<Status>;
  }) =>
  (state: S, event: E): S => {
    const handled = isHandlingEvent(event)
      ? { ...state, handling: evolveHandling(state.handling, event) }
      : state;
    const next = rules.apply(handled, event);
    const step = rules.handOffOf(event, state, next);
    return {
      ...next,
      handOff:
        step === undefined
          ? handOffAfter(state, next, event)
          : "set" in step
            ? step.set
            : handOff(event, state.status, next.status, step),
    };
  };

import { StoreError } from "./errors.js";

/**
 * Group commit, as both SQLite and PostgreSQL adapters do it: the appends waiting together share
 * one transaction, and each caller gets its own answer from it — a result, or its own error (a
 * conflict of one command does not fail the others).
 */
export type Outcome<O> = { readonly ok: O } | { readonly error: unknown };

/** A caller waiting for its answer from a batch. */
export interface Waiter<O> {
  readonly resolve: (value: O) => void;
  readonly reject: (error: unknown) => void;
}

/** Answers each waiter with its outcome, by position; one left without an outcome is failed. */
export const settleBatch = <O>(
  waiters: ReadonlyArray<Waiter<O>>,
  outcomes: ReadonlyArray<Outcome<O>>,
): void => {
  waiters.forEach((waiter, i) => {
    const outcome = outcomes[i];
    if (outcome === undefined) {
      waiter.reject(new StoreError({ message: "group commit: an outcome is missing" }));
    } else if ("ok" in outcome) waiter.resolve(outcome.ok);
    else waiter.reject(outcome.error);
  });
};

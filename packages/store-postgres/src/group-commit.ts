import { type Outcome, settleBatch, type Waiter } from "@banli/event-store";

export interface GroupCommitOptions<I, O> {
  /** Most inputs sent in one batch; the rest wait for the next. */
  readonly maxBatch: number;
  /**
   * Runs one batch and answers one outcome per input, in order. A rejection fails every input of
   * the batch with that error.
   */
  readonly run: (inputs: ReadonlyArray<I>) => Promise<ReadonlyArray<Outcome<O>>>;
}

export interface GroupCommit<I, O> {
  readonly submit: (input: I) => Promise<O>;
  /** Resolves once every input submitted so far has its answer. */
  readonly drain: () => Promise<void>;
}

interface Pending<I, O> extends Waiter<O> {
  readonly input: I;
}

/**
 * Group commit: one batch in flight at a time, and whatever arrives meanwhile waits to go
 * together in the next. Under load a batch holds every caller that was waiting, so many commands
 * share one commit; an idle store sends a lone command after a single turn of the event loop.
 *
 * One batch at a time because a PostgreSQL store's batches serialise on the head row anyway: a
 * second one in flight would only wait for that lock, holding its stream locks meanwhile, and
 * split the waiting callers into smaller batches.
 */
export const makeGroupCommit = <I, O>(options: GroupCommitOptions<I, O>): GroupCommit<I, O> => {
  let queue: Array<Pending<I, O>> = [];
  let busy = false;
  let idle: Array<() => void> = [];

  const flush = () => {
    const batch = queue.slice(0, options.maxBatch);
    queue = queue.slice(batch.length);
    if (batch.length === 0) {
      busy = false;
      const waiting = idle;
      idle = [];
      for (const wake of waiting) wake();
      return;
    }
    options
      .run(batch.map((pending) => pending.input))
      .then(
        (outcomes) => settleBatch(batch, outcomes),
        (error: unknown) =>
          settleBatch(
            batch,
            batch.map(() => ({ error })),
          ),
      )
      // The callers just answered usually send their next command in their continuations, which
      // run before setImmediate's callback: waiting one turn lets them join the next batch.
      .finally(() => setImmediate(flush));
  };

  return {
    submit: (input) =>
      new Promise<O>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        if (!busy) {
          busy = true;
          setImmediate(flush);
        }
      }),
    drain: () => (busy ? new Promise<void>((resolve) => idle.push(resolve)) : Promise.resolve()),
  };
};

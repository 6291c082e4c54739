import type { StoredEvent } from "./envelope.js";
import type { Subscription } from "./port.js";

export interface SubscriptionSource {
  readonly readAll: (after: number, limit: number) => Promise<ReadonlyArray<StoredEvent>>;
  /** Registers a callback fired after each commit; returns the unregister function. */
  readonly onCommit: (wake: () => void) => () => void;
  /** Safety net for a missed wake-up (e.g. a dropped LISTEN connection); default 1 s. */
  readonly pollMs?: number;
  readonly pageSize?: number;
}

/**
 * Catch-up then live delivery, shared by every adapter. It always reads the log by position
 * rather than trusting what the notification carries: positions are gap-free and in commit
 * order, so "everything after the last delivered position" never skips an event.
 */
export const startSubscription = (
  source: SubscriptionSource,
  after: number,
  handler: (event: StoredEvent) => void | Promise<void>,
): Subscription => {
  const pageSize = source.pageSize ?? 1000;
  const pollMs = source.pollMs ?? 1000;
  let closed = false;
  let dirty = false;
  let wakeUp: (() => void) | undefined;
  const wake = () => {
    dirty = true;
    wakeUp?.();
  };
  const unregister = source.onCommit(wake);
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, pollMs);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  const run = async () => {
    let position = after;
    while (!closed) {
      dirty = false;
      const page = await source.readAll(position, pageSize);
      for (const event of page) {
        if (closed) return;
        await handler(event);
        position = event.position;
      }
      // A commit that landed while we were reading set `dirty`: read again before sleeping.
      if (page.length < pageSize && !dirty && !closed) await sleep();
    }
  };
  const done = run().finally(unregister);
  // The caller observes failures through `done`; this keeps an unobserved rejection quiet.
  done.catch(() => undefined);
  return {
    done,
    close: async () => {
      closed = true;
      wakeUp?.();
      await done.catch(() => undefined);
    },
  };
};

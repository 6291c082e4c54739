import type { EventStorePort, StoredEvent, Subscription } from "@banli/event-store";
import { type CaseProcess, parseStreamId, type ReadModelStore } from "@banli/projections";
import { Either } from "effect";
import { issueCommand, type ManagerProblem } from "./issue.js";
import type { Policy, PolicyContext } from "./policy.js";

/**
 * Runs one policy over the log: from its checkpoint, every event is offered to the policy and the
 * command it asks for is issued as the system actor; then the checkpoint moves. Live events wake
 * it through the store's subscription. Safe to run twice (a restart from an older checkpoint, two
 * servers on one database): a command id already in the log is skipped, and if two runners race
 * the store keeps one append for that id — a command is never issued twice.
 */
export interface ProcessManagerOptions {
  /** The checkpoint's name. */
  readonly name: string;
  readonly store: EventStorePort;
  readonly checkpoints: Pick<ReadModelStore, "cursor" | "saveCursor">;
  readonly processes: () => ReadonlyArray<CaseProcess>;
  readonly policy: Policy;
  readonly now: () => Date;
  /** After commands were issued (the server catches its read model up). */
  readonly afterIssue?: () => Promise<unknown>;
  /** A command the kernel refused (it recorded nothing) or a failed run; the manager goes on. */
  readonly onProblem?: (problem: ManagerProblem) => void;
  /** Events read per page; default 500. */
  readonly pageSize?: number;
  /** How long after a live event the run starts (events in between join it); default 100 ms. */
  readonly wakeDelayMs?: number;
}

export interface ProcessManager {
  /** Follows the log and catches up in the background (the server's way). */
  readonly start: () => Promise<void>;
  /** Follows the log and handles every event up to its head now; resolves when done. */
  readonly sync: () => Promise<void>;
  /** Stops following the log and waits for the run in progress. */
  readonly close: () => Promise<void>;
}

export const createProcessManager = (options: ProcessManagerOptions): ProcessManager => {
  const { store, checkpoints, name } = options;
  const pageSize = options.pageSize ?? 500;
  let queue: Promise<void> = Promise.resolve();
  let pending = false;
  let subscription: Subscription | undefined;
  let closed = false;

  const context: PolicyContext = {
    stateOf: async (streamId, version) => {
      const parsed = parseStreamId(options.processes(), streamId);
      if (parsed === undefined) return undefined;
      const cursor = parsed.process.newCursor(parsed.caseId);
      for (const stored of await store.readStream(streamId, { limit: version })) {
        const applied = cursor.apply(stored);
        if (Either.isLeft(applied)) throw applied.left;
      }
      return cursor.state();
    },
  };

  const handle = async (event: StoredEvent): Promise<boolean> => {
    const command = await options.policy(event, context);
    return command === undefined ? false : issueCommand(options, command);
  };

  const runOnce = async (): Promise<void> => {
    let position = await checkpoints.cursor(name);
    for (;;) {
      const page = await store.readAll({ after: position, limit: pageSize });
      if (page.length === 0) return;
      let issued = false;
      for (const event of page) {
        if (await handle(event)) issued = true;
        position = event.position;
      }
      await checkpoints.saveCursor(name, position);
      if (issued) await options.afterIssue?.();
    }
  };

  const schedule = (): Promise<void> => {
    if (pending) return queue;
    pending = true;
    queue = queue.then(async () => {
      pending = false;
      if (closed) return;
      try {
        await runOnce();
      } catch (error) {
        // A failed run leaves the checkpoint where it was: the next wake retries from there.
        options.onProblem?.({ kind: "failed", error });
      }
    });
    return queue;
  };

  // Live events wake a run a moment later, so a burst of commands costs one run, not one each:
  // the command path (and its benchmark) pays nothing per command for the manager.
  let timer: NodeJS.Timeout | undefined;
  const wake = () => {
    if (timer !== undefined || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void schedule();
    }, options.wakeDelayMs ?? 100);
    timer.unref();
  };

  const follow = async () => {
    if (subscription !== undefined || closed) return;
    const head = await store.head();
    // The subscription only wakes the manager; the run reads from the checkpoint itself.
    subscription = store.subscribe({ after: head.position }, wake);
  };

  return {
    start: async () => {
      await follow();
      wake();
    },
    sync: async () => {
      await follow();
      await schedule();
    },
    close: async () => {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      await subscription?.close();
      await queue;
    },
  };
};

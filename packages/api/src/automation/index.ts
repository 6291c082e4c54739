import type { ApiDeps } from "../deps.js";
import { createDeadlineMonitor, type DeadlineMonitor } from "./deadline-monitor.js";
import type { ManagerProblem } from "./issue.js";
import { archiveHandoffPolicy, replyDraftPolicy } from "./policy.js";
import { createProcessManager, type ProcessManager } from "./process-manager.js";

export * from "./deadline-monitor.js";
export * from "./deadline-policy.js";
export * from "./issue.js";
export * from "./policy.js";
export * from "./process-manager.js";

export interface Automation {
  readonly archiveHandoff: ProcessManager;
  readonly replyDrafts: ProcessManager;
  readonly deadlines: DeadlineMonitor;
  /** Stops the managers and waits for the work in progress. */
  readonly close: () => Promise<void>;
}

/**
 * The server's automation, started by `composeApi` and stopped by its `close()`: the archive
 * hand-off and reply-draft process managers (event-driven, checkpointed beside the read model)
 * and the deadline
 * monitor (on a timer, by the working-day calendar). Both are idempotent by command id, so a
 * restart or a second server issues nothing twice. Both work in the background: starting returns
 * at once, and `close()` cancels what has not begun.
 */
export const startAutomation = async (
  deps: ApiDeps,
  options: {
    readonly onProblem?: (problem: ManagerProblem) => void;
    /** The monitor's timer; default an unref'd interval of `deadlineIntervalMs`. */
    readonly every?: (ms: number, run: () => void) => () => void;
    readonly deadlineIntervalMs?: number;
  } = {},
): Promise<Automation> => {
  const shared = {
    store: deps.store,
    processes: () => deps.processes,
    now: () => deps.now(),
    afterIssue: () => deps.projector.sync(),
    ...(options.onProblem === undefined ? {} : { onProblem: options.onProblem }),
  };
  const archiveHandoff = createProcessManager({
    ...shared,
    name: "archive-handoff",
    checkpoints: deps.projector.readModel,
    policy: archiveHandoffPolicy,
  });
  await archiveHandoff.start();
  const replyDrafts = createProcessManager({
    ...shared,
    name: "reply-draft",
    checkpoints: deps.projector.readModel,
    policy: replyDraftPolicy,
  });
  await replyDrafts.start();
  const deadlines = createDeadlineMonitor({
    ...shared,
    readModel: deps.projector.readModel,
    calendar: () => deps.calendar,
    ...(options.every === undefined ? {} : { every: options.every }),
    ...(options.deadlineIntervalMs === undefined ? {} : { intervalMs: options.deadlineIntervalMs }),
  });
  return {
    archiveHandoff,
    replyDrafts,
    deadlines,
    close: async () => {
      await deadlines.close();
      await archiveHandoff.close();
      await replyDrafts.close();
    },
  };
};

/** The default report of a problem: one line on stderr (the manager goes on with the next event). */
export const reportAutomationProblem = (problem: ManagerProblem): void => {
  if (problem.kind === "refused") {
    console.error(
      `banli automation: ${problem.command.process} ${problem.command.caseId} refused (${problem.error._tag}), command ${problem.command.commandId}`,
    );
  } else {
    console.error(`banli automation: run failed: ${String(problem.error)}`);
  }
};

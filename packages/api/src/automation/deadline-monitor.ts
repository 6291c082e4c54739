import type { EventStorePort } from "@banli/event-store";
import { systemActor, type WorkingDayCalendar } from "@banli/kernel";
import type { CaseProcess, ReadModelStore, Viewer } from "@banli/projections";
import { localDateOf } from "../time.js";
import { deadlineAlertFor, yellowHorizon } from "./deadline-policy.js";
import { issueCommand, type ManagerProblem } from "./issue.js";

/**
 * The deadline monitor: on a timer, looks at the open cases due within the yellow window (an
 * indexed query on the read model, not a scan of every case) and records each threshold crossed —
 * 临期提醒 when yellow, 逾期催办 when red — as the system actor, once (see `deadlineAlertFor`).
 * Overdue cases stay in the window (due before today), so a server that was down catches up.
 */
export interface DeadlineMonitorOptions {
  readonly store: EventStorePort;
  readonly readModel: ReadModelStore;
  readonly processes: () => ReadonlyArray<CaseProcess>;
  readonly calendar: () => WorkingDayCalendar;
  readonly now: () => Date;
  /** How often to look; default every five minutes. */
  readonly intervalMs?: number;
  /** The timer (tests drive `tick` themselves); returns a cancel. Default: a first look after
   * two seconds, then an unref'd interval. */
  readonly every?: (ms: number, run: () => void) => () => void;
  readonly afterIssue?: () => Promise<unknown>;
  readonly onProblem?: (problem: ManagerProblem) => void;
}

export interface DeadlineMonitor {
  /** One look; resolves with the number of alerts recorded. Ticks never overlap. */
  readonly tick: () => Promise<number>;
  readonly close: () => Promise<void>;
}

// Large pages: each page also counts the window, so small pages made a look over a big backlog
// quadratic (measured: ~20 s per look with 100,000 cases and pages of 200).
const pageSize = 2_000;
// Command ids known to be in the log already (issued, or found there): skipped without asking
// the store. Bounded: past the bound it starts afresh, which costs one lookup per case again.
const settledBound = 200_000;
/** Lets requests in between pages: a look over a big backlog must not freeze the server. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

// The monitor reads every case, as an auditor does; it acts only through its kernel command.
const monitorViewer: Viewer = {
  userId: systemActor.userId,
  unitId: systemActor.unitId,
  roles: ["auditor"],
};

/** A first look soon after start (not during it: a short CLI run never waits), then every `ms`. */
const defaultEvery = (ms: number, run: () => void): (() => void) => {
  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(
    () => {
      run();
      interval = setInterval(run, ms);
      interval.unref();
    },
    Math.min(ms, 2_000),
  );
  first.unref();
  return () => {
    clearTimeout(first);
    if (interval !== undefined) clearInterval(interval);
  };
};

export const createDeadlineMonitor = (options: DeadlineMonitorOptions): DeadlineMonitor => {
  let running: Promise<number> = Promise.resolve(0);
  let closed = false;

  const settled = new Set<string>();
  const settle = (commandId: string) => {
    if (settled.size >= settledBound) settled.clear();
    settled.add(commandId);
  };

  const look = async (): Promise<number> => {
    const today = localDateOf(options.now());
    const calendar = options.calendar();
    // Near the end of the calendar's last year the window cannot be counted; overdue cases (red
    // needs no calendar) and those due today are still looked at.
    const horizon = yellowHorizon(today, calendar) ?? today;
    let issued = 0;
    for (let offset = 0; ; offset += pageSize) {
      const page = await options.readModel.query({
        viewer: monitorViewer,
        filter: { open: true, dueTo: horizon },
        today,
        sort: "due",
        offset,
        limit: pageSize,
      });
      for (const summary of page.rows) {
        const command = deadlineAlertFor(summary, today, calendar);
        if (command === undefined || settled.has(command.commandId)) continue;
        if (await issueCommand(options, command)) issued += 1;
        // Written now or already in the log: either way, never this command again. (A refusal
        // also lands here; the case changes before a later threshold gives a new command id.)
        settle(command.commandId);
      }
      await breathe();
      // Paging by due date is stable except among equal due dates, where a row that moved (a new
      // event) may be met twice (its command id makes that harmless) or left to the next tick.
      if (offset + pageSize >= page.total) break;
    }
    if (issued > 0) await options.afterIssue?.();
    return issued;
  };

  const tick = (): Promise<number> => {
    running = running.then(
      () => (closed ? 0 : look()),
      () => (closed ? 0 : look()),
    );
    return running.catch((error: unknown) => {
      options.onProblem?.({ kind: "failed", error });
      return 0;
    });
  };

  const cancel = (options.every ?? defaultEvery)(options.intervalMs ?? 300_000, () => {
    void tick();
  });

  return {
    tick,
    close: async () => {
      closed = true;
      cancel();
      await running.catch(() => 0);
    },
  };
};

import type { EventStorePort } from "@banli/event-store";
import { chineseDaysCalendar, systemUserId } from "@banli/kernel";
import { userAsActor } from "@banli/projections";
import { beforeEach, describe, expect, it } from "vitest";
import { openCase } from "../commands.js";
import { demoCases } from "../demo/cases.js";
import { seedDirectory } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { makeMemoryDeps } from "../testing/harness.js";
import { createDeadlineMonitor } from "./deadline-monitor.js";
import { deadlineAlertFor, yellowHorizon } from "./deadline-policy.js";
import type { ManagerProblem } from "./issue.js";

/**
 * 2026's National Day: 10-01…10-07 off, Saturday 10-10 a make-up working day (调休). A case due
 * Monday 10-12 has four working days left on 10-07 (10-08, 10-09, 10-10, 10-12): still green —
 * it would be yellow if 10-10 were a weekend like any other. It turns yellow on 10-08, red on 10-13.
 */
const due = "2026-10-12";
let clock = new Date("2026-09-28T09:00:00+08:00");
const at = (day: string, time = "09:00") => {
  clock = new Date(`${day}T${time}:00+08:00`);
};

const alerts = async (store: EventStorePort) =>
  (await store.readAll({ after: 0, limit: 100_000 })).filter((e) =>
    e.type.endsWith(".DeadlineAlerted"),
  );

let deps: ApiDeps;
let caseId: string;
beforeEach(async () => {
  at("2026-09-28");
  deps = makeMemoryDeps({ now: () => clock });
  await seedDirectory(deps);
  const register = demoCases[0]?.steps[0];
  if (register === undefined) throw new Error("demo case");
  const clerk = deps.projector.directory().users.get("bangongshi");
  if (clerk === undefined) throw new Error("demo clerk");
  const view = await openCase(deps, userAsActor(clerk), {
    process: "supervision",
    command: { ...register.command, receivedOn: "2026-09-28", timeLimit: due },
  });
  caseId = view.caseId;
  expect(view.dueOn).toBe(due);
});

const monitor = (problems: Array<ManagerProblem> = []) =>
  createDeadlineMonitor({
    store: deps.store,
    readModel: deps.projector.readModel,
    processes: () => deps.processes,
    calendar: () => chineseDaysCalendar,
    now: () => clock,
    every: () => () => undefined,
    afterIssue: () => deps.projector.sync(),
    onProblem: (p) => problems.push(p),
  });

describe("the deadline policy on 2026's working days", () => {
  it("is green through the holiday because of the 调休 Saturday, yellow from 10-08, red from 10-13", async () => {
    const row = await deps.projector.readModel.get(caseId);
    if (row === undefined) throw new Error("row");
    const level = (day: string) =>
      (deadlineAlertFor(row, day, chineseDaysCalendar)?.payload as { level?: string } | undefined)
        ?.level;
    expect(level("2026-09-30")).toBeUndefined();
    expect(level("2026-10-07")).toBeUndefined();
    expect(level("2026-10-08")).toBe("临期提醒");
    expect(level("2026-10-11")).toBe("临期提醒");
    expect(level("2026-10-12")).toBe("临期提醒");
    expect(level("2026-10-13")).toBe("逾期催办");
    // The window looked at reaches past the yellow dates (four working days on: 10-09 on 09-28).
    expect(yellowHorizon("2026-09-28", chineseDaysCalendar)).toBe("2026-10-09");
    expect(yellowHorizon("2026-10-07", chineseDaysCalendar)).toBe("2026-10-12");
  });

  it("says nothing for a closed case, a case without a due date, or a year the calendar lacks", async () => {
    const row = await deps.projector.readModel.get(caseId);
    if (row === undefined) throw new Error("row");
    expect(
      deadlineAlertFor({ ...row, closed: true }, "2026-10-13", chineseDaysCalendar),
    ).toBeUndefined();
    expect(
      deadlineAlertFor({ ...row, dueOn: undefined }, "2026-10-13", chineseDaysCalendar),
    ).toBeUndefined();
    expect(
      deadlineAlertFor({ ...row, dueOn: "2035-12-31" }, "2035-12-30", chineseDaysCalendar),
    ).toBeUndefined();
  });
});

describe("the deadline monitor", () => {
  it("records 临期提醒 once when the case turns yellow and 逾期催办 once when it turns red", async () => {
    const problems: Array<ManagerProblem> = [];
    const m = monitor(problems);
    at("2026-10-07");
    expect(await m.tick()).toBe(0);
    at("2026-10-08");
    expect(await m.tick()).toBe(1);
    at("2026-10-09", "16:00");
    expect(await m.tick()).toBe(0);
    at("2026-10-13");
    expect(await m.tick()).toBe(1);
    expect(await m.tick()).toBe(0);
    await m.close();
    expect(problems).toEqual([]);
    const recorded = await alerts(deps.store);
    expect(recorded.map((e) => (e.data as { level: string }).level)).toEqual([
      "临期提醒",
      "逾期催办",
    ]);
    expect(recorded.every((e) => (e.actor as { userId: string }).userId === systemUserId)).toBe(
      true,
    );
    expect(recorded.every((e) => e.streamId === `supervision-${caseId}`)).toBe(true);
  });

  it("a restarted or second monitor records nothing twice, even running at once", async () => {
    at("2026-10-13");
    const [a, b] = [monitor(), monitor()];
    const counts = await Promise.all([a.tick(), b.tick()]);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(1);
    const restarted = monitor();
    expect(await restarted.tick()).toBe(0);
    await Promise.all([a.close(), b.close(), restarted.close()]);
    expect(await alerts(deps.store)).toHaveLength(1);
  });

  it("at the calendar's edge it still records 逾期催办 (red needs no working days)", async () => {
    at("2026-12-30");
    const m = monitor();
    expect(await m.tick()).toBe(1);
    await m.close();
    expect((await alerts(deps.store)).map((e) => (e.data as { level: string }).level)).toEqual([
      "逾期催办",
    ]);
  });

  it("the timer drives it, serialised with direct ticks, until close", async () => {
    let fire: (() => void) | undefined;
    let cancelled = false;
    const m = createDeadlineMonitor({
      store: deps.store,
      readModel: deps.projector.readModel,
      processes: () => deps.processes,
      calendar: () => chineseDaysCalendar,
      now: () => clock,
      every: (_ms, run) => {
        fire = run;
        return () => {
          cancelled = true;
        };
      },
      afterIssue: () => deps.projector.sync(),
    });
    at("2026-10-08");
    fire?.();
    // The timer's tick and this one are serialised: together they record the alert once.
    expect(await m.tick()).toBe(0);
    expect(await alerts(deps.store)).toHaveLength(1);
    await m.close();
    expect(cancelled).toBe(true);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "./demo/seed.js";
import type { ApiDeps } from "./deps.js";
import { browser, signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
import { makeMemoryDeps } from "./testing/harness.js";

let deps: ApiDeps;
beforeAll(async () => {
  deps = makeMemoryDeps();
  await seedDemo(deps);
});

describe("stats, calendar", () => {
  it("counts visible cases by process with 办结率 and 按期办结率", async () => {
    const auditor = await signedIn(deps, "shenji");
    const stats = await auditor.stats.summary({ process: "supervision" });
    expect(stats.all).toMatchObject({ total: 4, closed: 1, completionRate: 0.25, onTimeRate: 1 });
    expect(stats.byProcess.map((p) => p.process)).toEqual(["supervision"]);
    const printRoom = await signedIn(deps, "wenyin");
    expect((await printRoom.stats.summary({ process: "supervision" })).all.total).toBe(0);
  });

  it("computes a due date by the working-day calendar, and refuses years it does not cover", async () => {
    const { caller } = browser(deps);
    expect(await caller.calendar.due({ start: "2026-09-30", amount: 5, unit: "工作日" })).toEqual({
      due: "2026-10-13",
    });
    expect(
      await refusalOf(caller.calendar.due({ start: "2026-12-30", amount: 30, unit: "日" })),
    ).toEqual({ code: "BAD_REQUEST", tag: "CalendarOutOfRange" });
  });

  it("lists open cases that are due soon or overdue", async () => {
    const clerk = await signedIn(deps, "bangongshi");
    const pressing = await clerk.calendar.pressing();
    expect(pressing.every((r) => r.light === "yellow" || r.light === "red")).toBe(true);
  });
});

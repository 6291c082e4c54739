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

  it("lists open cases that are due soon or overdue, soonest first, as the lights say", async () => {
    // Mid-December the demo's 督办 cases (due 12-15 and 12-18) have turned red and yellow.
    const later = makeMemoryDeps({ now: () => new Date("2026-12-16T10:00:00+08:00") });
    await seedDemo(later);
    const clerk = await signedIn(later, "bangongshi");
    const pressing = await clerk.calendar.pressing();
    // The reference: every open case the clerk may see, by its light, soonest due first.
    const all = await clerk.cases.list({ open: true, sort: "due", limit: 200 });
    const expected = all.rows.filter((r) => r.light === "yellow" || r.light === "red");
    expect(pressing.map((r) => r.light)).toContain("red");
    expect(pressing.map((r) => r.light)).toContain("yellow");
    expect(pressing.map((r) => r.caseId)).toEqual(expected.map((r) => r.caseId));
    expect(await clerk.calendar.pressing({ limit: 1 })).toEqual(pressing.slice(0, 1));
  });

  it("titles a petition by its 事由, which is what it has instead of a title", async () => {
    const auditor = await signedIn(deps, "shenji");
    const petitions = await auditor.cases.list({ process: "petition" });
    expect(petitions.rows.map((r) => r.title)).toContain("反映科技型中小企业研发费用补贴申报问题");
  });
});

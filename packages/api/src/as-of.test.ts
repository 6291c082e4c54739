import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "./demo/seed.js";
import type { ApiDeps } from "./deps.js";
import { signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
import { makeMemoryDeps } from "./testing/harness.js";

let deps: ApiDeps;
beforeAll(async () => {
  deps = makeMemoryDeps();
  await seedDemo(deps);
});

/** A demo case with at least three steps in its history, as the auditor sees it. */
const caseWithHistory = async () => {
  const auditor = await signedIn(deps, "shenji");
  const { rows } = await auditor.cases.list({ process: "supervision", limit: 50 });
  for (const row of rows) {
    const view = await auditor.cases.get({ caseId: row.caseId });
    if (view.history.length >= 3) return { auditor, view };
  }
  throw new Error("the demo has no supervision case with three steps");
};

describe("cases.asOf (回放)", () => {
  it("rebuilds status, step and history as they stood between two steps", async () => {
    const { auditor, view } = await caseWithHistory();
    const second = view.history[1];
    if (second === undefined) throw new Error("no second step");
    const asOf = await auditor.cases.asOf({ caseId: view.caseId, at: second.at });
    expect(asOf.history).toEqual(view.history.slice(0, 2));
    expect(asOf.version).toBeLessThan(view.version);
    expect(asOf.closed).toBe(false);
    const now = await auditor.cases.asOf({ caseId: view.caseId, at: "2026-12-31T23:59:59+08:00" });
    expect(now.history).toEqual(view.history);
    expect(now.status).toBe(view.status);
    expect(asOf.status).not.toBeUndefined();
    expect("actions" in asOf).toBe(false);
  });

  it("shows nothing yet before the case was opened", async () => {
    const { auditor, view } = await caseWithHistory();
    const before = await auditor.cases.asOf({
      caseId: view.caseId,
      at: "2026-01-01T00:00:00+08:00",
    });
    expect(before).toMatchObject({ version: 0, history: [], status: undefined });
  });

  it("refuses a time without its offset, and hides cases the user may not see", async () => {
    const { auditor, view } = await caseWithHistory();
    expect(
      await refusalOf(auditor.cases.asOf({ caseId: view.caseId, at: "2026-09-03 10:00" })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    const printRoom = await signedIn(deps, "wenyin");
    expect(
      await refusalOf(printRoom.cases.asOf({ caseId: view.caseId, at: "2026-12-31T00:00:00Z" })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});

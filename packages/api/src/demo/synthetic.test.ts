import { describe, expect, it } from "vitest";
import { signedIn } from "../testing/caller.js";
import { makeMemoryDeps } from "../testing/harness.js";
import { seedDemo } from "./seed.js";
import { seedSyntheticCases } from "./synthetic.js";

describe("synthetic benchmark load on the demo bureau", () => {
  it("adds cases the demo users find in their inboxes and lists, once per prefix", async () => {
    const deps = makeMemoryDeps();
    await seedDemo(deps);
    const auditor = await signedIn(deps, "shenji");
    const before = (await auditor.cases.list({})).total;
    const progress: Array<number> = [];
    expect(
      await seedSyntheticCases(deps, {
        count: 40,
        batchSize: 10,
        syncEvery: 20,
        onProgress: (n) => progress.push(n),
      }),
    ).toBe(40);
    expect(progress).toEqual([10, 20, 30, 40]);
    expect((await auditor.cases.list({})).total).toBe(before + 40);
    await seedSyntheticCases(deps, { count: 40 });
    expect((await auditor.cases.list({})).total).toBe(before + 40);
    const director = await signedIn(deps, "zhuren");
    const todo = await director.inbox.list({ box: "todo", limit: 200 });
    expect(todo.rows.some((r) => r.caseId.startsWith("syn-"))).toBe(true);
    const leader = await signedIn(deps, "fenguan");
    expect((await leader.inbox.counts()).toRead).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from "vitest";
import { demoCases } from "./demo/cases.js";
import { seedDirectory } from "./demo/seed.js";
import { signedIn } from "./testing/caller.js";
import { makeMemoryDeps } from "./testing/harness.js";

describe("待阅 and 已阅", () => {
  it("a circulated case waits in the reader's 待阅 until they confirm reading it", async () => {
    const deps = makeMemoryDeps({ now: () => new Date("2026-11-02T10:00:00+08:00") });
    await seedDirectory(deps);
    const clerk = await signedIn(deps, "bangongshi");
    const first = demoCases[0]?.steps[0];
    if (first === undefined) throw new Error("demo case");
    const opened = await clerk.cases.open({ process: "supervision", command: first.command });
    const principal = await signedIn(deps, "juzhang");
    expect((await principal.inbox.counts()).toRead).toBe(0);
    await clerk.cases.act({
      caseId: opened.caseId,
      command: { _tag: "Circulate", readers: [{ userId: "juzhang", name: "陈局长" }] },
    });
    expect(await principal.inbox.counts()).toMatchObject({ toRead: 1, read: 0, todo: 0 });
    const seen = await principal.cases.get({ caseId: opened.caseId });
    expect(seen.actions.map((a) => a.command)).toContain("ConfirmRead");
    await principal.cases.act({ caseId: opened.caseId, command: { _tag: "ConfirmRead" } });
    expect(await principal.inbox.counts()).toMatchObject({ toRead: 0, read: 1 });
    expect((await principal.inbox.list({ box: "read" })).rows[0]?.caseId).toBe(opened.caseId);
  });
});

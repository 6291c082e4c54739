import { describe, expect, it } from "vitest";
import { makeSeededDemo } from "./seed.js";

describe("the seeded demo office", () => {
  it("fills every box from cases the real kernel decided", async () => {
    const demo = makeSeededDemo();
    const counts = await demo.inbox.counts();
    expect(counts.todo).toBeGreaterThanOrEqual(3);
    expect(counts.done).toBeGreaterThanOrEqual(1);
    expect(counts.toRead).toBeGreaterThanOrEqual(1);
    expect(counts.started).toBeGreaterThanOrEqual(5);
    const todo = await demo.inbox.list({ box: "todo" });
    expect(todo.map((r) => r.number)).toContain("信〔2026〕3号");
  });

  it("acts through the kernel and moves the case on", async () => {
    const demo = makeSeededDemo();
    const result = await demo.cases.act({
      caseId: "petition-3",
      payload: { _tag: "ProposeHandling", opinion: "拟交科技处办理。" },
    });
    expect(result).toEqual({ ok: true, caseId: "petition-3" });
    const detail = await demo.cases.get({ caseId: "petition-3" });
    expect(detail?.status.zh).toBe("待主任审核");
  });

  it("passes the kernel's refusal on in words", async () => {
    const demo = makeSeededDemo();
    const result = await demo.cases.act({
      caseId: "petition-5",
      payload: { _tag: "ReviewProposal", importance: "一般", opinion: "同意" },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.zh.length).toBeGreaterThan(0);
  });

  it("replays a case as it stood at an earlier day, with no action offered", async () => {
    const demo = makeSeededDemo();
    const past = await demo.cases.get({ caseId: "petition-7", asOf: "2026-03-02" });
    expect(past?.status.zh).toBe("待拟办");
    expect(past?.actions).toEqual([]);
    expect(past?.history).toHaveLength(1);
  });

  it("gives traffic lights of every colour", async () => {
    const demo = makeSeededDemo();
    const rows = await demo.search.query({ text: "" });
    const lights = new Set(rows.flatMap((r) => (r.due ? [r.due.light] : [])));
    expect([...lights].sort()).toEqual(["green", "red", "yellow"]);
  });
});

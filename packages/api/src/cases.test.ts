import { beforeAll, describe, expect, it } from "vitest";
import { demoCases } from "./demo/cases.js";
import { seedDirectory } from "./demo/seed.js";
import type { ApiDeps } from "./deps.js";
import { signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
import { makeMemoryDeps } from "./testing/harness.js";

const [fullCase] = demoCases;
if (fullCase === undefined) throw new Error("the demo has cases");
const [registration, ...steps] = fullCase.steps;
if (registration === undefined) throw new Error("the case has steps");

let deps: ApiDeps;
beforeAll(async () => {
  deps = makeMemoryDeps({ now: () => new Date("2026-11-02T10:00:00+08:00") });
  await seedDirectory(deps);
});

describe("a 督办件 from registration to filing, through the API by the right users", () => {
  it("numbers the case from the register, moves it through every step, and keeps inboxes true", async () => {
    const clerk = await signedIn(deps, "bangongshi");
    const opened = await clerk.cases.open({
      process: "supervision",
      command: registration.command,
    });
    expect(opened.number).toBe("督〔2026〕1号");
    expect(opened.status).toBe("Registered");
    expect(opened.statusLabel.zh).toBe("待拟办");
    expect(opened.title).toBe("关于推进科技成果转化工作的督办");
    expect((await clerk.inbox.list({ box: "started" })).rows.map((r) => r.caseId)).toEqual([
      opened.caseId,
    ]);

    let version = opened.version;
    for (const step of steps) {
      const actor = await signedIn(deps, step.by);
      // The reply of the previous command already put the case in this user's 待办.
      const todo = await actor.inbox.list({ box: "todo" });
      expect(todo.rows.map((r) => r.caseId)).toContain(opened.caseId);
      const view = await actor.cases.act({
        caseId: opened.caseId,
        command: step.command,
        expectedVersion: version,
      });
      expect(view.version).toBeGreaterThan(version);
      version = view.version;
      expect((await actor.inbox.list({ box: "done" })).rows.map((r) => r.caseId)).toContain(
        opened.caseId,
      );
    }
    const filed = await clerk.cases.get({ caseId: opened.caseId });
    expect(filed.status).toBe("Filed");
    expect(filed.closed).toBe(true);
    expect(filed.actions).toEqual([]);
    const history = await clerk.cases.history({ caseId: opened.caseId });
    expect(history).toHaveLength(fullCase.steps.length);
    expect(history[0]?.actor).toBe("王经办");
  });

  it("offers each user exactly the actions the kernel allows them now", async () => {
    const clerk = await signedIn(deps, "bangongshi");
    const opened = await clerk.cases.open({
      process: "supervision",
      command: registration.command,
    });
    const director = await signedIn(deps, "zhuren");
    const seen = await director.cases.get({ caseId: opened.caseId });
    expect(seen.actions.map((a) => a.command)).toContain("ProposeHandling");
    expect(opened.actions.map((a) => a.command)).not.toContain("ProposeHandling");
    expect(seen.handlers).toEqual([{ role: "office-director" }]);
    expect(seen.light).toBe("green");
  });

  it("refuses a stale expectedVersion and a step out of turn, recording nothing", async () => {
    const clerk = await signedIn(deps, "bangongshi");
    const opened = await clerk.cases.open({
      process: "supervision",
      command: registration.command,
    });
    const director = await signedIn(deps, "zhuren");
    const propose = steps[0]?.command;
    expect(
      await refusalOf(
        director.cases.act({ caseId: opened.caseId, command: propose, expectedVersion: 7 }),
      ),
    ).toEqual({ code: "CONFLICT", tag: "StaleVersion" });
    expect(
      await refusalOf(
        clerk.cases.act({ caseId: opened.caseId, command: { _tag: "RecordInstruction" } }),
      ),
    ).toEqual({ code: "CONFLICT", tag: "WrongStep" });
    expect((await clerk.cases.get({ caseId: opened.caseId })).version).toBe(opened.version);
  });

  it("answers a retried command id with the original result and writes nothing twice", async () => {
    const clerk = await signedIn(deps, "bangongshi");
    const first = await clerk.cases.open({
      process: "supervision",
      command: registration.command,
      commandId: "retry-open-1",
    });
    const again = await clerk.cases.open({
      process: "supervision",
      command: registration.command,
      commandId: "retry-open-1",
    });
    expect(again.caseId).toBe(first.caseId);
    expect(again.number).toBe(first.number);
    expect(again.version).toBe(first.version);
  });
});

describe("search", () => {
  it("finds cases by a Chinese substring, and only those the user may see", async () => {
    const clerk = await signedIn(deps, "bangongshi");
    const found = await clerk.search.query({ q: "科技成果" });
    expect(found.total).toBeGreaterThan(0);
    expect(found.rows.every((r) => (r.title ?? "").includes("科技成果"))).toBe(true);
    const stranger = await signedIn(deps, "wenyin");
    expect((await stranger.search.query({ q: "科技成果" })).total).toBe(0);
  });
});

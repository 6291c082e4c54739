import { describe, expect, it } from "vitest";
import { demoCases } from "./demo/cases.js";
import { seedDirectory } from "./demo/seed.js";
import { signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
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

describe("委托: a deputy's 工作台", () => {
  let now = Date.parse("2026-09-01T09:00:00+08:00");
  const deps = makeMemoryDeps({ now: () => new Date(now) });
  // The demo's 督办件 up to 提请批示: it waits in 张副局长's 待办.
  const awaitingInstruction = async () => {
    await seedDirectory(deps);
    const steps = demoCases[0]?.steps.slice(0, 3) ?? [];
    const [first, ...rest] = steps;
    if (first === undefined) throw new Error("demo case");
    const opened = await (await signedIn(deps, first.by)).cases.open({
      process: "supervision",
      command: first.command,
    });
    for (const step of rest) {
      await (await signedIn(deps, step.by)).cases.act({
        caseId: opened.caseId,
        command: step.command,
      });
    }
    return opened.caseId;
  };

  it("shows the principal's boxes only while a grant holds", async () => {
    const caseId = await awaitingInstruction();
    const deputy = await signedIn(deps, "zhuren");
    const forLeader = { onBehalfOf: "fenguan" } as const;
    const todoIds = async () =>
      (await deputy.inbox.list({ box: "todo", ...forLeader })).rows.map((r) => r.caseId);

    // No grant yet: both procedures refuse, in the same words as cases.get.
    expect(await refusalOf(deputy.inbox.list({ box: "todo", ...forLeader }))).toEqual({
      code: "FORBIDDEN",
      tag: "NotAuthorised",
    });
    expect((await refusalOf(deputy.inbox.counts(forLeader))).tag).toBe("NotAuthorised");

    const leader = await signedIn(deps, "fenguan");
    const grant = await leader.delegations.grant({ deputy: "zhuren", until: "2026-09-02" });
    expect(await deputy.inbox.counts(forLeader)).toEqual(await leader.inbox.counts());
    expect(await todoIds()).toContain(caseId);
    // The deputy's own 待办 is still their own: the case waits for the leader, not for them.
    expect((await deputy.inbox.list({ box: "todo" })).rows.map((r) => r.caseId)).not.toContain(
      caseId,
    );
    // Naming oneself is the same as naming nobody.
    expect(await deputy.inbox.counts({ onBehalfOf: "zhuren" })).toEqual(
      await deputy.inbox.counts(),
    );

    // The grant ends after its last day…
    // (each jump of the clock outlasts the sessions' idle time: sign in again after it).
    now = Date.parse("2026-09-03T09:00:00+08:00");
    const nextDay = await signedIn(deps, "zhuren");
    expect((await refusalOf(nextDay.inbox.counts(forLeader))).tag).toBe("NotAuthorised");
    now = Date.parse("2026-09-02T17:00:00+08:00");
    const lastDay = await signedIn(deps, "zhuren");
    expect(
      (await lastDay.inbox.list({ box: "todo", ...forLeader })).rows.map((r) => r.caseId),
    ).toContain(caseId);
    // …and as soon as it is revoked.
    await (await signedIn(deps, "fenguan")).delegations.revoke({ grantId: grant.grantId });
    expect((await refusalOf(lastDay.inbox.list({ box: "todo", ...forLeader }))).tag).toBe(
      "NotAuthorised",
    );
    expect((await refusalOf(lastDay.inbox.counts(forLeader))).tag).toBe("NotAuthorised");
  });
});

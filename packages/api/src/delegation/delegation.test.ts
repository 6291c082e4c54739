import { beforeAll, describe, expect, it } from "vitest";
import { seedDirectory } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { fullCases } from "../processes/paths.js";
import { securityStreamId } from "../security-log.js";
import { signedIn } from "../testing/caller.js";
import { refusalOf } from "../testing/errors.js";
import { makeMemoryDeps } from "../testing/harness.js";

let deps: ApiDeps;
let now = Date.parse("2026-09-01T09:00:00+08:00");
const supervision = fullCases.find((c) => c.process === "supervision");
if (supervision === undefined) throw new Error("the supervision path exists");
const [register, propose, submit, instruct] = supervision.steps;

beforeAll(async () => {
  deps = makeMemoryDeps({ now: () => new Date(now) });
  await seedDirectory(deps);
});

/** A 督办件 waiting for 张副局长's 批示. */
const awaitingInstruction = async () => {
  if (register === undefined || propose === undefined || submit === undefined) throw new Error();
  const clerk = await signedIn(deps, "bangongshi");
  const opened = await clerk.cases.open({ process: "supervision", command: register.command });
  await (await signedIn(deps, "zhuren")).cases.act({
    caseId: opened.caseId,
    command: propose.command,
  });
  await clerk.cases.act({ caseId: opened.caseId, command: submit.command });
  return opened.caseId;
};

describe("委托: acting on someone's behalf through the API", () => {
  it("a deputy without a grant is refused and the case is unchanged", async () => {
    const caseId = await awaitingInstruction();
    const secretary = await signedIn(deps, "zhuren");
    const before = await (await signedIn(deps, "fenguan")).cases.get({ caseId });
    expect(
      await refusalOf(
        secretary.cases.act({ caseId, command: instruct?.command, onBehalfOf: "fenguan" }),
      ),
    ).toEqual({ code: "FORBIDDEN", tag: "NotAuthorised" });
    // Acting in one's own name: the kernel refuses, since the case waits for the leader.
    expect((await refusalOf(secretary.cases.act({ caseId, command: instruct?.command }))).tag).toBe(
      "NotAuthorised",
    );
    const after = await (await signedIn(deps, "fenguan")).cases.get({ caseId });
    expect(after.version).toBe(before.version);
  });

  it("with the leader's grant the deputy sees the leader's actions, acts, and both are recorded", async () => {
    const caseId = await awaitingInstruction();
    const leader = await signedIn(deps, "fenguan");
    const grant = await leader.delegations.grant({ deputy: "zhuren", until: "2026-09-30" });
    expect(grant.principal.userId).toBe("fenguan");
    const deputy = await signedIn(deps, "zhuren");
    expect((await deputy.delegations.list()).map((g) => [g.grantId, g.active])).toEqual([
      [grant.grantId, true],
    ]);
    const seen = await deputy.cases.get({ caseId, onBehalfOf: "fenguan" });
    expect(seen.actions.map((a) => a.command)).toContain("GiveInstruction");
    const view = await deputy.cases.act({
      caseId,
      command: instruct?.command,
      onBehalfOf: "fenguan",
    });
    expect(view.status).toBe("Instructed");
    const line = view.history.at(-1);
    expect(line).toMatchObject({ actor: "李主任", onBehalfOf: "张副局长" });
    const stored = (await deps.store.readStream(`supervision-${caseId}`)).at(-1);
    expect(stored?.data).toMatchObject({
      by: { userId: "zhuren" },
      onBehalfOf: { userId: "fenguan" },
    });
    const logged = (await deps.store.readStream(securityStreamId)).filter(
      (e) => e.type === "security.DelegationChanged",
    );
    expect(logged.at(-1)?.data).toMatchObject({
      change: "granted",
      principal: "fenguan",
      deputy: "zhuren",
    });
  });

  it("a grant ends on its last day and when revoked; only its principal or an admin revokes it", async () => {
    const leader = await signedIn(deps, "juzhang");
    const grant = await leader.delegations.grant({ deputy: "bangongshi", until: "2026-09-02" });
    const stranger = await signedIn(deps, "shenhe");
    expect((await refusalOf(stranger.delegations.revoke({ grantId: grant.grantId }))).code).toBe(
      "NOT_FOUND",
    );
    // Nobody grants someone else's authority but the administrator.
    expect(
      (await refusalOf(stranger.delegations.grant({ deputy: "shenhe", principal: "juzhang" })))
        .code,
    ).toBe("FORBIDDEN");
    const active = async () =>
      (await (await signedIn(deps, "bangongshi")).delegations.list()).find(
        (g) => g.grantId === grant.grantId,
      )?.active;
    expect(await active()).toBe(true);
    now = Date.parse("2026-09-03T09:00:00+08:00");
    expect(await active()).toBe(false);
    now = Date.parse("2026-09-01T10:00:00+08:00");
    await (await signedIn(deps, "juzhang")).delegations.revoke({ grantId: grant.grantId });
    expect(await active()).toBe(false);
    const deputy = await signedIn(deps, "bangongshi");
    const caseId = await awaitingInstruction();
    expect((await refusalOf(deputy.cases.get({ caseId, onBehalfOf: "juzhang" }))).tag).toBe(
      "NotAuthorised",
    );
  });

  it("refuses delegating to oneself or to an unknown user", async () => {
    const leader = await signedIn(deps, "fenguan");
    expect((await refusalOf(leader.delegations.grant({ deputy: "fenguan" }))).tag).toBe(
      "InvalidCommand",
    );
    expect((await refusalOf(leader.delegations.grant({ deputy: "nobody" }))).tag).toBe(
      "InvalidCommand",
    );
  });
});

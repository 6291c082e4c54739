import { UnitId, UserId } from "@banli/kernel";
import {
  directoryKind,
  directoryStreamId,
  dumpReadModel,
  runStreamCommand,
} from "@banli/projections";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "./auth/password.js";
import { personalKeys } from "./case-view.js";
import { seedDemo } from "./demo/seed.js";
import type { ApiDeps } from "./deps.js";
import { fullCases } from "./processes/paths.js";
import { securityStreamId } from "./security-log.js";
import { signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
import { makeMemoryDeps } from "./testing/harness.js";
import { instantOf } from "./time.js";

let deps: ApiDeps;
const installer = {
  userId: UserId.make("admin"),
  name: "系统管理员",
  roles: ["administrator" as const],
  unitId: UnitId.make("xinxizhongxin"),
};

/** A user added beside the demo's: someone in a unit, in no role that handles anything. */
const addUser = async (userId: string, unitId: string, role: "division-handler" | "print-room") => {
  const at = instantOf(deps.now());
  await runStreamCommand(
    deps.store,
    directoryKind,
    directoryStreamId,
    {
      payload: {
        _tag: "RegisterUser",
        userId: UserId.make(userId),
        name: userId,
        unitId: UnitId.make(unitId),
        roles: [role],
      },
      actor: installer,
      at,
    },
    { commandId: `add-${userId}`, at, actor: installer },
  );
  await deps.credentials.set(userId, await hashPassword("demo12345"));
  await deps.projector.sync();
};

/** Everything but the security log: what a refused call must leave untouched. */
const snapshot = async () => ({
  events: (await deps.store.readAll({ limit: 100_000 })).filter(
    (e) => e.streamId !== securityStreamId,
  ).length,
  rows: await dumpReadModel(deps.projector.readModel),
});

beforeAll(async () => {
  deps = makeMemoryDeps();
  await seedDemo(deps);
  await addUser("chanye", "chanye", "division-handler");
  await addUser("jiyao2", "jiyaoshi", "print-room");
});

describe("auditors read everything and change nothing", () => {
  it("every command the kernel knows, on every case and as every start, is refused", async () => {
    const auditor = await signedIn(deps, "shenji");
    const before = await snapshot();
    const cases = (await auditor.cases.list({ limit: 200 })).rows;
    expect(cases.length).toBe((await deps.projector.readModel.all()).length);
    const processes = await auditor.processes.list();
    for (const full of fullCases) {
      const [first] = full.steps;
      const refusal = await refusalOf(
        auditor.cases.open({ process: full.process, command: first?.command }),
      );
      expect(refusal.code).toBe("FORBIDDEN");
    }
    for (const row of cases) {
      const view = await auditor.cases.get({ caseId: row.caseId });
      expect(view.actions).toEqual([]);
      const tags = processes.find((p) => p.name === row.process)?.commands ?? [];
      for (const tag of tags) {
        const refusal = await refusalOf(
          auditor.cases.act({ caseId: row.caseId, command: { _tag: tag } }),
        );
        // Refused before or by the kernel, never accepted: a malformed payload is 400 first.
        expect(["FORBIDDEN", "BAD_REQUEST", "CONFLICT"]).toContain(refusal.code);
      }
    }
    expect(
      (
        await refusalOf(
          auditor.attachments.upload({
            name: "x.txt",
            mediaType: "text/plain",
            medium: "electronic",
            contentBase64: "eA==",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect((await refusalOf(auditor.delegations.grant({ deputy: "bangongshi" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusalOf(auditor.admin.defineUnit({ unitId: "x", name: "x" }))).code).toBe(
      "FORBIDDEN",
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe("IDOR probes: another unit's case is not found, never shown", () => {
  it("get, history, act, download and delegated reads answer NOT_FOUND like a random id", async () => {
    const stranger = await signedIn(deps, "chanye");
    const rows = await deps.projector.readModel.all();
    const theirs = rows.filter((r) => r.units.includes("chengguo") && !r.units.includes("chanye"));
    expect(theirs.length).toBeGreaterThan(0);
    const before = await snapshot();
    for (const row of [...theirs, { caseId: "no-such-case" }]) {
      for (const probe of [
        stranger.cases.get({ caseId: row.caseId }),
        stranger.cases.history({ caseId: row.caseId }),
        stranger.cases.act({ caseId: row.caseId, command: { _tag: "AddComment", text: "?" } }),
        stranger.attachments.download({ caseId: row.caseId, sha256: "a".repeat(64) }),
      ]) {
        expect(await refusalOf(probe)).toEqual({ code: "NOT_FOUND", tag: "NotFound" });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("an attachment is downloaded only through a case that holds it", async () => {
    const handler = await signedIn(deps, "chengban");
    const uploaded = await handler.attachments.upload({
      name: "说明.txt",
      mediaType: "text/plain",
      medium: "electronic",
      contentBase64: Buffer.from("成果转化说明").toString("base64"),
    });
    // Uploaded but in no case: nobody can fetch it by hash through any case.
    const [someCase] = await deps.projector.readModel.all();
    if (someCase === undefined) throw new Error("the demo has cases");
    const auditor = await signedIn(deps, "shenji");
    expect(
      await refusalOf(
        auditor.attachments.download({ caseId: someCase.caseId, sha256: uploaded.sha256 }),
      ),
    ).toEqual({ code: "NOT_FOUND", tag: "NotFound" });
  });
});

describe("涉密 cases and petitioners' personal data", () => {
  it("the kernel's annotations name the petitioner as personal data", () => {
    expect(personalKeys.has("petitioner")).toBe(true);
  });

  it("a petitioner's name and contact are shown to the handlers only, not the auditor", async () => {
    const petition = (await deps.projector.readModel.all()).find((r) => r.process === "petition");
    if (petition === undefined) throw new Error("the demo has a petition");
    const handler = await signedIn(deps, "zhuren");
    const handled = await handler.cases.get({ caseId: petition.caseId });
    expect(JSON.stringify(handled.state)).toContain("刘某某");
    const auditor = await signedIn(deps, "shenji");
    const audited = await auditor.cases.get({ caseId: petition.caseId });
    expect(JSON.stringify(audited)).not.toContain("刘某某");
    expect(JSON.stringify(audited)).not.toContain("139****0000");
    // Nor can it be found by searching for the name.
    expect((await auditor.search.query({ q: "刘某某" })).total).toBe(0);
    // The timeline never carries it either (the kernel writes no personal data there).
    expect(JSON.stringify(await auditor.cases.history({ caseId: petition.caseId }))).not.toContain(
      "刘某某",
    );
  });

  it("a 涉密 document is seen by its handlers, not by colleagues of the registering unit", async () => {
    const registry = await signedIn(deps, "jiyao");
    const incoming = fullCases.find((c) => c.process === "incoming")?.steps[0]?.command;
    const open = await registry.cases.open({ process: "incoming", command: incoming });
    const secret = await registry.cases.open({
      process: "incoming",
      command: { ...incoming, title: "涉密来文", classification: "秘密", secrecyYears: 10 },
    });
    const colleague = await signedIn(deps, "jiyao2");
    expect((await colleague.cases.get({ caseId: open.caseId })).caseId).toBe(open.caseId);
    expect(await refusalOf(colleague.cases.get({ caseId: secret.caseId }))).toEqual({
      code: "NOT_FOUND",
      tag: "NotFound",
    });
    expect((await colleague.search.query({ q: "涉密来文" })).total).toBe(0);
    // The director it now waits for sees it; so does the auditor.
    expect(
      (await (await signedIn(deps, "zhuren")).cases.get({ caseId: secret.caseId })).title,
    ).toBe("涉密来文");
    expect(
      (await (await signedIn(deps, "shenji")).cases.get({ caseId: secret.caseId })).title,
    ).toBe("涉密来文");
  });
});

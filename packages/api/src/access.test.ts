import { UnitId, UserId } from "@banli/kernel";
import {
  directoryKind,
  directoryStreamId,
  dumpReadModel,
  runStreamCommand,
} from "@banli/projections";
import { FastCheck } from "effect";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "./auth/password.js";
import { demoUsers } from "./demo/bureau.js";
import { seedDemo } from "./demo/seed.js";
import type { ApiDeps } from "./deps.js";
import { signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
import { makeMemoryDeps } from "./testing/harness.js";
import { instantOf } from "./time.js";

let deps: ApiDeps;
/** The demo's cases by title keyword. */
const cases: Record<string, string> = {};

beforeAll(async () => {
  deps = makeMemoryDeps();
  await seedDemo(deps);
  // A second division's handler: the one who must never see 成果转化处's cases.
  const at = instantOf(deps.now());
  const admin = {
    userId: UserId.make("admin"),
    name: "系统管理员",
    roles: ["administrator" as const],
    unitId: UnitId.make("xinxizhongxin"),
  };
  await runStreamCommand(
    deps.store,
    directoryKind,
    directoryStreamId,
    {
      payload: {
        _tag: "RegisterUser",
        userId: UserId.make("chanye"),
        name: "郑科员",
        unitId: UnitId.make("chanye"),
        roles: ["division-handler"],
      },
      actor: admin,
      at,
    },
    { commandId: "add-chanye", at, actor: admin },
  );
  await deps.credentials.set("chanye", await hashPassword("demo12345"));
  await deps.projector.sync();
  for (const row of await deps.projector.readModel.all()) {
    const key = ["科技成果", "营商环境", "孵化器", "专项资金"].find((k) => row.title?.includes(k));
    if (key !== undefined) cases[key] = row.caseId;
  }
});

const caseId = (key: string): string => {
  const id = cases[key];
  if (id === undefined) throw new Error(`demo case ${key}`);
  return id;
};

describe("the demo data", () => {
  it("holds 督办 cases in varied states", async () => {
    const auditor = await signedIn(deps, "shenji");
    const rows = (await auditor.cases.list({ process: "supervision" })).rows;
    expect(rows.map((r) => r.status).sort()).toEqual([
      "Filed",
      "Handling",
      "Registered",
      "Submitted",
    ]);
  });
});

describe("authorisation matrix: 领导批示 on a case submitted to 张副局长", () => {
  // Who sees the case: the office (its unit took part), the leader it was submitted to, the auditor.
  const sees = new Set([
    "bangongshi",
    "zhuren",
    "shenhe",
    "xinxiyuan",
    "dangan",
    "fenguan",
    "shenji",
  ]);
  const give = { _tag: "GiveInstruction", instruction: "同意。" };
  for (const user of demoUsers.filter((u) => u.userId !== "fenguan")) {
    it(`${user.userId} (${user.roles.join(",")}) is ${sees.has(user.userId) ? "refused" : "told there is no such case"}`, async () => {
      const caller = await signedIn(deps, user.userId);
      const refusal = await refusalOf(
        caller.cases.act({ caseId: caseId("孵化器"), command: give }),
      );
      expect(refusal.code).toBe(sees.has(user.userId) ? "FORBIDDEN" : "NOT_FOUND");
    });
  }
});

describe("IDOR probes", () => {
  it("another division's handler gets NOT_FOUND for get, history and act, like a random id", async () => {
    const other = await signedIn(deps, "chanye");
    const id = caseId("营商环境");
    for (const probe of [
      other.cases.get({ caseId: id }),
      other.cases.history({ caseId: id }),
      other.cases.act({ caseId: id, command: { _tag: "AddComment", text: "看看" } }),
      other.cases.get({ caseId: "00000000-0000-0000-0000-000000000000" }),
    ]) {
      expect(await refusalOf(probe)).toEqual({ code: "NOT_FOUND", tag: "NotFound" });
    }
    expect((await other.cases.list({})).total).toBe(0);
    expect((await other.search.query({ q: "营商环境" })).total).toBe(0);
  });

  it("the handling division sees its case; the auditor sees all and changes nothing", async () => {
    const handler = await signedIn(deps, "chengban");
    expect((await handler.cases.get({ caseId: caseId("营商环境") })).status).toBe("Handling");
    const auditor = await signedIn(deps, "shenji");
    expect((await auditor.cases.list({})).total).toBe(
      (await deps.projector.readModel.all()).length,
    );
    expect(
      (
        await refusalOf(
          auditor.cases.act({
            caseId: caseId("专项资金"),
            command: { _tag: "ProposeHandling", opinion: "x" },
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const admin = await signedIn(deps, "admin");
    expect((await admin.cases.list({})).total).toBe(0);
  });
});

describe("fuzzing every procedure's input", () => {
  const caseEvents = async () =>
    (await deps.store.readAll({ limit: 100_000 })).filter((e) => e.streamId !== "security-log")
      .length;

  it("always answers 4xx, never 500, and changes no case", async () => {
    const clerk = await signedIn(deps, "bangongshi");
    const before = {
      rows: await dumpReadModel(deps.projector.readModel),
      events: await caseEvents(),
    };
    const id = caseId("专项资金");
    const junk = FastCheck.anything({ withNullPrototype: true, maxDepth: 3 });
    const tagged = FastCheck.record({
      _tag: FastCheck.constantFrom(
        "ProposeHandling",
        "RegisterItem",
        "AssignUnits",
        "FileCase",
        "Nope",
        "__proto__",
      ),
      opinion: FastCheck.anything(),
      lead: FastCheck.anything(),
    });
    const calls: ReadonlyArray<(input: unknown) => Promise<unknown>> = [
      (i) => clerk.cases.open(i as never),
      (i) => clerk.cases.open({ process: "supervision", command: i } as never),
      (i) => clerk.cases.act(i as never),
      (i) => clerk.cases.act({ caseId: id, command: i, expectedVersion: 0 } as never),
      (i) => clerk.cases.get(i as never),
      (i) => clerk.cases.list(i as never),
      (i) => clerk.inbox.list(i as never),
      (i) => clerk.search.query(i as never),
      (i) => clerk.auth.login(i as never),
    ];
    await FastCheck.assert(
      FastCheck.asyncProperty(
        FastCheck.integer({ min: 0, max: calls.length - 1 }),
        FastCheck.oneof(junk, tagged),
        async (which, input) => {
          const call = calls[which];
          if (call === undefined) return;
          try {
            await call(input);
          } catch (error) {
            const code = (error as { code?: string }).code;
            expect(code).not.toBe("INTERNAL_SERVER_ERROR");
            expect(["BAD_REQUEST", "NOT_FOUND", "FORBIDDEN", "CONFLICT", "UNAUTHORIZED"]).toContain(
              code,
            );
          }
        },
      ),
      { numRuns: 300, seed: 20261125 },
    );
    expect(await caseEvents()).toBe(before.events);
    expect(await dumpReadModel(deps.projector.readModel)).toBe(before.rows);
  });
});

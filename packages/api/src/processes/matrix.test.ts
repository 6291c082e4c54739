import { beforeAll, describe, expect, it } from "vitest";
import { demoUsers } from "../demo/bureau.js";
import { seedDirectory } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { calendar2027 } from "../testing/calendar-2027.js";
import { signedIn } from "../testing/caller.js";
import { refusalOf } from "../testing/errors.js";
import { makeMemoryDeps } from "../testing/harness.js";
import { fullCases } from "./paths.js";

/**
 * The authorisation matrix: every step of every process's full case (each command family), tried
 * by every other role of the bureau, in the acting unit and in another unit (产业发展处's
 * handler, who takes no part). A user who cannot see the case is told it does not exist; one who
 * sees it but is not the one the step needs is refused; nobody's refusal changes the case.
 */
let deps: ApiDeps;
let clock = Date.parse("2026-09-01T08:00:00+08:00");
const everyone = [...demoUsers.map((u) => u.userId), "chanye"];

beforeAll(async () => {
  deps = makeMemoryDeps({ now: () => new Date(clock) });
  await seedDirectory(deps);
  const admin = await signedIn(deps, "admin");
  await admin.admin.loadCalendar(calendar2027);
  await admin.admin.registerUser({
    userId: "chanye",
    name: "郑科员",
    unitId: "chanye",
    roles: ["division-handler"],
    password: "demo12345",
  });
});

/** What a probe sends: the step's payload, with explicit numbers where the real step leaves them out. */
const probeOf = (command: Readonly<Record<string, unknown>>) => {
  if (command._tag === "AssignNumber") return { _tag: "AssignNumber", number: "武科〔2026〕99号" };
  if (command._tag === "FileItem")
    return { _tag: "FileItem", archivalCode: "Z109-WS·2015-D10-BGS-0099" };
  return command;
};

describe("authorisation matrix: each role × each step of each process × own/other unit", () => {
  for (const full of fullCases) {
    it(`${full.process}: only the users the kernel offers a step to can take it`, async () => {
      clock = Date.parse("2026-09-01T08:00:00+08:00");
      const callers = new Map<string, Awaited<ReturnType<typeof signedIn>>>();
      for (const userId of everyone) callers.set(userId, await signedIn(deps, userId));
      const caller = (userId: string) => {
        const c = callers.get(userId);
        if (c === undefined) throw new Error(`no caller for ${userId}`);
        return c;
      };
      const [first, ...rest] = full.steps;
      if (first === undefined) throw new Error("a case has steps");
      let view = await caller(first.by).cases.open({
        process: full.process,
        command: first.command,
      });
      const tally = { hidden: 0, refused: 0, alsoEntitled: 0 };
      for (const step of rest) {
        // Ten minutes a step: every session is used at every step, within the idle timeout.
        clock += 10 * 60_000;
        for (const userId of everyone.filter((u) => u !== step.by)) {
          const user = caller(userId);
          const seen = await user.cases.get({ caseId: view.caseId }).catch(() => undefined);
          if (seen?.actions.some((a) => a.command === step.command._tag)) {
            tally.alsoEntitled += 1; // e.g. 登记上载发布 by the clerk as well as the director
            continue;
          }
          const refusal = await refusalOf(
            user.cases.act({ caseId: view.caseId, command: probeOf(step.command) }),
          );
          if (seen === undefined) {
            expect(refusal, `${userId} must not learn the case exists`).toEqual({
              code: "NOT_FOUND",
              tag: "NotFound",
            });
            tally.hidden += 1;
          } else {
            expect(refusal, `${userId} on ${step.command._tag}`).toEqual({
              code: "FORBIDDEN",
              tag: "NotAuthorised",
            });
            tally.refused += 1;
          }
        }
        const before = view.version;
        view = await caller(step.by).cases.act({
          caseId: view.caseId,
          command: step.command,
          expectedVersion: before,
        });
        // Nothing any refused probe did reached the case: the right user's expected version held.
        expect(view.version).toBeGreaterThan(before);
      }
      expect(view.status).toBe(full.ends);
      // The other unit's handler and the administrator never see it; the auditor always does.
      expect(tally.hidden).toBeGreaterThanOrEqual(2 * rest.length);
      expect(tally.refused).toBeGreaterThanOrEqual(rest.length);
    });
  }
});

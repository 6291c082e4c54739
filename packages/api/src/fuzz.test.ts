import { dumpReadModel } from "@banli/projections";
import { FastCheck } from "effect";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "./demo/seed.js";
import type { ApiDeps } from "./deps.js";
import { procedureList } from "./procedures.js";
import { securityStreamId } from "./security-log.js";
import { browser, signedIn } from "./testing/caller.js";
import { makeMemoryDeps } from "./testing/harness.js";

let deps: ApiDeps;
beforeAll(async () => {
  deps = makeMemoryDeps();
  await seedDemo(deps);
});

const fourXX = ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT"];

/** The log without the security log (refusals are recorded there on purpose), and the read model. */
const snapshot = async () => ({
  head: (await deps.store.readAll({ limit: 100_000 })).filter(
    (e) => e.streamId !== securityStreamId,
  ).length,
  settings: JSON.stringify(deps.settings.current().calendarData.coverage),
  registers: JSON.stringify(deps.registers),
  rows: await dumpReadModel(deps.projector.readModel),
});

// Login and logout change only the caller's own session; subscriptions are streams, not calls.
const skipped = new Set(["auth.login", "auth.logout", "events.live"]);

describe("fuzzing every procedure's input with generated bad values", () => {
  const procedures = procedureList().filter((p) => !skipped.has(p.path));

  it("covers every procedure of the router but the three that cannot be fuzzed this way", () => {
    expect(procedures.length + skipped.size).toBe(procedureList().length);
  });

  for (const { path } of procedures) {
    it(`${path}: a 4xx error or a harmless answer, never a 500, never a change`, async () => {
      // The administrator for admin.*, the office clerk (who may do most) for the rest.
      const caller = await signedIn(deps, path.startsWith("admin.") ? "admin" : "bangongshi");
      const call = path
        .split(".")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
        input: unknown,
      ) => Promise<unknown>;
      const before = await snapshot();
      const bad = FastCheck.oneof(
        FastCheck.anything({ withNullPrototype: true, maxDepth: 3 }),
        FastCheck.record({
          caseId: FastCheck.oneof(FastCheck.string(), FastCheck.integer()),
          command: FastCheck.anything({ maxDepth: 2 }),
          process: FastCheck.constantFrom("supervision", "outgoing", "x", ""),
          userId: FastCheck.string({ maxLength: 40 }),
          sha256: FastCheck.string(),
          start: FastCheck.string(),
          coverage: FastCheck.anything(),
        }),
      );
      await FastCheck.assert(
        FastCheck.asyncProperty(bad, async (input) => {
          try {
            await call(input);
          } catch (error) {
            const code = (error as { code?: string }).code;
            expect(code).not.toBe("INTERNAL_SERVER_ERROR");
            expect(fourXX).toContain(code);
          }
        }),
        { numRuns: 60, seed: 20261125 },
      );
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe("without a session", () => {
  // Public on purpose: liveness, signing in, and the calendar arithmetic (no case data).
  const open = new Set(["health", "auth.login", "calendar.due"]);

  it("every other procedure answers UNAUTHORIZED, whatever the input", async () => {
    const { caller } = browser(deps, "10.1.2.3");
    const procedures = procedureList().filter(
      (p) => !open.has(p.path) && p.kind !== "subscription",
    );
    expect(procedures.length).toBeGreaterThan(20);
    for (const { path } of procedures) {
      const call = path
        .split(".")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
        input: unknown,
      ) => Promise<unknown>;
      await expect(call({ caseId: "x" }), path).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
  });
});

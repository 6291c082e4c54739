import { makeMemoryEventStore } from "@banli/event-store";
import { type Actor, Role, type UnitId, type UserId } from "@banli/kernel";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import type { CaseCursor } from "./case-process.js";
import { type HandlerDescriptor, handlersOf, sideCommands } from "./handlers.js";
import { memoryReadModel } from "./memory-read-model.js";
import { defaultProcesses, parseStreamId } from "./processes.js";
import { createProjector } from "./projector.js";
import { generateSyntheticCases } from "./synthetic/synthetic-cases.js";
import { people } from "./testing/supervision-flow.js";

/** The unpruned probing, one role at a time everywhere: what the pruned one must equal. */
const oneByOne = (
  cursor: CaseCursor,
  persons: ReadonlyArray<{ readonly userId: string; readonly unitId: string | undefined }>,
  unitIds: ReadonlyArray<string>,
): ReadonlyArray<HandlerDescriptor> => {
  const roles = Role.literals.filter((r) => r !== "auditor" && r !== "administrator");
  const as = (role: Role, unitId: string, userId: string): Actor => ({
    userId: userId as UserId,
    name: "",
    roles: [role],
    unitId: unitId as UnitId,
  });
  const task = (actor: Actor) => cursor.actions(actor).some((a) => !sideCommands.has(a.command));
  const found: Array<HandlerDescriptor> = [];
  for (const role of roles) {
    if (task(as(role, "\u2205", "\u2205"))) {
      found.push({ role });
      continue;
    }
    const units = unitIds.filter((u) => task(as(role, u, "\u2205")));
    for (const unitId of units) found.push({ role, unitId });
    for (const p of persons) {
      const candidates = p.unitId === undefined ? ["\u2205", ...unitIds] : [p.unitId];
      if (candidates.some((u) => !units.includes(u) && task(as(role, u, p.userId)))) {
        found.push({ role, userId: p.userId });
      }
    }
  }
  return found;
};

/** The cursor with `actions` counted: how often the kernel was asked. */
const countingProbes = (cursor: CaseCursor) => {
  let count = 0;
  const counted: CaseCursor = {
    ...cursor,
    actions: (actor) => {
      count += 1;
      return cursor.actions(actor);
    },
  };
  return {
    cursor: counted,
    count: () => {
      const seen = count;
      count = 0;
      return seen;
    },
  };
};

describe("handler descriptors", () => {
  it("pruned probing finds exactly what probing every role everywhere finds, at every step", async () => {
    const store = makeMemoryEventStore();
    const cast = {
      clerk: people.clerk,
      director: people.director,
      leader: people.leader,
      confidential: {
        ...people.clerk,
        userId: "jiyao" as UserId,
        roles: ["confidential-office" as const],
      },
      divisions: [
        { handler: people.handler, unitName: "成果转化处" },
        { handler: people.other, unitName: "产业发展处" },
      ],
    };
    await generateSyntheticCases(store, { count: 15, processes: defaultProcesses, cast });
    const readModel = memoryReadModel();
    await createProjector({ store, readModel, processes: defaultProcesses }).sync();
    let compared = 0;
    const probes = { pruned: 0, oneByOne: 0 };
    const kinds = new Set<string>();
    for (const row of await readModel.all()) {
      const parsed = parseStreamId(defaultProcesses, `${row.process}-${row.caseId}`);
      if (parsed === undefined) throw new Error(row.caseId);
      const cursor = parsed.process.newCursor(row.caseId);
      // Every prefix of the case: each status it passed through.
      for (const stored of await store.readStream(cursor.streamId)) {
        expect(Either.isRight(cursor.apply(stored))).toBe(true);
        const persons = row.users.flatMap((userId) => [
          { userId, unitId: undefined },
          ...row.units.map((unitId) => ({ userId, unitId })),
        ]);
        const unitIds = [...row.units, "elsewhere"];
        const counted = countingProbes(cursor);
        const found = handlersOf(counted.cursor, persons, unitIds);
        probes.pruned += counted.count();
        const expected = cursor.closed() ? [] : oneByOne(counted.cursor, persons, unitIds);
        probes.oneByOne += counted.count();
        expect(found).toEqual(expected);
        for (const d of found) kinds.add(d.userId ? "person" : d.unitId ? "unit" : "role");
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(50);
    // Halving asks the kernel far less often than trying every role everywhere (a guard on the
    // probe count: the summary is built for every case each event moves).
    expect(probes.pruned * 6).toBeLessThan(probes.oneByOne);
    // Every kind of descriptor occurred: role alone, role in a unit, role as a person.
    expect([...kinds].sort()).toEqual(["person", "role", "unit"]);
  }, 60_000);
});

import { makeMemoryEventStore } from "@banli/event-store";
import { describe, expect, it } from "vitest";
import { memoryReadModel } from "./memory-read-model.js";
import { defaultProcesses } from "./processes.js";
import { createProjector } from "./projector.js";
import { openSqliteReadModel } from "./sqlite-read-model.js";
import { generateSyntheticCases } from "./synthetic/synthetic-cases.js";
import { readModelContract } from "./testing/read-model-contract.js";
import { people } from "./testing/supervision-flow.js";

describe("the read-model contract", () => {
  readModelContract("memory", async () => memoryReadModel());
  readModelContract("SQLite", async () => openSqliteReadModel({ filename: ":memory:" }));
});

describe("synthetic cases", () => {
  const cast = {
    clerk: people.clerk,
    director: people.director,
    leader: people.leader,
    confidential: {
      ...people.clerk,
      userId: "jiyao" as typeof people.clerk.userId,
      roles: ["confidential-office" as const],
    },
    divisions: [{ handler: people.handler, unitName: "成果转化处" }],
  };

  it("are real cases in every depth, and a second run writes nothing", async () => {
    const store = makeMemoryEventStore();
    const progress: Array<number> = [];
    await generateSyntheticCases(store, {
      count: 45,
      batchSize: 20,
      processes: defaultProcesses,
      cast,
      onProgress: (done) => {
        progress.push(done);
      },
    });
    expect(progress).toEqual([20, 40, 45]);
    const head = await store.head();
    await generateSyntheticCases(store, { count: 45, processes: defaultProcesses, cast });
    expect(await store.head()).toEqual(head);

    const readModel = memoryReadModel();
    await createProjector({ store, readModel, processes: defaultProcesses }).sync();
    const rows = await readModel.all();
    expect(rows).toHaveLength(45);
    // Four in five 督办 at depths 1..9 (登记 … 存查并归档), one in five 收文.
    expect(rows.filter((r) => r.process === "incoming")).toHaveLength(9);
    const statuses = new Set(rows.filter((r) => r.process === "supervision").map((r) => r.status));
    expect(statuses).toContain("Registered");
    expect(statuses).toContain("Handling");
    expect(statuses).toContain("Filed");
    // 涉密 收文 (every seventh) is seen by its handlers, never through the unit alone.
    const secret = rows.filter((r) => r.classification !== undefined);
    expect(secret.length).toBeGreaterThan(0);
    const viewer = { userId: "someone", unitId: "office", roles: ["office-reviewer" as const] };
    const seen = await readModel.query({ viewer, today: "2026-06-01", limit: 200 });
    expect(seen.rows.some((r) => r.classification !== undefined)).toBe(false);
    expect(seen.total).toBeGreaterThan(0);
    // The leader has circulated cases to read.
    const counts = await readModel.counts(people.leader);
    expect(counts.toRead + counts.read).toBeGreaterThan(0);
  });
});

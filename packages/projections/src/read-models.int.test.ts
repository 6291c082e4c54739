import { makeMemoryEventStore } from "@banli/event-store";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { memoryReadModel } from "./memory-read-model.js";
import { openPostgresReadModel } from "./postgres-read-model.js";
import { defaultProcesses, processByName } from "./processes.js";
import { createProjector } from "./projector.js";
import { searchTerms } from "./queries.js";
import { dumpReadModel } from "./read-model.js";
import { readModelContract } from "./testing/read-model-contract.js";
import { superviseToHandling } from "./testing/supervision-flow.js";

const url = process.env.BANLI_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `banli_rm_${process.pid}_${Date.now()}`;

const reachable = async () => {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
};
// Skipped on a machine without PostgreSQL; in CI an unreachable database is a failure.
const available = await reachable();
if (!available && process.env.CI === "true") throw new Error(`PostgreSQL is unreachable at ${url}`);

afterAll(async () => {
  if (!available) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.query(`DROP SCHEMA IF EXISTS ${schema}_contract CASCADE`);
  await client.end();
});

const supervision = processByName(defaultProcesses, "supervision");

describe.skipIf(!available)("the PostgreSQL read model", () => {
  it("holds the same rows as memory, finds Chinese substrings with pg_trgm, and rebuilds identically", async () => {
    if (supervision === undefined) throw new Error("supervision is registered");
    const store = makeMemoryEventStore();
    await superviseToHandling(store, supervision, "c1", 1, "推进科技成果转化");
    await superviseToHandling(store, supervision, "c2", 2, "优化营商环境 100%_完成");
    const memory = memoryReadModel();
    await createProjector({ store, readModel: memory, processes: defaultProcesses }).sync();
    const postgres = await openPostgresReadModel({ url, schema });
    const projector = createProjector({ store, readModel: postgres, processes: defaultProcesses });
    await projector.sync();
    expect(await dumpReadModel(postgres)).toBe(await dumpReadModel(memory));
    const ids = async (q: string) => (await postgres.search(searchTerms(q))).map((s) => s.caseId);
    expect(await ids("科技成果")).toEqual(["c1"]);
    expect(await ids("营商")).toEqual(["c2"]);
    expect(await ids("100%_")).toEqual(["c2"]);
    expect(await ids("0%x")).toEqual([]);
    const before = await dumpReadModel(postgres);
    await projector.rebuild();
    expect(await dumpReadModel(postgres)).toBe(before);
    await postgres.close();
  });
});

describe.skipIf(!available)("the read-model contract", () => {
  readModelContract("PostgreSQL", () =>
    openPostgresReadModel({ url, schema: `${schema}_contract` }),
  );
});

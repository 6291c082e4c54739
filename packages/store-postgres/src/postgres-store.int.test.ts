import { runEventStoreContract } from "@banli/event-store/contract";
import { describe, expect, it } from "vitest";
import { openPostgresEventStore } from "./postgres-store.js";
import { postgresReachable, testPoolConfig, uniqueSchema } from "./test/database.js";

const reachable = await postgresReachable();

// Without the server these tests cannot prove anything, and in CI silence would read as a pass.
describe("PostgreSQL at 127.0.0.1:5432", () => {
  it("is reachable", () => {
    expect(reachable, "PostgreSQL is unreachable: the integration tests cannot run").toBe(true);
  });
});

const writers = Number(process.env.BANLI_PG_WRITERS ?? 32);
const appendsPerWriter = Number(process.env.BANLI_PG_APPENDS ?? 1_000);

runEventStoreContract(
  "postgres",
  async () => {
    const { schema, drop } = uniqueSchema();
    return {
      open: () => openPostgresEventStore({ schema, pool: { ...testPoolConfig(), max: 16 } }),
      dispose: drop,
    };
  },
  {
    concurrency: { writers, appendsPerWriter, streams: 100, instances: 2 },
    concurrencyTimeout: 900_000,
  },
);

import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appendRequest, runConcurrencyLoad } from "@banli/event-store/contract";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteEventStore } from "./sqlite-store.js";

const writers = Number(process.env.BANLI_SQLITE_WRITERS ?? 32);
const appendsPerWriter = Number(process.env.BANLI_SQLITE_APPENDS ?? 10_000);

describe("SQLite under load", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "banli-sqlite-int-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it(`${writers} writers × ${appendsPerWriter} appends over 100 hot streams, FULL sync`, async () => {
    const store = openSqliteEventStore({ filename: join(dir, "events.db") });
    try {
      const outcome = await runConcurrencyLoad([store], {
        writers,
        appendsPerWriter,
        streams: 100,
      });
      console.info("sqlite concurrency", outcome);
    } finally {
      await store.close();
    }
  }, 900_000);

  it("checkpoints the WAL off the command connection, keeping it bounded", async () => {
    const filename = join(dir, "wal.db");
    const store = openSqliteEventStore({ filename, checkpointEvery: 20 });
    try {
      for (let round = 0; round < 1000; round++) {
        await Promise.all(
          Array.from({ length: 20 }, (_, i) => store.append(appendRequest(`s-${i}`, "any", 1))),
        );
      }
      // 20,000 events in 1,000 commits of ~40 pages each: without checkpoints the WAL would
      // hold all ~150 MB of them; with them it is reset over and over and stays a few MB.
      const wal = statSync(`${filename}-wal`).size;
      const db = statSync(filename).size;
      console.info("wal bytes", wal, "db bytes", db);
      expect(db).toBeGreaterThan(5_000_000);
      expect(wal).toBeLessThan(40_000_000);
    } finally {
      await store.close();
    }
  }, 120_000);
});

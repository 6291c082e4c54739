import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appendRequest } from "@banli/event-store/contract";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteEventStore } from "./sqlite-store.js";

/**
 * Two stores on one file stand for two processes: each keeps its own recent events in memory,
 * and neither may hide from its readers what the other committed.
 */
describe("two stores on one SQLite file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "banli-sqlite-shared-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads every event in position order, whichever store wrote it", async () => {
    const filename = join(dir, "events.db");
    const a = openSqliteEventStore({ filename, walCheckpoint: "off" });
    const b = openSqliteEventStore({ filename, walCheckpoint: "off" });
    try {
      await a.append(appendRequest("s-1", "no_stream", 2));
      expect((await a.readAll({ after: 0 })).map((e) => e.position)).toEqual([1, 2]);
      await b.append(appendRequest("s-2", "no_stream", 1));
      // a's kept run ends at 2; the log goes on to 3.
      expect((await a.readAll({ after: 2 })).map((e) => e.position)).toEqual([3]);
      expect((await a.readAll({ after: 0 })).map((e) => e.streamId)).toEqual(["s-1", "s-1", "s-2"]);
      await a.append(appendRequest("s-1", 2, 1));
      expect((await a.readAll({ after: 0 })).map((e) => e.position)).toEqual([1, 2, 3, 4]);
      expect(await b.readAll({ after: 0 })).toEqual(await a.readAll({ after: 0 }));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("gives a reader the same events from memory as from the rows", async () => {
    const filename = join(dir, "events.db");
    const cached = openSqliteEventStore({ filename, walCheckpoint: "off" });
    const uncached = openSqliteEventStore({ filename, walCheckpoint: "off", recentEvents: 0 });
    try {
      for (let i = 0; i < 5; i++) await cached.append(appendRequest(`s-${i % 2}`, "any", 2));
      expect(await cached.readAll({ after: 3, limit: 4 })).toEqual(
        await uncached.readAll({ after: 3, limit: 4 }),
      );
    } finally {
      await cached.close();
      await uncached.close();
    }
  });
});

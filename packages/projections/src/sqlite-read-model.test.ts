import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeMemoryEventStore } from "@banli/event-store";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { indexKeysOf } from "./case-query.js";
import { memoryReadModel } from "./memory-read-model.js";
import { defaultProcesses, processByName } from "./processes.js";
import { createProjector } from "./projector.js";
import { openSqliteReadModel } from "./sqlite-read-model.js";
import { superviseToHandling } from "./testing/supervision-flow.js";

const supervision = processByName(defaultProcesses, "supervision");
if (supervision === undefined) throw new Error("supervision is registered");

/** The summary of one 督办件 taken to 交办, as the projector makes it: rows to write. */
const projectedCase = async () => {
  const store = makeMemoryEventStore();
  await superviseToHandling(store, supervision, "c1", 1, "推进科技成果转化");
  const memory = memoryReadModel();
  await createProjector({ store, readModel: memory, processes: defaultProcesses }).sync();
  const [summary] = await memory.all();
  if (summary === undefined) throw new Error("the case was projected");
  return summary;
};

describe("the SQLite read model on a file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "banli-read-model-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps a case's index keys and search text exactly those of its latest summary, indexed once", async () => {
    const first = await projectedCase();
    const filename = join(dir, "keys.db.read");
    const readModel = openSqliteReadModel({ filename });
    try {
      await readModel.write([first], 1);
      const moved = {
        ...first,
        title: "优化营商环境",
        text: "",
        users: [...first.users.slice(1), "newcomer"],
        actedBy: ["newcomer"],
      };
      await readModel.write([moved], 2);
      await readModel.write([moved], 3);
      const raw = new Database(filename);
      const keys = raw
        .prepare<[string], string>("SELECT key FROM rm_case_keys WHERE case_id = ? ORDER BY key")
        .pluck()
        .all(first.caseId);
      expect(keys).toEqual(indexKeysOf(moved));
      expect(await readModel.search(["营商环境"])).toHaveLength(1);
      expect(await readModel.search(["科技成果"])).toHaveLength(0);
      // Terms under three characters are matched in the kept text, not the trigram index.
      expect(await readModel.search(["营商"])).toHaveLength(1);
      expect(await readModel.search(["科技"])).toHaveLength(0);
      // The index agrees with the text it indexes (rank 1: checked against `rm_cases.text`),
      // after a changed text, an unchanged one and a clear.
      const integrity = () =>
        raw.prepare("INSERT INTO rm_case_text (rm_case_text, rank) VALUES ('integrity-check', 1)");
      expect(() => integrity().run()).not.toThrow();
      await readModel.clear();
      expect(await readModel.search(["营商环境"])).toHaveLength(0);
      await readModel.write([first], 1);
      expect(await readModel.search(["科技成果"])).toHaveLength(1);
      expect(() => integrity().run()).not.toThrow();
      raw.close();
    } finally {
      await readModel.close();
    }
  });

  it("adds a write's search texts to the index as one segment, not one per case", async () => {
    const template = await projectedCase();
    const filename = join(dir, "segments.db.read");
    const readModel = openSqliteReadModel({ filename });
    try {
      const cases = Array.from({ length: 40 }, (_, i) => ({
        ...template,
        caseId: `c-${i}`,
        title: `第${i}号督办事项`,
        position: i + 1,
      }));
      await readModel.write(cases, 40);
      const raw = new Database(filename, { readonly: true });
      // FTS5's structure record lists the index's segments: one per flush of held terms, until
      // merged. One flush for the write leaves one segment, stored in a handful of pages; a
      // flush per case would leave dozens of segments (and merges) behind.
      const segments = raw
        .prepare<[], number>("SELECT count(*) FROM rm_case_text_data WHERE id > 10")
        .pluck()
        .get();
      raw.close();
      expect(segments).toBeLessThan(10);
      expect(await readModel.search(["第39号督办"])).toHaveLength(1);
    } finally {
      await readModel.close();
    }
  });

  it("checkpoints its WAL off the writing connection, keeping it bounded", async () => {
    const template = await projectedCase();

    const filename = join(dir, "events.db.read");
    const readModel = openSqliteReadModel({ filename, checkpointEvery: 20 });
    try {
      let position = 0;
      for (let batch = 0; batch < 600; batch++) {
        const summaries = Array.from({ length: 10 }, () => {
          position++;
          return { ...template, caseId: `c-${position}`, position };
        });
        await readModel.write(summaries, position);
        // A turn of the event loop between catch-ups, as between requests when serving: the
        // worker's "done" arrives in one.
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(await readModel.position()).toBe(6000);
      expect((await readModel.all()).length).toBe(6000);
      // 6,000 cases written ten at a time: without checkpoints the WAL would hold about 160 MB.
      // The worker copied the pages into the database file (which holds only its header until a
      // checkpoint) and the WAL was rewound on the way.
      const wal = statSync(`${filename}-wal`).size;
      const db = statSync(filename).size;
      console.info("read model wal bytes", wal, "db bytes", db);
      expect(db).toBeGreaterThan(8_000_000);
      expect(wal).toBeLessThan(100_000_000);
    } finally {
      await readModel.close();
    }
  }, 60_000);
});

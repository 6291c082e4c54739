import {
  ConcurrencyConflict,
  type EventStorePort,
  GENESIS_HASH,
  hashEvent,
  type StoredEvent,
  StoreError,
} from "@banli/event-store";
import { appendRequest } from "@banli/event-store/contract";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeCommand, makeBatchAppender } from "./append-batch.js";
import { openPostgresEventStore } from "./postgres-store.js";
import { postgresReachable, testPoolConfig, uniqueSchema } from "./test/database.js";

const reachable = await postgresReachable();

/** The whole log, checked: positions 1..n and every hash recomputed over its canonical bytes. */
const verifiedLog = async (store: EventStorePort): Promise<ReadonlyArray<StoredEvent>> => {
  const events = await store.readAll({ limit: 100_000 });
  let prev = GENESIS_HASH;
  events.forEach((event, i) => {
    expect(event.position).toBe(i + 1);
    expect(event.prevHash).toBe(prev);
    expect(hashEvent(event)).toBe(event.hash);
    prev = event.hash;
  });
  expect(await store.head()).toEqual({ position: events.length, hash: prev });
  return events;
};

describe.runIf(reachable)("append_batch on PostgreSQL", () => {
  let schema: string;
  let drop: () => Promise<void>;
  let pool: pg.Pool;
  let stores: Array<EventStorePort>;
  const open = async () => {
    const store = await openPostgresEventStore({ schema, pool: { ...testPoolConfig(), max: 8 } });
    stores.push(store);
    return store;
  };

  beforeEach(() => {
    ({ schema, drop } = uniqueSchema());
    pool = new pg.Pool({ ...testPoolConfig(), max: 2 });
    stores = [];
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    await pool.end();
    await drop();
  });

  it("decides each command of one batch on its own: ok, conflict, duplicate, in order", async () => {
    const store = await open();
    const stored = appendRequest("case-1", "no_stream", 2);
    const original = await store.append(stored);
    const fresh = appendRequest("case-9", "no_stream", 1);
    const batch = [
      appendRequest("case-2", "no_stream", 1),
      appendRequest("case-1", 5, 1), // stale: case-1 is at 2
      { ...stored, streamId: "case-3", expectedVersion: 9 }, // a retry naming another stream
      appendRequest("case-2", 1, 2), // sees the first command's version 1
      appendRequest("case-2", 1, 1), // now stale: the one before moved case-2 to 3
      fresh,
      fresh, // sent twice in the same batch
      appendRequest("case-1", 2, 0), // decided no events
    ];
    const outcomes = await makeBatchAppender(pool, schema)(batch.map(encodeCommand));
    const summary = outcomes.map((outcome) =>
      "ok" in outcome
        ? { ...outcome.ok, commandId: undefined }
        : outcome.error instanceof ConcurrencyConflict
          ? { conflict: outcome.error.actual }
          : { error: String(outcome.error) },
    );
    expect(summary).toEqual([
      {
        streamId: "case-2",
        version: 1,
        firstVersion: 1,
        firstPosition: 3,
        lastPosition: 3,
        duplicate: false,
      },
      { conflict: 2 },
      { ...original, commandId: undefined, duplicate: true },
      {
        streamId: "case-2",
        version: 3,
        firstVersion: 2,
        firstPosition: 4,
        lastPosition: 5,
        duplicate: false,
      },
      { conflict: 3 },
      {
        streamId: "case-9",
        version: 1,
        firstVersion: 1,
        firstPosition: 6,
        lastPosition: 6,
        duplicate: false,
      },
      {
        streamId: "case-9",
        version: 1,
        firstVersion: 1,
        firstPosition: 6,
        lastPosition: 6,
        duplicate: true,
      },
      { streamId: "case-1", version: 2, duplicate: false },
    ]);
    const log = await verifiedLog(store);
    expect(log.map((e) => `${e.streamId}@${e.version}`)).toEqual([
      "case-1@1",
      "case-1@2",
      "case-2@1",
      "case-2@2",
      "case-2@3",
      "case-9@1",
    ]);
    expect(await store.streamVersion("case-3")).toBe(0);
    // The answers stored for the batch's commands are the ones it gave.
    expect(await store.findCommand(fresh.commandId)).toMatchObject({
      firstPosition: 6,
      duplicate: true,
    });
  });

  it("fails only the command at fault when PostgreSQL refuses the batch", async () => {
    const store = await open();
    const first = await store.append(appendRequest("case-1", "no_stream", 1));
    const [reused] = await store.readStream("case-1");
    const bad = appendRequest("case-2", "no_stream", 1);
    const badEvent = { ...bad.events[0], eventId: reused?.eventId ?? "" };
    const batch = [
      appendRequest("case-3", "no_stream", 1),
      { ...bad, events: [{ type: "test.Noted", schemaVersion: 1, data: {}, ...badEvent }] },
      appendRequest("case-1", first.version, 1),
    ];
    const outcomes = await makeBatchAppender(pool, schema)(batch.map(encodeCommand));
    expect(outcomes.map((o) => ("ok" in o ? "ok" : "error"))).toEqual(["ok", "error", "ok"]);
    expect(await store.streamVersion("case-2")).toBe(0);
    expect((await verifiedLog(store)).length).toBe(3);
  });

  it("keeps two instances' racing batches correct: one winner per version, one stored command", async () => {
    const [a, b] = [await open(), await open()];
    if (a === undefined || b === undefined) throw new Error("no stores");
    for (let round = 0; round < 20; round++) {
      const hot = `hot-${round % 3}`;
      const version = await a.streamVersion(hot);
      const expected = version === 0 ? "no_stream" : version;
      const contested = await Promise.allSettled([
        a.append(appendRequest(hot, expected, 1)),
        b.append(appendRequest(hot, expected, 1)),
        a.append(appendRequest(`own-a-${round}`, "no_stream", 2)),
        b.append(appendRequest(`own-b-${round}`, "no_stream", 2)),
      ]);
      expect(contested.map((s) => s.status).filter((s) => s === "fulfilled")).toHaveLength(3);
      const loser = contested.find((s) => s.status === "rejected");
      expect(loser?.status === "rejected" && loser.reason).toBeInstanceOf(ConcurrencyConflict);
      // The same command sent to both instances at once, naming different streams, in batches
      // that share no stream: neither waits for the other's stream lock, so they race on the
      // command id itself.
      const shared = appendRequest(`shared-${round}`, "any", 1);
      const raced = await Promise.allSettled([
        a.append(shared),
        b.append({ ...shared, streamId: `elsewhere-${round}` }),
        a.append(appendRequest(`more-a-${round}`, "any", 1)),
        b.append(appendRequest(`more-b-${round}`, "any", 1)),
      ]);
      const answers = raced.map((s) => {
        if (s.status !== "fulfilled") throw new Error(`an append failed: ${String(s.reason)}`);
        return s.value;
      });
      const [sharedA, sharedB] = answers;
      expect([sharedA?.duplicate, sharedB?.duplicate].filter(Boolean)).toHaveLength(1);
      expect({ ...sharedA, duplicate: false }).toEqual({ ...sharedB, duplicate: false });
    }
    const log = await verifiedLog(b);
    // Per round: one hot event, two on each own stream, one shared, one on each "more" stream.
    expect(log).toHaveLength(20 * 8);
  });

  it("migrates commands rows that stored positions, and still answers their retries", async () => {
    const old = await open();
    const request = appendRequest("case-1", "no_stream", 2);
    const original = await old.append(request);
    await old.close();
    stores = [];
    // The shape of earlier versions: positions in the commands row and a one-command function.
    await pool.query(`ALTER TABLE ${schema}.commands ADD COLUMN first_position bigint,
      ADD COLUMN last_position bigint`);
    await pool.query(`UPDATE ${schema}.commands SET first_position = 1, last_position = 2`);
    await pool.query(`CREATE FUNCTION ${schema}.append_events(text, bigint, text, text[], text[],
      integer[], text[], text, text, text, text, text, text[], text[]) RETURNS void
      LANGUAGE sql AS 'SELECT NULL'`);
    const reopened = await open();
    expect(await reopened.append(request)).toEqual({ ...original, duplicate: true });
    const { rows } = await pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
       WHERE table_schema = $1 AND table_name = 'commands' ORDER BY ordinal_position`,
      [schema],
    );
    expect(rows.map((r) => r.column_name)).toEqual([
      "command_id",
      "stream_id",
      "version",
      "first_version",
    ]);
    const functions = await pool.query(
      `SELECT FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = $1 AND p.proname = 'append_events'`,
      [schema],
    );
    expect(functions.rowCount).toBe(0);
  });

  it("answers commands still queued at close before the pool goes", async () => {
    const store = await open();
    const pending = Array.from({ length: 20 }, (_, i) =>
      store.append(appendRequest(`case-${i}`, "no_stream", 1)),
    );
    await store.close();
    stores = [];
    const settled = await Promise.allSettled(pending);
    expect(settled.every((s) => s.status === "fulfilled")).toBe(true);
    const reopened = await open();
    expect((await reopened.head()).position).toBe(20);
  });

  it("refuses a batch size that could never send a command", async () => {
    await expect(
      openPostgresEventStore({ schema, pool: testPoolConfig(), maxBatch: 0 }),
    ).rejects.toBeInstanceOf(StoreError);
  });

  it("rejects with a StoreError, not a stray driver error, when the database refuses", async () => {
    const store = await open();
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await expect(store.append(appendRequest("case-1", "no_stream", 1))).rejects.toBeInstanceOf(
      StoreError,
    );
  });
});

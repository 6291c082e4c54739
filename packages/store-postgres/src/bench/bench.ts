/**
 * PostgreSQL benchmark: the store's append against a raw single-statement CTE append, both over
 * 16 connections, measured side by side in one run (`benchPostgres`). `pnpm bench` runs it from
 * `postgres-bench.ts`; `banli bench pg` from the CLI. Each round uses fresh schemas, dropped at
 * the end.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { AppendRequest } from "@banli/event-store";
import pg from "pg";
import { openPostgresEventStore } from "../postgres-store.js";

const actor = { userId: "u-0042", name: "王小明", unitId: "division-3", roles: ["office-clerk"] };
const data = {
  unitIds: ["division-3", "division-7"],
  dueOn: "2025-03-15",
  opinion: "请按期办理",
  by: { userId: "u-0042", name: "王小明", unitId: "division-3" },
};

const request = (streamId: string, version: number): AppendRequest => {
  const commandId = randomUUID();
  return {
    streamId,
    expectedVersion: version === 0 ? "no_stream" : version,
    events: [{ eventId: randomUUID(), type: "petition.Assigned", schemaVersion: 1, data }],
    commandId,
    recordedAt: "2025-03-01T09:30:00+08:00",
    actor,
    correlationId: commandId,
    causationId: commandId,
  };
};

interface Size {
  readonly commands: number;
  readonly clients: number;
}

export interface Run {
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly seconds: number;
}

/** `clients` callers, each on its own stream, one event per command, until `commands` are done. */
const drive = async (
  commands: number,
  clients: number,
  append: (r: AppendRequest, version: number) => Promise<void>,
): Promise<Run> => {
  const perClient = Math.ceil(commands / clients);
  const latencies: Array<number> = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const streamId = `case-${c}-${randomBytes(4).toString("hex")}`;
      for (let v = 0; v < perClient; v++) {
        const t = performance.now();
        await append(request(streamId, v), v);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const millis = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.floor((p / 100) * (latencies.length - 1))] ?? 0;
  return {
    perSecond: Math.round(((perClient * clients) / millis) * 1000),
    p50Ms: Number(at(50).toFixed(3)),
    p99Ms: Number(at(99).toFixed(3)),
    seconds: Number((millis / 1000).toFixed(2)),
  };
};

/** The reference: stream version check, gap-free position and insert in one CTE statement. */
const rawCte = async (connection: pg.PoolConfig, schema: string, size: Size): Promise<Run> => {
  const pool = new pg.Pool(connection);
  await pool.query(`
    CREATE TABLE ${schema}.raw_streams (stream_id text PRIMARY KEY, version bigint NOT NULL);
    CREATE TABLE ${schema}.raw_head (id integer PRIMARY KEY, position bigint NOT NULL);
    INSERT INTO ${schema}.raw_head VALUES (1, 0);
    CREATE TABLE ${schema}.raw_events (position bigint PRIMARY KEY, event_id text NOT NULL UNIQUE,
      stream_id text NOT NULL, version bigint NOT NULL, type text NOT NULL, data text NOT NULL,
      meta text NOT NULL, UNIQUE (stream_id, version));`);
  const sql = `
    WITH s AS (
      INSERT INTO ${schema}.raw_streams AS t (stream_id, version) VALUES ($1, $2 + 1)
      ON CONFLICT (stream_id) DO UPDATE SET version = t.version + 1 WHERE t.version = $2
      RETURNING version
    ), h AS (
      UPDATE ${schema}.raw_head SET position = position + 1
      WHERE id = 1 AND EXISTS (SELECT 1 FROM s) RETURNING position
    )
    INSERT INTO ${schema}.raw_events (position, event_id, stream_id, version, type, data, meta)
    SELECT h.position, $3, $1, s.version, $4, $5, $6 FROM s, h`;
  const run = await drive(size.commands, size.clients, async (r, version) => {
    const event = r.events[0];
    if (event === undefined) return;
    const result = await pool.query(sql, [
      r.streamId,
      version,
      event.eventId,
      event.type,
      JSON.stringify(event.data),
      JSON.stringify({ actor: r.actor, commandId: r.commandId, at: r.recordedAt }),
    ]);
    if (result.rowCount !== 1) throw new Error("conflict in the reference");
  });
  await pool.end();
  return run;
};

const storeRun = async (connection: pg.PoolConfig, schema: string, size: Size) => {
  const store = await openPostgresEventStore({ schema, pool: connection });
  const run = await drive(size.commands, size.clients, async (r) => {
    await store.append(r);
  });
  await store.close();
  return run;
};

const tableBytes = async (connection: pg.PoolConfig, schema: string) => {
  const client = new pg.Client(connection);
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: string; events: string }>(
      `SELECT (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
               JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname IN ('events', 'commands', 'streams'))::text AS bytes,
              (SELECT count(*) FROM ${schema}.events)::text AS events`,
      [schema],
    );
    const row = rows[0];
    return row === undefined ? 0 : Math.round((Number(row.bytes) / Number(row.events)) * 1_000_000);
  } finally {
    await client.end();
  }
};

export interface PostgresBenchOptions {
  /** Where to run: a connection URL, or the PG* environment variables / 127.0.0.1:5432. */
  readonly url?: string;
  /** Commands per round (default 10,000). */
  readonly commands?: number;
  /** Concurrent callers, each on its own stream (default 16, one per connection). */
  readonly clients?: number;
  readonly rounds?: number;
  readonly log?: (message: string) => void;
}

export interface PostgresBenchResult {
  readonly sizes: { commands: number; clients: number; connections: number; rounds: number };
  /** The medians of the rounds. */
  readonly reference: Run;
  readonly store: Run;
  /** Median over the rounds of (store / reference commands per second in that round). */
  readonly ratio: number;
  readonly target: string;
  /** events + commands tables with their indexes (and TOAST), per million events. */
  readonly tableBytesPerMillionEvents: number;
}

const connectionOf = (url: string | undefined): pg.PoolConfig => ({
  ...(url === undefined
    ? {
        host: process.env.PGHOST ?? "127.0.0.1",
        port: Number(process.env.PGPORT ?? 5432),
        user: process.env.PGUSER ?? "postgres",
        database: process.env.PGDATABASE ?? "postgres",
      }
    : { connectionString: url }),
  max: 16,
  options: "-c synchronous_commit=on",
});

/**
 * The store against the raw CTE over 16 connections, `synchronous_commit=on` for both; the two
 * alternate round by round on fresh schemas (dropped afterwards), and the ratio is the median
 * of the per-round ratios, so a slow spell of the shared machine hits both alike.
 */
export const benchPostgres = async (
  options: PostgresBenchOptions = {},
): Promise<PostgresBenchResult> => {
  const connection = connectionOf(options.url);
  const size = { commands: options.commands ?? 10_000, clients: options.clients ?? 16 };
  const rounds = options.rounds ?? 3;
  const log = options.log ?? (() => {});
  const admin = new pg.Client(connection);
  await admin.connect();
  const schemas: Array<string> = [];
  const schema = () => {
    const name = `banli_bench_${randomBytes(4).toString("hex")}`;
    schemas.push(name);
    return name;
  };
  try {
    const raws: Array<Run> = [];
    const stores: Array<Run> = [];
    let bytesPerMillion = 0;
    for (let r = 0; r < rounds; r++) {
      const rawSchema = schema();
      await admin.query(`CREATE SCHEMA ${rawSchema}`);
      const raw = await rawCte(connection, rawSchema, size);
      const storeSchema = schema();
      const store = await storeRun(connection, storeSchema, size);
      bytesPerMillion = await tableBytes(connection, storeSchema);
      raws.push(raw);
      stores.push(store);
      log(`round ${r + 1}: raw CTE ${raw.perSecond}/s, store ${store.perSecond}/s`);
    }
    const median = (values: Array<number>) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    const medianRun = (runs: Array<Run>) => {
      const run = [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)];
      if (run === undefined) throw new Error("no runs");
      return run;
    };
    return {
      sizes: { ...size, connections: 16, rounds },
      reference: medianRun(raws),
      store: medianRun(stores),
      ratio: Number(
        median(stores.map((s, i) => s.perSecond / (raws[i]?.perSecond ?? s.perSecond))).toFixed(2),
      ),
      target: ">= 0.8x",
      tableBytesPerMillionEvents: bytesPerMillion,
    };
  } finally {
    for (const name of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await admin.end();
  }
};

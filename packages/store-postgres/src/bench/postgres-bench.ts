/**
 * PostgreSQL benchmark: the store's append against a raw single-statement CTE append, both over
 * 16 connections, measured side by side in one run. Run with `pnpm bench` (builds, then plain
 * `node`) against the local server; results go to `bench-results/postgres.json`. Sizes:
 * BENCH_PG_COMMANDS (default 10,000), BENCH_PG_CLIENTS (default 16), BENCH_ROUNDS (default 3).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AppendRequest } from "@banli/event-store";
import pg from "pg";
import { openPostgresEventStore } from "../postgres-store.js";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const commands = env("BENCH_PG_COMMANDS", 10_000);
const clients = env("BENCH_PG_CLIENTS", 16);
const rounds = env("BENCH_ROUNDS", 3);
const connection: pg.PoolConfig = {
  host: process.env.PGHOST ?? "127.0.0.1",
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? "postgres",
  database: process.env.PGDATABASE ?? "test",
  max: 16,
  options: "-c synchronous_commit=on",
};

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

interface Run {
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly seconds: number;
}

/** `clients` callers, each on its own stream, one event per command, until `commands` are done. */
const drive = async (
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
const rawCte = async (schema: string): Promise<Run> => {
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
  const run = await drive(async (r, version) => {
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

const storeRun = async (schema: string) => {
  const store = await openPostgresEventStore({ schema, pool: connection });
  const run = await drive(async (r) => {
    await store.append(r);
  });
  await store.close();
  return run;
};

const tableBytes = async (schema: string) => {
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

const main = async () => {
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
      raws.push(await rawCte(rawSchema));
      const storeSchema = schema();
      stores.push(await storeRun(storeSchema));
      bytesPerMillion = await tableBytes(storeSchema);
      console.info(`round ${r + 1}: raw`, raws[r], "store", stores[r]);
    }
    const median = (runs: Array<Run>) =>
      [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)];
    const reference = median(raws);
    const store = median(stores);
    if (reference === undefined || store === undefined) throw new Error("no runs");
    const results = {
      at: new Date().toISOString(),
      sizes: { commands, clients, connections: 16, rounds },
      reference,
      store,
      ratio: Number((store.perSecond / reference.perSecond).toFixed(2)),
      target: ">= 0.8x",
      bytesPerMillionEvents: bytesPerMillion,
    };
    const out = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bench-results");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "postgres.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.info(`ratio: PostgreSQL store ${results.ratio}x the raw CTE append`, results);
  } finally {
    for (const name of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await admin.end();
  }
};

await main();

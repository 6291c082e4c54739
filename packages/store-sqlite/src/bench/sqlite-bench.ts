/**
 * SQLite benchmarks, each measured side by side with a raw better-sqlite3 reference in the same
 * run (see the "Benchmarks"). Run with `pnpm bench` (builds, then plain `node`); results
 * go to `bench-results/sqlite.json`. Sizes are configurable for a quick run:
 * BENCH_COMMANDS, BENCH_SERIAL, BENCH_REPLAY_EVENTS.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type AppendRequest,
  type EncodedEvent,
  exportToFile,
  generateSigningKeys,
  makeEventCodec,
  replayProcess,
  verifyFile,
} from "@banli/event-store";
import Database from "better-sqlite3";
import { openSqliteEventStore } from "../sqlite-store.js";
import { benchEvent, benchProcess } from "./bench-process.js";
import { median, round, type Throughput, throughput } from "./stats.js";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const concurrentCommands = env("BENCH_COMMANDS", 20_000);
const serialCommands = env("BENCH_SERIAL", 2_000);
const replayEvents = env("BENCH_REPLAY_EVENTS", 1_000_000);
const rounds = env("BENCH_ROUNDS", 3);

const codec = makeEventCodec(benchProcess);
const actor = { userId: "u-0042", name: "王小明", unitId: "division-3", roles: ["office-clerk"] };
const encoded: ReadonlyArray<EncodedEvent> = [0, 1, 2].map((n) => codec.encode(benchEvent(n)));

const request = (streamId: string, version: number, n: number): AppendRequest => {
  const commandId = randomUUID();
  const event = encoded[n % 3] ?? encoded[0];
  if (event === undefined) throw new Error("no event");
  return {
    streamId,
    expectedVersion: version === 0 ? "no_stream" : version,
    events: [{ ...event, eventId: randomUUID() }],
    commandId,
    recordedAt: "2025-03-01T09:30:00+08:00",
    actor,
    correlationId: commandId,
    causationId: commandId,
  };
};

/** The raw reference: `UPDATE streams … WHERE version = ?` + `INSERT` per event, one transaction. */
const rawReference = (filename: string, commands: number): Throughput => {
  const db = new Database(filename);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(`
    CREATE TABLE streams (stream_id TEXT PRIMARY KEY, version INTEGER NOT NULL);
    CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE,
      stream_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL,
      meta TEXT NOT NULL, UNIQUE (stream_id, version));`);
  const update = db.prepare("UPDATE streams SET version = ? WHERE stream_id = ? AND version = ?");
  const create = db.prepare("INSERT INTO streams (stream_id, version) VALUES (?, 1)");
  const insert = db.prepare(
    "INSERT INTO events (event_id, stream_id, version, type, data, meta) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const append = db.transaction((r: AppendRequest, expected: number) => {
    if (expected === 0) create.run(r.streamId);
    else if (update.run(expected + 1, r.streamId, expected).changes !== 1)
      throw new Error("conflict");
    for (const e of r.events) {
      insert.run(
        e.eventId,
        r.streamId,
        expected + 1,
        e.type,
        JSON.stringify(e.data),
        JSON.stringify({ actor: r.actor, commandId: r.commandId, at: r.recordedAt }),
      );
    }
  });
  const versions = new Map<string, number>();
  const latencies: Array<number> = [];
  const started = performance.now();
  for (let i = 0; i < commands; i++) {
    const streamId = `case-${i % 50}`;
    const version = versions.get(streamId) ?? 0;
    const t = performance.now();
    append(request(streamId, version, i), version);
    latencies.push(performance.now() - t);
    versions.set(streamId, version + 1);
  }
  const result = throughput(commands, performance.now() - started, latencies);
  db.close();
  return result;
};

/** The store with `clients` concurrent callers, each on its own case, one event per command. */
const storeAppends = async (filename: string, commands: number, clients: number) => {
  const store = openSqliteEventStore({ filename });
  const latencies: Array<number> = [];
  const perClient = Math.ceil(commands / clients);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let v = 0; v < perClient; v++) {
        const t = performance.now();
        await store.append(request(`case-${c}`, v, v));
        latencies.push(performance.now() - t);
      }
    }),
  );
  const result = throughput(perClient * clients, performance.now() - started, latencies);
  await store.close();
  return result;
};

/** Fills a store with `events` events over cases of 10 events (NORMAL sync: only reads follow). */
const fillForReplay = async (filename: string, events: number) => {
  const store = openSqliteEventStore({ filename, synchronous: "NORMAL" });
  const cases = Math.ceil(events / 10);
  const wave = 2_000;
  for (let written = 0; written < events; written += wave) {
    await Promise.all(
      Array.from({ length: Math.min(wave, events - written) }, (_, i) => {
        const n = written + i;
        return store.append({
          ...request(`petition-${n % cases}`, 0, Math.floor(n / cases)),
          expectedVersion: "any",
        });
      }),
    );
  }
  await store.close();
  const db = new Database(filename);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
};

/** The raw floor: scan + JSON.parse + fold into a Map, same file, same fold. */
const rawReplay = (filename: string) => {
  const db = new Database(filename, { readonly: true });
  const started = performance.now();
  const states = new Map<string, ReturnType<typeof benchProcess.decider.evolve>>();
  const { evolve, initialState } = benchProcess.decider;
  const rows = db
    .prepare<[], { stream_id: string; type: string; data: string }>(
      "SELECT stream_id, type, data FROM events ORDER BY position",
    )
    .iterate();
  let count = 0;
  for (const row of rows) {
    const event = { ...JSON.parse(row.data), _tag: row.type.slice("petition.".length) };
    states.set(row.stream_id, evolve(states.get(row.stream_id) ?? initialState, event));
    count++;
  }
  const result = throughput(count, performance.now() - started);
  db.close();
  return { ...result, cases: states.size };
};

const storeReplay = async (filename: string) => {
  const store = openSqliteEventStore({ filename, walCheckpoint: "off" });
  const started = performance.now();
  const states = await replayProcess(store, benchProcess, { pageSize: 5_000 });
  const millis = performance.now() - started;
  if (states._tag === "Left") throw new Error(states.left.message);
  let count = 0;
  for (const state of states.right.values()) count += state.units > 0 ? 1 : 0;
  await store.close();
  return { ...throughput(replayEvents, millis), cases: states.right.size, casesAssigned: count };
};

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), "banli-bench-"));
  const out = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bench-results");
  try {
    console.info("SQLite benchmarks in", dir);
    // Interleaved rounds, median kept: the disk's fsync time drifts over a run on these VMs.
    const rawRuns: Array<Throughput> = [];
    const serialRuns: Array<Throughput> = [];
    const concurrentRuns: Array<Throughput> = [];
    for (let r = 0; r < rounds; r++) {
      rawRuns.push(rawReference(join(dir, `raw-${r}.db`), serialCommands));
      serialRuns.push(await storeAppends(join(dir, `serial-${r}.db`), serialCommands, 1));
      concurrentRuns.push(
        await storeAppends(join(dir, `concurrent-${r}.db`), concurrentCommands, 50),
      );
    }
    const rawFull = median(rawRuns);
    console.info("raw FULL, one command per transaction", rawFull);
    const serial = median(serialRuns);
    console.info("store FULL, one command at a time", serial);
    const concurrent = median(concurrentRuns);
    console.info("store FULL, 50 concurrent commands", concurrent);

    const replayFile = join(dir, "replay.db");
    const fillStarted = performance.now();
    await fillForReplay(replayFile, replayEvents);
    const fillSeconds = round((performance.now() - fillStarted) / 1000, 1);
    const dbBytes = statSync(replayFile).size;
    console.info(`filled ${replayEvents} events in ${fillSeconds}s, ${dbBytes} bytes`);
    const rawFold = rawReplay(replayFile);
    console.info("raw floor: scan + JSON.parse + fold", rawFold);
    const replay = await storeReplay(replayFile);
    console.info("store replay through the schemas", replay);

    const keys = generateSigningKeys();
    const exportFile = join(dir, "export.jsonl");
    const source = openSqliteEventStore({ filename: replayFile, walCheckpoint: "off" });
    const exportStarted = performance.now();
    await exportToFile(source, exportFile, { privateKey: keys.privateKey, pageSize: 10_000 });
    const exportSeconds = round((performance.now() - exportStarted) / 1000, 1);
    await source.close();
    const verifyStarted = performance.now();
    const report = await verifyFile(exportFile, keys.publicKey);
    const verify = throughput(replayEvents, performance.now() - verifyStarted);
    if (!report.ok) throw new Error(`export does not verify: ${report.message}`);
    console.info("verify of the export", verify);

    const perMillion = (bytes: number) => Math.round((bytes / replayEvents) * 1_000_000);
    const results = {
      at: new Date().toISOString(),
      node: process.version,
      sizes: { concurrentCommands, serialCommands, replayEvents },
      groupCommit: {
        reference: rawFull,
        store: concurrent,
        ratio: round(concurrent.perSecond / rawFull.perSecond),
        target: ">= 3x, p99 <= 10 ms",
      },
      oneAtATime: {
        reference: rawFull,
        store: serial,
        ratio: round(serial.perSecond / rawFull.perSecond),
        target: ">= 0.8x",
      },
      replay: {
        reference: rawFold,
        store: replay,
        ratio: round(replay.perSecond / rawFold.perSecond),
        target: ">= 0.5x",
      },
      verify: { ...verify, exportSeconds, target: ">= 100,000 events/s" },
      fileSize: {
        sqliteBytesPerMillionEvents: perMillion(dbBytes),
        exportBytesPerMillionEvents: perMillion(statSync(exportFile).size),
        fillSeconds,
      },
    };
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "sqlite.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.info(
      `ratios: group commit ${results.groupCommit.ratio}x (p99 ${concurrent.p99Ms} ms), ` +
        `one at a time ${results.oneAtATime.ratio}x, replay ${results.replay.ratio}x, ` +
        `verify ${verify.perSecond} events/s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();

import { randomUUID } from "node:crypto";
import { statSync } from "node:fs";
import { replayProcesses } from "@banli/event-store";
import {
  kernelCaseTemplates,
  kernelModules,
  median,
  medianOf,
  round,
  streamOf,
  type Throughput,
  throughput,
} from "@banli/event-store/bench";
import Database from "better-sqlite3";
import { Either } from "effect";
import { openSqliteEventStore } from "../sqlite-store.js";

/** Distinct decided cases the log is built from (about ten events each). */
const TEMPLATES = 2_000;
/** Cases in progress at once while filling: their events interleave in the log as in an office. */
const OPEN_CASES = 1_000;

const actor = { userId: "u-clerk", name: "王经办", unitId: "office", roles: ["office-clerk"] };

/**
 * Fills `filename` with `events` kernel events, one command per event as the server records
 * them: `OPEN_CASES` cases advance step by step side by side, so each case's events are spread
 * over the log. NORMAL sync: the file is only read afterwards.
 */
export const fillKernelLog = async (filename: string, events: number): Promise<number> => {
  const templates = kernelCaseTemplates(TEMPLATES);
  const store = openSqliteEventStore({ filename, synchronous: "NORMAL" });
  let written = 0;
  let caseNumber = 0;
  try {
    while (written < events) {
      const open = Array.from({ length: OPEN_CASES }, () => {
        const n = caseNumber++;
        return { streamId: "", events: templates[n % templates.length] ?? [], n };
      }).map((c) => ({ ...c, streamId: streamOf(c.events, c.n) }));
      for (let version = 0; written < events; version++) {
        const step = open.filter((c) => c.events.length > version);
        if (step.length === 0) break;
        const batch = step.slice(0, events - written);
        await Promise.all(
          batch.map((c) => {
            const event = c.events[version];
            if (event === undefined) throw new Error("no event");
            const commandId = randomUUID();
            return store.append({
              streamId: c.streamId,
              expectedVersion: version === 0 ? "no_stream" : version,
              events: [{ ...event, eventId: randomUUID() }],
              commandId,
              recordedAt: (event.data as { at?: string }).at ?? "2026-03-02T09:00:00+08:00",
              actor,
              correlationId: commandId,
              causationId: commandId,
            });
          }),
        );
        written += batch.length;
      }
    }
  } finally {
    await store.close();
  }
  const db = new Database(filename);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return written;
};

type AnyState = unknown;

/**
 * The raw floor: scan + JSON.parse + the same fold into a Map, same file, no schema. It hands
 * the parsed JSON straight to the kernel's `evolve`; the kernel's encoded and decoded forms of
 * these events coincide, so the only work the store adds is reading through its port and
 * decoding.
 */
export const rawKernelReplay = (filename: string): Throughput & { readonly cases: number } => {
  const db = new Database(filename, { readonly: true });
  const folds = new Map<
    string,
    { evolve: (s: AnyState, e: unknown) => AnyState; initial: AnyState }
  >(
    Object.values(kernelModules).map((m) => [
      m.name,
      {
        evolve: m.decider.evolve as (s: AnyState, e: unknown) => AnyState,
        initial: m.decider.initialState as AnyState,
      },
    ]),
  );
  const started = performance.now();
  const states = new Map<string, AnyState>();
  const rows = db
    .prepare<[], { stream_id: string; type: string; data: string }>(
      "SELECT stream_id, type, data FROM events ORDER BY position",
    )
    .iterate();
  let count = 0;
  for (const row of rows) {
    const dot = row.type.indexOf(".");
    const fold = folds.get(row.type.slice(0, dot));
    if (fold === undefined) continue;
    const event = JSON.parse(row.data);
    event._tag = row.type.slice(dot + 1);
    states.set(row.stream_id, fold.evolve(states.get(row.stream_id) ?? fold.initial, event));
    count++;
  }
  const result = throughput(count, performance.now() - started);
  db.close();
  return { ...result, cases: states.size };
};

/** The store's replay: its port's `readAllRecords`, the kernel's schemas, the kernel's fold. */
export const storeKernelReplay = async (
  filename: string,
): Promise<Throughput & { readonly cases: number }> => {
  const store = openSqliteEventStore({ filename, walCheckpoint: "off" });
  try {
    const started = performance.now();
    const replayed = await replayProcesses(store, kernelModules, { pageSize: 5_000 });
    const millis = performance.now() - started;
    if (Either.isLeft(replayed)) throw new Error(replayed.left.message);
    const { supervision, petition } = replayed.right;
    const events = (await store.head()).position;
    return { ...throughput(events, millis), cases: supervision.size + petition.size };
  } finally {
    await store.close();
  }
};

export interface ReplayBenchResult {
  readonly events: number;
  readonly fillSeconds: number;
  readonly sqliteBytes: number;
  readonly sqliteBytesPerMillionEvents: number;
  readonly reference: Throughput;
  readonly store: Throughput;
  /** Median over the rounds of (store / reference events per second in that round). */
  readonly ratio: number;
  readonly target: string;
}

/**
 * Replay of `events` kernel events: the raw floor and the store's replay alternate for `rounds`
 * rounds on the same file; the medians are compared. Both must rebuild the same cases.
 */
export const benchReplay = async (
  filename: string,
  events: number,
  rounds: number,
  log: (message: string) => void = () => {},
): Promise<ReplayBenchResult> => {
  const fillStarted = performance.now();
  const written = await fillKernelLog(filename, events);
  const fillSeconds = round((performance.now() - fillStarted) / 1000, 1);
  const sqliteBytes = statSync(filename).size;
  log(`filled ${written} kernel events in ${fillSeconds} s (${sqliteBytes} bytes)`);
  const raws: Array<Throughput> = [];
  const stores: Array<Throughput> = [];
  for (let r = 0; r < rounds; r++) {
    const raw = rawKernelReplay(filename);
    const store = await storeKernelReplay(filename);
    if (raw.cases !== store.cases || raw.operations !== store.operations) {
      throw new Error(`the replays disagree: ${JSON.stringify({ raw, store })}`);
    }
    log(`round ${r + 1}: raw ${raw.perSecond}/s, store ${store.perSecond}/s`);
    raws.push(raw);
    stores.push(store);
  }
  const reference = median(raws);
  const store = median(stores);
  return {
    events: written,
    fillSeconds,
    sqliteBytes,
    sqliteBytesPerMillionEvents: Math.round((sqliteBytes / written) * 1_000_000),
    reference,
    store,
    ratio: round(medianOf(stores.map((s, i) => s.perSecond / (raws[i]?.perSecond ?? s.perSecond)))),
    target: ">= 0.5x",
  };
};

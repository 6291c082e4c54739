import { join } from "node:path";
import { type AppendRequest, type EncodedEvent, timeOrderedId } from "@banli/event-store";
import {
  kernelCaseTemplates,
  medianOf,
  round,
  type Throughput,
  throughput,
} from "@banli/event-store/bench";
import { openSqliteEventStore } from "../sqlite-store.js";
import { openRawAppender } from "./raw-reference.js";

const actor = { userId: "u-clerk", name: "王经办", unitId: "office", roles: ["office-clerk"] };

/** Real kernel events (one supervision case and one petition case), reused round-robin. */
const sampleEvents = (): ReadonlyArray<EncodedEvent> => kernelCaseTemplates(2).flat();

// Ids as the product makes them (handleCommand's event ids, the server's command ids): time-
// ordered, for the reference as for the store.
const makeRequest =
  (events: ReadonlyArray<EncodedEvent>) =>
  (streamId: string, version: number, n: number): AppendRequest => {
    const commandId = timeOrderedId();
    const event = events[n % events.length];
    if (event === undefined) throw new Error("no sample event");
    return {
      streamId,
      expectedVersion: version === 0 ? "no_stream" : version,
      events: [{ ...event, eventId: timeOrderedId() }],
      commandId,
      recordedAt: "2026-03-02T09:30:00+08:00",
      actor,
      correlationId: commandId,
      causationId: commandId,
    };
  };
type MakeRequest = ReturnType<typeof makeRequest>;

/** Something that appends commands; `run` continues where the last call stopped. */
interface Runner {
  /** Resolves with each command's latency in milliseconds. */
  readonly run: (commands: number) => Promise<Array<number>>;
  readonly close: () => Promise<void>;
}

/**
 * The raw reference of the issue: better-sqlite3, WAL + `synchronous=FULL`, one transaction per
 * command doing `UPDATE streams … WHERE version = ?` + an `INSERT` per event, one at a time.
 */
const rawReference = (filename: string, request: MakeRequest): Runner => {
  const raw = openRawAppender(filename);
  const append = (r: AppendRequest, expected: number) =>
    raw.append(
      r.streamId,
      expected,
      r.events.map((e) => ({
        eventId: e.eventId,
        type: e.type,
        data: JSON.stringify(e.data),
        meta: JSON.stringify({ actor: r.actor, commandId: r.commandId, at: r.recordedAt }),
      })),
    );
  const versions = new Map<string, number>();
  let i = 0;
  return {
    run: async (commands) => {
      const latencies: Array<number> = [];
      for (const end = i + commands; i < end; i++) {
        const streamId = `case-${i % 50}`;
        const version = versions.get(streamId) ?? 0;
        const t = performance.now();
        append(request(streamId, version, i), version);
        latencies.push(performance.now() - t);
        versions.set(streamId, version + 1);
      }
      return latencies;
    },
    close: async () => {
      raw.close();
    },
  };
};

/**
 * The shape: `clients` callers, each with one command in flight on its own case, one
 * event per command; a caller sends its next command once the last one is acknowledged.
 */
const storeClients = (filename: string, clients: number, request: MakeRequest): Runner => {
  const store = openSqliteEventStore({ filename });
  const versions = Array.from({ length: clients }, () => 0);
  return {
    run: async (commands) => {
      const latencies: Array<number> = [];
      const perClient = Math.ceil(commands / clients);
      await Promise.all(
        versions.map(async (_, c) => {
          for (let n = 0; n < perClient; n++) {
            const v = versions[c] ?? 0;
            const t = performance.now();
            await store.append(request(`case-${c}`, v, v));
            latencies.push(performance.now() - t);
            versions[c] = v + 1;
          }
        }),
      );
      return latencies;
    },
    close: () => store.close(),
  };
};

/**
 * A burst: all of a round's commands submitted at once (as an import or a retry storm would),
 * each on a new case; they queue and are committed in batches of up to `maxBatch`. Not the
 * issue's shape — reported beside it because it shows the most group commit can win, and what
 * waiting in a long queue costs in latency.
 */
const storeBurst = (filename: string, request: MakeRequest): Runner => {
  const store = openSqliteEventStore({ filename });
  let next = 0;
  return {
    run: async (commands) => {
      const latencies: Array<number> = [];
      const first = next;
      next += commands;
      await Promise.all(
        Array.from({ length: commands }, async (_, i) => {
          const t = performance.now();
          await store.append(request(`case-${first + i}`, 0, i));
          latencies.push(performance.now() - t);
        }),
      );
      return latencies;
    },
    close: () => store.close(),
  };
};

export interface AppendBenchOptions {
  /** Directory for the database files. */
  readonly dir: string;
  /** Commands of the 50-caller run and of the burst, over all rounds. */
  readonly concurrentCommands: number;
  /** Commands of the raw reference and of the one-at-a-time run, over all rounds. */
  readonly serialCommands: number;
  readonly rounds: number;
  readonly log?: (message: string) => void;
}

export interface Compared {
  /** All rounds together: commands, seconds, per second, p50 and p99 latency. */
  readonly store: Throughput;
  /** Median over the rounds of (store / reference commands per second in that round). */
  readonly ratio: number;
  readonly target: string;
}

export interface AppendBenchResult {
  readonly reference: Throughput;
  readonly oneAtATime: Compared;
  readonly concurrent50: Compared & { readonly p99Ms: number };
  readonly burst: Compared & { readonly p99Ms: number };
}

interface Tally {
  readonly rates: Array<number>;
  readonly latencies: Array<number>;
  millis: number;
  operations: number;
}

/**
 * SQLite appends, FULL durability throughout: the raw reference, the store one command at a
 * time, the store with 50 concurrent callers, and a burst. Each keeps its own file open for the
 * whole run, and the four take turns in short rounds, so a slow spell of the shared disk or CPU
 * (these VMs have plenty) hits all of them alike; each ratio is the median of the per-round
 * ratios to the reference. A first round of each is run and not counted (warm-up).
 */
export const benchAppends = async (options: AppendBenchOptions): Promise<AppendBenchResult> => {
  const request = makeRequest(sampleEvents());
  const log = options.log ?? (() => {});
  const file = (name: string) => join(options.dir, `${name}.db`);
  const serialChunk = Math.max(1, Math.ceil(options.serialCommands / options.rounds));
  const concurrentChunk = Math.max(50, Math.ceil(options.concurrentCommands / options.rounds));
  const runners = {
    raw: { runner: rawReference(file("raw"), request), chunk: serialChunk },
    serial: { runner: storeClients(file("serial"), 1, request), chunk: serialChunk },
    concurrent: { runner: storeClients(file("concurrent"), 50, request), chunk: concurrentChunk },
    burst: { runner: storeBurst(file("burst"), request), chunk: concurrentChunk },
  };
  const tally = (): Tally => ({ rates: [], latencies: [], millis: 0, operations: 0 });
  const tallies = { raw: tally(), serial: tally(), concurrent: tally(), burst: tally() };
  try {
    // One unmeasured round first, as the HTTP bench warms up: the store's path is far more code
    // than the reference's two statements, and its first rounds measured JIT compilation (the
    // first two one-at-a-time rounds ran at half the rate of the rest).
    for (const { runner, chunk } of Object.values(runners)) await runner.run(chunk);
    for (let r = 0; r < options.rounds; r++) {
      for (const [name, { runner, chunk }] of Object.entries(runners)) {
        const tally = tallies[name as keyof typeof runners];
        const started = performance.now();
        const latencies = await runner.run(chunk);
        const millis = performance.now() - started;
        tally.rates.push((latencies.length / millis) * 1000);
        tally.latencies.push(...latencies);
        tally.millis += millis;
        tally.operations += latencies.length;
      }
      const rate = (t: Tally) => Math.round(t.rates[t.rates.length - 1] ?? 0);
      log(
        `round ${r + 1}: raw ${rate(tallies.raw)}/s, one at a time ${rate(tallies.serial)}/s, ` +
          `50 concurrent ${rate(tallies.concurrent)}/s, burst ${rate(tallies.burst)}/s`,
      );
    }
  } finally {
    for (const { runner } of Object.values(runners)) await runner.close();
  }
  const total = (t: Tally) => throughput(t.operations, t.millis, t.latencies);
  const compare = (t: Tally, target: string): Compared => ({
    store: total(t),
    ratio: round(medianOf(t.rates.map((rate, i) => rate / (tallies.raw.rates[i] ?? rate)))),
    target,
  });
  const concurrent = compare(tallies.concurrent, ">= 3x, p99 <= 10 ms");
  const burst = compare(tallies.burst, "none (informational)");
  return {
    reference: total(tallies.raw),
    oneAtATime: compare(tallies.serial, ">= 0.8x"),
    concurrent50: { ...concurrent, p99Ms: concurrent.store.p99Ms ?? Number.NaN },
    burst: { ...burst, p99Ms: burst.store.p99Ms ?? Number.NaN },
  };
};

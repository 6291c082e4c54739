import { GENESIS_HASH, type StoredEvent } from "../envelope.js";
import { ConcurrencyConflict } from "../errors.js";
import type { EventStorePort } from "../port.js";
import { appendRequest } from "./fixtures.js";

// Plain checks rather than `expect`: they run for every one of 320,000 events.
const check = (ok: boolean, message: string) => {
  if (!ok) throw new Error(message);
};

export interface ConcurrencyLoad {
  readonly writers: number;
  readonly appendsPerWriter: number;
  readonly streams: number;
}

export interface ConcurrencyOutcome {
  readonly appends: number;
  readonly conflicts: number;
  readonly millis: number;
}

/**
 * Writers pick a random hot stream, read its version and append with that exact expectation,
 * retrying on a conflict until each has `appendsPerWriter` acknowledged appends. Then the log
 * must hold exactly the acknowledged events: no lost update, no version written twice, one
 * winner per contested version, positions 1..N with no gap.
 */
export const runConcurrencyLoad = async (
  stores: ReadonlyArray<EventStorePort>,
  load: ConcurrencyLoad,
): Promise<ConcurrencyOutcome> => {
  const acknowledged = new Map<string, string>();
  let conflicts = 0;
  const started = performance.now();
  const writer = async (w: number) => {
    const store = stores[w % stores.length];
    if (store === undefined) throw new Error("no store");
    for (let done = 0; done < load.appendsPerWriter; ) {
      const streamId = `hot-${Math.floor(Math.random() * load.streams)}`;
      const version = await store.streamVersion(streamId);
      const request = appendRequest(streamId, version === 0 ? "no_stream" : version);
      try {
        const result = await store.append(request);
        const key = `${streamId}@${result.version}`;
        // Two acknowledgements of one version would be two winners.
        check(!acknowledged.has(key), `${key} acknowledged twice`);
        acknowledged.set(key, request.commandId);
        done++;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
        check(error.actual > version, `conflict at ${streamId} without progress`);
        conflicts++;
      }
    }
  };
  await Promise.all(Array.from({ length: load.writers }, (_, w) => writer(w)));
  const millis = performance.now() - started;

  const store = stores[0];
  if (store === undefined) throw new Error("no store");
  const total = load.writers * load.appendsPerWriter;
  const seen = new Set<string>();
  let position = 0;
  let last: StoredEvent | undefined;
  for (;;) {
    const page = await store.readAll({ after: position, limit: 10_000 });
    for (const event of page) {
      check(event.position === position + 1, `gap before position ${event.position}`);
      check(event.prevHash === (last?.hash ?? GENESIS_HASH), `chain broken at ${event.position}`);
      const key = `${event.streamId}@${event.version}`;
      check(!seen.has(key), `${key} written twice`);
      seen.add(key);
      check(acknowledged.get(key) === event.commandId, `${key} is not the acknowledged append`);
      position = event.position;
      last = event;
    }
    if (page.length < 10_000) break;
  }
  check(position === total, `log holds ${position} events, ${total} were acknowledged`);
  check(seen.size === total, "lost or extra events");
  check((await store.head()).position === total, "head does not match the log");
  return { appends: total, conflicts, millis };
};

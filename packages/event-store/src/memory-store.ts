import { Effect, Layer } from "effect";
import { canonicalJson } from "./canonical.js";
import type { SignedCheckpoint } from "./checkpoint.js";
import {
  type AppendRequest,
  type AppendResult,
  EMPTY_HEAD,
  expectedVersionMatches,
  type Head,
  type StoredEvent,
} from "./envelope.js";
import { ConcurrencyConflict, ImportError, StoreError } from "./errors.js";
import { prepareEvents } from "./hash-chain.js";
import { EventStore, type EventStorePort } from "./port.js";
import { startSubscription } from "./subscription.js";

/** What a memory store holds; pass the same state to a second store to simulate a restart. */
export interface MemoryState {
  readonly events: Array<StoredEvent>;
  readonly streams: Map<string, Array<StoredEvent>>;
  readonly commands: Map<string, AppendResult>;
  readonly eventIds: Set<string>;
  readonly checkpoints: Array<SignedCheckpoint>;
}

export const makeMemoryState = (): MemoryState => ({
  events: [],
  streams: new Map(),
  commands: new Map(),
  eventIds: new Set(),
  checkpoints: [],
});

// Reads hand out parsed copies so a caller mutating an event cannot change the log.
const copy = <A>(value: A): A => JSON.parse(canonicalJson(value)) as A;

/** The in-memory adapter: for tests and for trying things out; it keeps nothing on close. */
export const makeMemoryEventStore = (state: MemoryState = makeMemoryState()): EventStorePort => {
  const listeners = new Set<() => void>();
  const head = (): Head => {
    const last = state.events[state.events.length - 1];
    return last === undefined ? EMPTY_HEAD : { position: last.position, hash: last.hash };
  };
  const versionOf = (streamId: string) => state.streams.get(streamId)?.length ?? 0;
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const write = (event: StoredEvent) => {
    state.events.push(event);
    state.eventIds.add(event.eventId);
    const stream = state.streams.get(event.streamId);
    if (stream === undefined) state.streams.set(event.streamId, [event]);
    else stream.push(event);
  };

  const append = (request: AppendRequest): AppendResult => {
    const original = state.commands.get(request.commandId);
    if (original !== undefined) return { ...original, duplicate: true };
    const actual = versionOf(request.streamId);
    if (!expectedVersionMatches(request.expectedVersion, actual)) {
      throw new ConcurrencyConflict({
        streamId: request.streamId,
        expected: request.expectedVersion,
        actual,
      });
    }
    for (const event of request.events) {
      if (state.eventIds.has(event.eventId)) {
        throw new StoreError({ message: `event id ${event.eventId} is already stored` });
      }
    }
    const prepared = prepareEvents(request, actual, head(), canonicalJson);
    const first = prepared[0]?.event;
    const last = prepared[prepared.length - 1]?.event;
    const result: AppendResult = {
      streamId: request.streamId,
      commandId: request.commandId,
      version: actual + prepared.length,
      firstVersion: first?.version,
      firstPosition: first?.position,
      lastPosition: last?.position,
      duplicate: false,
    };
    // A command that decided nothing leaves no trace, as in the SQL adapters.
    if (prepared.length === 0) return result;
    for (const p of prepared) write(copy(p.event));
    state.commands.set(request.commandId, result);
    notify();
    return result;
  };

  const readAll = (after: number, limit: number) =>
    state.events.slice(Math.max(0, after), Math.max(0, after) + limit).map(copy);

  return {
    append: (request) => {
      try {
        return Promise.resolve(append(request));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    readStream: async (streamId, options) => {
      const from = Math.max(1, options?.fromVersion ?? 1);
      const events = state.streams.get(streamId) ?? [];
      return events.slice(from - 1, from - 1 + (options?.limit ?? events.length)).map(copy);
    },
    readAll: async (options) => readAll(options?.after ?? 0, options?.limit ?? 1000),
    readAllRecords: async (options) =>
      readAll(options?.after ?? 0, options?.limit ?? 1000).map((e) => ({
        position: e.position,
        streamId: e.streamId,
        version: e.version,
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: e.data,
      })),
    findCommand: async (commandId) => {
      const found = state.commands.get(commandId);
      return found === undefined ? undefined : { ...found, duplicate: true };
    },
    streamVersion: async (streamId) => versionOf(streamId),
    head: async () => head(),
    subscribe: (options, handler) =>
      startSubscription(
        {
          readAll: async (after, limit) => readAll(after, limit),
          onCommit: (wake) => {
            listeners.add(wake);
            return () => listeners.delete(wake);
          },
        },
        options.after,
        handler,
      ),
    importEvents: async (events) => {
      let { position, hash } = head();
      for (const event of events) {
        if (event.position !== position + 1 || event.prevHash !== hash) {
          throw new ImportError({
            message: `event at position ${event.position} does not continue the chain at ${position}`,
          });
        }
        if (event.version !== versionOf(event.streamId) + 1) {
          throw new ImportError({ message: `event at ${event.position}: version out of order` });
        }
        write(copy(event));
        const previous = state.commands.get(event.commandId);
        state.commands.set(event.commandId, {
          streamId: event.streamId,
          commandId: event.commandId,
          version: event.version,
          firstVersion: previous?.firstVersion ?? event.version,
          firstPosition: previous?.firstPosition ?? event.position,
          lastPosition: event.position,
          duplicate: false,
        });
        position = event.position;
        hash = event.hash;
      }
      notify();
    },
    saveCheckpoint: async (checkpoint) => {
      state.checkpoints.push(copy(checkpoint));
    },
    latestCheckpoint: async () => {
      const last = state.checkpoints[state.checkpoints.length - 1];
      return last === undefined ? undefined : copy(last);
    },
    close: async () => {
      listeners.clear();
    },
  };
};

/** The memory store as the `EventStore` service. */
export const layerMemory = (state?: MemoryState): Layer.Layer<EventStore> =>
  Layer.scoped(
    EventStore,
    Effect.acquireRelease(
      Effect.sync(() => makeMemoryEventStore(state)),
      (store) => Effect.promise(() => store.close()),
    ),
  );

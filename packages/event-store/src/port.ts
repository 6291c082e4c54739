import { Context } from "effect";
import type { SignedCheckpoint } from "./checkpoint.js";
import type { AppendRequest, AppendResult, EventRecord, Head, StoredEvent } from "./envelope.js";

export interface ReadStreamOptions {
  /** First version to return (inclusive); default 1. */
  readonly fromVersion?: number;
  readonly limit?: number;
}

export interface ReadAllOptions {
  /** Return events with a position strictly greater than this; default 0 (from the start). */
  readonly after?: number;
  /** Page size; default 1000. */
  readonly limit?: number;
}

export interface SubscribeOptions {
  /** Deliver events after this position: catch-up from the log, then live. */
  readonly after: number;
}

export interface Subscription {
  /** Stops delivery; resolves once the handler is no longer called. */
  readonly close: () => Promise<void>;
  /** Settles when the subscription ends: resolves on close, rejects if the handler threw. */
  readonly done: Promise<void>;
}

/**
 * The event store port. Plain promises rather than Effects: the adapters sit on the hot path of
 * every command and are benchmarked against raw drivers, so the port adds no fibers or
 * allocations of its own; Effect code reaches it through the `EventStore` tag and `handleCommand`.
 *
 * Errors: `append` rejects with `ConcurrencyConflict` on an expected-version mismatch and with
 * `StoreError` when the database fails; other methods reject with `StoreError`.
 */
export interface EventStorePort {
  /**
   * Appends one command's events to one stream, atomically. A command id already stored returns
   * the original result (`duplicate: true`) and writes nothing, whatever the request says.
   */
  readonly append: (request: AppendRequest) => Promise<AppendResult>;
  readonly readStream: (
    streamId: string,
    options?: ReadStreamOptions,
  ) => Promise<ReadonlyArray<StoredEvent>>;
  readonly readAll: (options?: ReadAllOptions) => Promise<ReadonlyArray<StoredEvent>>;
  /** `readAll` without the audit fields, for folds over the whole log (replay, projections). */
  readonly readAllRecords: (options?: ReadAllOptions) => Promise<ReadonlyArray<EventRecord>>;
  /** The stored result of a command id, so a retried command is answered before it is decided. */
  readonly findCommand: (commandId: string) => Promise<AppendResult | undefined>;
  readonly streamVersion: (streamId: string) => Promise<number>;
  readonly head: () => Promise<Head>;
  /** Handler calls are sequential and in position order; a reader never skips a committed event. */
  readonly subscribe: (
    options: SubscribeOptions,
    handler: (event: StoredEvent) => void | Promise<void>,
  ) => Subscription;
  /**
   * Writes already-hashed envelopes as they are (import of a verified export). They must
   * continue the chain from the store's head; anything else is refused with `ImportError`.
   */
  readonly importEvents: (events: ReadonlyArray<StoredEvent>) => Promise<void>;
  readonly saveCheckpoint: (checkpoint: SignedCheckpoint) => Promise<void>;
  readonly latestCheckpoint: () => Promise<SignedCheckpoint | undefined>;
  readonly close: () => Promise<void>;
}

/** The event store as an Effect service; adapters provide it with their `layer*` constructors. */
export class EventStore extends Context.Tag("@banli/event-store/EventStore")<
  EventStore,
  EventStorePort
>() {}

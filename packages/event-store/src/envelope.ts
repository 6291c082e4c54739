/**
 * The stored shape of an event. The store is generic: it knows nothing of processes, only of
 * envelopes whose `data` is JSON; a codec built from a kernel `ProcessModule` turns domain
 * events into envelopes and back (see codec.ts).
 */

/** A hash-chained, positioned event as it sits in the log. */
export interface StoredEvent {
  /** Global position: 1, 2, 3 … gap-free and in commit order. */
  readonly position: number;
  readonly eventId: string;
  /** `<process>-<caseId>`: one stream per case. */
  readonly streamId: string;
  /** Version within the stream: 1, 2, 3 … */
  readonly version: number;
  /** `<process>.<EventTag>`. */
  readonly type: string;
  readonly schemaVersion: number;
  /** The event's encoded fields (JSON), without its `_tag` (that is in `type`). */
  readonly data: unknown;
  readonly recordedAt: string;
  readonly actor: unknown;
  readonly onBehalfOf?: unknown;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  /** Hash of the event at `position - 1` (or `GENESIS_HASH`). */
  readonly prevHash: string;
  /** `SHA-256(prevHash ‖ canonical(envelope without hash))`, hex. */
  readonly hash: string;
}

/**
 * What a fold needs of an event, without the audit fields: replay and projections read millions
 * of these, and parsing actors and hashes they never look at would cost them half their speed.
 */
export type EventRecord = Pick<
  StoredEvent,
  "position" | "streamId" | "version" | "type" | "schemaVersion" | "data"
>;

/** An event a command produced, before the store gives it a place in the log. */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * `"no_stream"`: the stream must not exist yet; `"any"`: no check; a number: the stream's
 * current version must be exactly this (0 is the same as `"no_stream"`).
 */
export type ExpectedVersion = number | "no_stream" | "any";

/** One command's events for one stream, appended atomically. */
export interface AppendRequest {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  readonly events: ReadonlyArray<NewEvent>;
  readonly commandId: string;
  readonly recordedAt: string;
  readonly actor: unknown;
  readonly onBehalfOf?: unknown;
  readonly correlationId: string;
  readonly causationId: string;
}

/** What an append did; a retried command gets the original result back with `duplicate: true`. */
export interface AppendResult {
  readonly streamId: string;
  readonly commandId: string;
  /** The stream's version after the append (its next expected version). */
  readonly version: number;
  /** Version of the first event written, or `undefined` when the command wrote no events. */
  readonly firstVersion: number | undefined;
  readonly firstPosition: number | undefined;
  readonly lastPosition: number | undefined;
  readonly duplicate: boolean;
}

/** The head of the global chain: position 0 and `GENESIS_HASH` for an empty log. */
export interface Head {
  readonly position: number;
  readonly hash: string;
}

export const GENESIS_HASH = "0".repeat(64);
export const EMPTY_HEAD: Head = { position: 0, hash: GENESIS_HASH };

export const expectedVersionMatches = (expected: ExpectedVersion, actual: number): boolean =>
  expected === "any" || (expected === "no_stream" ? actual === 0 : expected === actual);

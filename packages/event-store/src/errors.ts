import { Data } from "effect";
import type { ExpectedVersion } from "./envelope.js";

/** The stream moved on since the command loaded it; nothing was written. */
export class ConcurrencyConflict extends Data.TaggedError("ConcurrencyConflict")<{
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  readonly actual: number;
}> {
  override get message(): string {
    return `stream ${this.streamId}: expected version ${String(this.expected)}, actual ${this.actual}`;
  }
}

/** The database failed or refused in a way the domain cannot act on. */
export class StoreError extends Data.TaggedError("StoreError")<{
  readonly message: string;
  readonly cause?: unknown;
}> {}

/** A stored event no longer decodes through its process's schema (after upcasting). */
export class EventDecodeError extends Data.TaggedError("EventDecodeError")<{
  readonly type: string;
  readonly schemaVersion: number;
  readonly position: number;
  readonly message: string;
}> {}

/** An import was refused: the store was not empty or the file did not verify. */
export class ImportError extends Data.TaggedError("ImportError")<{
  readonly message: string;
}> {}

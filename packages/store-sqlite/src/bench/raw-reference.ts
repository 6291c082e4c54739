import Database from "better-sqlite3";

/** One event as the raw reference stores it: its columns, already serialised. */
export interface RawEvent {
  readonly eventId: string;
  readonly type: string;
  readonly data: string;
  readonly meta: string;
}

export interface RawAppender {
  /**
   * Appends a command's events to a stream at `expected` in one transaction; resolves nothing,
   * returns the last event's position. A version mismatch throws (the reference has no retries).
   */
  readonly append: (streamId: string, expected: number, events: ReadonlyArray<RawEvent>) => number;
  readonly close: () => void;
}

/**
 * The raw reference of issue #4, used by both `banli bench store` and the plain Fastify route of
 * `banli bench http`: better-sqlite3, WAL + `synchronous = FULL`, one transaction per command
 * doing `UPDATE streams … WHERE version = ?` (or creating the stream) + an `INSERT` per event.
 */
export const openRawAppender = (filename: string): RawAppender => {
  const db = new Database(filename);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(`
    CREATE TABLE streams (stream_id TEXT PRIMARY KEY, version INTEGER NOT NULL);
    CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE,
      stream_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL,
      meta TEXT NOT NULL, UNIQUE (stream_id, version));`);
  const update = db.prepare("UPDATE streams SET version = ? WHERE stream_id = ? AND version = ?");
  const create = db.prepare("INSERT INTO streams (stream_id, version) VALUES (?, ?)");
  const insert = db.prepare(
    "INSERT INTO events (event_id, stream_id, version, type, data, meta) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const append = db.transaction(
    (streamId: string, expected: number, events: ReadonlyArray<RawEvent>): number => {
      const version = expected + events.length;
      if (expected === 0) create.run(streamId, version);
      else if (update.run(version, streamId, expected).changes !== 1) throw new Error("conflict");
      let position = 0;
      events.forEach((e, i) => {
        position = Number(
          insert.run(e.eventId, streamId, expected + i + 1, e.type, e.data, e.meta).lastInsertRowid,
        );
      });
      return position;
    },
  );
  return { append, close: () => db.close() };
};

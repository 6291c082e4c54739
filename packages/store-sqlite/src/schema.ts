/**
 * One file: the log, the command ids (the idempotency record, kept for ever — no time window)
 * and signed checkpoints. A stream's version is the highest version of its events, read from
 * the (stream_id, version) unique index, so an append writes no second row per stream.
 */
export const schemaSql = `
CREATE TABLE IF NOT EXISTS events (
  position INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  stream_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  type TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  data TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  on_behalf_of TEXT,
  command_id TEXT NOT NULL,
  correlation_id TEXT NOT NULL,
  causation_id TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  UNIQUE (stream_id, version)
);
CREATE TABLE IF NOT EXISTS commands (
  command_id TEXT PRIMARY KEY,
  stream_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  first_version INTEGER NOT NULL,
  first_position INTEGER NOT NULL,
  last_position INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS checkpoints (
  id INTEGER PRIMARY KEY,
  body TEXT NOT NULL
);
`;

export interface EventRow {
  readonly position: number;
  readonly event_id: string;
  readonly stream_id: string;
  readonly version: number;
  readonly type: string;
  readonly schema_version: number;
  readonly data: string;
  readonly recorded_at: string;
  readonly actor: string;
  readonly on_behalf_of: string | null;
  readonly command_id: string;
  readonly correlation_id: string;
  readonly causation_id: string;
  readonly prev_hash: string;
  readonly hash: string;
}

export interface CommandRow {
  readonly command_id: string;
  readonly stream_id: string;
  readonly version: number;
  readonly first_version: number;
  readonly first_position: number;
  readonly last_position: number;
}

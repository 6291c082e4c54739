import { GENESIS_HASH } from "@banli/event-store";
import { appendBatchSql } from "./append-batch-sql.js";

/** Schema names are interpolated into DDL, so only plain identifiers are accepted. */
export const assertIdentifier = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]{0,50}$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return name;
};

export const channelOf = (schema: string): string => `${schema}_events`;

/**
 * Tables, views and the append function of one store, in schema `s`.
 *
 * Positions come from the single `head` row, locked `FOR UPDATE` by each append and released at
 * its commit: appenders are serialised, a transaction takes its positions only after the one
 * before it has committed (PostgreSQL makes a commit visible before releasing its locks), and a
 * rollback takes its head update with it. So positions are gap-free and committed in order —
 * unlike a sequence, whose values are handed out before commit and commit out of order (the bug
 * that made Marten's async projections skip events). The same lock orders the hash chain.
 *
 * Since every commit waits for its WAL flush with the head lock held, one flush per command
 * would cap throughput at one command per flush; so a store sends the commands waiting in it as
 * one batch, one call of `append_batch` (appendBatchSql), and they share a commit.
 */
export const schemaSql = (s: string): string => `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.events (
  position bigint PRIMARY KEY,
  event_id text NOT NULL UNIQUE,
  stream_id text NOT NULL,
  version bigint NOT NULL,
  type text NOT NULL,
  schema_version integer NOT NULL,
  data text NOT NULL,
  recorded_at text NOT NULL,
  actor text NOT NULL,
  on_behalf_of text,
  command_id text NOT NULL,
  correlation_id text NOT NULL,
  causation_id text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (stream_id, version)
);
CREATE TABLE IF NOT EXISTS ${s}.streams (
  stream_id text PRIMARY KEY,
  version bigint NOT NULL
);
-- A command's positions are not stored: they are the positions of its first and last events,
-- found by (stream_id, version). So its row is written before the head lock is taken.
CREATE TABLE IF NOT EXISTS ${s}.commands (
  command_id text PRIMARY KEY,
  stream_id text NOT NULL,
  version bigint NOT NULL,
  first_version bigint NOT NULL
);
-- Migration from stores whose commands rows held first_position and last_position (and whose
-- append was the one-command append_events): dropping a column only edits the catalogue. The
-- check comes first because ALTER TABLE would lock the table out of every running append.
DO $migrate$
BEGIN
  IF EXISTS (SELECT FROM pg_attribute WHERE attrelid = '${s}.commands'::regclass
             AND attname = 'first_position' AND NOT attisdropped) THEN
    ALTER TABLE ${s}.commands DROP COLUMN first_position, DROP COLUMN last_position;
  END IF;
END
$migrate$;
DROP FUNCTION IF EXISTS ${s}.append_events(text, bigint, text, text[], text[], integer[], text[],
  text, text, text, text, text, text[], text[]);
CREATE OR REPLACE VIEW ${s}.command_results AS
  SELECT c.command_id, c.stream_id, c.version, c.first_version,
         f.position AS first_position, l.position AS last_position
  FROM ${s}.commands c
  JOIN ${s}.events f ON f.stream_id = c.stream_id AND f.version = c.first_version
  JOIN ${s}.events l ON l.stream_id = c.stream_id AND l.version = c.version;
CREATE TABLE IF NOT EXISTS ${s}.head (
  id integer PRIMARY KEY CHECK (id = 1),
  position bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO ${s}.head (id, position, hash) VALUES (1, 0, '${GENESIS_HASH}') ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS ${s}.checkpoints (
  id bigserial PRIMARY KEY,
  body text NOT NULL
);
${appendBatchSql(s)}
`;

export interface EventRow {
  readonly position: string;
  readonly event_id: string;
  readonly stream_id: string;
  readonly version: string;
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

/** One row per command of a batch, in the batch's order. */
export interface ResultRow {
  readonly status: "ok" | "duplicate" | "conflict";
  readonly stream_id: string;
  readonly version: string;
  readonly first_version: string | null;
  readonly first_position: string | null;
  readonly last_position: string | null;
}

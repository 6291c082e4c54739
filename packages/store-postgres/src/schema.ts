import { GENESIS_HASH } from "@banli/event-store";

/** Schema names are interpolated into DDL, so only plain identifiers are accepted. */
export const assertIdentifier = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]{0,50}$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return name;
};

export const channelOf = (schema: string): string => `${schema}_events`;

/**
 * Tables and the append function of one store, in schema `s`.
 *
 * Positions come from the single `head` row, locked `FOR UPDATE` by each append and released at
 * its commit: appenders are serialised, a transaction takes its positions only after the one
 * before it has committed (PostgreSQL makes a commit visible before releasing its locks), and a
 * rollback takes its head update with it. So positions are gap-free and committed in order —
 * unlike a sequence, whose values are handed out before commit and commit out of order (the bug
 * that made Marten's async projections skip events). The same lock orders the hash chain.
 *
 * The whole append is one function call, i.e. one round trip, because the head lock is held
 * until commit and every round trip inside it would cost throughput for all writers.
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
CREATE TABLE IF NOT EXISTS ${s}.commands (
  command_id text PRIMARY KEY,
  stream_id text NOT NULL,
  version bigint NOT NULL,
  first_version bigint NOT NULL,
  first_position bigint NOT NULL,
  last_position bigint NOT NULL
);
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

-- p_expected: -1 any, 0 no stream, n exact. The canonical bytes arrive as templates (pre, post)
-- because position, prevHash and version are only known here, under the locks.
CREATE OR REPLACE FUNCTION ${s}.append_events(
  p_stream text, p_expected bigint, p_command text,
  p_event_ids text[], p_types text[], p_schema_versions integer[], p_data text[],
  p_recorded_at text, p_actor text, p_on_behalf_of text, p_correlation text, p_causation text,
  p_pre text[], p_post text[]
) RETURNS TABLE (status text, stream_id text, version bigint, first_version bigint,
                 first_position bigint, last_position bigint)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
  v_version bigint;
  v_cmd ${s}.commands%ROWTYPE;
  v_position bigint;
  v_hash text;
  v_next text;
  v_n integer := coalesce(array_length(p_event_ids, 1), 0);
BEGIN
  -- The stream row is the per-stream lock; create it only when the append may proceed, so a
  -- refused command writes nothing.
  SELECT s.version INTO v_version FROM ${s}.streams s WHERE s.stream_id = p_stream FOR UPDATE;
  IF NOT FOUND AND p_expected <= 0 AND v_n > 0 THEN
    INSERT INTO ${s}.streams AS s (stream_id, version) VALUES (p_stream, 0) ON CONFLICT DO NOTHING;
    SELECT s.version INTO v_version FROM ${s}.streams s WHERE s.stream_id = p_stream FOR UPDATE;
  END IF;
  v_version := coalesce(v_version, 0);

  -- Checked under the stream lock, so a retry racing its original sees it once committed.
  SELECT * INTO v_cmd FROM ${s}.commands c WHERE c.command_id = p_command;
  IF FOUND THEN
    RETURN QUERY SELECT 'duplicate'::text, v_cmd.stream_id, v_cmd.version, v_cmd.first_version,
      v_cmd.first_position, v_cmd.last_position;
    RETURN;
  END IF;
  IF p_expected <> -1 AND v_version <> p_expected THEN
    RETURN QUERY SELECT 'conflict'::text, p_stream, v_version, NULL::bigint, NULL::bigint, NULL::bigint;
    RETURN;
  END IF;
  IF v_n = 0 THEN
    RETURN QUERY SELECT 'ok'::text, p_stream, v_version, NULL::bigint, NULL::bigint, NULL::bigint;
    RETURN;
  END IF;

  SELECT h.position, h.hash INTO v_position, v_hash FROM ${s}.head h WHERE h.id = 1 FOR UPDATE;
  FOR i IN 1..v_n LOOP
    v_next := encode(sha256(convert_to(
      v_hash || p_pre[i] || (v_position + i) || ',"prevHash":"' || v_hash || '",' || p_post[i]
        || (v_version + i) || '}', 'UTF8')), 'hex');
    INSERT INTO ${s}.events VALUES (v_position + i, p_event_ids[i], p_stream, v_version + i,
      p_types[i], p_schema_versions[i], p_data[i], p_recorded_at, p_actor, p_on_behalf_of,
      p_command, p_correlation, p_causation, v_hash, v_next);
    v_hash := v_next;
  END LOOP;
  UPDATE ${s}.head SET position = v_position + v_n, hash = v_hash WHERE id = 1;
  UPDATE ${s}.streams s SET version = v_version + v_n WHERE s.stream_id = p_stream;
  INSERT INTO ${s}.commands VALUES (p_command, p_stream, v_version + v_n, v_version + 1,
    v_position + 1, v_position + v_n);
  -- No NOTIFY here: it would take PostgreSQL's notify-queue lock at commit while the head lock
  -- is held, serialising one more step of every append. The store announces after commit
  -- instead (announcer.ts); listeners re-read by position and also poll.
  RETURN QUERY SELECT 'ok'::text, p_stream, v_version + v_n, v_version + 1, v_position + 1,
    v_position + v_n;
END
$fn$;
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

export interface ResultRow {
  readonly status: "ok" | "duplicate" | "conflict";
  readonly stream_id: string;
  readonly version: string;
  readonly first_version: string | null;
  readonly first_position: string | null;
  readonly last_position: string | null;
}

/**
 * `append_batch`: several commands in one call and one transaction, each with its own
 * idempotency check, expected-version check and result row (ok / duplicate / conflict), in the
 * order given — as if they had been appended one after another. Columns are parallel arrays:
 * one element per command, and one per event for the event columns (each command's events in
 * turn, `p_counts` of them). `p_expected`: -1 any, 0 no stream, n exact. The canonical bytes
 * arrive as templates (pre, post) because position, prevHash and version are only known here.
 *
 * Locks, always in this order, so that batches of several store instances cannot deadlock:
 * 1. the streams' rows, in stream-id order (new ones first inserted in that order: a row being
 *    inserted is invisible to other lockers, who never wait for it);
 * 2. the new commands' rows, inserted in command-id order (a command id racing in another
 *    transaction makes this insert wait, then fail with a unique violation once the other
 *    commits: the caller retries and then finds it stored);
 * 3. the head row, as late as possible: everything that does not need positions — streams,
 *    commands, stored results of duplicates — is written or read before it, because the head
 *    lock serialises all appends until commit.
 */
export const appendBatchSql = (s: string): string => `
CREATE OR REPLACE FUNCTION ${s}.append_batch(
  p_streams text[], p_expected bigint[], p_commands text[], p_counts integer[],
  p_recorded_at text[], p_actors text[], p_on_behalf_of text[], p_correlations text[],
  p_causations text[],
  p_event_ids text[], p_types text[], p_schema_versions integer[], p_data text[],
  p_pre text[], p_post text[]
) RETURNS TABLE (status text, stream_id text, version bigint, first_version bigint,
                 first_position bigint, last_position bigint)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
  v_n integer := coalesce(array_length(p_commands, 1), 0);
  -- The batch's existing streams (locked) and their versions as the batch's commands advance them.
  v_ids text[];
  v_versions bigint[];
  v_stored text[];
  -- Per command. Positions of accepted commands are relative to the head until it is read.
  r_status text[] := array_fill(NULL::text, ARRAY[v_n]);
  r_stream text[] := p_streams;
  r_version bigint[] := array_fill(NULL::bigint, ARRAY[v_n]);
  r_first_version bigint[] := array_fill(NULL::bigint, ARRAY[v_n]);
  r_first bigint[] := array_fill(NULL::bigint, ARRAY[v_n]);
  r_last bigint[] := array_fill(NULL::bigint, ARRAY[v_n]);
  r_relative boolean[] := array_fill(false, ARRAY[v_n]);
  -- Accepted commands: id and index into the batch.
  a_ids text[] := '{}';
  a_index integer[] := '{}';
  -- Events to write: index into the event columns, command index, version, chain links.
  e_src integer[] := '{}';
  e_cmd integer[] := '{}';
  e_ver bigint[] := '{}';
  e_prev text[] := '{}';
  e_hash text[] := '{}';
  v_row record;
  v_j integer;
  v_k integer;
  v_cur bigint;
  v_start integer := 0;
  v_create boolean := false;
  v_written integer := 0;
  v_position bigint := 0;
  v_hash text;
BEGIN
  -- Checked in memory rather than by queries: every statement here costs every batch.
  FOR i IN 1..v_n LOOP
    v_start := v_start + p_counts[i];
    v_create := v_create OR (p_expected[i] <= 0 AND p_counts[i] > 0);
  END LOOP;
  IF coalesce(array_length(p_streams, 1), 0) <> v_n
     OR coalesce(array_length(p_event_ids, 1), 0) <> v_start THEN
    RAISE EXCEPTION 'append_batch: column lengths disagree' USING ERRCODE = '22023';
  END IF;
  v_start := 0;

  -- A stream row is created only where a command may start the stream.
  IF v_create THEN
    INSERT INTO ${s}.streams (stream_id, version)
      SELECT DISTINCT u.id, 0::bigint FROM unnest(p_streams, p_expected, p_counts) u(id, expected, n)
      WHERE u.expected <= 0 AND u.n > 0 ORDER BY 1
      ON CONFLICT DO NOTHING;
  END IF;
  SELECT array_agg(l.stream_id), array_agg(l.version) INTO v_ids, v_versions
    FROM (SELECT t.stream_id, t.version FROM ${s}.streams t WHERE t.stream_id = ANY(p_streams)
          ORDER BY t.stream_id FOR UPDATE) l;
  -- Read under the stream locks, so a retry racing its original on the same stream sees it.
  SELECT array_agg(c.command_id) INTO v_stored FROM ${s}.commands c
    WHERE c.command_id = ANY(p_commands);

  FOR i IN 1..v_n LOOP
    v_j := array_position(v_ids, p_streams[i]);
    v_cur := coalesce(v_versions[v_j], 0);
    v_k := array_position(a_ids, p_commands[i]);
    IF v_k IS NOT NULL THEN
      -- Sent twice in this batch: the first one's result.
      v_k := a_index[v_k];
      r_status[i] := 'duplicate';
      r_stream[i] := r_stream[v_k];
      r_version[i] := r_version[v_k];
      r_first_version[i] := r_first_version[v_k];
      r_first[i] := r_first[v_k];
      r_last[i] := r_last[v_k];
      r_relative[i] := true;
    ELSIF p_commands[i] = ANY(v_stored) THEN
      r_status[i] := 'duplicate';
    ELSIF p_expected[i] <> -1 AND v_cur <> p_expected[i] THEN
      r_status[i] := 'conflict';
      r_version[i] := v_cur;
    ELSIF p_counts[i] = 0 THEN
      r_status[i] := 'ok';
      r_version[i] := v_cur;
    ELSE
      IF v_j IS NULL THEN
        RAISE EXCEPTION 'append_batch: stream % is not locked', p_streams[i];
      END IF;
      r_status[i] := 'ok';
      r_version[i] := v_cur + p_counts[i];
      r_first_version[i] := v_cur + 1;
      r_first[i] := v_written + 1;
      r_last[i] := v_written + p_counts[i];
      r_relative[i] := true;
      v_versions[v_j] := v_cur + p_counts[i];
      a_ids := a_ids || p_commands[i];
      a_index := a_index || i;
      FOR e IN 1..p_counts[i] LOOP
        e_src := e_src || (v_start + e);
        e_cmd := e_cmd || i;
        e_ver := e_ver || (v_cur + e);
      END LOOP;
      v_written := v_written + p_counts[i];
    END IF;
    v_start := v_start + p_counts[i];
  END LOOP;

  IF v_stored IS NOT NULL THEN
    FOR v_row IN SELECT * FROM ${s}.command_results c WHERE c.command_id = ANY(v_stored) LOOP
      FOR i IN 1..v_n LOOP
        IF p_commands[i] = v_row.command_id AND r_status[i] = 'duplicate' AND NOT r_relative[i] THEN
          -- The original may name another stream.
          r_stream[i] := v_row.stream_id;
          r_version[i] := v_row.version;
          r_first_version[i] := v_row.first_version;
          r_first[i] := v_row.first_position;
          r_last[i] := v_row.last_position;
        END IF;
      END LOOP;
    END LOOP;
  END IF;

  IF v_written > 0 THEN
    -- By the primary key, whatever the planner thinks of the table's size (no join).
    UPDATE ${s}.streams t SET version = v_versions[array_position(v_ids, t.stream_id)]
      WHERE t.stream_id = ANY(v_ids) AND t.version <> v_versions[array_position(v_ids, t.stream_id)];
    INSERT INTO ${s}.commands (command_id, stream_id, version, first_version)
      SELECT a.id, p_streams[a.i], r_version[a.i], r_first_version[a.i]
      FROM unnest(a_ids, a_index) a(id, i) ORDER BY a.id;

    SELECT h.position, h.hash INTO v_position, v_hash FROM ${s}.head h WHERE h.id = 1 FOR UPDATE;
    FOR k IN 1..v_written LOOP
      e_prev := e_prev || v_hash;
      v_hash := encode(sha256(convert_to(
        v_hash || p_pre[e_src[k]] || (v_position + k) || ',"prevHash":"' || v_hash || '",'
          || p_post[e_src[k]] || e_ver[k] || '}', 'UTF8')), 'hex');
      e_hash := e_hash || v_hash;
    END LOOP;
    INSERT INTO ${s}.events
      SELECT v_position + x.k, p_event_ids[x.src], p_streams[x.cmd], x.ver, p_types[x.src],
        p_schema_versions[x.src], p_data[x.src], p_recorded_at[x.cmd], p_actors[x.cmd],
        p_on_behalf_of[x.cmd], p_commands[x.cmd], p_correlations[x.cmd], p_causations[x.cmd],
        x.prev, x.hash
      FROM unnest(e_src, e_cmd, e_ver, e_prev, e_hash) WITH ORDINALITY x(src, cmd, ver, prev, hash, k);
    UPDATE ${s}.head SET position = v_position + v_written, hash = v_hash WHERE id = 1;
  END IF;

  -- RETURN NEXT rather than a query per row: the head lock is held from here until commit.
  FOR i IN 1..v_n LOOP
    status := r_status[i];
    stream_id := r_stream[i];
    version := r_version[i];
    first_version := r_first_version[i];
    first_position := CASE WHEN r_relative[i] THEN v_position + r_first[i] ELSE r_first[i] END;
    last_position := CASE WHEN r_relative[i] THEN v_position + r_last[i] ELSE r_last[i] END;
    RETURN NEXT;
  END LOOP;
END
$fn$;
`;

import pg from "pg";
import {
  type CaseQuery,
  defaultPageSize,
  indexKeysOf,
  type StatRow,
  statRowOf,
} from "./case-query.js";
import type { CaseSummary } from "./case-summary.js";
import { Boxes, searchableText } from "./queries.js";
import type { ReadModelStore } from "./read-model.js";
import { orderOf, type SqlDialect, whereOf } from "./sql-case-query.js";

export interface PostgresReadModelOptions {
  readonly url: string;
  /** The schema holding the read-model tables (the log's schema is fine: tables are `rm_*`). */
  readonly schema: string;
}

/** `%`, `_` and `\` are LIKE's own; a search term means them literally. */
const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const schemaVersion = 2;

const tablesSql = (s: string) => `
  CREATE TABLE IF NOT EXISTS ${s}.rm_cases (
    case_id text PRIMARY KEY,
    process text NOT NULL,
    status text NOT NULL,
    closed boolean NOT NULL,
    due_on text,
    opened_on text NOT NULL,
    opened_at text NOT NULL,
    urgency text,
    number text,
    position bigint NOT NULL,
    body text NOT NULL,
    stat text NOT NULL,
    search text NOT NULL
  );
  CREATE INDEX IF NOT EXISTS rm_cases_search ON ${s}.rm_cases USING gin (search gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS rm_cases_recent ON ${s}.rm_cases (position DESC, case_id COLLATE "C");
  CREATE INDEX IF NOT EXISTS rm_cases_process ON ${s}.rm_cases (process, status);
  CREATE INDEX IF NOT EXISTS rm_cases_opened ON ${s}.rm_cases (opened_at COLLATE "C" DESC, case_id COLLATE "C");
  CREATE TABLE IF NOT EXISTS ${s}.rm_case_keys (
    key text NOT NULL,
    case_id text NOT NULL,
    PRIMARY KEY (key, case_id)
  );
  CREATE INDEX IF NOT EXISTS rm_case_keys_case ON ${s}.rm_case_keys (case_id);
  CREATE TABLE IF NOT EXISTS ${s}.rm_checkpoint (id int PRIMARY KEY CHECK (id = 1), position bigint NOT NULL);
  CREATE TABLE IF NOT EXISTS ${s}.rm_meta (id int PRIMARY KEY CHECK (id = 1), version int NOT NULL);
  CREATE TABLE IF NOT EXISTS ${s}.rm_cursors (name text PRIMARY KEY, position bigint NOT NULL);
`;

/**
 * Creates the tables, or drops and recreates them when they have an older layout (a read model
 * is rebuilt from the log: the checkpoint goes back to 0). Servers starting together take an
 * advisory lock so only one of them does it.
 */
const prepare = async (pool: pg.Pool, s: string): Promise<void> => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`${s}.rm_layout`]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.rm_meta (id int PRIMARY KEY CHECK (id = 1), version int NOT NULL)`,
    );
    const found = await client.query<{ version: number }>(
      `SELECT version FROM ${s}.rm_meta WHERE id = 1`,
    );
    if (found.rows[0]?.version !== schemaVersion) {
      await client.query(
        `DROP TABLE IF EXISTS ${s}.rm_cases, ${s}.rm_case_keys, ${s}.rm_checkpoint`,
      );
      await client.query(tablesSql(s));
      await client.query(
        `INSERT INTO ${s}.rm_meta (id, version) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET version = excluded.version`,
        [schemaVersion],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
};

const dialect = (s: string, params: Array<string | number | boolean>): SqlDialect => {
  const param = (value: string | number | boolean) => {
    params.push(value);
    return `$${params.length}`;
  };
  return {
    param,
    closedIs: (closed) => (closed ? "c.closed" : "NOT c.closed"),
    contains: (haystack, needle) => `strpos(${haystack}, ${needle}) > 0`,
    // The pg_trgm GIN index serves `LIKE '%term%'` for terms of any length and script.
    search: (terms) => terms.map((term) => `c.search LIKE ${param(likePattern(term))}`),
    keysTable: `${s}.rm_case_keys`,
    byCodePoint: (column) => `${column} COLLATE "C"`,
  };
};

/**
 * The read model in PostgreSQL, shared by every server on the database: rows and checkpoint only
 * ever move forward (a slower server cannot put back an older row), and since a row is a pure
 * fold of its stream, whichever server writes it writes the same bytes. Search is `LIKE '%term%'`
 * over the lower-cased text, served by a pg_trgm GIN index: the trigram index answers substring
 * queries in any script, so 「科技成果」 matches inside a longer run of Chinese without a word
 * segmenter. `rm_case_keys` indexes who and what each case is found by (see `indexKeysOf`).
 */
export const openPostgresReadModel = async (
  options: PostgresReadModelOptions,
): Promise<ReadModelStore> => {
  const s = options.schema;
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`invalid schema name "${s}"`);
  const pool = new pg.Pool({ connectionString: options.url, max: 4 });
  pool.on("error", () => undefined);
  await pool.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
  await prepare(pool, s);
  const parse = (body: string): CaseSummary => JSON.parse(body) as CaseSummary;

  const count = async (where: string, params: ReadonlyArray<unknown>): Promise<number> => {
    const result = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${s}.rm_cases c ${where}`,
      [...params],
    );
    return Number(result.rows[0]?.n ?? 0);
  };

  const query = async (q: CaseQuery) => {
    const params: Array<string | number | boolean> = [];
    const d = dialect(s, params);
    const where = whereOf(d, q);
    const total = await count(where, params);
    const limit = q.limit ?? defaultPageSize;
    const offset = q.offset ?? 0;
    if (limit === 0 || total <= offset) return { total, rows: [] };
    const order = orderOf(d, q.sort);
    const page = `LIMIT ${d.param(limit)} OFFSET ${d.param(offset)}`;
    const result = await pool.query<{ body: string }>(
      `SELECT c.body FROM ${s}.rm_cases c ${where} ${order} ${page}`,
      params,
    );
    return { total, rows: result.rows.map((row) => parse(row.body)) };
  };

  return {
    position: async () => {
      const result = await pool.query<{ position: string }>(
        `SELECT position FROM ${s}.rm_checkpoint WHERE id = 1`,
      );
      return Number(result.rows[0]?.position ?? 0);
    },
    write: async (summaries, position) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const x of summaries) {
          const written = await client.query(
            `INSERT INTO ${s}.rm_cases (case_id, process, status, closed, due_on, opened_on,
               opened_at, urgency, number, position, body, stat, search)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
             ON CONFLICT (case_id) DO UPDATE SET process = excluded.process, status = excluded.status,
               closed = excluded.closed, due_on = excluded.due_on, opened_on = excluded.opened_on,
               opened_at = excluded.opened_at, urgency = excluded.urgency, number = excluded.number,
               position = excluded.position, body = excluded.body, stat = excluded.stat,
               search = excluded.search
             WHERE ${s}.rm_cases.position < excluded.position
             RETURNING case_id`,
            [
              x.caseId,
              x.process,
              x.status,
              x.closed,
              x.dueOn ?? null,
              x.openedAt.slice(0, 10),
              x.openedAt,
              x.urgency ?? null,
              x.number ?? null,
              x.position,
              JSON.stringify(x),
              JSON.stringify(statRowOf(x)),
              searchableText(x).toLowerCase(),
            ],
          );
          // The keys follow the row: only when this write moved it forward.
          if ((written.rowCount ?? 0) > 0) {
            await client.query(`DELETE FROM ${s}.rm_case_keys WHERE case_id = $1`, [x.caseId]);
            await client.query(
              `INSERT INTO ${s}.rm_case_keys (key, case_id) SELECT unnest($2::text[]), $1`,
              [x.caseId, indexKeysOf(x)],
            );
          }
        }
        await client.query(
          `INSERT INTO ${s}.rm_checkpoint (id, position) VALUES (1, $1)
           ON CONFLICT (id) DO UPDATE SET position = GREATEST(${s}.rm_checkpoint.position, excluded.position)`,
          [position],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    get: async (caseId) => {
      const result = await pool.query<{ body: string }>(
        `SELECT body FROM ${s}.rm_cases WHERE case_id = $1`,
        [caseId],
      );
      const body = result.rows[0]?.body;
      return body === undefined ? undefined : parse(body);
    },
    all: async () =>
      (
        await pool.query<{ body: string }>(
          `SELECT body FROM ${s}.rm_cases ORDER BY case_id COLLATE "C"`,
        )
      ).rows.map((row) => parse(row.body)),
    search: async (terms) => {
      const params: Array<string | number | boolean> = [];
      const where = dialect(s, params).search(terms).join(" AND ");
      const result = await pool.query<{ body: string }>(
        `SELECT c.body FROM ${s}.rm_cases c ${where === "" ? "" : `WHERE ${where}`} ORDER BY c.case_id COLLATE "C"`,
        params,
      );
      return result.rows.map((row) => parse(row.body));
    },
    query,
    counts: async (viewer) => {
      const entries = await Promise.all(
        Boxes.map(async (box) => {
          const params: Array<string | number | boolean> = [];
          const where = whereOf(dialect(s, params), { viewer, box, today: "" });
          return [box, await count(where, params)] as const;
        }),
      );
      return Object.fromEntries(entries) as Record<(typeof Boxes)[number], number>;
    },
    statRows: async (q) => {
      const params: Array<string | number | boolean> = [];
      const where = whereOf(dialect(s, params), q);
      const result = await pool.query<{ stat: string }>(
        `SELECT c.stat FROM ${s}.rm_cases c ${where} ORDER BY c.case_id COLLATE "C"`,
        params,
      );
      return result.rows.map((row) => JSON.parse(row.stat) as StatRow);
    },
    cursor: async (name) => {
      const result = await pool.query<{ position: string }>(
        `SELECT position FROM ${s}.rm_cursors WHERE name = $1`,
        [name],
      );
      return Number(result.rows[0]?.position ?? 0);
    },
    saveCursor: async (name, position) => {
      await pool.query(
        `INSERT INTO ${s}.rm_cursors (name, position) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET position = GREATEST(${s}.rm_cursors.position, excluded.position)`,
        [name, position],
      );
    },
    clear: async () => {
      await pool.query(`TRUNCATE ${s}.rm_cases, ${s}.rm_case_keys, ${s}.rm_checkpoint`);
    },
    close: () => pool.end(),
  };
};

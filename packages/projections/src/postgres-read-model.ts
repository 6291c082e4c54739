import pg from "pg";
import type { CaseSummary } from "./case-summary.js";
import { searchableText } from "./queries.js";
import type { ReadModelStore } from "./read-model.js";

export interface PostgresReadModelOptions {
  readonly url: string;
  /** The schema holding the read-model tables (the log's schema is fine: tables are `rm_*`). */
  readonly schema: string;
}

/** `%`, `_` and `\` are LIKE's own; a search term means them literally. */
const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The read model in PostgreSQL, shared by every server on the database: rows and checkpoint only
 * ever move forward (a slower server cannot put back an older row), and since a row is a pure
 * fold of its stream, whichever server writes it writes the same bytes. Search is `LIKE '%term%'` over the lower-cased text, served by a
 * pg_trgm GIN index: the trigram index answers substring queries in any script, so 「科技成果」
 * matches inside a longer run of Chinese without a word segmenter.
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
  await pool.query(`
    CREATE TABLE IF NOT EXISTS ${s}.rm_cases (
      case_id text PRIMARY KEY,
      process text NOT NULL,
      status text NOT NULL,
      closed boolean NOT NULL,
      due_on text,
      position bigint NOT NULL,
      body text NOT NULL,
      search text NOT NULL
    );
    CREATE INDEX IF NOT EXISTS rm_cases_search ON ${s}.rm_cases USING gin (search gin_trgm_ops);
    CREATE TABLE IF NOT EXISTS ${s}.rm_checkpoint (id int PRIMARY KEY CHECK (id = 1), position bigint NOT NULL);
  `);
  const parse = (body: string): CaseSummary => JSON.parse(body) as CaseSummary;
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
          await client.query(
            `INSERT INTO ${s}.rm_cases (case_id, process, status, closed, due_on, position, body, search)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (case_id) DO UPDATE SET process = excluded.process, status = excluded.status,
               closed = excluded.closed, due_on = excluded.due_on, position = excluded.position,
               body = excluded.body, search = excluded.search
             WHERE ${s}.rm_cases.position < excluded.position`,
            [
              x.caseId,
              x.process,
              x.status,
              x.closed,
              x.dueOn ?? null,
              x.position,
              JSON.stringify(x),
              searchableText(x).toLowerCase(),
            ],
          );
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
        await pool.query<{ body: string }>(`SELECT body FROM ${s}.rm_cases ORDER BY case_id`)
      ).rows.map((row) => parse(row.body)),
    search: async (terms) => {
      const where = terms.map((_, i) => `search LIKE $${i + 1}`).join(" AND ");
      const result = await pool.query<{ body: string }>(
        `SELECT body FROM ${s}.rm_cases ${where === "" ? "" : `WHERE ${where}`} ORDER BY case_id`,
        terms.map(likePattern),
      );
      return result.rows.map((row) => parse(row.body));
    },
    clear: async () => {
      await pool.query(`TRUNCATE ${s}.rm_cases, ${s}.rm_checkpoint`);
    },
    close: () => pool.end(),
  };
};

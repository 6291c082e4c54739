import Database from "better-sqlite3";
import type { CaseSummary } from "./case-summary.js";
import { searchableText } from "./queries.js";
import type { ReadModelStore } from "./read-model.js";

/**
 * The read model in SQLite. Rows are the summaries as JSON beside the columns filters use; search
 * is an FTS5 table with the trigram tokenizer, which matches any substring of three characters
 * or more — Chinese has no spaces between words, so 「科技成果」 must match inside a longer run.
 * Terms shorter than three characters fall back to `instr`, which is still a substring match.
 */
const schemaSql = `
CREATE TABLE IF NOT EXISTS rm_cases (
  case_id TEXT PRIMARY KEY,
  process TEXT NOT NULL,
  status TEXT NOT NULL,
  closed INTEGER NOT NULL,
  due_on TEXT,
  position INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS rm_case_text USING fts5(case_id UNINDEXED, text, tokenize = 'trigram');
CREATE TABLE IF NOT EXISTS rm_checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL);
`;

export interface SqliteReadModelOptions {
  /** A database file (or `:memory:`); separate from the event log so it can be dropped freely. */
  readonly filename: string;
}

const toFtsPhrase = (term: string): string => `"${term.replaceAll('"', '""')}"`;

export const openSqliteReadModel = (options: SqliteReadModelOptions): ReadModelStore => {
  const db = new Database(options.filename);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(schemaSql);
  const sql = {
    position: db.prepare<[], number>("SELECT position FROM rm_checkpoint WHERE id = 1").pluck(),
    setPosition: db.prepare(
      "INSERT INTO rm_checkpoint (id, position) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position",
    ),
    upsert: db.prepare(
      `INSERT INTO rm_cases (case_id, process, status, closed, due_on, position, body)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (case_id) DO UPDATE SET process = excluded.process, status = excluded.status,
         closed = excluded.closed, due_on = excluded.due_on, position = excluded.position,
         body = excluded.body`,
    ),
    deleteText: db.prepare("DELETE FROM rm_case_text WHERE case_id = ?"),
    insertText: db.prepare("INSERT INTO rm_case_text (case_id, text) VALUES (?, ?)"),
    get: db.prepare<[string], string>("SELECT body FROM rm_cases WHERE case_id = ?").pluck(),
    all: db.prepare<[], string>("SELECT body FROM rm_cases ORDER BY case_id").pluck(),
  };

  const write = db.transaction((summaries: ReadonlyArray<CaseSummary>, position: number) => {
    for (const s of summaries) {
      sql.upsert.run(
        s.caseId,
        s.process,
        s.status,
        s.closed ? 1 : 0,
        s.dueOn ?? null,
        s.position,
        JSON.stringify(s),
      );
      sql.deleteText.run(s.caseId);
      sql.insertText.run(s.caseId, searchableText(s).toLowerCase());
    }
    sql.setPosition.run(position);
  });

  const parse = (body: string): CaseSummary => JSON.parse(body) as CaseSummary;

  const search = (terms: ReadonlyArray<string>): ReadonlyArray<CaseSummary> => {
    const long = terms.filter((t) => [...t].length >= 3);
    const short = terms.filter((t) => [...t].length < 3);
    const where: Array<string> = [];
    const params: Array<string> = [];
    if (long.length > 0) {
      where.push("rm_case_text MATCH ?");
      params.push(long.map(toFtsPhrase).join(" "));
    }
    for (const term of short) {
      where.push("instr(t.text, ?) > 0");
      params.push(term);
    }
    const query = `SELECT c.body FROM rm_case_text t JOIN rm_cases c ON c.case_id = t.case_id
      ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY c.case_id`;
    return db
      .prepare<Array<string>, string>(query)
      .pluck()
      .all(...params)
      .map(parse);
  };

  return {
    position: async () => sql.position.get() ?? 0,
    write: async (summaries, position) => write(summaries, position),
    get: async (caseId) => {
      const body = sql.get.get(caseId);
      return body === undefined ? undefined : parse(body);
    },
    all: async () => sql.all.all().map(parse),
    search: async (terms) => search(terms),
    clear: async () => {
      db.exec("DELETE FROM rm_cases; DELETE FROM rm_case_text; DELETE FROM rm_checkpoint;");
    },
    close: async () => {
      db.close();
    },
  };
};

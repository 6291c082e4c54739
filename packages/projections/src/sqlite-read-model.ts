import { createRequire } from "node:module";
import { startWalCheckpointer } from "@banli/event-store";
import Database from "better-sqlite3";
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

/**
 * The read model in SQLite. Rows are the summaries as JSON beside the columns filters and sorts
 * use; `rm_case_keys` indexes who and what each case is found by (people, units, handlers,
 * readers), so visibility and inboxes are index lookups. Search is an FTS5 table with the trigram
 * tokenizer (rowid = the case row's rowid), which matches any substring of three characters or
 * more — Chinese has no spaces between words, so 「科技成果」 must match inside a longer run.
 * Terms shorter than three characters fall back to `instr`, which is still a substring match.
 * The text itself is kept once, in `rm_cases.text`: the FTS table is an index over it (external
 * content) without a copy or per-row sizes (nothing ranks), so a write adds one row, not three,
 * and a case whose text did not change is not re-indexed at all.
 */
const schemaVersion = 4;

const schemaSql = `
CREATE TABLE IF NOT EXISTS rm_cases (
  case_id TEXT PRIMARY KEY,
  process TEXT NOT NULL,
  status TEXT NOT NULL,
  closed INTEGER NOT NULL,
  due_on TEXT,
  opened_on TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  urgency TEXT,
  number TEXT,
  position INTEGER NOT NULL,
  body TEXT NOT NULL,
  stat TEXT NOT NULL,
  keys TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rm_cases_recent ON rm_cases (position DESC, case_id);
CREATE INDEX IF NOT EXISTS rm_cases_process ON rm_cases (process, status);
CREATE INDEX IF NOT EXISTS rm_cases_due ON rm_cases (due_on) WHERE closed = 0;
CREATE INDEX IF NOT EXISTS rm_cases_opened ON rm_cases (opened_at DESC, case_id);
CREATE TABLE IF NOT EXISTS rm_case_keys (
  key TEXT NOT NULL,
  case_id TEXT NOT NULL,
  PRIMARY KEY (key, case_id)
) WITHOUT ROWID;
-- No index by case: a case's keys are known from rm_cases.keys, so a write deletes exactly the
-- ones it drops by primary key, and a new case (most writes) deletes nothing.
CREATE VIRTUAL TABLE IF NOT EXISTS rm_case_text USING fts5(
  text, content = 'rm_cases', content_rowid = 'rowid', tokenize = 'trigram', columnsize = 0
);
CREATE TABLE IF NOT EXISTS rm_checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS rm_cursors (name TEXT PRIMARY KEY, position INTEGER NOT NULL);
`;

// An older layout is dropped rather than migrated: a read model is rebuilt from the log (the
// projector finds position 0 and replays).
const dropSql = `
DROP TABLE IF EXISTS rm_cases; DROP TABLE IF EXISTS rm_case_keys;
DROP TABLE IF EXISTS rm_case_text; DROP TABLE IF EXISTS rm_checkpoint;
DROP TABLE IF EXISTS rm_cursors;
`;

export interface SqliteReadModelOptions {
  /** A database file (or `:memory:`); separate from the event log so it can be dropped freely. */
  readonly filename: string;
  /**
   * Where WAL checkpoints run: `"worker"` (default for a file) on a separate connection in a
   * worker thread, so a catch-up — and the reply waiting for it — never copies pages into the
   * database; `"inline"` leaves it to SQLite's automatic checkpoint on this connection.
   */
  readonly walCheckpoint?: "worker" | "inline";
  /**
   * Cases written between two checkpoint requests; default 1000 (some 25 MB of WAL). Each time
   * the worker finishes, this connection copies the frames committed meanwhile itself, so fewer,
   * longer rounds keep that work off the event loop.
   */
  readonly checkpointEvery?: number;
}

/** What a write needs of a case's row as stored: what to index anew and what to unindex. */
interface StoredRow {
  readonly rowid: number;
  readonly keys: string;
  readonly text: string;
}

const sqliteDriver = createRequire(import.meta.url).resolve("better-sqlite3");

const toFtsPhrase = (term: string): string => `"${term.replaceAll('"', '""')}"`;

const dialect = (params: Array<string | number>): SqlDialect => ({
  param: (value) => {
    params.push(typeof value === "boolean" ? (value ? 1 : 0) : value);
    return "?";
  },
  closedIs: (closed) => `c.closed = ${closed ? 1 : 0}`,
  contains: (haystack, needle) => `instr(${haystack}, ${needle}) > 0`,
  search: (terms) => {
    const long = terms.filter((t) => [...t].length >= 3);
    const short = terms.filter((t) => [...t].length < 3);
    const where: Array<string> = [];
    if (long.length > 0) {
      params.push(long.map(toFtsPhrase).join(" "));
      where.push("c.rowid IN (SELECT rowid FROM rm_case_text WHERE rm_case_text MATCH ?)");
    }
    for (const term of short) {
      params.push(term);
      where.push("instr(c.text, ?) > 0");
    }
    return where;
  },
  keysTable: "rm_case_keys",
  // BINARY, SQLite's default collation, compares bytes: code-point order.
  byCodePoint: (column) => column,
});

export const openSqliteReadModel = (options: SqliteReadModelOptions): ReadModelStore => {
  const db = new Database(options.filename);
  db.pragma("journal_mode = WAL");
  /*
   * No fsync per write: the read model is derived, never the record. In WAL mode NORMAL still
   * keeps the file consistent; a power loss can only drop its last writes, and since each write
   * moves the checkpoint (`rm_checkpoint`) in the same transaction as its rows, the read model then
   * stands at an earlier position with matching rows, and the projector's catch-up at start
   * (`composeApi` syncs before serving) folds the rest from the durable log.
   */
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  const checkpointEvery = options.checkpointEvery ?? 1000;
  const checkpointer =
    (options.walCheckpoint ?? "worker") === "worker" && options.filename !== ":memory:"
      ? startWalCheckpointer({
          filename: options.filename,
          driver: sqliteDriver,
          every: checkpointEvery,
          copyTail: () => db.pragma("wal_checkpoint(PASSIVE)"),
        })
      : undefined;
  if (checkpointer !== undefined) db.pragma("wal_autocheckpoint = 0");
  // After a rewind, give back disk space beyond 64 MB rather than keep the high-water mark.
  db.pragma("journal_size_limit = 67108864");
  /** Runs one write transaction, with the checkpoint bookkeeping around it. */
  const writing = <A>(cases: number, run: () => A): A => {
    checkpointer?.beforeWrite();
    const result = run();
    checkpointer?.wrote(cases);
    return result;
  };
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version !== schemaVersion) {
    db.exec(dropSql);
    db.pragma(`user_version = ${schemaVersion}`);
  }
  db.exec(schemaSql);
  const sql = {
    position: db.prepare<[], number>("SELECT position FROM rm_checkpoint WHERE id = 1").pluck(),
    setPosition: db.prepare(
      "INSERT INTO rm_checkpoint (id, position) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position",
    ),
    // Insert and update apart rather than one upsert: the write knows which it is from `stored`,
    // and the upsert's conflict handling measured nearly twice a plain insert.
    insert: db.prepare<Array<string | number | null>>(
      `INSERT INTO rm_cases (case_id, process, status, closed, due_on, opened_on, opened_at,
         urgency, number, position, body, stat, keys, text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    update: db.prepare<Array<string | number | null>>(
      `UPDATE rm_cases SET process = ?, status = ?, closed = ?, due_on = ?,
         opened_on = ?, opened_at = ?, urgency = ?, number = ?, position = ?, body = ?, stat = ?,
         keys = ?, text = ?
       WHERE rowid = ?`,
    ),
    stored: db.prepare<[string], StoredRow>(
      "SELECT rowid, keys, text FROM rm_cases WHERE case_id = ?",
    ),
    deleteKey: db.prepare("DELETE FROM rm_case_keys WHERE key = ? AND case_id = ?"),
    insertKey: db.prepare("INSERT INTO rm_case_keys (key, case_id) VALUES (?, ?)"),
    // External content: the index forgets a row only when told the text it indexed.
    deleteText: db.prepare(
      "INSERT INTO rm_case_text (rm_case_text, rowid, text) VALUES ('delete', ?, ?)",
    ),
    insertText: db.prepare("INSERT INTO rm_case_text (rowid, text) VALUES (?, ?)"),
    cursor: db.prepare<[string], number>("SELECT position FROM rm_cursors WHERE name = ?").pluck(),
    saveCursor: db.prepare(
      `INSERT INTO rm_cursors (name, position) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET position = max(position, excluded.position)`,
    ),
    get: db.prepare<[string], string>("SELECT body FROM rm_cases WHERE case_id = ?").pluck(),
    all: db.prepare<[], string>("SELECT body FROM rm_cases ORDER BY case_id").pluck(),
  };

  const write = db.transaction((summaries: ReadonlyArray<CaseSummary>, position: number) => {
    /*
     * The search index is written last, after every row. FTS5 flushes the terms it holds into a
     * new segment of its index whenever a statement of the transaction opens a savepoint, and
     * the rows' writes do (they may fail midway): interleaved, each case became a segment of its
     * own, to be merged again later — about half of this write's time. After the rows, the
     * transaction's texts go in as one segment.
     */
    const texts: Array<{ readonly stored: StoredRow | undefined; rowid: number; text: string }> =
      [];
    for (const s of summaries) {
      const stored = sql.stored.get(s.caseId);
      const keys = indexKeysOf(s);
      const keysJson = JSON.stringify(keys);
      const text = searchableText(s).toLowerCase();
      const columns = [
        s.process,
        s.status,
        s.closed ? 1 : 0,
        s.dueOn ?? null,
        s.openedAt.slice(0, 10),
        s.openedAt,
        s.urgency ?? null,
        s.number ?? null,
        s.position,
        JSON.stringify(s),
        JSON.stringify(statRowOf(s)),
        keysJson,
        text,
      ];
      let rowid: number;
      if (stored === undefined) {
        rowid = Number(sql.insert.run(s.caseId, ...columns).lastInsertRowid);
      } else {
        rowid = stored.rowid;
        sql.update.run(...columns, rowid);
      }
      // Only the keys that changed are written: a step moves one or two of them.
      if (stored?.keys !== keysJson) {
        const before: ReadonlyArray<string> = stored === undefined ? [] : JSON.parse(stored.keys);
        const kept = new Set(keys);
        for (const key of before) if (!kept.has(key)) sql.deleteKey.run(key, s.caseId);
        const had = new Set(before);
        for (const key of keys) if (!had.has(key)) sql.insertKey.run(key, s.caseId);
      }
      // Most steps leave the text as it was (title, number, opinions come with few of them).
      if (stored?.text !== text) texts.push({ stored, rowid, text });
    }
    for (const { stored, rowid, text } of texts) {
      if (stored !== undefined) sql.deleteText.run(stored.rowid, stored.text);
      sql.insertText.run(rowid, text);
    }
    sql.setPosition.run(position);
  });

  const parse = (body: string): CaseSummary => JSON.parse(body) as CaseSummary;

  // Preparing compiles the SQL, which costs more than running these small queries; the texts
  // come from a handful of filter shapes (values are bound, never spliced), so a statement is
  // kept per text. The bound is a guard against a caller that would splice values after all.
  const statements = new Map<string, Database.Statement<Array<string | number>, unknown>>();
  const statementLimit = 256;
  const select = <T>(query: string, params: ReadonlyArray<string | number>): Array<T> => {
    let statement = statements.get(query);
    if (statement === undefined) {
      if (statements.size >= statementLimit) statements.clear();
      statement = db.prepare<Array<string | number>, unknown>(query).pluck();
      statements.set(query, statement);
    }
    return statement.all(...params) as Array<T>;
  };

  const count = (where: string, params: ReadonlyArray<string | number>): number =>
    select<number>(`SELECT count(*) FROM rm_cases c ${where}`, params)[0] ?? 0;

  const query = (q: CaseQuery) => {
    const params: Array<string | number> = [];
    const where = whereOf(dialect(params), q);
    const total = count(where, params);
    const limit = q.limit ?? defaultPageSize;
    const rows =
      limit === 0 || total <= (q.offset ?? 0)
        ? []
        : select<string>(
            `SELECT c.body FROM rm_cases c ${where} ${orderOf(dialect([]), q.sort)} LIMIT ? OFFSET ?`,
            [...params, limit, q.offset ?? 0],
          ).map(parse);
    return { total, rows };
  };

  return {
    position: async () => sql.position.get() ?? 0,
    write: async (summaries, position) =>
      writing(summaries.length, () => write(summaries, position)),
    get: async (caseId) => {
      const body = sql.get.get(caseId);
      return body === undefined ? undefined : parse(body);
    },
    all: async () => sql.all.all().map(parse),
    search: async (terms) => {
      const params: Array<string | number> = [];
      const where = dialect(params).search(terms);
      return select<string>(
        `SELECT c.body FROM rm_cases c ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY c.case_id`,
        params,
      ).map(parse);
    },
    query: async (q) => query(q),
    counts: async (viewer) =>
      Object.fromEntries(
        Boxes.map((box) => {
          const params: Array<string | number> = [];
          return [box, count(whereOf(dialect(params), { viewer, box, today: "" }), params)];
        }),
      ) as Record<(typeof Boxes)[number], number>,
    statRows: async (q) => {
      const params: Array<string | number> = [];
      const where = whereOf(dialect(params), q);
      return select<string>(
        `SELECT c.stat FROM rm_cases c ${where} ORDER BY c.case_id`,
        params,
      ).map((stat) => JSON.parse(stat) as StatRow);
    },
    cursor: async (name) => sql.cursor.get(name) ?? 0,
    saveCursor: async (name, position) => {
      writing(1, () => sql.saveCursor.run(name, position));
    },
    clear: async () => {
      // Touches every page: counted as a full round, so a checkpoint follows.
      writing(checkpointEvery, () =>
        db.exec(
          "DELETE FROM rm_cases; DELETE FROM rm_case_keys; INSERT INTO rm_case_text (rm_case_text) VALUES ('delete-all'); DELETE FROM rm_checkpoint;",
        ),
      );
    },
    close: async () => {
      await checkpointer?.close();
      db.close();
    },
  };
};

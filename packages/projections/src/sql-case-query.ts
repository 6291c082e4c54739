import { boxKeys, type CaseQuery, type CaseSort, keyOf, visibilityKeys } from "./case-query.js";
import type { CaseFilter } from "./queries.js";

/**
 * The SQL form of a `CaseQuery`, shared by SQLite and PostgreSQL: only placeholders, booleans,
 * substring tests and full-text search differ, so the dialect supplies those. Every condition
 * mirrors one clause of `matchesQuery`; the shared read-model suite checks they agree.
 *
 * Tables: `rm_cases c` (one row per case, the filter columns beside the summary) and
 * `rm_case_keys (case_id, key)` (see `indexKeysOf`), whose primary key starts with `key` so that
 * "cases having one of these keys" is an index range scan.
 */
export interface SqlDialect {
  /** Adds a parameter and returns its placeholder. */
  readonly param: (value: string | number | boolean) => string;
  readonly closedIs: (closed: boolean) => string;
  /** `haystack` contains `needle` (case-sensitive). */
  readonly contains: (haystack: string, needle: string) => string;
  /** Every term occurs in the case's lower-cased search text. */
  readonly search: (terms: ReadonlyArray<string>) => ReadonlyArray<string>;
  /** The qualified name of the keys table. */
  readonly keysTable: string;
  /** A text column as ordered by code point (like JavaScript's `<` on ASCII). */
  readonly byCodePoint: (column: string) => string;
}

const withKey = (d: SqlDialect, keys: ReadonlyArray<string>): string =>
  `c.case_id IN (SELECT case_id FROM ${d.keysTable} WHERE key IN (${keys.map((k) => d.param(k)).join(", ")}))`;

const filterClauses = (d: SqlDialect, f: CaseFilter, today: string): ReadonlyArray<string> => {
  const where: Array<string> = [];
  if (f.process !== undefined) where.push(`c.process = ${d.param(f.process)}`);
  if (f.status !== undefined) where.push(`c.status = ${d.param(f.status)}`);
  if (f.unitId !== undefined) where.push(withKey(d, [keyOf.unit(f.unitId)]));
  if (f.from !== undefined) where.push(`${d.byCodePoint("c.opened_on")} >= ${d.param(f.from)}`);
  if (f.to !== undefined) where.push(`${d.byCodePoint("c.opened_on")} <= ${d.param(f.to)}`);
  if (f.urgency !== undefined) where.push(`c.urgency = ${d.param(f.urgency)}`);
  if (f.dueTo !== undefined) where.push(`${d.byCodePoint("c.due_on")} <= ${d.param(f.dueTo)}`);
  if (f.open !== undefined) where.push(d.closedIs(!f.open));
  if (f.overdue !== undefined) {
    // Overdue = not closed and due before today; `false` asks for everything else.
    const overdue = `(${d.closedIs(false)} AND c.due_on IS NOT NULL AND ${d.byCodePoint("c.due_on")} < ${d.param(today)})`;
    where.push(f.overdue ? overdue : `NOT ${overdue}`);
  }
  if (f.number !== undefined) {
    where.push(d.contains("COALESCE(c.number, '')", d.param(f.number)));
  }
  return where;
};

/** The WHERE clause (possibly empty) of a query: visibility, box, filters, search. */
export const whereOf = (
  d: SqlDialect,
  q: Pick<CaseQuery, "viewer" | "box" | "filter" | "terms" | "today">,
): string => {
  const where: Array<string> = [];
  // Every box implies visibility (`canSee`): a handler, an actor, a reader and the opener are
  // all among the case's people — so an inbox is one index range, not two to intersect.
  const visible = q.box === undefined ? visibilityKeys(q.viewer) : undefined;
  if (visible !== undefined) where.push(withKey(d, visible));
  if (q.box !== undefined) where.push(withKey(d, boxKeys(q.viewer, q.box)));
  if (q.filter !== undefined) where.push(...filterClauses(d, q.filter, q.today));
  if (q.terms !== undefined && q.terms.length > 0) where.push(...d.search(q.terms));
  return where.length === 0 ? "" : `WHERE ${where.join(" AND ")}`;
};

/** `caseOrder` in SQL. */
export const orderOf = (d: SqlDialect, sort: CaseSort | undefined): string => {
  switch (sort ?? "recent") {
    case "recent":
      return `ORDER BY c.position DESC, ${d.byCodePoint("c.case_id")}`;
    case "due":
      return `ORDER BY (c.due_on IS NULL), ${d.byCodePoint("c.due_on")}, c.position DESC, ${d.byCodePoint("c.case_id")}`;
    case "opened":
      return `ORDER BY ${d.byCodePoint("c.opened_at")} DESC, ${d.byCodePoint("c.case_id")}`;
  }
};

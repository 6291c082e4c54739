import type { Label } from "@banli/kernel";
import type { CaseSummary } from "./case-summary.js";
import type { HandlerDescriptor } from "./handlers.js";
import {
  type Box,
  type CaseFilter,
  canSee,
  inBox,
  matchesFilter,
  matchesSearch,
  type Viewer,
} from "./queries.js";

/**
 * One question to a read model: the rows a viewer may see, narrowed by an inbox, list filters
 * and search terms, sorted and paged. Every store answers it inside its database (SQLite and
 * PostgreSQL with indexes), so a page of 50 out of 100,000 cases never loads the other rows;
 * `selectCases` is the reference answer the stores' shared test suite compares them with.
 */
export const CaseSorts = ["recent", "due", "opened"] as const;
export type CaseSort = (typeof CaseSorts)[number];

export interface CaseQuery {
  readonly viewer: Viewer;
  readonly box?: Box | undefined;
  readonly filter?: CaseFilter | undefined;
  /** Search terms (`searchTerms`): every one must occur in the number, title or text. */
  readonly terms?: ReadonlyArray<string> | undefined;
  /** Today (YYYY-MM-DD, the bureau's time zone): the `overdue` filter compares with it. */
  readonly today: string;
  /** recent (default): latest activity first · due: earliest due date first · opened: newest first. */
  readonly sort?: CaseSort | undefined;
  readonly offset?: number | undefined;
  readonly limit?: number | undefined;
}

export interface CasePage {
  /** Rows matching, before paging. */
  readonly total: number;
  readonly rows: ReadonlyArray<CaseSummary>;
}

export const defaultPageSize = 50;

const byCaseId = (a: CaseSummary, b: CaseSummary): number =>
  a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0;

/**
 * The orders every store implements alike; the case id breaks every tie so pages never overlap.
 * Strings compare by code point (SQLite's BINARY, PostgreSQL's "C" collation): ids, dates and
 * instants are ASCII.
 */
export const caseOrder: Record<CaseSort, (a: CaseSummary, b: CaseSummary) => number> = {
  recent: (a, b) => b.position - a.position || byCaseId(a, b),
  // Cases without a due date come last; among equal dates the latest activity first.
  due: (a, b) => {
    if (a.dueOn !== b.dueOn) {
      if (a.dueOn === undefined) return 1;
      if (b.dueOn === undefined) return -1;
      return a.dueOn < b.dueOn ? -1 : 1;
    }
    return b.position - a.position || byCaseId(a, b);
  },
  opened: (a, b) =>
    a.openedAt !== b.openedAt ? (a.openedAt < b.openedAt ? 1 : -1) : byCaseId(a, b),
};

export const matchesQuery = (s: CaseSummary, q: CaseQuery): boolean =>
  canSee(s, q.viewer) &&
  (q.box === undefined || inBox(s, q.viewer, q.box)) &&
  (q.filter === undefined || matchesFilter(s, q.filter, q.today)) &&
  (q.terms === undefined || matchesSearch(s, q.terms));

/** The reference answer: filter every row in memory (the memory read model uses it as is). */
export const selectCases = (rows: Iterable<CaseSummary>, q: CaseQuery): CasePage => {
  const found = [...rows].filter((s) => matchesQuery(s, q)).sort(caseOrder[q.sort ?? "recent"]);
  const offset = q.offset ?? 0;
  return { total: found.length, rows: found.slice(offset, offset + (q.limit ?? defaultPageSize)) };
};

// ── Index keys ────────────────────────────────────────────────────────────────────────────────
// The SQL stores keep, per case, one row per fact a viewer or a filter matches on: people, units,
// handler descriptors, readers. A viewer's question becomes "case ids having one of these keys",
// answered from the key's index instead of by reading every summary.

const sep = "\u001f";
const handlerKey = (role: string, unitId: string, userId: string): string =>
  `h${sep}${role}${sep}${unitId}${sep}${userId}`;

export const keyOf = {
  user: (userId: string) => `user${sep}${userId}`,
  /** Units taking part, for the list's unit filter (whatever the 密级). */
  unit: (unitId: string) => `unit${sep}${unitId}`,
  /** Units that see the case through their membership: never a 涉密 case (`canSee`). */
  visibleToUnit: (unitId: string) => `vunit${sep}${unitId}`,
  handler: (d: HandlerDescriptor) => handlerKey(d.role, d.unitId ?? "", d.userId ?? ""),
  acted: (userId: string) => `acted${sep}${userId}`,
  unread: (userId: string) => `unread${sep}${userId}`,
  read: (userId: string) => `read${sep}${userId}`,
  opened: (userId: string) => `opened${sep}${userId}`,
};

/** Every key a summary is found by. Distinct, so they fit a (case, key) primary key. */
export const indexKeysOf = (s: CaseSummary): ReadonlyArray<string> => {
  const keys = new Set<string>();
  for (const userId of s.users) keys.add(keyOf.user(userId));
  for (const unitId of s.units) {
    keys.add(keyOf.unit(unitId));
    if (s.classification === undefined) keys.add(keyOf.visibleToUnit(unitId));
  }
  for (const d of s.handlers) keys.add(keyOf.handler(d));
  for (const userId of s.actedBy) keys.add(keyOf.acted(userId));
  for (const r of s.readers) {
    keys.add(r.readAt === undefined ? keyOf.unread(r.userId) : keyOf.read(r.userId));
  }
  if (s.openedBy !== "") keys.add(keyOf.opened(s.openedBy));
  return [...keys].sort();
};

/** The handler keys that fit a viewer (`fitsDescriptor`): by role, role in unit, role as person. */
export const viewerHandlerKeys = (viewer: Viewer): ReadonlyArray<string> =>
  viewer.roles.flatMap((role) => [
    handlerKey(role, "", ""),
    handlerKey(role, viewer.unitId, ""),
    handlerKey(role, "", viewer.userId),
    handlerKey(role, viewer.unitId, viewer.userId),
  ]);

/** Keys through which a viewer sees a case, or `undefined` for auditors, who see every case. */
export const visibilityKeys = (viewer: Viewer): ReadonlyArray<string> | undefined =>
  viewer.roles.includes("auditor")
    ? undefined
    : [keyOf.user(viewer.userId), keyOf.visibleToUnit(viewer.unitId), ...viewerHandlerKeys(viewer)];

/** The keys that put a case in one of the viewer's boxes (`inBox`). */
export const boxKeys = (viewer: Viewer, box: Box): ReadonlyArray<string> => {
  switch (box) {
    case "todo":
      return viewerHandlerKeys(viewer);
    case "done":
      return [keyOf.acted(viewer.userId)];
    case "toRead":
      return [keyOf.unread(viewer.userId)];
    case "read":
      return [keyOf.read(viewer.userId)];
    case "started":
      return [keyOf.opened(viewer.userId)];
  }
};

// ── Statistics rows ───────────────────────────────────────────────────────────────────────────

/** The few fields statistics read, kept beside each row so a tally never parses whole summaries. */
export interface StatRow {
  readonly process: string;
  readonly status: string;
  readonly statusLabel: Label;
  readonly openedAt: string;
  readonly closedAt: string | undefined;
  readonly dueOn: string | undefined;
  readonly units: ReadonlyArray<string>;
  readonly replyClass: string | undefined;
  readonly satisfaction: string | undefined;
}

export const statRowOf = (s: CaseSummary): StatRow => ({
  process: s.process,
  status: s.status,
  statusLabel: s.statusLabel,
  openedAt: s.openedAt,
  closedAt: s.closedAt,
  dueOn: s.dueOn,
  units: s.units,
  replyClass: s.replyClass,
  satisfaction: s.satisfaction,
});

/** Stat rows in case-id order (so every store hands the tally the same sequence). */
export const selectStatRows = (
  rows: Iterable<CaseSummary>,
  q: Pick<CaseQuery, "viewer" | "filter" | "today">,
): ReadonlyArray<StatRow> =>
  [...rows]
    .filter((s) => matchesQuery(s, q))
    .sort(byCaseId)
    .map(statRowOf);

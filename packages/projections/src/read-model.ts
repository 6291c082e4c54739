import type { CasePage, CaseQuery, StatRow } from "./case-query.js";
import type { CaseSummary } from "./case-summary.js";
import type { Box, Viewer } from "./queries.js";

/**
 * Where the case summaries live. Summaries are computed by the projector (the same code for
 * every store); a store keeps them and its checkpoint, and answers the questions the API asks —
 * visibility, inboxes, filters and search applied in the store (indexed SQL in SQLite and
 * PostgreSQL), never by loading every row.
 */
export interface ReadModelStore {
  /** The global position of the last event folded in (0 when empty). */
  readonly position: () => Promise<number>;
  /** Upserts the summaries and moves the checkpoint, atomically. */
  readonly write: (summaries: ReadonlyArray<CaseSummary>, position: number) => Promise<void>;
  readonly get: (caseId: string) => Promise<CaseSummary | undefined>;
  /** Every row, by case id: dumps, rebuild checks and small tools — never a request path. */
  readonly all: () => Promise<ReadonlyArray<CaseSummary>>;
  /** Cases whose number, title or text contain every term (case-insensitive substrings). */
  readonly search: (terms: ReadonlyArray<string>) => Promise<ReadonlyArray<CaseSummary>>;
  /** One page of the cases a viewer may see, narrowed as the query says, with the total. */
  readonly query: (query: CaseQuery) => Promise<CasePage>;
  /** How many cases are in each of the viewer's boxes (visible ones only). */
  readonly counts: (viewer: Viewer) => Promise<Record<Box, number>>;
  /** The statistics fields of every case the viewer may see that passes the filter, by case id. */
  readonly statRows: (
    query: Pick<CaseQuery, "viewer" | "filter" | "today">,
  ) => Promise<ReadonlyArray<StatRow>>;
  /**
   * A process manager's own checkpoint (the global position it has handled), by name. Kept apart
   * from the rows: `clear` leaves it, since a manager's commands are in the log, not here.
   */
  readonly cursor: (name: string) => Promise<number>;
  /** Moves a named checkpoint forward (never back: two servers may share it). */
  readonly saveCursor: (name: string, position: number) => Promise<void>;
  /** Drops every row and the checkpoint (the first half of `rebuild`). */
  readonly clear: () => Promise<void>;
  readonly close: () => Promise<void>;
}

/** A canonical text of a read model, to show that a rebuild gives identical rows. */
export const dumpReadModel = async (store: ReadModelStore): Promise<string> => {
  const rows = [...(await store.all())].sort((a, b) => (a.caseId < b.caseId ? -1 : 1));
  return JSON.stringify({ position: await store.position(), rows });
};

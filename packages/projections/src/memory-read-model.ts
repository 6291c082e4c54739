import { selectCases, selectStatRows } from "./case-query.js";
import type { CaseSummary } from "./case-summary.js";
import { Boxes, matchesSearch } from "./queries.js";
import type { ReadModelStore } from "./read-model.js";

/**
 * The read model in memory: tests, and a server whose database has no read-model tables. It
 * answers queries with the reference filters (`selectCases`) — a scan, which in memory is fast
 * enough and is what the SQL stores are checked against.
 */
export const memoryReadModel = (): ReadModelStore => {
  const rows = new Map<string, CaseSummary>();
  let position = 0;
  const cursors = new Map<string, number>();
  return {
    position: async () => position,
    write: async (summaries, at) => {
      for (const summary of summaries) rows.set(summary.caseId, summary);
      position = at;
    },
    get: async (caseId) => rows.get(caseId),
    all: async () => [...rows.values()],
    search: async (terms) => [...rows.values()].filter((row) => matchesSearch(row, terms)),
    query: async (query) => selectCases(rows.values(), query),
    counts: async (viewer) =>
      Object.fromEntries(
        Boxes.map((box) => [
          box,
          selectCases(rows.values(), { viewer, box, today: "", limit: 0 }).total,
        ]),
      ) as Record<(typeof Boxes)[number], number>,
    statRows: async (query) => selectStatRows(rows.values(), query),
    cursor: async (name) => cursors.get(name) ?? 0,
    saveCursor: async (name, at) => {
      cursors.set(name, Math.max(cursors.get(name) ?? 0, at));
    },
    clear: async () => {
      rows.clear();
      position = 0;
    },
    close: async () => undefined,
  };
};

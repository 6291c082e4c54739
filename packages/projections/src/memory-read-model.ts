import type { CaseSummary } from "./case-summary.js";
import { matchesSearch } from "./queries.js";
import type { ReadModelStore } from "./read-model.js";

/** The read model in memory: tests, and a server whose database has no read-model tables. */
export const memoryReadModel = (): ReadModelStore => {
  const rows = new Map<string, CaseSummary>();
  let position = 0;
  return {
    position: async () => position,
    write: async (summaries, at) => {
      for (const summary of summaries) rows.set(summary.caseId, summary);
      position = at;
    },
    get: async (caseId) => rows.get(caseId),
    all: async () => [...rows.values()],
    search: async (terms) => [...rows.values()].filter((row) => matchesSearch(row, terms)),
    clear: async () => {
      rows.clear();
      position = 0;
    },
    close: async () => undefined,
  };
};

import type { CaseSummary } from "./case-summary.js";

/**
 * Where the case summaries live. Summaries are computed by the projector (the same code for
 * every store); a store only keeps them, its checkpoint, and answers substring search.
 */
export interface ReadModelStore {
  /** The global position of the last event folded in (0 when empty). */
  readonly position: () => Promise<number>;
  /** Upserts the summaries and moves the checkpoint, atomically. */
  readonly write: (summaries: ReadonlyArray<CaseSummary>, position: number) => Promise<void>;
  readonly get: (caseId: string) => Promise<CaseSummary | undefined>;
  readonly all: () => Promise<ReadonlyArray<CaseSummary>>;
  /** Cases whose number, title or text contain every term (case-insensitive substrings). */
  readonly search: (terms: ReadonlyArray<string>) => Promise<ReadonlyArray<CaseSummary>>;
  /** Drops every row and the checkpoint (the first half of `rebuild`). */
  readonly clear: () => Promise<void>;
  readonly close: () => Promise<void>;
}

/** A canonical text of a read model, to show that a rebuild gives identical rows. */
export const dumpReadModel = async (store: ReadModelStore): Promise<string> => {
  const rows = [...(await store.all())].sort((a, b) => (a.caseId < b.caseId ? -1 : 1));
  return JSON.stringify({ position: await store.position(), rows });
};

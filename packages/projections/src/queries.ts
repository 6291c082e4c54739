import type { Role } from "@banli/kernel";
import type { CaseSummary } from "./case-summary.js";
import { fitsDescriptor } from "./handlers.js";

/** The user a query is asked for: enough to match handlers and participants. */
export interface Viewer {
  readonly userId: string;
  readonly unitId: string;
  readonly roles: ReadonlyArray<Role>;
}

export const Boxes = ["todo", "done", "toRead", "read", "started"] as const;
export type Box = (typeof Boxes)[number];

export const boxLabels: Record<Box, { readonly zh: string; readonly en: string }> = {
  todo: { zh: "待办", en: "To do" },
  done: { zh: "已办", en: "Done" },
  toRead: { zh: "待阅", en: "To read" },
  read: { zh: "已阅", en: "Read" },
  started: { zh: "我发起的", en: "Started by me" },
};

export const isHandler = (summary: CaseSummary, viewer: Viewer): boolean =>
  summary.handlers.some((d) => fitsDescriptor(viewer, d));

/**
 * The visibility rule: a user sees a case through a role or unit that takes part in it — they
 * must act on it now, acted on it, are named in it (submitted to, circulated to), or belong to a
 * unit that takes part. Auditors read everything.
 */
export const canSee = (summary: CaseSummary, viewer: Viewer): boolean =>
  viewer.roles.includes("auditor") ||
  summary.users.includes(viewer.userId) ||
  isHandler(summary, viewer) ||
  // 涉密: never through the unit alone — only those who handle it (and auditors) see it.
  (summary.classification === undefined && summary.units.includes(viewer.unitId));

export const inBox = (summary: CaseSummary, viewer: Viewer, box: Box): boolean => {
  switch (box) {
    case "todo":
      return isHandler(summary, viewer);
    case "done":
      return summary.actedBy.includes(viewer.userId);
    case "toRead":
      return summary.readers.some((r) => r.userId === viewer.userId && r.readAt === undefined);
    case "read":
      return summary.readers.some((r) => r.userId === viewer.userId && r.readAt !== undefined);
    case "started":
      return summary.openedBy === viewer.userId;
  }
};

export interface CaseFilter {
  readonly process?: string | undefined;
  readonly status?: string | undefined;
  readonly unitId?: string | undefined;
  /** Opened on or after (YYYY-MM-DD, compared with the opening instant's date). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly urgency?: string | undefined;
  /** Due on or before (YYYY-MM-DD); cases without a due date never match. */
  readonly dueTo?: string | undefined;
  readonly open?: boolean | undefined;
  /** Due before `today` and not closed. */
  readonly overdue?: boolean | undefined;
  readonly number?: string | undefined;
}

export const matchesFilter = (s: CaseSummary, f: CaseFilter, today: string): boolean =>
  (f.process === undefined || s.process === f.process) &&
  (f.status === undefined || s.status === f.status) &&
  (f.unitId === undefined || s.units.includes(f.unitId)) &&
  (f.from === undefined || s.openedAt.slice(0, 10) >= f.from) &&
  (f.to === undefined || s.openedAt.slice(0, 10) <= f.to) &&
  (f.urgency === undefined || s.urgency === f.urgency) &&
  (f.dueTo === undefined || (s.dueOn !== undefined && s.dueOn <= f.dueTo)) &&
  (f.open === undefined || s.closed !== f.open) &&
  (f.overdue === undefined ||
    f.overdue === (!s.closed && s.dueOn !== undefined && s.dueOn < today)) &&
  (f.number === undefined || (s.number ?? "").includes(f.number));

/** Search terms: whitespace separates them; every term must occur (substring, any case). */
export const searchTerms = (query: string): ReadonlyArray<string> =>
  query
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term.length > 0);

export const matchesSearch = (summary: CaseSummary, terms: ReadonlyArray<string>): boolean => {
  const haystack = searchableText(summary).toLowerCase();
  return terms.every((term) => haystack.includes(term));
};

/**
 * What search looks in: the number, the title and the case's text, one line each. A line seen
 * before is left out (the title is also among the text's facts): a term never holds a line break,
 * so a repeated line adds no match, only work for the trigram index, which every new case pays.
 */
export const searchableText = (summary: CaseSummary): string =>
  [...new Set([summary.number ?? "", summary.title ?? "", ...summary.text.split("\n")])].join("\n");

/** Newest activity first; the case id breaks ties so every store orders alike. */
export const byRecency = (a: CaseSummary, b: CaseSummary): number =>
  b.position - a.position || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);

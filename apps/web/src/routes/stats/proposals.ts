import type { Label } from "@banli/kernel";
import type { StatsSummary, Tally } from "./model.js";

/** The 议提案 part of a tally (答复类别 A/B/C/D and the proposers' verdicts). */
export type ProposalTally = Tally["proposals"];

export interface ProposalRow {
  readonly key: string;
  readonly label: Label;
  readonly tally: ProposalTally;
}

const plain = (text: string): Label => ({ zh: text, en: text });

/** Whether a tally holds any 议提案 answer or verdict (other processes' rows hold none). */
const hasProposals = (tally: ProposalTally) => tally.answered > 0 || tally.rated > 0;

/**
 * 议提案 figures overall and by month opened, leaving out months with none; empty when no visible
 * proposal has an answer class or a verdict yet (the page then leaves the section out).
 */
export const proposalRows = (summary: StatsSummary, overall: Label): ReadonlyArray<ProposalRow> => {
  if (!hasProposals(summary.all.proposals)) return [];
  return [
    { key: "all", label: overall, tally: summary.all.proposals },
    ...summary.byMonth
      .filter((m) => hasProposals(m.proposals))
      .map((m) => ({ key: m.month, label: plain(m.month), tally: m.proposals })),
  ];
};

/** A, B, C always (the national scheme); D only where the local rules use it and it occurs. */
export const shownClasses = (rows: ReadonlyArray<ProposalRow>) =>
  (["A", "B", "C", "D"] as const).filter(
    (c) => c !== "D" || rows.some((row) => row.tally.classes.D > 0),
  );

/** The verdicts in their own order. */
export const verdicts = ["满意", "基本满意", "不满意"] as const;

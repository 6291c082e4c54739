import type { StatRow } from "./case-query.js";

/**
 * The office's figures, folded from the statistics rows of the cases a user may see. Rates are
 * fractions rounded to three places; a rate with nothing to divide by is `undefined` (shown as
 * 「—」), never 0 or 100 %.
 */
const DAY_MS = 86_400_000;

/** 答复类别 of 议提案 (A/B/C, D where the local rules enable it). */
export const replyClasses = ["A", "B", "C", "D"] as const;
/** The proposer's verdicts; 满意率 counts 满意 and 基本满意 as satisfied. */
export const satisfactionVerdicts = ["满意", "基本满意", "不满意"] as const;

export interface ProposalTally {
  /** Items with an answer class recorded. */
  readonly answered: number;
  readonly classes: Readonly<Record<(typeof replyClasses)[number], number>>;
  /** Share of each class among the answered items. */
  readonly classRates: Readonly<Record<(typeof replyClasses)[number], number | undefined>>;
  /** Items whose proposer gave a verdict. */
  readonly rated: number;
  readonly verdicts: Readonly<Record<(typeof satisfactionVerdicts)[number], number>>;
  /** 满意率: (满意 + 基本满意) / rated. */
  readonly satisfactionRate: number | undefined;
}

export interface Tally {
  readonly total: number;
  readonly closed: number;
  /** Open and past the due date today. */
  readonly overdueOpen: number;
  /** 办结率: closed / total. */
  readonly completionRate: number | undefined;
  /** 按期办结率: closed on or before the due date (or with none), of those closed. */
  readonly onTimeRate: number | undefined;
  /** 平均办理天数: calendar days from opening to closing, one decimal. */
  readonly averageDays: number | undefined;
  readonly proposals: ProposalTally;
}

const ratio = (a: number, b: number): number | undefined =>
  b === 0 ? undefined : Math.round((a / b) * 1000) / 1000;

const isReplyClass = (value: string): value is (typeof replyClasses)[number] =>
  (replyClasses as ReadonlyArray<string>).includes(value);
const isVerdict = (value: string): value is (typeof satisfactionVerdicts)[number] =>
  (satisfactionVerdicts as ReadonlyArray<string>).includes(value);

export const tallyOf = (rows: ReadonlyArray<StatRow>, today: string): Tally => {
  let closed = 0;
  let closedOnTime = 0;
  let overdueOpen = 0;
  let handlingMs = 0;
  const classes = { A: 0, B: 0, C: 0, D: 0 };
  const verdicts = { 满意: 0, 基本满意: 0, 不满意: 0 };
  for (const s of rows) {
    if (s.closedAt !== undefined) {
      closed += 1;
      // The due day runs to its end (民法典 art. 203): closing on it is on time.
      if (s.dueOn === undefined || s.closedAt.slice(0, 10) <= s.dueOn) closedOnTime += 1;
      handlingMs += Date.parse(s.closedAt) - Date.parse(s.openedAt);
    } else if (s.dueOn !== undefined && s.dueOn < today) {
      overdueOpen += 1;
    }
    if (s.replyClass !== undefined && isReplyClass(s.replyClass)) classes[s.replyClass] += 1;
    if (s.satisfaction !== undefined && isVerdict(s.satisfaction)) verdicts[s.satisfaction] += 1;
  }
  const answered = classes.A + classes.B + classes.C + classes.D;
  const rated = verdicts.满意 + verdicts.基本满意 + verdicts.不满意;
  return {
    total: rows.length,
    closed,
    overdueOpen,
    completionRate: ratio(closed, rows.length),
    onTimeRate: ratio(closedOnTime, closed),
    averageDays: closed === 0 ? undefined : Math.round((handlingMs / DAY_MS / closed) * 10) / 10,
    proposals: {
      answered,
      classes,
      classRates: {
        A: ratio(classes.A, answered),
        B: ratio(classes.B, answered),
        C: ratio(classes.C, answered),
        D: ratio(classes.D, answered),
      },
      rated,
      verdicts,
      satisfactionRate: ratio(verdicts.满意 + verdicts.基本满意, rated),
    },
  };
};

const grouped = (
  rows: ReadonlyArray<StatRow>,
  keys: (s: StatRow) => ReadonlyArray<string>,
): ReadonlyArray<readonly [string, ReadonlyArray<StatRow>]> => {
  const groups = new Map<string, Array<StatRow>>();
  for (const s of rows) {
    for (const key of keys(s)) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [s]);
      else group.push(s);
    }
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
};

/** Every figure, overall and by process, status, unit (each taking part) and month opened. */
export const statisticsOf = (rows: ReadonlyArray<StatRow>, today: string) => ({
  all: tallyOf(rows, today),
  byProcess: grouped(rows, (s) => [s.process]).map(([process, g]) => ({
    process,
    ...tallyOf(g, today),
  })),
  byStatus: grouped(rows, (s) => [`${s.process}/${s.status}`]).map(([key, g]) => ({
    key,
    process: g[0]?.process ?? "",
    status: g[0]?.status ?? "",
    label: g[0]?.statusLabel,
    count: g.length,
    ...tallyOf(g, today),
  })),
  byUnit: grouped(rows, (s) => s.units).map(([unitId, g]) => ({ unitId, ...tallyOf(g, today) })),
  byMonth: grouped(rows, (s) => [s.openedAt.slice(0, 7)]).map(([month, g]) => ({
    month,
    ...tallyOf(g, today),
  })),
});
export type Statistics = ReturnType<typeof statisticsOf>;

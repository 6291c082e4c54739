import { type CaseSummary, canSee } from "@banli/projections";
import { Schema } from "effect";
import { localDateOf } from "../time.js";
import { router, signedInProcedure } from "../trpc.js";

const DAY_MS = 86_400_000;

interface Tally {
  total: number;
  closed: number;
  closedOnTime: number;
  overdueOpen: number;
  handlingDays: number;
}

const tallyOf = (rows: ReadonlyArray<CaseSummary>, today: string) => {
  const t: Tally = { total: 0, closed: 0, closedOnTime: 0, overdueOpen: 0, handlingDays: 0 };
  for (const s of rows) {
    t.total += 1;
    if (s.closedAt !== undefined) {
      t.closed += 1;
      if (s.dueOn === undefined || s.closedAt.slice(0, 10) <= s.dueOn) t.closedOnTime += 1;
      t.handlingDays += (Date.parse(s.closedAt) - Date.parse(s.openedAt)) / DAY_MS;
    } else if (s.dueOn !== undefined && s.dueOn < today) {
      t.overdueOpen += 1;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? undefined : Math.round((a / b) * 1000) / 1000);
  return {
    total: t.total,
    closed: t.closed,
    overdueOpen: t.overdueOpen,
    /** 办结率 */
    completionRate: ratio(t.closed, t.total),
    /** 按期办结率: closed on or before the due date, of those closed. */
    onTimeRate: ratio(t.closedOnTime, t.closed),
    /** 平均办理天数 (calendar days from opening to closing). */
    averageDays: t.closed === 0 ? undefined : Math.round((t.handlingDays / t.closed) * 10) / 10,
  };
};

const groupBy = (rows: ReadonlyArray<CaseSummary>, key: (s: CaseSummary) => string) => {
  const groups = new Map<string, Array<CaseSummary>>();
  for (const s of rows) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
};

export const statsRouter = router({
  /** 办结率, 按期办结率, average handling days — by process, status, unit and month opened. */
  summary: signedInProcedure
    .input(Schema.standardSchemaV1(Schema.Struct({ process: Schema.optional(Schema.String) })))
    .query(async ({ ctx, input }) => {
      const today = localDateOf(ctx.deps.now());
      const rows = (await ctx.deps.projector.readModel.all()).filter(
        (s) => canSee(s, ctx.actor) && (input.process === undefined || s.process === input.process),
      );
      return {
        all: tallyOf(rows, today),
        byProcess: groupBy(rows, (s) => s.process).map(([process, g]) => ({
          process,
          ...tallyOf(g, today),
        })),
        byStatus: groupBy(rows, (s) => `${s.process}/${s.status}`).map(([key, g]) => ({
          key,
          label: g[0]?.statusLabel,
          count: g.length,
        })),
        byUnit: [...new Set(rows.flatMap((s) => s.units))].sort().map((unitId) => ({
          unitId,
          ...tallyOf(
            rows.filter((s) => s.units.includes(unitId)),
            today,
          ),
        })),
        byMonth: groupBy(rows, (s) => s.openedAt.slice(0, 7)).map(([month, g]) => ({
          month,
          ...tallyOf(g, today),
        })),
      };
    }),
});

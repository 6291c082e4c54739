import { LocalDate } from "@banli/kernel";
import { statisticsOf } from "@banli/projections";
import { Schema } from "effect";
import { standardSchema } from "../standard-schema.js";
import { localDateOf } from "../time.js";
import { router, signedInProcedure } from "../trpc.js";

const StatsInput = standardSchema(
  Schema.Struct({
    process: Schema.optional(Schema.String.pipe(Schema.maxLength(64))),
    unitId: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128))),
    /** Cases opened from / to (YYYY-MM-DD). */
    from: Schema.optional(LocalDate),
    to: Schema.optional(LocalDate),
  }),
);

export const statsRouter = router({
  /**
   * 办结率, 按期办结率, average handling days, 议提案 A/B/C and 满意率 — overall and by process,
   * status, unit and month opened, over the cases the user may see (visibility applied by the
   * read model's query, which hands over only the few fields a tally needs).
   */
  summary: signedInProcedure.input(StatsInput).query(async ({ ctx, input }) => {
    const today = localDateOf(ctx.deps.now());
    const rows = await ctx.deps.projector.readModel.statRows({
      viewer: ctx.actor,
      filter: input,
      today,
    });
    return statisticsOf(rows, today);
  }),
});

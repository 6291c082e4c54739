import { DeadlineUnit, dueDate, LocalDate } from "@banli/kernel";
import { byRecency, canSee } from "@banli/projections";
import { Either, Schema } from "effect";
import { lightOf, rowOf } from "../case-view.js";
import { fromDomain } from "../errors.js";
import { publicProcedure, router, signedInProcedure } from "../trpc.js";

const DueInput = Schema.standardSchemaV1(
  Schema.Struct({
    start: LocalDate,
    amount: Schema.Int.pipe(Schema.between(1, 10_000)),
    unit: DeadlineUnit,
  }),
);

export const calendarRouter = router({
  /** The due date of a period by 民法典 arts. 201–203 and the working-day calendar. */
  due: publicProcedure.input(DueInput).query(({ ctx, input }) => {
    const due = dueDate({ ...input, basis: "calendar.due" }, ctx.deps.calendar);
    if (Either.isLeft(due)) throw fromDomain(due.left);
    return { due: due.right };
  }),
  /** Open cases due soon (yellow) or overdue (red) that this user may see, soonest first. */
  pressing: signedInProcedure.query(async ({ ctx }) => {
    const rows = (await ctx.deps.projector.readModel.all())
      .filter((s) => canSee(s, ctx.actor))
      .filter((s) => {
        const light = lightOf(ctx.deps, s);
        return light === "yellow" || light === "red";
      })
      .sort((a, b) => (a.dueOn ?? "").localeCompare(b.dueOn ?? "") || byRecency(a, b));
    return rows.map((s) => rowOf(ctx.deps, s));
  }),
});

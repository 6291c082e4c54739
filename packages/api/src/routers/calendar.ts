import { DeadlineUnit, dueDate, LocalDate } from "@banli/kernel";
import { defaultPageSize } from "@banli/projections";
import { Either, Schema } from "effect";
import { yellowHorizon } from "../automation/deadline-policy.js";
import { rowOf } from "../case-view.js";
import { fromDomain } from "../errors.js";
import { localDateOf } from "../time.js";
import { publicProcedure, router, signedInProcedure } from "../trpc.js";

const DueInput = Schema.standardSchemaV1(
  Schema.Struct({
    start: LocalDate,
    amount: Schema.Int.pipe(Schema.between(1, 10_000)),
    unit: DeadlineUnit,
  }),
);

const PressingInput = Schema.standardSchemaV1(
  Schema.UndefinedOr(
    Schema.Struct({ limit: Schema.optional(Schema.Int.pipe(Schema.between(1, 200))) }),
  ),
);

export const calendarRouter = router({
  /** The due date of a period by 民法典 arts. 201–203 and the working-day calendar. */
  due: publicProcedure.input(DueInput).query(({ ctx, input }) => {
    const due = dueDate({ ...input, basis: "calendar.due" }, ctx.deps.calendar);
    if (Either.isLeft(due)) throw fromDomain(due.left);
    return { due: due.right };
  }),
  /**
   * Open cases due soon (yellow) or overdue (red) that this user may see, soonest first — a page
   * of them (default 50), read through the indexed due-date query rather than every row.
   */
  pressing: signedInProcedure.input(PressingInput).query(async ({ ctx, input }) => {
    const today = localDateOf(ctx.deps.now());
    // Past the calendar's last year the yellow window cannot be counted; overdue cases still can.
    const horizon = yellowHorizon(today, ctx.deps.calendar) ?? today;
    const page = await ctx.deps.projector.readModel.query({
      viewer: ctx.actor,
      filter: { open: true, dueTo: horizon },
      today,
      sort: "due",
      limit: input?.limit ?? defaultPageSize,
    });
    return page.rows
      .map((s) => rowOf(ctx.deps, s))
      .filter((row) => row.light === "yellow" || row.light === "red");
  }),
});

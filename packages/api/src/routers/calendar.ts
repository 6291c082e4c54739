import { dueDate } from "@banli/kernel";
import { defaultPageSize } from "@banli/projections";
import { Either } from "effect";
import { yellowHorizon } from "../automation/deadline-policy.js";
import { rowOf } from "../case-view.js";
import { viewerFor } from "../delegation/index.js";
import { fromDomain } from "../errors.js";
import { DueInput, PressingInput } from "../inputs.js";
import { localDateOf } from "../time.js";
import { publicProcedure, router, signedInProcedure } from "../trpc.js";

export const calendarRouter = router({
  /** The due date of a period by 民法典 arts. 201–203 and the working-day calendar. */
  due: publicProcedure.input(DueInput).query(({ ctx, input }) => {
    const due = dueDate({ ...input, basis: "calendar.due" }, ctx.deps.calendar);
    if (Either.isLeft(due)) throw fromDomain(due.left);
    return { due: due.right };
  }),
  /**
   * Open cases due soon (yellow) or overdue (red) that this user may see, soonest first — a page
   * of them (default 50), read through the indexed due-date query rather than every row. With
   * `onBehalfOf` a deputy sees the principal's list, under the same check as `inbox.list`, so the
   * deputy's 工作台 is the principal's throughout.
   */
  pressing: signedInProcedure.input(PressingInput).query(async ({ ctx, input }) => {
    const viewer = await viewerFor(ctx.deps, ctx.actor, input?.onBehalfOf);
    const today = localDateOf(ctx.deps.now());
    // Past the calendar's last year the yellow window cannot be counted; overdue cases still can.
    const horizon = yellowHorizon(today, ctx.deps.calendar) ?? today;
    const page = await ctx.deps.projector.readModel.query({
      viewer,
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

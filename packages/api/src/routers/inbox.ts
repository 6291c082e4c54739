import { boxLabels } from "@banli/projections";
import { rowOf } from "../case-view.js";
import { InboxInput } from "../inputs.js";
import { localDateOf } from "../time.js";
import { router, signedInProcedure } from "../trpc.js";

/** The inboxes, answered by the read model's indexes (visibility applied in the query). */
export const inboxRouter = router({
  list: signedInProcedure.input(InboxInput).query(async ({ ctx, input }) => {
    const page = await ctx.deps.projector.readModel.query({
      viewer: ctx.actor,
      box: input.box,
      today: localDateOf(ctx.deps.now()),
      offset: input.offset,
      limit: input.limit,
    });
    return {
      box: input.box,
      label: boxLabels[input.box],
      total: page.total,
      rows: page.rows.map((s) => rowOf(ctx.deps, s)),
    };
  }),
  counts: signedInProcedure.query(({ ctx }) => ctx.deps.projector.readModel.counts(ctx.actor)),
});

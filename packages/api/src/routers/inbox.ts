import { boxLabels } from "@banli/projections";
import { rowOf } from "../case-view.js";
import { viewerFor } from "../delegation/index.js";
import { InboxCountsInput, InboxInput } from "../inputs.js";
import { localDateOf } from "../time.js";
import { router, signedInProcedure } from "../trpc.js";

/**
 * The inboxes, answered by the read model's indexes (visibility applied in the query). With
 * `onBehalfOf` a deputy sees the boxes of the user whose delegation they hold — the same check
 * as `cases.act/get`, so the deputy's 工作台 lists exactly what they may open and act on.
 */
export const inboxRouter = router({
  list: signedInProcedure.input(InboxInput).query(async ({ ctx, input }) => {
    const viewer = await viewerFor(ctx.deps, ctx.actor, input.onBehalfOf);
    const page = await ctx.deps.projector.readModel.query({
      viewer,
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
  counts: signedInProcedure.input(InboxCountsInput).query(async ({ ctx, input }) => {
    const viewer = await viewerFor(ctx.deps, ctx.actor, input?.onBehalfOf);
    return ctx.deps.projector.readModel.counts(viewer);
  }),
});

import { Boxes, boxLabels, byRecency, canSee, inBox } from "@banli/projections";
import { rowOf } from "../case-view.js";
import { InboxInput } from "../inputs.js";
import { router, signedInProcedure } from "../trpc.js";

export const inboxRouter = router({
  list: signedInProcedure.input(InboxInput).query(async ({ ctx, input }) => {
    const rows = (await ctx.deps.projector.readModel.all())
      .filter((s) => canSee(s, ctx.actor) && inBox(s, ctx.actor, input.box))
      .sort(byRecency);
    const offset = input.offset ?? 0;
    return {
      box: input.box,
      label: boxLabels[input.box],
      total: rows.length,
      rows: rows.slice(offset, offset + (input.limit ?? 50)).map((s) => rowOf(ctx.deps, s)),
    };
  }),
  counts: signedInProcedure.query(async ({ ctx }) => {
    const visible = (await ctx.deps.projector.readModel.all()).filter((s) => canSee(s, ctx.actor));
    return Object.fromEntries(
      Boxes.map((box) => [box, visible.filter((s) => inBox(s, ctx.actor, box)).length]),
    ) as Record<(typeof Boxes)[number], number>;
  }),
});

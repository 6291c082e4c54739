import { byRecency, canSee, matchesFilter } from "@banli/projections";
import { rowOf } from "../case-view.js";
import { actOnCase, getCase, openCase } from "../commands.js";
import { ActInput, CaseInput, ListInput, OpenInput } from "../inputs.js";
import { localDateOf } from "../time.js";
import { router, signedInProcedure } from "../trpc.js";

export const casesRouter = router({
  open: signedInProcedure
    .input(OpenInput)
    .mutation(({ ctx, input }) => openCase(ctx.deps, ctx.actor, input)),
  act: signedInProcedure
    .input(ActInput)
    .mutation(({ ctx, input }) => actOnCase(ctx.deps, ctx.actor, input)),
  get: signedInProcedure
    .input(CaseInput)
    .query(({ ctx, input }) => getCase(ctx.deps, ctx.actor, input.caseId)),
  history: signedInProcedure
    .input(CaseInput)
    .query(async ({ ctx, input }) => (await getCase(ctx.deps, ctx.actor, input.caseId)).history),
  list: signedInProcedure.input(ListInput).query(async ({ ctx, input }) => {
    const today = localDateOf(ctx.deps.now());
    const all = (await ctx.deps.projector.readModel.all())
      .filter((s) => canSee(s, ctx.actor) && matchesFilter(s, input, today))
      .sort(byRecency);
    const offset = input.offset ?? 0;
    return {
      total: all.length,
      rows: all.slice(offset, offset + (input.limit ?? 50)).map((s) => rowOf(ctx.deps, s)),
    };
  }),
});

import { rowOf } from "../case-view.js";
import { actOnCase, getCase, getCaseAsOf, openCase } from "../commands.js";
import { ActInput, AsOfInput, CaseInput, ListInput, OpenInput } from "../inputs.js";
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
    .query(({ ctx, input }) => getCase(ctx.deps, ctx.actor, input.caseId, input.onBehalfOf)),
  history: signedInProcedure
    .input(CaseInput)
    .query(
      async ({ ctx, input }) =>
        (await getCase(ctx.deps, ctx.actor, input.caseId, input.onBehalfOf)).history,
    ),
  /** 回放: the case's state, step and history as they stood at an instant (read-only). */
  asOf: signedInProcedure
    .input(AsOfInput)
    .query(({ ctx, input }) => getCaseAsOf(ctx.deps, ctx.actor, input)),
  list: signedInProcedure.input(ListInput).query(async ({ ctx, input }) => {
    const { sort, offset, limit, ...filter } = input;
    const page = await ctx.deps.projector.readModel.query({
      viewer: ctx.actor,
      filter,
      today: localDateOf(ctx.deps.now()),
      sort,
      offset,
      limit,
    });
    return { total: page.total, rows: page.rows.map((s) => rowOf(ctx.deps, s)) };
  }),
});

import { byRecency, canSee, searchTerms } from "@banli/projections";
import { rowOf } from "../case-view.js";
import { SearchInput } from "../inputs.js";
import { router, signedInProcedure } from "../trpc.js";

export const searchRouter = router({
  query: signedInProcedure.input(SearchInput).query(async ({ ctx, input }) => {
    const found = (await ctx.deps.projector.readModel.search(searchTerms(input.q)))
      .filter((s) => canSee(s, ctx.actor))
      .sort(byRecency);
    return {
      total: found.length,
      rows: found.slice(0, input.limit ?? 50).map((s) => rowOf(ctx.deps, s)),
    };
  }),
});

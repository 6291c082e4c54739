import { searchTerms } from "@banli/projections";
import { rowOf } from "../case-view.js";
import { SearchInput } from "../inputs.js";
import { localDateOf } from "../time.js";
import { router, signedInProcedure } from "../trpc.js";

/** Full-text search (FTS5 trigram / pg_trgm), among the cases the user may see, newest first. */
export const searchRouter = router({
  query: signedInProcedure.input(SearchInput).query(async ({ ctx, input }) => {
    const page = await ctx.deps.projector.readModel.query({
      viewer: ctx.actor,
      terms: searchTerms(input.q),
      today: localDateOf(ctx.deps.now()),
      offset: input.offset,
      limit: input.limit,
    });
    return { total: page.total, rows: page.rows.map((s) => rowOf(ctx.deps, s)) };
  }),
});

import { router, signedInProcedure } from "../trpc.js";

export const processesRouter = router({
  /** The processes this server runs, with their titles and command tags. */
  list: signedInProcedure.query(({ ctx }) =>
    ctx.deps.processes.map((p) => ({ name: p.name, title: p.title, commands: p.commandTags })),
  ),
});

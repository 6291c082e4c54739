import { allocatedNumberCommand, serverNumberedFields } from "../numbers.js";
import { router, signedInProcedure } from "../trpc.js";

export const processesRouter = router({
  /**
   * The processes this server runs, with their titles and command tags, and the start command
   * whose register number the server allocates when it is left out (`numberedBy`).
   */
  list: signedInProcedure.query(({ ctx }) =>
    ctx.deps.processes.map((p) => ({
      name: p.name,
      title: p.title,
      commands: p.commandTags,
      numberedBy: allocatedNumberCommand(p.name),
      /** Every number field the server fills when left out (发文字号 and 档号 as well). */
      serverNumbered: serverNumberedFields(p.name),
    })),
  ),
});

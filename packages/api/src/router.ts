import { publicProcedure, router } from "./trpc.js";

export const appRouter = router({
  /** Liveness: answers as soon as the server accepts requests. */
  health: publicProcedure.query(({ ctx }) => ({ status: "ok" as const, version: ctx.version })),
});

export type AppRouter = typeof appRouter;

import { initTRPC } from "@trpc/server";

/** What every procedure receives; the server's composition root fills it in. */
export interface ApiContext {
  readonly version: string;
}

const t = initTRPC.context<ApiContext>().create();

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;

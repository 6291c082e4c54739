import { appRouter } from "@banli/api";
import { fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance } from "fastify";

export interface ServerOptions {
  readonly version: string;
  readonly logger?: boolean;
}

/** The composition root's HTTP host: liveness for probes and the tRPC API under /trpc. */
export const buildServer = async (options: ServerOptions): Promise<FastifyInstance> => {
  const app = Fastify({ logger: options.logger ?? false });
  app.get("/health", async () => ({ status: "ok", version: options.version }));
  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: { router: appRouter, createContext: () => ({ version: options.version }) },
  });
  return app;
};

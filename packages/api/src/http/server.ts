import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { ApiDeps } from "../deps.js";
import { type AppRouter, appRouter } from "../router.js";
import type { ApiContext } from "../trpc.js";

export interface HttpServerOptions {
  /** A built web console to serve at `/` (e.g. apps/web/dist). */
  readonly staticDir?: string | undefined;
  /** Send cookies with `Secure` (behind HTTPS); off for plain-HTTP loopback. */
  readonly secureCookies?: boolean;
  readonly logger?: boolean;
}

export const sessionCookie = "banli_session";
/**
 * CSRF: a cookie-authenticated mutation must carry this header. A cross-site form cannot set a
 * custom header, and a cross-site script needs CORS, which this server never grants — together
 * with `SameSite=Strict` cookies this closes the forged-request path without tokens.
 */
export const csrfHeader = "x-banli-csrf";

const contextOf =
  (deps: ApiDeps, secure: boolean) =>
  ({ req, res }: { req: FastifyRequest; res: FastifyReply }): ApiContext => ({
    deps,
    address: req.ip,
    cookies: {
      sessionId: req.cookies[sessionCookie],
      setSession: (id) => {
        res.setCookie(sessionCookie, id, {
          httpOnly: true,
          sameSite: "strict",
          secure,
          path: "/",
        });
      },
      clearSession: () => {
        res.clearCookie(sessionCookie, { path: "/" });
      },
    },
  });

/** The HTTP host: security headers, cookies, CSRF check, `/health`, tRPC at `/trpc`, console. */
// Room for one 10 MiB attachment as base64 (4/3) with its JSON around it.
export const createHttpServer = async (
  deps: ApiDeps,
  options: HttpServerOptions = {},
): Promise<FastifyInstance> => {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 16 * 1_048_576 });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });
  await app.register(fastifyCookie);
  app.get("/health", async () => ({ status: "ok", version: deps.version }));
  app.addHook("onRequest", async (req, reply) => {
    if (req.method === "POST" && req.url.startsWith("/trpc") && req.headers[csrfHeader] !== "1") {
      await reply.code(403).send({
        error: { tag: "Csrf", message: "Missing CSRF header", messageZh: "请求缺少防伪标头" },
      });
    }
  });
  await app.register(fastifyTRPCPlugin<AppRouter>, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: contextOf(deps, options.secureCookies ?? false),
    },
  });
  if (options.staticDir !== undefined) {
    await app.register(fastifyStatic, { root: options.staticDir, wildcard: false });
  }
  return app;
};

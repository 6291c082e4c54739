import {
  createServer as createNodeServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerFactory,
} from "fastify";
import type { ApiDeps } from "../deps.js";
import { type AppRouter, appRouter } from "../router.js";
import type { ApiContext } from "../trpc.js";
import { banliQueryCache } from "./query-cache.js";
import { apiReplyHeaders, documentSecurityHeaders } from "./security-headers.js";
import { makeLeanTrpc } from "./trpc-fastify.js";

export interface HttpServerOptions {
  /** A built web console to serve at `/` (e.g. apps/web/dist). */
  readonly staticDir?: string | undefined;
  /** Send cookies with `Secure` (behind HTTPS); off for plain-HTTP loopback. */
  readonly secureCookies?: boolean;
  readonly logger?: boolean;
  /**
   * How tRPC's HTTP protocol is served: `"lean"` (default) answers JSON queries and mutations
   * straight from Fastify (see trpc-fastify.ts) and hands the rest to tRPC's stock adapter;
   * `"stock"` uses the stock adapter for everything (kept for differential tests and benches).
   */
  readonly trpcAdapter?: "lean" | "stock";
  /**
   * Keep the replies of the read-only list queries (inbox, case list) per viewer until the read
   * model moves (see http/query-cache.ts); on by default, lean adapter only.
   */
  readonly queryCache?: boolean;
}

export const sessionCookie = "banli_session";
/**
 * CSRF: a cookie-authenticated mutation must carry this header. A cross-site form cannot set a
 * custom header, and a cross-site script needs CORS, which this server never grants — together
 * with `SameSite=Strict` cookies this closes the forged-request path without tokens.
 */
export const csrfHeader = "x-banli-csrf";

/** The session cookie's value, parsed as @fastify/cookie parses `req.cookies`. */
const sessionIdIn = (app: FastifyInstance, headers: IncomingHttpHeaders): string | undefined => {
  const header = headers.cookie;
  return header === undefined ? undefined : app.parseCookie(header)[sessionCookie];
};

/** A number among the options Fastify hands a server factory (its defaults filled in). */
const numberIn = (opts: Record<string, unknown>, key: string): number | undefined => {
  const value = opts[key];
  return typeof value === "number" ? value : undefined;
};

/**
 * Node's HTTP server as Fastify makes its own (the same timeouts, from Fastify's options), with
 * `front` seeing each request first: it answers it, or hands it on to Fastify with `next`.
 */
const frontedServer =
  (
    front: (req: IncomingMessage, res: ServerResponse, next: () => void) => void,
  ): FastifyServerFactory =>
  (handler, opts) => {
    const server = createNodeServer((req, res) => front(req, res, () => handler(req, res)));
    server.keepAliveTimeout = numberIn(opts, "keepAliveTimeout") ?? server.keepAliveTimeout;
    server.requestTimeout = numberIn(opts, "requestTimeout") ?? server.requestTimeout;
    server.setTimeout(numberIn(opts, "connectionTimeout") ?? 0);
    const perSocket = numberIn(opts, "maxRequestsPerSocket") ?? 0;
    if (perSocket > 0) server.maxRequestsPerSocket = perSocket;
    return server;
  };

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
export const createHttpServer = async (
  deps: ApiDeps,
  options: HttpServerOptions = {},
): Promise<FastifyInstance> => {
  const createContext = contextOf(deps, options.secureCookies ?? false);
  const lean =
    options.trpcAdapter === "stock"
      ? undefined
      : makeLeanTrpc({
          prefix: "/trpc",
          router: appRouter,
          createContext,
          replyHeaders: apiReplyHeaders,
          queryCache:
            options.queryCache === false
              ? undefined
              : banliQueryCache(deps, (headers) => sessionIdIn(app, headers)),
        });
  // A query-cache hit is answered as Node hands the request over, before Fastify (see
  // `answerHit`): its reply carries the API header set itself, it is a GET (which the CSRF rule
  // never refuses), and it reads the session id from the header with @fastify/cookie's parser.
  // Once the server starts closing, every request goes to Fastify, which answers 503 as it does;
  // with request logging on, every request goes through Fastify, so each one is logged.
  let closing = false;
  const answerHit = lean?.answerHit;
  const front =
    answerHit === undefined || options.logger === true
      ? undefined
      : frontedServer((req, res, next) => (closing ? next() : answerHit(req, res, next)));
  // Room for one 10 MiB attachment as base64 (4/3) with its JSON around it.
  const app: FastifyInstance = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 16 * 1_048_576,
    ...(front === undefined ? {} : { serverFactory: front }),
  });
  // The consoles' live streams (SSE) open now. A stream lasts as long as its browser tab, so a
  // stopping server drops them: the consoles see the connection go and reconnect, to this
  // server's successor (a stream ended cleanly instead would tell them the subscription is over).
  const streams = new Set<ServerResponse>();
  app.addHook("preClose", (done) => {
    closing = true;
    for (const stream of streams) stream.destroy();
    done();
  });
  // Fastify closes the connections that are idle as it begins to close; those left idle later by
  // the answers it still finishes (a last command) are closed as each answer is done, rather than
  // when their client drops them (a browser: minutes later).
  app.addHook("onResponse", (_req, _reply, done) => {
    if (closing) setImmediate(() => app.server.closeIdleConnections());
    done();
  });
  // One synchronous hook for every request: the security headers (the API's own set under
  // `/trpc`, see security-headers.ts), the live streams noted, then the CSRF rule (a refused request ends here, before
  // cookies are parsed or any procedure runs).
  app.addHook("onRequest", (req, reply, done) => {
    const api = req.url.startsWith("/trpc");
    reply.headers(api ? apiReplyHeaders : documentSecurityHeaders);
    // EventSource (tRPC's subscription link) asks for exactly this.
    if (req.headers.accept === "text/event-stream") {
      const stream = reply.raw;
      streams.add(stream);
      stream.once("close", () => streams.delete(stream));
    }
    if (api && req.method === "POST" && req.headers[csrfHeader] !== "1") {
      reply.code(403).send({
        error: { tag: "Csrf", message: "Missing CSRF header", messageZh: "请求缺少防伪标头" },
      });
      return;
    }
    done();
  });
  await app.register(fastifyCookie);
  app.get("/health", async () => ({ status: "ok", version: deps.version }));
  if (lean === undefined) {
    await app.register(fastifyTRPCPlugin<AppRouter>, {
      prefix: "/trpc",
      trpcOptions: { router: appRouter, createContext },
    });
  } else {
    await lean.register(app);
  }
  if (options.staticDir !== undefined) {
    await app.register(fastifyStatic, { root: options.staticDir, wildcard: false });
    // History routing (apps/web): a page of the console (a GET that asks for HTML, not the API)
    // is answered with index.html, so a deep link or a reload opens that page, not a 404.
    app.setNotFoundHandler((req, reply) => {
      const page =
        req.method === "GET" &&
        !req.url.startsWith("/trpc") &&
        (req.headers.accept ?? "").includes("text/html");
      if (page) return reply.sendFile("index.html");
      return reply.code(404).send({ error: "Not Found", message: `No ${req.method} ${req.url}` });
    });
  }
  return app;
};

import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import {
  getErrorShape,
  getTRPCErrorFromUnknown,
  TRPCError,
  transformTRPCResponse,
} from "@trpc/server";
import { fastifyRequestHandler } from "@trpc/server/adapters/fastify";
import { getHTTPStatusCode } from "@trpc/server/http";
import {
  type AnyRouter,
  defaultTransformer,
  isAsyncIterable,
  isObject,
  isPromise,
  type TRPCResponse,
} from "@trpc/server/unstable-core-do-not-import";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type ContentCoding, makeCodingChooser } from "./compression.js";
import { callProcedure } from "./procedure-call.js";
import type { CachedReply, ReplyCache } from "./reply-cache.js";
import { type LeanRequest, readLeanRequest } from "./trpc-request.js";

/**
 * A lean Fastify handler for tRPC's HTTP protocol. tRPC's stock Fastify adapter turns every call
 * into a Fetch `Request`, runs `resolveResponse` and sends back a Fetch `Response`; measured here
 * that costs several times the CPU of a plain route. This handler keeps tRPC's router, client and
 * wire format — it calls the procedures as tRPC's own procedure caller does and shapes errors with
 * the router's `errorFormatter` (`getErrorShape`) and status codes with `getHTTPStatusCode` — but
 * reads the request from Fastify's parsed URL and body and writes the JSON reply with Fastify.
 *
 * The fast path covers plain JSON queries and mutations, single or batched. Everything else —
 * subscriptions (SSE), `application/jsonl` streaming, `multipart/form-data`, other methods — goes
 * to tRPC's stock `fastifyRequestHandler`, so those keep tRPC's exact behaviour.
 */
export interface LeanTrpcOptions<TRouter extends AnyRouter, TContext> {
  readonly prefix: string;
  readonly router: TRouter;
  readonly createContext: (opts: { req: FastifyRequest; res: FastifyReply }) => TContext;
  readonly maxBatchSize?: number;
  /** Serve repeated reads of the listed queries from memory (see `LeanQueryCache`). */
  readonly queryCache?: LeanQueryCache | undefined;
  /**
   * The headers the host's hooks put on every reply before this handler runs (the security
   * headers). A cache hit is written straight to the socket, past Fastify's reply, so it must be
   * told them; the tests compare a hit's headers with a computed reply's, header for header.
   */
  readonly replyHeaders?: Readonly<Record<string, string>> | undefined;
}

/**
 * Replies to read-only queries kept as the bytes sent, keyed by who asked and what they asked.
 * Kept HERE, in the HTTP layer, because a hit then costs what a plain route costs — find the
 * viewer, read the version, write the stored bytes — skipping tRPC's procedure call, input
 * validation, the read-model query and JSON serialization; and because only this layer sees the
 * exact request (path, batch, raw input) and the exact reply bytes. In-process callers (tests,
 * the TUI's local mode) are untouched. Opt-in per procedure path: only queries whose answer is a
 * function of the viewer, the input and `version()` may be listed; never mutations (only GET
 * requests are looked at, and tRPC answers a GET with queries only).
 */
export interface LeanQueryCache {
  /** Procedure paths (as `inbox.list`) whose answer depends on viewer, input and version only. */
  readonly paths: ReadonlySet<string>;
  /**
   * Who asks, as a key holding everything about them the answers depend on; `undefined` when the
   * request is not signed in (it then takes the ordinary path and gets the procedure's refusal).
   */
  readonly viewerOf: (headers: IncomingHttpHeaders) => Promise<string | undefined>;
  /** The version of everything else the answers depend on, read before an answer is computed. */
  readonly version: () => Promise<string>;
  readonly replies: ReplyCache;
}

/** Every procedure of the request is listed as cacheable (a batch joins paths with commas). */
const allCacheable = (urlPath: string, batch: boolean, paths: ReadonlySet<string>): boolean => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  return (batch ? decoded.split(",") : [decoded]).every((path) => paths.has(path));
};

/**
 * One string for who asked what: the viewer, length-prefixed, then the request's URL as sent.
 * The URL holds everything else a cached answer depends on (the paths, `batch`, the raw input),
 * so the same URL is the same question; the same question spelled differently merely misses.
 * Taking the URL whole spares a hit the parsing of its query string.
 */
export const slotKey = (viewer: string, url: string): string => `${viewer.length}:${viewer}${url}`;

/** Which procedure types answer which method (tRPC's `TYPE_ACCEPTED_METHOD_MAP`, no override). */
const acceptedMethod = { query: "GET", mutation: "POST", subscription: "GET" } as const;

/** tRPC sends this on every reply, since `trpc-accept`/`accept` choose between JSON and JSONL. */
const vary = "trpc-accept, accept";
/** A cacheable query's replies also come compressed when asked (see compression.ts). */
const varyCoded = `${vary}, accept-encoding`;

const json = "application/json";
const wholeFailureType = "text/plain;charset=UTF-8";

/** As tRPC's `isDataStream`: a streamed value cannot go out in a plain JSON reply. */
const isDataStream = (value: unknown): boolean => {
  if (!isObject(value)) return false;
  if (isAsyncIterable(value)) return true;
  const values = Object.values(value);
  return values.some(isPromise) || values.some(isAsyncIterable);
};

/** The client asked for the streaming (JSONL) or SSE variants, which the stock adapter serves. */
const wantsStream = (headers: IncomingHttpHeaders): boolean => {
  const trpcAccept = headers["trpc-accept"];
  if (trpcAccept !== undefined) return true;
  const accept = headers.accept;
  return accept?.includes("application/jsonl") === true;
};

/** JSON content type, case-insensitive and ignoring parameters (RFC 9110 §8.3.1). */
const isJson = (contentType: string | undefined): boolean =>
  contentType !== undefined &&
  contentType.split(";", 1)[0]?.trim().toLowerCase() === "application/json";

/** Where a reply is kept: who asked what, and the version it was (or is being) computed at. */
interface Slot {
  readonly key: string;
  readonly version: string;
}

type Outcome = readonly [TRPCError, undefined] | readonly [undefined, unknown];

/**
 * The lean path in two parts: `answerHit` (present with a query cache) for the host to put in
 * front of Fastify, so a cache hit skips Fastify's routing, request and reply objects and hooks;
 * `register` adds the `/trpc/:path` route, which every other request reaches through the host's
 * hooks as usual (and which also answers hits, for a host without `answerHit` or `inject`).
 */
export interface LeanTrpc {
  /**
   * Present with a query cache: answers a cache hit from the HTTP server's own `request` event,
   * before Fastify sees the request, and calls `next` (Fastify's handler) for anything else.
   */
  readonly answerHit:
    | ((req: IncomingMessage, res: ServerResponse, next: () => void) => void)
    | undefined;
  readonly register: (app: FastifyInstance) => Promise<void>;
}

/** The route alone, for a host that serves no cache hits ahead of Fastify (tests). */
export const registerLeanTrpc = async <TRouter extends AnyRouter, TContext>(
  app: FastifyInstance,
  options: LeanTrpcOptions<TRouter, TContext>,
): Promise<void> => {
  await makeLeanTrpc(options).register(app);
};

export const makeLeanTrpc = <TRouter extends AnyRouter, TContext>(
  options: LeanTrpcOptions<TRouter, TContext>,
): LeanTrpc => {
  const { router, createContext } = options;
  const config = router._def._config;
  const routePrefix = `${options.prefix}/`;

  const stock = (req: FastifyRequest, res: FastifyReply, path: string) =>
    fastifyRequestHandler({
      router,
      createContext: ({ req: r, res: s }) => createContext({ req: r, res: s }),
      req,
      res,
      path,
      ...(options.maxBatchSize === undefined ? {} : { maxBatchSize: options.maxBatchSize }),
    } as Parameters<typeof fastifyRequestHandler>[0]);

  const sendBytes = (
    reply: FastifyReply,
    status: number,
    bytes: Buffer,
    contentType = json,
    varies = vary,
  ) =>
    reply
      .code(status)
      .header("vary", varies)
      .header("content-type", contentType)
      // A Buffer keeps `application/json` as tRPC sends it (Fastify appends a charset to a string).
      .send(bytes);

  // Without a transformer tRPC's `transformTRPCResponse` only copies each envelope (identity
  // `serialize`), which measured ~4% of a trivial query's CPU; the bytes come out the same.
  const identityOutput = config.transformer === defaultTransformer;
  const serialize = (body: unknown): Buffer =>
    Buffer.from(
      JSON.stringify(identityOutput ? body : transformTRPCResponse(config, body as TRPCResponse)),
    );

  const send = (reply: FastifyReply, status: number, body: unknown, contentType = json) =>
    sendBytes(reply, status, serialize(body), contentType);

  // A hit's header blocks, flat as `writeHead` takes them, built once per coding: the host's
  // headers, then what `sendKept` adds. Fastify's reply does per-header work (lowercasing,
  // checks, serializers) that measured as a large part of a hit's CPU, for headers that never
  // change.
  const hostHead = Object.entries(options.replyHeaders ?? {}).flat();
  const hitHeadOf = (coding: ContentCoding | undefined): ReadonlyArray<string> => [
    ...hostHead,
    "vary",
    varyCoded,
    "content-type",
    json,
    ...(coding === undefined ? [] : ["content-encoding", coding]),
  ];
  const hitHeads = { identity: hitHeadOf(undefined), br: hitHeadOf("br"), gzip: hitHeadOf("gzip") };
  const codingFor = makeCodingChooser();

  /** A kept reply in the coding the request prefers, if it has one worth sending. */
  const chooseForm = (headers: IncomingHttpHeaders, kept: CachedReply) => {
    const coding = codingFor(headers["accept-encoding"]);
    const encoded = coding === undefined ? undefined : kept.encoded(coding);
    return encoded === undefined || coding === undefined
      ? ({ coding: undefined, bytes: kept.body } as const)
      : ({ coding, bytes: encoded } as const);
  };

  /** A hit, written to Node's response as it is: the whole header block in one `writeHead`. */
  const sendHit = (req: IncomingMessage, res: ServerResponse, kept: CachedReply) => {
    const { coding, bytes } = chooseForm(req.headers, kept);
    res.writeHead(200, [...hitHeads[coding ?? "identity"], "content-length", String(bytes.length)]);
    res.end(bytes);
  };

  /** A reply just computed and kept, sent as a hit on it will be (through Fastify's reply). */
  const sendKept = (req: FastifyRequest, reply: FastifyReply, kept: CachedReply) => {
    const { coding, bytes } = chooseForm(req.headers, kept);
    if (coding !== undefined) reply.header("content-encoding", coding);
    return sendBytes(reply, 200, bytes, json, varyCoded);
  };

  // Each tRPC GET asks, and decoding and splitting its path measured ~1 µs; a client asks for a
  // handful of paths, so the answers are remembered (bounded: the path is the client's to choose).
  const cacheablePaths = new Map<string, boolean>();
  const remembered = (known: string, work: () => boolean): boolean => {
    let answer = cacheablePaths.get(known);
    if (answer === undefined) {
      answer = work();
      if (cacheablePaths.size >= 256) cacheablePaths.clear();
      cacheablePaths.set(known, answer);
    }
    return answer;
  };
  /** Every call of the request is a query listed as cacheable (synchronous: most are not). */
  const cacheable = (
    req: FastifyRequest,
    urlPath: string,
    query: Record<string, string | undefined>,
  ): boolean => {
    const cache = options.queryCache;
    if (cache === undefined || req.method !== "GET") return false;
    const batch = query.batch === "1";
    return remembered((batch ? "b" : "s") + urlPath, () =>
      allCacheable(urlPath, batch, cache.paths),
    );
  };

  /** Where a cacheable request's reply is (or will be) kept; undefined when not signed in. */
  const cacheSlotOf = async (
    cache: LeanQueryCache,
    headers: IncomingHttpHeaders,
    url: string,
  ): Promise<Slot | undefined> => {
    const viewer = await cache.viewerOf(headers);
    if (viewer === undefined) return undefined;
    // The version is read before the answer is computed: see reply-cache.ts.
    const version = await cache.version();
    return { key: slotKey(viewer, url), version };
  };

  /** A failure of the request as a whole: one error envelope, not an array (as tRPC). */
  const failWhole = (
    reply: FastifyReply,
    cause: unknown,
    ctx: TContext | undefined,
    type: LeanRequest["type"],
  ) => {
    const error = getTRPCErrorFromUnknown(cause);
    const envelope = {
      error: getErrorShape({ config, error, type, path: undefined, input: undefined, ctx }),
    };
    // tRPC sends these without a content type, so its Fetch `Response` labels them text/plain.
    return send(reply, getHTTPStatusCode(envelope, [error]), envelope, wholeFailureType);
  };

  /** The request's headers alone send it to the stock adapter (a stream, a non-JSON body). */
  const headersForStock = (method: string | undefined, headers: IncomingHttpHeaders): boolean => {
    const contentType = headers["content-type"];
    return (
      wantsStream(headers) ||
      // tRPC reads a GET without a content type as JSON; any other body kind is the stock path's.
      ((method === "POST" || contentType !== undefined) && !isJson(contentType))
    );
  };

  /** The request goes to tRPC's stock adapter (see the module comment), not the lean path. */
  const forStock = (req: FastifyRequest, query: Record<string, string | undefined>): boolean => {
    const method = req.method;
    return (
      (method !== "GET" && method !== "POST") ||
      query.connectionParams !== undefined ||
      headersForStock(method, req.headers)
    );
  };

  // The cache slot `answerHit` worked out for a request it could not answer from the cache, so
  // the handler does not look the viewer up and read the version a second time.
  const slotsSeen = new WeakMap<IncomingMessage, Slot | undefined>();

  /**
   * Could this request be a hit? Only a GET under the prefix for cacheable paths, as the lean
   * route would answer it. Looser than `cacheable` (a single call's path is not checked for
   * commas): only the route stores replies, so a request it would not keep finds nothing.
   */
  const mayHit = (req: IncomingMessage, url: string): boolean => {
    const cache = options.queryCache;
    if (cache === undefined || req.method !== "GET" || !url.startsWith(routePrefix)) return false;
    const query = url.indexOf("?", routePrefix.length);
    const urlPath = url.slice(routePrefix.length, query < 0 ? undefined : query);
    return (
      remembered(`r${urlPath}`, () => allCacheable(urlPath, true, cache.paths)) &&
      !headersForStock(req.method, req.headers)
    );
  };

  /**
   * A cache hit answered from Node's `request` event, before Fastify: routing, Fastify's request
   * and reply objects, the host's hooks (cookies, security headers — a hit's header block carries
   * them —, the CSRF rule, which never refuses a GET) and the query string's parsing are of no use
   * to a hit, and profiled at about a quarter of its CPU. Anything else goes on to `next`.
   */
  const answerHit = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const cache = options.queryCache;
    const url = req.url ?? "";
    // Callback style, so a request that cannot be a hit (most) goes on without a promise turn.
    if (cache === undefined || !mayHit(req, url)) {
      next();
      return;
    }
    cacheSlotOf(cache, req.headers, url).then(
      (slot) => {
        slotsSeen.set(req, slot);
        const hit = slot === undefined ? undefined : cache.replies.get(slot.key, slot.version);
        // A hit is sent here and the request goes no further; anything else goes on as usual.
        if (hit === undefined) next();
        else sendHit(req, res, hit);
      },
      // A failed lookup is left to the route, which fails it with the host's headers on.
      () => next(),
    );
  };

  const handle = async (req: FastifyRequest, reply: FastifyReply) => {
    const urlPath = (req.params as { path: string }).path;
    if (req.method === "HEAD") return reply.code(204).send();
    const method = req.method;
    const query = req.query as Record<string, string | undefined>;
    if (forStock(req, query)) return stock(req, reply, urlPath);
    // Looked up already by `answerHit` (which the host puts in front); else, here.
    const early = slotsSeen.has(req.raw);
    const cache = options.queryCache;
    const slot =
      cache === undefined || !cacheable(req, urlPath, query)
        ? undefined
        : early
          ? slotsSeen.get(req.raw)
          : await cacheSlotOf(cache, req.headers, req.url);
    if (slot !== undefined && !early) {
      const hit = cache?.replies.get(slot.key, slot.version);
      if (hit !== undefined) {
        // Fastify leaves a hijacked reply alone: no onSend hooks, no serializer, no second write.
        reply.hijack();
        sendHit(req.raw, reply.raw, hit);
        return reply;
      }
    }
    let request: LeanRequest;
    try {
      request = await readLeanRequest({
        router,
        urlPath,
        batch: query.batch === "1",
        rawInput: method === "GET" ? query.input : (req.body as string | undefined),
        maxBatchSize: options.maxBatchSize,
      });
    } catch (cause) {
      return failWhole(reply, cause, undefined, "unknown");
    }
    // Server-Sent Events for subscriptions stay with the stock adapter (one per connection).
    if (request.type === "subscription") return stock(req, reply, urlPath);
    // As tRPC: a failing `createContext` fails each call (after its lookup and method checks).
    let ctx: TContext | undefined;
    let ctxError: unknown;
    try {
      ctx = await createContext({ req, res: reply });
    } catch (cause) {
      ctxError = cause;
    }

    const outcomes = await Promise.all(
      request.calls.map(async (call): Promise<Outcome> => {
        try {
          const proc = call.procedure;
          if (proc === null) {
            throw new TRPCError({
              code: "NOT_FOUND",
              message: `No procedure found on path "${call.path}"`,
            });
          }
          const type = proc._def.type;
          if (acceptedMethod[type] !== method) {
            reply.header("allow", acceptedMethod[type]);
            throw new TRPCError({
              code: "METHOD_NOT_SUPPORTED",
              message: `Unsupported ${method}-request to ${type} procedure at path "${call.path}"`,
            });
          }
          if (ctxError !== undefined) throw ctxError;
          // tRPC's procedure call, minus its transpiled spreads (see procedure-call.ts).
          const data = await callProcedure(proc, {
            path: call.path,
            getRawInput: async () => request.rawInput(call.index),
            ctx,
            type,
            // Queries and mutations here never watch for a client that left; subscriptions,
            // which do, are served by the stock adapter with its abort signal.
            signal: undefined,
            batchIndex: call.index,
          });
          if (isDataStream(data)) {
            throw new TRPCError({
              code: "UNSUPPORTED_MEDIA_TYPE",
              message:
                "Cannot use stream-like response in non-streaming request - use httpBatchStreamLink",
            });
          }
          return [undefined, data];
        } catch (cause) {
          return [getTRPCErrorFromUnknown(cause), undefined];
        }
      }),
    );

    const envelopes = outcomes.map(([error, data], i) => {
      if (error === undefined) return { result: { data } };
      const call = request.calls[i];
      return {
        error: getErrorShape({
          config,
          ctx,
          error,
          input: request.parsedInput(i),
          path: call?.path,
          type: call?.procedure?._def.type ?? "unknown",
        }),
      };
    });
    const errors = outcomes.map(([error]) => error);
    const body = request.isBatch ? envelopes : envelopes[0];
    const status = getHTTPStatusCode(envelopes as Array<TRPCResponse>, errors);
    const bytes = serialize(body);
    // Only a reply with every call answered is kept; a refusal is computed afresh each time.
    if (slot !== undefined && status === 200 && errors.every((error) => error === undefined)) {
      const kept = options.queryCache?.replies.set(slot.key, slot.version, bytes);
      if (kept !== undefined) return sendKept(req, reply, kept);
    }
    // A refusal (or a reply too large to keep) goes out as tRPC's, never compressed.
    return sendBytes(reply, status, bytes);
  };

  const register = async (app: FastifyInstance): Promise<void> => {
    await app.register(
      async (scope) => {
        // As tRPC's plugin: JSON bodies reach the handler as text, parsed lazily (bad JSON becomes
        // a tRPC BAD_REQUEST envelope, not Fastify's own error), multipart passes through raw.
        scope.removeContentTypeParser("application/json");
        scope.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) =>
          done(null, body),
        );
        scope.removeContentTypeParser("multipart/form-data");
        scope.addContentTypeParser("multipart/form-data", {}, (_req, body, done) =>
          done(null, body),
        );
        scope.all("/:path", handle);
      },
      { prefix: options.prefix },
    );
  };

  return {
    answerHit: options.queryCache === undefined ? undefined : answerHit,
    register,
  };
};

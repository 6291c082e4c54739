import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { makeMemoryDeps } from "../testing/harness.js";
import { createHttpServer } from "./server.js";

/**
 * The lean tRPC path against tRPC's stock Fastify adapter, on one set of data: for the same
 * request both must give the same status, the same wire headers and the same JSON envelope.
 * Requests go through Fastify's `inject`, i.e. the whole hook/parser/route pipeline, no socket.
 */
let deps: ApiDeps;
let lean: FastifyInstance;
let stock: FastifyInstance;
let cookie = "";
beforeAll(async () => {
  deps = makeMemoryDeps();
  await seedDemo(deps);
  lean = await createHttpServer(deps);
  stock = await createHttpServer(deps, { trpcAdapter: "stock" });
  const login = await lean.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { "content-type": "application/json", "x-banli-csrf": "1" },
    payload: JSON.stringify({ username: "zhuren", password: "demo12345" }),
  });
  cookie = String(login.headers["set-cookie"]).split(";")[0] ?? "";
});
afterAll(async () => {
  await lean.close();
  await stock.close();
});

interface Call {
  readonly method: "GET" | "POST" | "HEAD" | "PUT";
  readonly url: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
  readonly anonymous?: boolean;
}

const send = (app: FastifyInstance, call: Call) =>
  app.inject({
    method: call.method,
    url: call.url,
    headers: {
      ...(call.anonymous === true ? {} : { cookie }),
      ...(call.method === "POST"
        ? { "content-type": "application/json", "x-banli-csrf": "1" }
        : {}),
      ...call.headers,
    },
    ...(call.body === undefined ? {} : { payload: call.body }),
  });

/** What a client can observe of a reply: status, the protocol's headers, the parsed body. */
const observed = (res: LightMyRequestResponse) => ({
  status: res.statusCode,
  contentType: res.headers["content-type"],
  vary: res.headers.vary,
  allow: res.headers.allow,
  body: res.body === "" ? undefined : (JSON.parse(res.body) as unknown),
});

/**
 * The one way the lean path's wire headers may differ: a reply its query cache kept also names
 * `accept-encoding` in `Vary`, since a client that accepts compression gets it compressed.
 */
const withoutCoding = (res: LightMyRequestResponse) => {
  const seen = observed(res);
  const coded = seen.vary === "trpc-accept, accept, accept-encoding";
  if (coded) expect(seen.status).toBe(200);
  return coded ? { ...seen, vary: "trpc-accept, accept" } : seen;
};

const both = async (call: Call) => {
  const a = withoutCoding(await send(lean, call));
  const b = observed(await send(stock, call));
  expect(a).toEqual(b);
  return a;
};

const q = (input: unknown) => encodeURIComponent(JSON.stringify(input));

describe("the lean tRPC path answers exactly as tRPC's stock adapter", () => {
  it("answers a GET query with {result:{data}} and 200", async () => {
    const health = await both({ method: "GET", url: "/trpc/health" });
    expect(health).toMatchObject({ status: 200, body: { result: { data: { status: "ok" } } } });
    const inbox = await both({
      method: "GET",
      url: `/trpc/inbox.list?input=${q({ box: "todo" })}`,
    });
    expect(inbox.status).toBe(200);
    expect(inbox.vary).toBe("trpc-accept, accept");
    expect(inbox.contentType).toBe("application/json");
  });

  it("batches queries: comma-separated paths, inputs keyed by index, one array reply", async () => {
    const batch = await both({
      method: "GET",
      url: `/trpc/health,inbox.list,inbox.counts?batch=1&input=${q({ "1": { box: "todo" } })}`,
    });
    expect(batch.status).toBe(200);
    expect(Array.isArray(batch.body)).toBe(true);
    expect((batch.body as ReadonlyArray<unknown>).length).toBe(3);
  });

  it("answers a batch with mixed outcomes with 207 and an envelope per call", async () => {
    const mixed = await both({
      method: "GET",
      url: `/trpc/health,nope.missing,inbox.list?batch=1&input=${q({ "2": { box: "bogus" } })}`,
    });
    expect(mixed.status).toBe(207);
    const [ok, missing, invalid] = mixed.body as ReadonlyArray<Record<string, unknown>>;
    expect(ok).toHaveProperty("result");
    expect(missing).toMatchObject({ error: { data: { code: "NOT_FOUND", httpStatus: 404 } } });
    expect(invalid).toMatchObject({
      error: { data: { code: "BAD_REQUEST", refusal: { tag: "InvalidCommand" } } },
    });
  });

  it("answers an unknown procedure with 404 NOT_FOUND", async () => {
    const res = await both({ method: "GET", url: "/trpc/cases.nothing" });
    expect(res).toMatchObject({
      status: 404,
      body: { error: { data: { path: "cases.nothing" } } },
    });
  });

  it("finds no procedure under an object's own property names", async () => {
    for (const name of ["toString", "__proto__", "constructor", "hasOwnProperty"]) {
      expect((await both({ method: "GET", url: `/trpc/${name}` })).status).toBe(404);
    }
  });

  it("answers bad JSON with 400 — but only where a procedure reads its input, as tRPC does", async () => {
    expect((await both({ method: "GET", url: "/trpc/inbox.list?input=%7Bbad" })).status).toBe(400);
    expect((await both({ method: "GET", url: "/trpc/health?input=%7Bbad" })).status).toBe(200);
    const post = await both({ method: "POST", url: "/trpc/cases.act", body: "{not json" });
    expect(post).toMatchObject({ status: 400, body: { error: { data: { code: "BAD_REQUEST" } } } });
    const batch = await both({ method: "GET", url: "/trpc/inbox.list?batch=1&input=%5B1%5D" });
    expect(batch.status).toBe(400);
  });

  it("refuses the wrong method with 405 and an Allow header", async () => {
    const getMutation = await both({ method: "GET", url: "/trpc/cases.act" });
    expect(getMutation).toMatchObject({ status: 405, allow: "POST" });
    const postQuery = await both({ method: "POST", url: "/trpc/health", body: "{}" });
    expect(postQuery).toMatchObject({ status: 405, allow: "GET" });
  });

  it("refuses to mix queries and mutations in one batch, as a whole", async () => {
    const res = await both({ method: "GET", url: "/trpc/health,cases.act?batch=1" });
    expect(res).toMatchObject({ status: 400, body: { error: { data: { code: "BAD_REQUEST" } } } });
  });

  it("answers a malformed path encoding with 400", async () => {
    expect((await both({ method: "GET", url: "/trpc/%25E0%25A4%25A" })).status).toBe(400);
  });

  it("formats refusals with the router's errorFormatter (401, 404, 400 with a tag)", async () => {
    const anonymous = await both({ method: "GET", url: "/trpc/inbox.counts", anonymous: true });
    expect(anonymous).toMatchObject({
      status: 401,
      body: { error: { data: { refusal: { tag: "Unauthenticated" } } } },
    });
    const foreign = await both({
      method: "POST",
      url: "/trpc/cases.act",
      body: JSON.stringify({ caseId: "no-such-case", command: { _tag: "Remind" } }),
    });
    expect(foreign).toMatchObject({
      status: 404,
      body: { error: { data: { refusal: { tag: "NotFound" } } } },
    });
    const invalid = await both({
      method: "POST",
      url: "/trpc/cases.open",
      body: JSON.stringify({ process: "supervision", command: { _tag: "RegisterItem" } }),
    });
    expect(invalid).toMatchObject({
      status: 400,
      body: { error: { data: { refusal: { tag: "InvalidCommand" } } } },
    });
  });

  it("runs a mutation from a POST body and replies as tRPC does (login, with its cookie)", async () => {
    const call: Call = {
      method: "POST",
      url: "/trpc/auth.login",
      body: JSON.stringify({ username: "shenji", password: "demo12345" }),
      anonymous: true,
    };
    const a = await send(lean, call);
    const b = await send(stock, call);
    expect(observed(a)).toEqual(observed(b));
    expect(a.statusCode).toBe(200);
    expect(String(a.headers["set-cookie"])).toMatch(/^banli_session=.+HttpOnly; SameSite=Strict$/);
    expect(String(b.headers["set-cookie"])).toMatch(/^banli_session=.+HttpOnly; SameSite=Strict$/);
  });

  it("hands other body kinds and methods to the stock adapter (415, 405, HEAD 204)", async () => {
    const noType = await both({
      method: "POST",
      url: "/trpc/auth.logout",
      headers: { "content-type": "text/plain" },
      body: "x",
    });
    expect(noType.status).toBe(415);
    const put = await both({
      method: "PUT",
      url: "/trpc/health",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(put.status).toBe(405);
    expect((await both({ method: "HEAD", url: "/trpc/health" })).status).toBe(204);
  });
});

describe("the CSRF check on the lean path", () => {
  it("refuses a POST without the header before any procedure runs", async () => {
    const before = (await deps.store.head()).position;
    const res = await lean.inject({
      method: "POST",
      url: "/trpc/cases.open",
      headers: { "content-type": "application/json", cookie },
      payload: JSON.stringify({ process: "supervision", command: { _tag: "RegisterItem" } }),
    });
    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ error: { tag: "Csrf" } });
    expect((await deps.store.head()).position).toBe(before);
  });
});

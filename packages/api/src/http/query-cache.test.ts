import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemo } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { makeMemoryDeps } from "../testing/harness.js";
import { overSocket, type SocketReply } from "../testing/over-socket.js";
import { createHttpServer } from "./server.js";

/**
 * The lean layer's query cache, end to end: a cached server (over a real socket, so its hits are
 * answered ahead of Fastify as in production) and an uncached one (through Fastify's `inject`)
 * on the same data must always answer alike, and the cached one must skip the read model only
 * while nothing moved.
 */
let deps: ApiDeps;
let cachedApp: FastifyInstance;
let cached: Asker;
let freshApp: FastifyInstance;
let fresh: Asker;
const cookies: Record<string, string> = {};

const csrf = { "content-type": "application/json", "x-banli-csrf": "1" };

const signIn = async (username: string) => {
  const login = await cached.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: csrf,
    payload: JSON.stringify({ username, password: "demo12345" }),
  });
  expect(login.statusCode).toBe(200);
  cookies[username] = String(login.headers["set-cookie"]).split(";")[0] ?? "";
};

beforeAll(async () => {
  deps = makeMemoryDeps();
  await seedDemo(deps);
  cachedApp = await createHttpServer(deps);
  cached = { inject: await overSocket(cachedApp) };
  freshApp = await createHttpServer(deps, { queryCache: false });
  fresh = { inject: (options) => freshApp.inject(options) };
  for (const user of ["chengban", "chuzhang", "zhuren", "juzhang"]) await signIn(user);
});
afterAll(async () => {
  await cachedApp.close();
  await freshApp.close();
});

const q = (input: unknown) => encodeURIComponent(JSON.stringify(input));
const todo = `/trpc/inbox.list?batch=1&input=${q({ "0": { box: "todo" } })}`;
const caseList = `/trpc/cases.list?input=${q({})}`;

/** Either server: what the tests read of a reply is common to `inject` and the socket. */
interface Asker {
  readonly inject: (options: InjectOptions) => Promise<SocketReply>;
}

const get = (app: Asker, user: string, url: string) =>
  app.inject({ method: "GET", url, headers: { cookie: cookies[user] ?? "" } });

/** The cached server's reply, checked against the uncached one's for the same request. */
const answer = async (user: string, url: string) => {
  const hit = await get(cached, user, url);
  const truth = await get(fresh, user, url);
  expect(hit.statusCode).toBe(truth.statusCode);
  expect(hit.headers["content-type"]).toBe(truth.headers["content-type"]);
  expect(JSON.parse(hit.body)).toEqual(JSON.parse(truth.body));
  return { status: hit.statusCode, body: JSON.parse(hit.body) as unknown };
};

const draft = (title: string) =>
  JSON.stringify({
    process: "outgoing",
    command: {
      _tag: "DraftDocument",
      title,
      kind: "通知",
      direction: "下行文",
      important: false,
      mainTo: ["各区科技局"],
      copyTo: [],
      body: "为加快推进科技成果转化，现就项目申报工作通知如下。",
      unitName: "成果转化处",
      attachments: [],
    },
  });

const totalOf = (body: unknown): number =>
  (body as { result: { data: { total: number } } }).result.data.total;

describe("the query cache", () => {
  it("serves a repeated read without asking the read model, until the position moves", async () => {
    const query = vi.spyOn(deps.projector.readModel, "query");
    const first = await get(cached, "chuzhang", caseList);
    expect(first.statusCode).toBe(200);
    const calls = query.mock.calls.length;
    const again = await get(cached, "chuzhang", caseList);
    expect(again.body).toBe(first.body);
    expect(query.mock.calls.length).toBe(calls);
    // Any event moves the read model's position, so the next read computes afresh.
    const opened = await cached.inject({
      method: "POST",
      url: "/trpc/cases.open",
      headers: { ...csrf, cookie: cookies.chengban ?? "" },
      payload: draft("关于位置推进的测试通知"),
    });
    expect(opened.statusCode).toBe(200);
    await get(cached, "chuzhang", caseList);
    expect(query.mock.calls.length).toBe(calls + 1);
    query.mockRestore();
  });

  it("shows a reader another user's change at once", async () => {
    const before = await answer("chuzhang", caseList);
    const opened = await cached.inject({
      method: "POST",
      url: "/trpc/cases.open",
      headers: { ...csrf, cookie: cookies.chengban ?? "" },
      payload: draft("关于缓存失效的测试通知"),
    });
    expect(opened.statusCode).toBe(200);
    const after = await answer("chuzhang", caseList);
    // 承办人's new draft is in the division head's unit, so his case list grows by one.
    expect(totalOf(after.body)).toBe(totalOf(before.body) + 1);
  });

  it("never gives one user another's cached answer", async () => {
    const replies = new Map<string, string>();
    // Each user asks twice, interleaved, so every second ask finds every user's reply cached.
    for (let round = 0; round < 2; round += 1) {
      for (const user of ["chengban", "chuzhang", "zhuren", "juzhang"]) {
        const res = await answer(user, todo);
        expect(res.status).toBe(200);
        replies.set(`${user}/${round}`, JSON.stringify(res.body));
      }
    }
    for (const user of ["chengban", "chuzhang", "zhuren", "juzhang"]) {
      expect(replies.get(`${user}/1`)).toBe(replies.get(`${user}/0`));
    }
    // The users' inboxes differ, so a shared entry would have shown up as a wrong answer above.
    expect(
      new Set(["chengban", "chuzhang", "zhuren", "juzhang"].map((u) => replies.get(`${u}/0`))).size,
    ).toBeGreaterThan(1);
  });

  it("serves nothing after sign-out: the session is checked on every request", async () => {
    await signIn("juzhang");
    expect((await get(cached, "juzhang", todo)).statusCode).toBe(200);
    const out = await cached.inject({
      method: "POST",
      url: "/trpc/auth.logout",
      headers: { ...csrf, cookie: cookies.juzhang ?? "" },
    });
    expect(out.statusCode).toBe(200);
    const after = await answer("juzhang", todo);
    expect(after.status).toBe(401);
  });

  it("reads the session from the cookie header as the procedures do, before cookies are parsed", async () => {
    // A hit is answered ahead of the cookie plugin, so it parses the header itself: the viewer it
    // finds must be the one `req.cookies` gives the procedure — among other cookies, and the
    // first of two session cookies (as the cookie parser keeps the first).
    const headers = [
      `theme=dark; ${cookies.zhuren}; lang=zh-CN`,
      `${cookies.chengban}; ${cookies.zhuren}`,
      `${cookies.zhuren}; ${cookies.chengban}`,
    ];
    const viewed = new Set<string>();
    for (const cookie of headers) {
      for (let round = 0; round < 2; round += 1) {
        const hit = await cached.inject({ method: "GET", url: todo, headers: { cookie } });
        const truth = await fresh.inject({ method: "GET", url: todo, headers: { cookie } });
        expect(hit.statusCode).toBe(200);
        expect(JSON.parse(hit.body)).toEqual(JSON.parse(truth.body));
        viewed.add(hit.body);
      }
    }
    // 承办人's and the director's 待办 differ, so a viewer mixed up would have shown above.
    expect(viewed.size).toBe(2);
  });

  it("serves no answer read in a principal's name once the 委托 is revoked", async () => {
    await signIn("fenguan");
    const mutate = (user: string, path: string, input: unknown) =>
      cached.inject({
        method: "POST",
        url: `/trpc/${path}`,
        headers: { ...csrf, cookie: cookies[user] ?? "" },
        payload: JSON.stringify(input),
      });
    const granted = await mutate("fenguan", "delegations.grant", { deputy: "zhuren" });
    expect(granted.statusCode).toBe(200);
    const grantId = (JSON.parse(granted.body) as { result: { data: { grantId: string } } }).result
      .data.grantId;
    const forHim = `/trpc/inbox.list?input=${q({ box: "todo", onBehalfOf: "fenguan" })}`;
    expect((await answer("zhuren", forHim)).status).toBe(200);
    expect((await answer("zhuren", forHim)).status).toBe(200);
    expect((await mutate("fenguan", "delegations.revoke", { grantId })).statusCode).toBe(200);
    // The revocation's reply came after the read model passed it, so the kept answer is stale.
    expect((await answer("zhuren", forHim)).status).toBe(403);
  });

  it("keeps refusals out: a bad input is refused the same way every time", async () => {
    const bad = `/trpc/inbox.list?input=${q({ box: "bogus" })}`;
    expect((await answer("zhuren", bad)).status).toBe(400);
    expect((await answer("zhuren", bad)).status).toBe(400);
  });
});

// Answered ahead of Fastify (a socket, as served) and by the lean route (`inject`) alike.
describe.each(["socket", "inject"] as const)("a cache hit's reply (%s)", (via) => {
  /** A server with an empty cache of its own, counting the requests that reach Fastify. */
  const withOwnServer = async <T>(
    use: (inject: Asker["inject"], reachedFastify: () => number) => Promise<T>,
  ): Promise<T> => {
    const own = await createHttpServer(deps);
    let reached = 0;
    own.addHook("onRequest", (_req, _reply, done) => {
      reached += 1;
      done();
    });
    try {
      const inject: Asker["inject"] =
        via === "socket" ? await overSocket(own) : (options) => own.inject(options);
      return await use(inject, () => reached);
    } finally {
      await own.close();
    }
  };
  /** The director's 待办 asked twice of a new server: the first answer computed, the next a hit. */
  const missThenHit = (headers: Record<string, string>) =>
    withOwnServer(async (inject, reachedFastify) => {
      const ask = () =>
        inject({ method: "GET", url: todo, headers: { cookie: cookies.zhuren ?? "", ...headers } });
      const miss = await ask();
      const hit = await ask();
      return { miss, hit, reachedFastify: reachedFastify() };
    });
  /** The headers about the reply itself, not the date or the connection it went over. */
  const endToEnd = (headers: Record<string, unknown>) => {
    const { date: _date, connection: _connection, "keep-alive": _keepAlive, ...rest } = headers;
    return rest;
  };

  it("carries exactly the headers of the computed reply, security headers included", async () => {
    const { miss, hit } = await missThenHit({});
    const truth = await get(fresh, "zhuren", todo);
    expect(hit.headers).toEqual({ ...miss.headers, date: hit.headers.date });
    // As an uncached server's, but for naming the coding it would choose by.
    expect(endToEnd(hit.headers)).toEqual({
      ...endToEnd(truth.headers),
      vary: "trpc-accept, accept, accept-encoding",
    });
    expect(hit.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(hit.headers["cache-control"]).toBe("no-store");
    expect(hit.headers["content-encoding"]).toBeUndefined();
    expect(hit.headers["content-length"]).toBe(String(hit.rawPayload.length));
    expect(hit.body).toBe(truth.body);
  });

  it(
    via === "socket"
      ? "is sent before Fastify sees the request, on Fastify's connection settings"
      : "is sent by the lean route when the request comes through Fastify",
    async () => {
      const { miss, hit, reachedFastify } = await missThenHit({});
      expect(hit.body).toBe(miss.body);
      expect(reachedFastify).toBe(via === "socket" ? 1 : 2);
      // The server in front of Fastify keeps Fastify's 72 s keep-alive.
      if (via === "socket") expect(hit.headers["keep-alive"]).toBe("timeout=72");
    },
  );

  it("is not what a request for a stream, a POST or a signed-out GET of the same URL gets", async () => {
    await withOwnServer(async (inject, reachedFastify) => {
      const cookie = cookies.zhuren ?? "";
      const kept = await inject({ method: "GET", url: todo, headers: { cookie } });
      expect(kept.statusCode).toBe(200);
      const others = [
        await inject({
          method: "GET",
          url: todo,
          headers: { cookie, "trpc-accept": "application/jsonl" },
        }),
        await inject({ method: "POST", url: todo, headers: { ...csrf, cookie }, payload: "{}" }),
        await inject({ method: "GET", url: todo }),
      ];
      // Each went on to Fastify and tRPC: a stream, a refused method, a refused sign-in.
      expect(reachedFastify()).toBe(4);
      expect(others.map((res) => res.statusCode)).toEqual([200, 405, 401]);
      expect(others[0]?.headers["content-type"]).toBe("application/json");
      expect(others[0]?.headers["transfer-encoding"]).toBe("chunked");
    });
  });

  it.each([
    ["gzip, deflate, br, zstd", "br", brotliDecompressSync],
    ["gzip, deflate", "gzip", gunzipSync],
  ] as const)("comes compressed for %j, computed or hit alike", async (accept, coding, decode) => {
    const { miss, hit } = await missThenHit({ "accept-encoding": accept });
    const truth = await get(fresh, "zhuren", todo);
    for (const res of [miss, hit]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-encoding"]).toBe(coding);
      expect(res.headers.vary).toBe("trpc-accept, accept, accept-encoding");
      expect(res.headers["content-length"]).toBe(String(res.rawPayload.length));
      expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(truth.body));
      expect(decode(res.rawPayload).toString()).toBe(truth.body);
    }
  });
});

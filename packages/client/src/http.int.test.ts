import { type ApiDeps, createHttpServer, makeMemoryDeps, seedDemo } from "@banli/api";
import { TRPCClientError } from "@trpc/client";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBanliClient } from "./client.js";

// The real @trpc/client against the real Fastify host on an ephemeral loopback port.
let app: FastifyInstance;
let deps: ApiDeps;
let url = "";
beforeAll(async () => {
  deps = makeMemoryDeps();
  await seedDemo(deps);
  app = await createHttpServer(deps);
  url = await app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(() => app.close());

const as = async (username: string) => {
  const client = createBanliClient({ url, cookieJar: true });
  await client.auth.login.mutate({ username, password: "demo12345" });
  return client;
};

const codeOf = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      return { status: error.data?.httpStatus, tag: error.data?.refusal?.tag };
    }
    throw error;
  }
  throw new Error("not refused");
};

describe("the API over HTTP", () => {
  it("runs a 督办件 from registration to 报批 as the office, and shows it in the director's 待办", async () => {
    const clerk = await as("bangongshi");
    const opened = await clerk.cases.open.mutate({
      process: "supervision",
      command: {
        _tag: "RegisterItem",
        kind: "督办件",
        sourceOrgan: "市政府督查室",
        title: "关于科技成果转化示范基地建设的督办",
        content: "请报送示范基地建设进展。",
        receivedOn: "2026-11-20",
        timeLimit: "2026-12-20",
        attachments: [],
      },
    });
    expect(opened.number).toMatch(/^督〔2026〕\d+号$/);
    const director = await as("zhuren");
    const before = await director.inbox.counts.query();
    expect((await director.inbox.list.query({ box: "todo" })).rows.map((r) => r.caseId)).toContain(
      opened.caseId,
    );
    const proposed = await director.cases.act.mutate({
      caseId: opened.caseId,
      command: { _tag: "ProposeHandling", opinion: "拟请张副局长阅示。" },
      expectedVersion: opened.version,
    });
    expect(proposed.statusLabel.zh).toBe("待报批");
    // 报批 may be done by the director too; after it the case leaves the director's 待办.
    await director.cases.act.mutate({
      caseId: opened.caseId,
      command: { _tag: "SubmitForInstruction", leader: { userId: "fenguan", name: "张副局长" } },
    });
    expect((await director.inbox.counts.query()).todo).toBe(before.todo - 1);
    const leader = await as("fenguan");
    expect((await leader.inbox.list.query({ box: "todo" })).rows.map((r) => r.caseId)).toContain(
      opened.caseId,
    );
    expect((await director.search.query.query({ q: "示范基地" })).total).toBe(1);
  });

  it("sets an HttpOnly, SameSite=Strict session cookie and security headers", async () => {
    const res = await fetch(`${url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-banli-csrf": "1" },
      body: JSON.stringify({ username: "zhuren", password: "demo12345" }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^banli_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("refuses a mutation without the CSRF header, before it runs", async () => {
    const res = await fetch(`${url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "zhuren", password: "demo12345" }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("answers bad input with 400 and the refusal's tag, and a foreign case with 404", async () => {
    const clerk = await as("bangongshi");
    expect(
      await codeOf(
        clerk.cases.open.mutate({ process: "supervision", command: { _tag: "RegisterItem" } }),
      ),
    ).toEqual({ status: 400, tag: "InvalidCommand" });
    expect(await codeOf(clerk.cases.list.query({ limit: -1 } as never))).toEqual({
      status: 400,
      tag: "InvalidCommand",
    });
    const auditor = await as("shenji");
    const someCase = (await auditor.cases.list.query({})).rows[0];
    if (someCase === undefined) throw new Error("demo cases");
    const printRoom = await as("wenyin");
    expect(await codeOf(printRoom.cases.get.query({ caseId: someCase.caseId }))).toEqual({
      status: 404,
      tag: "NotFound",
    });
  });

  it("logs out: the cookie is cleared and the old session is dead", async () => {
    const client = await as("juzhang");
    expect((await client.auth.me.query()).userId).toBe("juzhang");
    await client.auth.logout.mutate();
    expect(await codeOf(client.auth.me.query())).toEqual({ status: 401, tag: "Unauthenticated" });
  });

  it("answers /health", async () => {
    const res = await fetch(`${url}/health`);
    expect(await res.json()).toEqual({ status: "ok", version: "test" });
  });
});

describe("events.live over SSE", () => {
  it("streams a notice when a visible case changes", async () => {
    const login = await fetch(`${url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-banli-csrf": "1" },
      body: JSON.stringify({ username: "zhuren", password: "demo12345" }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const controller = new AbortController();
    const res = await fetch(`${url}/trpc/events.live`, {
      headers: { cookie, accept: "text/event-stream" },
      signal: controller.signal,
    });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const clerk = await as("bangongshi");
    const opened = await clerk.cases.open.mutate({
      process: "supervision",
      command: {
        _tag: "RegisterItem",
        kind: "督办电话记录",
        sourceOrgan: "市政府督查室",
        title: "关于实时推送的督办",
        content: "测试推送。",
        receivedOn: "2026-11-20",
        attachments: [],
      },
    });
    const reader = res.body?.getReader();
    if (reader === undefined) throw new Error("a stream");
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes(opened.caseId)) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    expect(text).toContain(`"caseId":"${opened.caseId}"`);
    controller.abort();
  });
});

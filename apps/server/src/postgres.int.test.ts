import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBanliClient } from "@banli/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "./config.js";
import { type Running, startServer } from "./start.js";

const url = process.env.BANLI_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `banli_server_${process.pid}_${Date.now()}`;
const blobDir = mkdtempSync(join(tmpdir(), "banli-blobs-"));

const reachable = async (): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
};

// Without PostgreSQL the test is skipped on a developer's machine, but fails in CI.
const available = await reachable();
if (!available && process.env.CI === "true") throw new Error(`PostgreSQL is unreachable at ${url}`);

describe.skipIf(!available)("two servers on one PostgreSQL", () => {
  let a: Running;
  let b: Running;
  beforeAll(async () => {
    const env = { BANLI_PG_URL: url, BANLI_PG_SCHEMA: schema, BANLI_BLOB_DIR: blobDir };
    a = await startServer(readConfig(["--port", "0", "--demo"], env), { version: "a" });
    b = await startServer(readConfig(["--port", "0"], env), { version: "b" });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it("shows a command made on one in the other's 待办", async () => {
    const clerkOnA = createBanliClient({ url: a.url, cookieJar: true });
    await clerkOnA.auth.login.mutate({ username: "bangongshi", password: "demo12345" });
    const opened = await clerkOnA.cases.open.mutate({
      process: "supervision",
      command: {
        _tag: "RegisterItem",
        kind: "督办电话记录",
        sourceOrgan: "市政府督查室",
        title: "两台服务器之间的督办",
        content: "测试共享数据库。",
        receivedOn: "2026-11-20",
        attachments: [],
      },
    });
    const directorOnB = createBanliClient({ url: b.url, cookieJar: true });
    await directorOnB.auth.login.mutate({ username: "zhuren", password: "demo12345" });
    // B learns of A's command through the store's subscription (LISTEN/NOTIFY); poll its inbox.
    for (;;) {
      const todo = await directorOnB.inbox.list.query({ box: "todo" });
      if (todo.rows.some((r) => r.caseId === opened.caseId)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await directorOnB.cases.get.query({ caseId: opened.caseId })).number).toBe(
      opened.number,
    );
  });

  it("pushes a command made on one to the other's events.live subscription", async () => {
    const cookie = await loginCookie(b.url, "zhuren");
    const controller = new AbortController();
    const live = await fetch(`${b.url}/trpc/events.live`, {
      headers: { cookie, accept: "text/event-stream" },
      signal: controller.signal,
    });
    expect(live.headers.get("content-type")).toContain("text/event-stream");
    const clerkOnA = createBanliClient({ url: a.url, cookieJar: true });
    await clerkOnA.auth.login.mutate({ username: "bangongshi", password: "demo12345" });
    const opened = await clerkOnA.cases.open.mutate({
      process: "supervision",
      command: {
        _tag: "RegisterItem",
        kind: "督办电话记录",
        sourceOrgan: "市政府督查室",
        title: "推送到另一台服务器的督办",
        content: "测试跨服务器推送。",
        receivedOn: "2026-11-20",
        attachments: [],
      },
    });
    const reader = live.body?.getReader();
    if (reader === undefined) throw new Error("an event stream");
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes(opened.caseId)) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    controller.abort();
    expect(text).toContain(`"caseId":"${opened.caseId}"`);
  });

  it("accepts a session made on one server on the other, and a logout on either ends it", async () => {
    const cookie = await loginCookie(a.url, "shenhe");
    const me = async (server: Running) =>
      fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
    const onB = await me(b);
    expect(onB.status).toBe(200);
    expect(JSON.stringify(await onB.json())).toContain("shenhe");
    const logout = await fetch(`${b.url}/trpc/auth.logout`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", "x-banli-csrf": "1" },
      body: "{}",
    });
    expect(logout.status).toBe(200);
    expect((await me(a)).status).toBe(401);
  });
});

/** Signs in over plain HTTP and returns the session cookie (`banli_session=…`). */
const loginCookie = async (base: string, username: string): Promise<string> => {
  const login = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-banli-csrf": "1" },
    body: JSON.stringify({ username, password: "demo12345" }),
  });
  expect(login.status).toBe(200);
  return (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
};

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBanliClient } from "@banli/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dropSchema,
  loginCookie,
  pgAvailable,
  readStreamUntil,
  registerSupervision,
  testPgUrl,
} from "../test/shared-database.js";
import { readConfig } from "./config.js";
import { type Running, startServer } from "./start.js";

const url = testPgUrl;
const schema = `banli_server_${process.pid}_${Date.now()}`;
const blobDir = mkdtempSync(join(tmpdir(), "banli-blobs-"));

describe.skipIf(!pgAvailable)("two servers on one PostgreSQL", () => {
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
    await dropSchema(schema);
    rmSync(blobDir, { recursive: true, force: true });
  });

  it("shows a command made on one in the other's 待办", async () => {
    const opened = await registerSupervision(
      createBanliClient({ url: a.url, cookieJar: true }),
      "两台服务器之间的督办",
      "测试共享数据库。",
    );
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
    const opened = await registerSupervision(
      createBanliClient({ url: a.url, cookieJar: true }),
      "推送到另一台服务器的督办",
      "测试跨服务器推送。",
    );
    const text = await readStreamUntil(live, opened.caseId);
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

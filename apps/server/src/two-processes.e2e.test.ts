import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createBanliClient } from "@banli/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Two server *processes* (the built `dist/main.js`, as deployed) on one PostgreSQL database:
 * they share nothing but the database, so everything one sees of the other's work went through
 * it — the log, LISTEN/NOTIFY, the sessions table.
 */
const url = process.env.BANLI_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `banli_procs_${process.pid}_${Date.now()}`;
const blobDir = mkdtempSync(join(tmpdir(), "banli-blobs-"));
const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));

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
const available = await reachable();
if (!available && process.env.CI === "true") throw new Error(`PostgreSQL is unreachable at ${url}`);

interface Server {
  readonly child: ChildProcess;
  readonly url: string;
}

/** Starts `node dist/main.js` and resolves with the URL its banner prints. */
const startProcess = (args: ReadonlyArray<string>): Promise<Server> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, "--port", "0", ...args], {
      env: { ...process.env, BANLI_PG_URL: url, BANLI_PG_SCHEMA: schema, BANLI_BLOB_DIR: blobDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/[^\s/]+)\//.exec(out);
      if (match?.[1] !== undefined) resolve({ child, url: match[1] });
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });

const stop = (server: Server | undefined) =>
  new Promise<void>((resolve) => {
    if (server === undefined || server.child.exitCode !== null) return resolve();
    server.child.once("exit", () => resolve());
    server.child.kill("SIGTERM");
  });

const loginCookie = async (base: string, username: string): Promise<string> => {
  const login = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-banli-csrf": "1" },
    body: JSON.stringify({ username, password: "demo12345" }),
  });
  expect(login.status).toBe(200);
  return (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
};

describe.skipIf(!available)("two server processes on one PostgreSQL", () => {
  let a: Server;
  let b: Server;
  beforeAll(async () => {
    a = await startProcess(["--demo"]);
    b = await startProcess([]);
  });
  afterAll(async () => {
    await stop(a);
    await stop(b);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it("a command on one reaches the other's 待办 and its events.live stream", async () => {
    const cookie = await loginCookie(b.url, "zhuren");
    const controller = new AbortController();
    const live = await fetch(`${b.url}/trpc/events.live`, {
      headers: { cookie, accept: "text/event-stream" },
      signal: controller.signal,
    });
    const clerkOnA = createBanliClient({ url: a.url, cookieJar: true });
    await clerkOnA.auth.login.mutate({ username: "bangongshi", password: "demo12345" });
    const opened = await clerkOnA.cases.open.mutate({
      process: "supervision",
      command: {
        _tag: "RegisterItem",
        kind: "督办电话记录",
        sourceOrgan: "市政府督查室",
        title: "两个服务器进程之间的督办",
        content: "测试共享数据库。",
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
    const directorOnB = createBanliClient({ url: b.url, cookieJar: true });
    await directorOnB.auth.login.mutate({ username: "zhuren", password: "demo12345" });
    const todo = await directorOnB.inbox.list.query({ box: "todo" });
    expect(todo.rows.map((r) => r.caseId)).toContain(opened.caseId);
  });

  it("a session made by one process is valid on the other until logged out on either", async () => {
    const cookie = await loginCookie(a.url, "shenhe");
    const me = (base: string) => fetch(`${base}/trpc/auth.me`, { headers: { cookie } });
    expect((await me(b.url)).status).toBe(200);
    await fetch(`${b.url}/trpc/auth.logout`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", "x-banli-csrf": "1" },
      body: "{}",
    });
    expect((await me(a.url)).status).toBe(401);
  });
});

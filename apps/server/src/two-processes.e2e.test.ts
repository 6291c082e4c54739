import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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

/**
 * Two server *processes* (the built `dist/main.js`, as deployed) on one PostgreSQL database:
 * they share nothing but the database, so everything one sees of the other's work went through
 * it — the log, LISTEN/NOTIFY, the sessions table.
 */
const url = testPgUrl;
const schema = `banli_procs_${process.pid}_${Date.now()}`;
const blobDir = mkdtempSync(join(tmpdir(), "banli-blobs-"));
const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));

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

describe.skipIf(!pgAvailable)("two server processes on one PostgreSQL", () => {
  let a: Server;
  let b: Server;
  beforeAll(async () => {
    a = await startProcess(["--demo"]);
    b = await startProcess([]);
  });
  afterAll(async () => {
    await stop(a);
    await stop(b);
    await dropSchema(schema);
    rmSync(blobDir, { recursive: true, force: true });
  });

  it("a command on one reaches the other's 待办 and its events.live stream", async () => {
    const cookie = await loginCookie(b.url, "zhuren");
    const controller = new AbortController();
    const live = await fetch(`${b.url}/trpc/events.live`, {
      headers: { cookie, accept: "text/event-stream" },
      signal: controller.signal,
    });
    const opened = await registerSupervision(
      createBanliClient({ url: a.url, cookieJar: true }),
      "两个服务器进程之间的督办",
      "测试共享数据库。",
    );
    const text = await readStreamUntil(live, opened.caseId);
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

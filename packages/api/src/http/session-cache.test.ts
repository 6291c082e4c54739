import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteSessions } from "../auth/sessions-sql.js";
import { seedDemo } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { makeMemoryDeps } from "../testing/harness.js";
import { createHttpServer } from "./server.js";

/**
 * A server whose sessions live in SQLite (as served), so its session lookups go through the
 * short in-memory session cache (auth/sessions-cache.ts) and its list reads through the query
 * cache: an ending made on this server must still refuse the very next cached read.
 */
let deps: ApiDeps;
let app: FastifyInstance;

const csrf = { "content-type": "application/json", "x-banli-csrf": "1" };
const q = (input: unknown) => encodeURIComponent(JSON.stringify(input));
const todo = `/trpc/inbox.list?batch=1&input=${q({ "0": { box: "todo" } })}`;

const signIn = async (username: string, password = "demo12345"): Promise<string> => {
  const login = await app.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: csrf,
    payload: JSON.stringify({ username, password }),
  });
  expect(login.statusCode).toBe(200);
  return String(login.headers["set-cookie"]).split(";")[0] ?? "";
};

const todoOf = (cookie: string) =>
  app.inject({ method: "GET", url: todo, headers: { cookie } }).then((res) => res.statusCode);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "banli-session-cache-"));
  deps = makeMemoryDeps({ sessions: sqliteSessions(join(dir, "banli.sqlite.auth")) });
  await seedDemo(deps);
  app = await createHttpServer(deps);
});
afterAll(async () => {
  await app.close();
  await deps.sessions.close();
});

describe("cached sessions and cached reads on one server", () => {
  it("refuses a cached read right after a logout", async () => {
    const cookie = await signIn("juzhang");
    // Twice: the second read is served from both caches.
    expect(await todoOf(cookie)).toBe(200);
    expect(await todoOf(cookie)).toBe(200);
    const out = await app.inject({
      method: "POST",
      url: "/trpc/auth.logout",
      headers: { ...csrf, cookie },
    });
    expect(out.statusCode).toBe(200);
    expect(await todoOf(cookie)).toBe(401);
  });

  it("refuses a cached read right after the administrator resets the password", async () => {
    const admin = await signIn("admin");
    const cookie = await signIn("zhuren");
    expect(await todoOf(cookie)).toBe(200);
    expect(await todoOf(cookie)).toBe(200);
    const reset = await app.inject({
      method: "POST",
      url: "/trpc/admin.setPassword",
      headers: { ...csrf, cookie: admin },
      payload: JSON.stringify({ userId: "zhuren", password: "new-password-1" }),
    });
    expect(reset.statusCode).toBe(200);
    expect(await todoOf(cookie)).toBe(401);
    // The new password signs in again, and reads are served as before.
    expect(await todoOf(await signIn("zhuren", "new-password-1"))).toBe(200);
  });
});

import type { BanliClient } from "@banli/client";
import pg from "pg";
import { expect } from "vitest";

/**
 * What the tests of several servers on one PostgreSQL database share: the database (skipped on a
 * developer's machine without PostgreSQL, a failure in CI), a way to sign in over plain HTTP, a
 * command to make on one server, and a reader of the other's live stream.
 */
export const testPgUrl = process.env.BANLI_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const reachable = async (): Promise<boolean> => {
  const client = new pg.Client({ connectionString: testPgUrl });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
};

export const pgAvailable = await reachable();
if (!pgAvailable && process.env.CI === "true") {
  throw new Error(`PostgreSQL is unreachable at ${testPgUrl}`);
}

export const dropSchema = async (schema: string): Promise<void> => {
  const client = new pg.Client({ connectionString: testPgUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
};

/** Signs in over plain HTTP and returns the session cookie (`banli_session=…`). */
export const loginCookie = async (base: string, username: string): Promise<string> => {
  const login = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-banli-csrf": "1" },
    body: JSON.stringify({ username, password: "demo12345" }),
  });
  expect(login.status).toBe(200);
  return (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
};

/** 王经办 registers a 督办 item on the given server; resolves with the new case. */
export const registerSupervision = async (client: BanliClient, title: string, content: string) => {
  await client.auth.login.mutate({ username: "bangongshi", password: "demo12345" });
  return client.cases.open.mutate({
    process: "supervision",
    command: {
      _tag: "RegisterItem",
      kind: "督办电话记录",
      sourceOrgan: "市政府督查室",
      title,
      content,
      receivedOn: "2026-11-20",
      attachments: [],
    },
  });
};

/** Reads an `events.live` stream until it mentions `needle` (or ends); returns what it read. */
export const readStreamUntil = async (live: Response, needle: string): Promise<string> => {
  const reader = live.body?.getReader();
  if (reader === undefined) throw new Error("an event stream");
  const decoder = new TextDecoder();
  let text = "";
  while (!text.includes(needle)) {
    const chunk = await reader.read();
    if (chunk.done) break;
    text += decoder.decode(chunk.value);
  }
  return text;
};

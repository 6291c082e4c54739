import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedDirectory } from "../demo/seed.js";
import { sessionContract } from "../testing/auth-contracts.js";
import { browser } from "../testing/caller.js";
import { refusalOf } from "../testing/errors.js";
import { makeMemoryDeps } from "../testing/harness.js";
import { defaultSessionPolicy, memorySessions } from "./sessions.js";
import { sqliteSessions } from "./sessions-sql.js";

const minute = 60_000;
const { idleMs } = defaultSessionPolicy;

sessionContract("memory", () => memorySessions());
sessionContract("SQLite", () =>
  sqliteSessions(join(mkdtempSync(join(tmpdir(), "banli-sessions-")), "x.auth")),
);

describe("SQLite sessions shared by two server processes on one file", () => {
  it("a session made by one is valid on the other, and a logout on either ends it", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "banli-sessions-")), "banli.sqlite.auth");
    const one = sqliteSessions(file);
    const two = sqliteSessions(file);
    const s = await one.create("bangongshi", 0);
    expect((await two.touch(s.id, minute))?.userId).toBe("bangongshi");
    await two.destroy(s.id);
    expect(await one.touch(s.id, 2 * minute)).toBeUndefined();
    await one.close();
    await two.close();
  });
});

describe("sessions through the API", () => {
  it("login rotates the id, logout kills it, and an idle session must sign in again", async () => {
    let now = Date.parse("2026-11-02T09:00:00+08:00");
    const deps = makeMemoryDeps({ now: () => new Date(now) });
    await seedDirectory(deps);
    const b = browser(deps);
    await b.caller.auth.login({ username: "zhuren", password: "demo12345" });
    const first = b.jar.sessionId;
    await b.caller.auth.login({ username: "zhuren", password: "demo12345" });
    const second = b.jar.sessionId;
    expect(second).not.toBe(first);
    // The old id is dead: a stolen pre-login cookie is worth nothing (session fixation).
    if (first === undefined || second === undefined) throw new Error("sessions were set");
    expect(await deps.sessions.touch(first, now)).toBeUndefined();
    expect((await b.caller.auth.me()).userId).toBe("zhuren");

    now += idleMs + minute;
    expect(await refusalOf(b.caller.auth.me())).toEqual({
      code: "UNAUTHORIZED",
      tag: "Unauthenticated",
    });

    await b.caller.auth.login({ username: "zhuren", password: "demo12345" });
    const third = b.jar.sessionId;
    await b.caller.auth.logout();
    expect(b.jar.sessionId).toBeUndefined();
    if (third === undefined) throw new Error("a session was set");
    expect(await deps.sessions.touch(third, now)).toBeUndefined();
    // Replaying the dead cookie is refused.
    b.jar.sessionId = third;
    expect((await refusalOf(b.caller.auth.me())).code).toBe("UNAUTHORIZED");
  });
});

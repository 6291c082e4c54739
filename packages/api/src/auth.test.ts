import { beforeAll, describe, expect, it } from "vitest";
import { seedDirectory } from "./demo/seed.js";
import type { ApiDeps } from "./deps.js";
import { browser, signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
import { makeMemoryDeps } from "./testing/harness.js";

let deps: ApiDeps;
let now = new Date("2026-11-25T09:00:00+08:00").getTime();
beforeAll(async () => {
  deps = makeMemoryDeps({ now: () => new Date(now) });
  await seedDirectory(deps);
});

const securityLog = async () =>
  (await deps.store.readStream("security-log")).map((e) => e.type.replace("security.", ""));

describe("auth", () => {
  it("signs in with the demo password and tells the user who they are", async () => {
    const clerk = await signedIn(deps, "bangongshi");
    const me = await clerk.auth.me();
    expect(me).toMatchObject({ userId: "bangongshi", name: "王经办", unitName: "局办公室" });
    expect(me.roleLabels[0]?.zh).toBe("局办公室（经办人）");
  });

  it("gives one answer for a wrong password and an unknown name, and records both", async () => {
    const before = (await securityLog()).length;
    const { caller } = browser(deps, "10.0.0.1");
    const wrong = await refusalOf(caller.auth.login({ username: "zhuren", password: "nope" }));
    const unknown = await refusalOf(caller.auth.login({ username: "nobody", password: "nope" }));
    expect(wrong).toEqual({ code: "UNAUTHORIZED", tag: "LoginFailed" });
    expect(unknown).toEqual(wrong);
    expect((await securityLog()).slice(before)).toEqual(["LoginFailed", "LoginFailed"]);
  });

  it("locks a name after five failures, with the same answer even for the right password", async () => {
    const { caller } = browser(deps, "10.0.0.2");
    for (let i = 0; i < 5; i++) {
      await refusalOf(caller.auth.login({ username: "shenhe", password: `wrong-${i}` }));
    }
    expect(
      await refusalOf(caller.auth.login({ username: "shenhe", password: "demo12345" })),
    ).toEqual({
      code: "UNAUTHORIZED",
      tag: "LoginFailed",
    });
    now += 16 * 60_000;
    await caller.auth.login({ username: "shenhe", password: "demo12345" });
    expect((await caller.auth.me()).userId).toBe("shenhe");
  });

  it("rotates the session id on login and kills the session on logout", async () => {
    const { caller, jar } = browser(deps);
    await caller.auth.login({ username: "zhuren", password: "demo12345" });
    const first = jar.sessionId;
    await caller.auth.login({ username: "zhuren", password: "demo12345" });
    expect(jar.sessionId).not.toBe(first);
    // The old id is dead, not merely replaced in this jar.
    const stale = browser(deps);
    stale.jar.sessionId = first;
    expect(await refusalOf(stale.caller.auth.me())).toEqual({
      code: "UNAUTHORIZED",
      tag: "Unauthenticated",
    });
    const id = jar.sessionId;
    await caller.auth.logout();
    expect(jar.sessionId).toBeUndefined();
    const replay = browser(deps);
    replay.jar.sessionId = id;
    expect((await refusalOf(replay.caller.auth.me())).code).toBe("UNAUTHORIZED");
    expect(await securityLog()).toContain("LoggedOut");
  });

  it("ends a session after 30 idle minutes and after 12 hours whatever the use", async () => {
    const idle = browser(deps);
    await idle.caller.auth.login({ username: "juzhang", password: "demo12345" });
    now += 31 * 60_000;
    expect((await refusalOf(idle.caller.auth.me())).code).toBe("UNAUTHORIZED");

    const busy = browser(deps);
    await busy.caller.auth.login({ username: "juzhang", password: "demo12345" });
    // 14 rounds of 50 minutes: never idle for long, 11h40m in all.
    for (let round = 0; round < 14; round++) {
      now += 25 * 60_000;
      await busy.caller.auth.me();
      now += 25 * 60_000;
      await busy.caller.auth.me();
    }
    await busy.caller.auth.me();
    now += 25 * 60_000;
    // 12h05m after login: past the absolute timeout though used 25 minutes ago.
    expect((await refusalOf(busy.caller.auth.me())).code).toBe("UNAUTHORIZED");
  });

  it("refuses every case procedure without a session", async () => {
    const { caller } = browser(deps);
    expect((await refusalOf(caller.inbox.counts())).code).toBe("UNAUTHORIZED");
    expect((await refusalOf(caller.cases.get({ caseId: "x" }))).code).toBe("UNAUTHORIZED");
    expect((await refusalOf(caller.cases.open({ process: "supervision", command: {} }))).code).toBe(
      "UNAUTHORIZED",
    );
  });
});

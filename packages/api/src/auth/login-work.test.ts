import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedDirectory } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { browser } from "../testing/caller.js";
import { refusalOf } from "../testing/errors.js";
import { makeMemoryDeps } from "../testing/harness.js";

// Count the argon2 verifications a login does, keeping the real ones.
const verified: Array<string> = [];
vi.mock("./password.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password.js")>();
  return {
    ...real,
    verifyPassword: async (stored: string, password: string) => {
      verified.push(password);
      return real.verifyPassword(stored, password);
    },
  };
});

let deps: ApiDeps;
beforeAll(async () => {
  deps = makeMemoryDeps();
  await seedDirectory(deps);
});

const attempt = async (username: string, password: string, address: string) => {
  verified.length = 0;
  const { caller } = browser(deps, address);
  const refusal = await refusalOf(caller.auth.login({ username, password }));
  return { refusal, verifications: verified.length };
};

describe("a failed login does the same work and says the same thing, whatever the cause", () => {
  it("unknown name, wrong password, deactivated user and a locked name: one argon2 verify each", async () => {
    const same = { refusal: { code: "UNAUTHORIZED", tag: "LoginFailed" }, verifications: 1 };
    expect(await attempt("nobody-here", "demo12345", "10.0.0.1")).toEqual(same);
    expect(await attempt("zhuren", "wrong-password", "10.0.0.2")).toEqual(same);
    const { caller: admin } = browser(deps, "10.0.0.9");
    await admin.auth.login({ username: "admin", password: "demo12345" });
    await admin.admin.deactivateUser({ userId: "wenyin" });
    expect(await attempt("wenyin", "demo12345", "10.0.0.5")).toEqual(same);
    for (let i = 0; i < 5; i++) await attempt("shenhe", "wrong-password", "10.0.0.3");
    // Locked now: even the right password costs one verify and gets the same answer.
    expect(await attempt("shenhe", "demo12345", "10.0.0.4")).toEqual(same);
  });
});

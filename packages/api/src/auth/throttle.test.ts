import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { throttleContract } from "../testing/auth-contracts.js";
import { makeLoginThrottle } from "./throttle.js";
import { sqliteThrottle } from "./throttle-sql.js";

const file = () => join(mkdtempSync(join(tmpdir(), "banli-throttle-")), "x.auth");

throttleContract("memory", async () => makeLoginThrottle());
throttleContract("SQLite", async () => sqliteThrottle(file()));

describe("servers sharing the auth database share the lock", () => {
  it("failures on one count on the other", async () => {
    const shared = file();
    const one = sqliteThrottle(shared);
    const two = sqliteThrottle(shared);
    for (let i = 0; i < 3; i++) await one.failed("dangan", "10.3.0.1", i);
    for (let i = 0; i < 2; i++) await two.failed("dangan", "10.3.0.2", 10 + i);
    expect(await one.allowed("dangan", "10.3.0.3", 20)).toBe(false);
    await one.close();
    await two.close();
  });
});

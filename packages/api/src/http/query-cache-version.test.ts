import { describe, expect, it } from "vitest";
import { makeMemoryDeps } from "../testing/harness.js";
import { banliQueryCache } from "./query-cache.js";

describe("the query cache's version", () => {
  it("moves with the bureau's date at Beijing midnight, and not within a day", async () => {
    let now = Date.parse("2026-11-25T23:59:00+08:00");
    const deps = makeMemoryDeps({ now: () => new Date(now) });
    const cache = banliQueryCache(deps, () => undefined);
    const lastMinute = await cache.version();
    now = Date.parse("2026-11-25T23:59:59.999+08:00");
    expect(await cache.version()).toBe(lastMinute);
    // One millisecond later it is the 26th in Beijing (16:00 UTC): cached replies are stale.
    now = Date.parse("2026-11-26T00:00:00+08:00");
    const nextDay = await cache.version();
    expect(nextDay).not.toBe(lastMinute);
    expect(nextDay).toContain("2026-11-26");
    // A clock set back (a correction, a test) is followed too.
    now = Date.parse("2026-11-25T12:00:00+08:00");
    expect(await cache.version()).toBe(lastMinute);
  });
});

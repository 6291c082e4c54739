import { afterEach, describe, expect, it, vi } from "vitest";
import { timeOrderedId } from "./time-ordered-id.js";

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const millisecondOf = (id: string) => Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16);

describe("time-ordered ids", () => {
  it("are version 7 UUIDs carrying the millisecond they were made in", () => {
    const before = Date.now();
    const id = timeOrderedId();
    const after = Date.now();
    expect(id).toMatch(uuidV7);
    expect(millisecondOf(id)).toBeGreaterThanOrEqual(before);
    expect(millisecondOf(id)).toBeLessThanOrEqual(after + 1);
  });

  it("are unique and sort in the order they were made, many within one millisecond", () => {
    const ids = Array.from({ length: 20_000 }, () => timeOrderedId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(millisecondOf(ids[0] ?? "")).toBeLessThanOrEqual(millisecondOf(ids.at(-1) ?? ""));
  });
});

/**
 * A fake clock ahead of every id this file has made so far (the module keeps the last
 * millisecond it used): `days` ahead of the real clock, so a later test passes a larger value.
 */
const aheadOfNow = (days: number) => Date.now() + days * 86_400_000;

describe("time-ordered ids, clock and randomness", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("keep increasing while the clock stands still and when it steps back", () => {
    const start = aheadOfNow(1);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
    const standing = Array.from({ length: 600 }, () => timeOrderedId());
    // An NTP step backwards: the ids go on from where they were, not from the earlier time.
    vi.setSystemTime(start - 60_000);
    const after = Array.from({ length: 10 }, () => timeOrderedId());
    const ids = [...standing, ...after];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => uuidV7.test(id))).toBe(true);
    expect(millisecondOf(after[0] ?? "")).toBeGreaterThanOrEqual(start);
  });

  it("start each millisecond at a fresh random counter", () => {
    // Later than any millisecond used so far: each of these is a new one.
    const start = aheadOfNow(2);
    vi.useFakeTimers({ toFake: ["Date"] });
    const counters = Array.from({ length: 50 }, (_, i) => {
      vi.setSystemTime(start + i);
      return timeOrderedId().replaceAll("-", "").slice(13, 20);
    });
    expect(new Set(counters).size).toBeGreaterThan(45);
  });

  it("draw their random bytes in bulk, not through WebCrypto once per id", () => {
    const perId = vi.spyOn(globalThis.crypto, "getRandomValues");
    for (let i = 0; i < 1000; i += 1) timeOrderedId();
    expect(perId).not.toHaveBeenCalled();
  });
});

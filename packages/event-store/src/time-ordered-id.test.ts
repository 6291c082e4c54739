import { describe, expect, it } from "vitest";
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

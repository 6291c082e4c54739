import { describe, expect, it } from "vitest";
import { slotKey } from "./trpc-fastify.js";

describe("a query-cache slot key", () => {
  it("is the same for the same request", () => {
    expect(slotKey('["u1"]', "inbox.list", "1", '{"0":{}}')).toBe(
      slotKey('["u1"]', "inbox.list", "1", '{"0":{}}'),
    );
  });

  it("keeps requests apart that plain concatenation would join", () => {
    const keys = [
      slotKey("ab", "c", undefined, undefined),
      slotKey("a", "bc", undefined, undefined),
      slotKey("a", "b", "c", undefined),
      slotKey("a", "b", undefined, "c"),
      // An empty input is a different request (tRPC refuses it) from one without an input.
      slotKey("a", "b", undefined, ""),
      slotKey("a", "b", "", undefined),
      slotKey("1:a", "b", undefined, undefined),
      slotKey("1", "a1:b", undefined, undefined),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

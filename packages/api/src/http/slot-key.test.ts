import { describe, expect, it } from "vitest";
import { slotKey } from "./trpc-fastify.js";

describe("a query-cache slot key", () => {
  it("is the same for the same viewer and URL", () => {
    expect(slotKey('["u1"]', "/trpc/inbox.list?batch=1")).toBe(
      slotKey('["u1"]', "/trpc/inbox.list?batch=1"),
    );
  });

  it("keeps requests apart that plain concatenation would join", () => {
    const keys = [
      slotKey("ab", "/c"),
      slotKey("a", "b/c"),
      slotKey("1:a", "/b"),
      slotKey("1", ":a/b"),
      slotKey('["u1"]', "/trpc/inbox.list?batch=1"),
      slotKey('["u2"]', "/trpc/inbox.list?batch=1"),
      slotKey('["u1"]', "/trpc/inbox.list"),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

import { describe, expect, it } from "vitest";
import { makeReplyCache } from "./reply-cache.js";

const bytes = (text: string) => Buffer.from(text);

describe("the reply cache", () => {
  it("serves a reply only at the version it was computed at, and drops a stale one", () => {
    const cache = makeReplyCache();
    cache.set("a", "v1", bytes("one"));
    expect(cache.get("a", "v1")?.toString()).toBe("one");
    expect(cache.get("a", "v2")).toBeUndefined();
    // The stale entry is gone, even for its own version.
    expect(cache.get("a", "v1")).toBeUndefined();
    expect(cache.size()).toBe(0);
    expect(cache.bytes()).toBe(0);
  });

  it("evicts the least recently used entry past the entry limit", () => {
    const cache = makeReplyCache({ maxEntries: 2, maxBytes: 1_000, maxEntryBytes: 100 });
    cache.set("a", "v", bytes("a"));
    cache.set("b", "v", bytes("b"));
    expect(cache.get("a", "v")).toBeDefined(); // a is now more recent than b
    cache.set("c", "v", bytes("c"));
    expect(cache.get("b", "v")).toBeUndefined();
    expect(cache.get("a", "v")?.toString()).toBe("a");
    expect(cache.get("c", "v")?.toString()).toBe("c");
  });

  it("keeps the bytes under the limit and never keeps an oversized reply", () => {
    const cache = makeReplyCache({ maxEntries: 100, maxBytes: 10, maxEntryBytes: 6 });
    cache.set("a", "v", bytes("aaaa"));
    cache.set("b", "v", bytes("bbbb"));
    cache.set("c", "v", bytes("cccc"));
    expect(cache.bytes()).toBe(8);
    expect(cache.get("a", "v")).toBeUndefined();
    cache.set("big", "v", bytes("0123456"));
    expect(cache.get("big", "v")).toBeUndefined();
    expect(cache.bytes()).toBe(8);
  });

  it("replaces a key's reply, counting its bytes once", () => {
    const cache = makeReplyCache();
    cache.set("a", "v1", bytes("old"));
    cache.set("a", "v2", bytes("newer"));
    expect(cache.size()).toBe(1);
    expect(cache.bytes()).toBe(5);
    expect(cache.get("a", "v2")?.toString()).toBe("newer");
  });
});

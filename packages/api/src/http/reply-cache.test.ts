import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { ContentCoding } from "./compression.js";
import { makeReplyCache } from "./reply-cache.js";

const bytes = (text: string) => Buffer.from(text);

describe("the reply cache", () => {
  it("serves a reply only at the version it was computed at, and drops a stale one", () => {
    const cache = makeReplyCache();
    cache.set("a", "v1", bytes("one"));
    expect(cache.get("a", "v1")?.body.toString()).toBe("one");
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
    expect(cache.get("a", "v")?.body.toString()).toBe("a");
    expect(cache.get("c", "v")?.body.toString()).toBe("c");
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
    expect(cache.get("a", "v2")?.body.toString()).toBe("newer");
  });

  it("compresses a kept reply once per coding, and counts the compressed bytes", () => {
    const calls: Array<ContentCoding> = [];
    const encode = (coding: ContentCoding, body: Buffer) => {
      calls.push(coding);
      return coding === "gzip" ? Buffer.from(`z${body.length}`) : undefined;
    };
    const cache = makeReplyCache(undefined, encode);
    cache.set("a", "v", bytes("0123456789"));
    expect(cache.get("a", "v")?.encoded("gzip")?.toString()).toBe("z10");
    expect(cache.get("a", "v")?.encoded("gzip")?.toString()).toBe("z10");
    // A coding that does not pay is remembered as such too.
    expect(cache.get("a", "v")?.encoded("br")).toBeUndefined();
    expect(cache.get("a", "v")?.encoded("br")).toBeUndefined();
    expect(calls).toEqual(["gzip", "br"]);
    expect(cache.bytes()).toBe(13);
    // A new version starts over: its old compressed form is dropped with it.
    cache.set("a", "v2", bytes("xy"));
    expect(cache.bytes()).toBe(2);
  });

  it("evicts to stay under the byte limit once a compressed form is added", () => {
    const encode = (_coding: ContentCoding, body: Buffer) => body.subarray(0, 3);
    const cache = makeReplyCache({ maxEntries: 10, maxBytes: 12, maxEntryBytes: 6 }, encode);
    cache.set("a", "v", bytes("aaaaa"));
    cache.set("b", "v", bytes("bbbbb"));
    expect(cache.get("b", "v")?.encoded("gzip")?.toString()).toBe("bbb");
    // 13 bytes held: the least recently used (a) goes.
    expect(cache.get("a", "v")).toBeUndefined();
    expect(cache.bytes()).toBe(8);
  });

  it("keeps real gzip bytes that decode to the reply", () => {
    const cache = makeReplyCache();
    const reply = bytes(JSON.stringify({ rows: Array.from({ length: 300 }, (_, i) => `行${i}`) }));
    const kept = cache.set("a", "v", reply);
    const gzip = kept?.encoded("gzip");
    expect(gzip?.length).toBeLessThan(reply.length);
    expect(gzip && gunzipSync(gzip).equals(reply)).toBe(true);
  });
});

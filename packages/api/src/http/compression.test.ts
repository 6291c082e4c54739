import { randomBytes } from "node:crypto";
import { brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  compress,
  makeCodingChooser,
  minCompressibleBytes,
  preferredCoding,
} from "./compression.js";

describe("choosing a content coding from Accept-Encoding", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["identity", undefined],
    ["deflate, zstd", undefined],
    ["gzip, deflate", "gzip"],
    ["gzip, deflate, br, zstd", "br"],
    ["BR;q=0.5, GZIP", "gzip"],
    ["br;q=0, gzip;q=0.1", "gzip"],
    ["gzip;q=0, br;q=0", undefined],
    ["*", "br"],
    ["*;q=0.5, br;q=0", "gzip"],
    ["x-gzip", "gzip"],
    ["br;q=0.8, gzip;q=0.8", "br"],
    ["gzip;q=bogus", "gzip"],
  ] as const)("%j → %s", (header, coding) => {
    expect(preferredCoding(header)).toBe(coding);
  });

  it("remembers the last header's answer and follows a new one", () => {
    const choose = makeCodingChooser();
    expect(choose("gzip")).toBe("gzip");
    expect(choose("gzip")).toBe("gzip");
    expect(choose("br")).toBe("br");
    expect(choose(undefined)).toBeUndefined();
  });
});

describe("compressing a reply", () => {
  it("leaves a small reply as it is", () => {
    expect(compress("gzip", Buffer.alloc(minCompressibleBytes - 1, "a"))).toBeUndefined();
  });

  it("leaves an incompressible reply as it is", () => {
    const noise = randomBytes(4096);
    expect(compress("br", noise)).toBeUndefined();
  });

  it("gives Brotli bytes that decode to the reply", () => {
    const body = Buffer.from(
      JSON.stringify({ rows: Array.from({ length: 300 }, (_, i) => `待办${i}`) }),
    );
    const encoded = compress("br", body);
    expect(encoded?.length).toBeLessThan(body.length / 2);
    expect(encoded && brotliDecompressSync(encoded).equals(body)).toBe(true);
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));

/** Issue 6: the JavaScript a first visit loads is at most 150 KB gzipped. */
const budget = 150 * 1024;

/** The scripts index.html loads at once (its module and the chunks it preloads), not lazy pages. */
const initialScripts = (html: string): ReadonlyArray<string> =>
  [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g,
    ),
  ]
    .map((match) => match[1] ?? "")
    .filter((path) => path !== "");

describe("the built console's first load", () => {
  it("stays within the initial JavaScript budget", () => {
    const scripts = initialScripts(readFileSync(`${dist}index.html`, "utf8"));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (total, path) => total + gzipSync(readFileSync(`${dist}${path}`), { level: 9 }).length,
      0,
    );
    console.info(
      `initial JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped (${scripts.join(", ")})`,
    );
    expect(gzipped).toBeLessThanOrEqual(budget);
  });
});

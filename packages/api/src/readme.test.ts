import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { procedureList } from "./procedures.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
/** The procedures the README's table names: the backquoted first cell of each row. */
const documented = [...readme.matchAll(/^\| `([a-zA-Z.]+)` \| (\w+)[^|]*\|/gm)].map((m) => ({
  path: m[1] ?? "",
  kind: m[2] ?? "",
}));

describe("the README's table of procedures", () => {
  it("names every procedure of the router, with its kind, and nothing else", () => {
    const actual = procedureList().map((p) => `${p.path} ${p.kind}`);
    const inReadme = documented.map((p) => `${p.path} ${p.kind}`);
    expect([...inReadme].sort()).toEqual([...actual].sort());
  });
});

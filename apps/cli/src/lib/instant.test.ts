import { describe, expect, it } from "vitest";
import { parseAt } from "./instant.js";

describe("parseAt", () => {
  it("reads a bare date as the end of that day in Beijing time", () => {
    expect(parseAt("2026-03-02")).toEqual({
      ms: Date.parse("2026-03-02T15:59:59.999Z"),
      text: "2026-03-02T23:59:59.999+08:00",
    });
  });

  it("reads a time without offset as Beijing time and keeps an explicit offset", () => {
    expect(parseAt("2026-03-02T09:30").ms).toBe(Date.parse("2026-03-02T01:30:00Z"));
    expect(parseAt("2026-03-02T09:30:00Z").ms).toBe(Date.parse("2026-03-02T09:30:00Z"));
  });

  it("refuses anything else as a usage error", () => {
    for (const text of ["yesterday", "2026-13-01", "1700000000", "2026-03-02 09:30"]) {
      expect(() => parseAt(text)).toThrow(/is not a time/);
    }
  });
});

import { describe, expect, it } from "vitest";
import { instantOfLocal, instantTextOfLocal, localOfInstant } from "./as-of.js";

describe("instantOfLocal", () => {
  it("reads a picked time as Beijing time", () => {
    expect(instantOfLocal("2026-09-01T11:00")).toBe(Date.parse("2026-09-01T03:00:00Z"));
    expect(instantOfLocal("2026-09-01T11:00:30")).toBe(Date.parse("2026-09-01T03:00:30Z"));
  });

  it("means no cut for an empty or malformed value", () => {
    expect(instantOfLocal("")).toBeUndefined();
    expect(instantOfLocal("2026-09-01")).toBeUndefined();
    expect(instantOfLocal("2026-13-45T99:99")).toBeUndefined();
  });
});

describe("instantTextOfLocal", () => {
  it("gives the server an instant with the office's offset, or nothing for a bad value", () => {
    expect(instantTextOfLocal("2026-09-01T11:00")).toBe("2026-09-01T11:00:00+08:00");
    expect(instantTextOfLocal("2026-09-01T11:00:30")).toBe("2026-09-01T11:00:30+08:00");
    expect(instantTextOfLocal("2026-13-45T99:99")).toBeUndefined();
  });
});

describe("localOfInstant", () => {
  it("writes an instant as the office's wall time for the picker", () => {
    expect(localOfInstant("2026-09-02T01:00:00.000+08:00")).toBe("2026-09-02T01:00");
    expect(localOfInstant("2026-09-01T17:30:00Z")).toBe("2026-09-02T01:30");
    expect(localOfInstant("nonsense")).toBe("");
  });
});

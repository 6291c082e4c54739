import { describe, expect, it } from "vitest";
import { bureauToday, cycleEntry, shiftDate } from "./pickers.js";

const units = [
  { id: "a", name: "甲处" },
  { id: "b", name: "乙处" },
];

describe("pickers", () => {
  it("cycles through the directory from whatever id is typed, both ways, wrapping", () => {
    expect(cycleEntry(units, "", 1)?.id).toBe("a");
    expect(cycleEntry(units, "", -1)?.id).toBe("b");
    expect(cycleEntry(units, "a", 1)?.id).toBe("b");
    expect(cycleEntry(units, "b", 1)?.id).toBe("a");
    expect(cycleEntry([], "a", 1)).toBeUndefined();
  });

  it("steps dates across month and year ends, and starts an empty one at today", () => {
    expect(shiftDate("2026-02-28", 1, "2026-01-01")).toBe("2026-03-01");
    expect(shiftDate("2026-01-01", -1, "2026-05-05")).toBe("2025-12-31");
    expect(shiftDate("", 1, "2026-05-05")).toBe("2026-05-05");
    expect(shiftDate("3月1日", -1, "2026-05-05")).toBe("2026-05-05");
  });

  it("tells today's date in the bureau's time zone (UTC+8)", () => {
    expect(bureauToday(new Date("2026-03-01T16:30:00Z"))).toBe("2026-03-02");
    expect(bureauToday(new Date("2026-03-01T15:30:00Z"))).toBe("2026-03-01");
  });
});

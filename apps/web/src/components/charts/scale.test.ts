import { describe, expect, it } from "vitest";
import {
  axisMax,
  barLength,
  formatAmount,
  formatRate,
  niceCeiling,
  stack,
  ticks,
} from "./scale.js";

describe("niceCeiling", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([0.3, 1, 1.2, 2.2, 3, 7, 12, 180, 260, 100_000].map(niceCeiling)).toEqual([
      0.5, 1, 2, 2.5, 5, 10, 20, 200, 500, 100_000,
    ]);
  });

  it("gives 1 when there is nothing to show, so an empty chart still has an axis", () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(-3)).toBe(1);
    expect(niceCeiling(Number.NaN)).toBe(1);
  });
});

describe("axisMax", () => {
  it("draws rates on a fixed 100 % axis so charts compare", () => {
    expect(axisMax([0.2, 0.4], "rate")).toBe(1);
  });

  it("fits amounts, ignoring missing values", () => {
    expect(axisMax([3, undefined, 17], "amount")).toBe(20);
    expect(axisMax([undefined], "amount")).toBe(1);
  });
});

describe("ticks", () => {
  it("spaces the axis evenly from zero to its maximum", () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(1, 2)).toEqual([0, 0.5, 1]);
  });
});

describe("barLength", () => {
  it("is proportional to the value", () => {
    expect(barLength(0.5, 1, 300)).toBe(150);
  });

  it("draws no bar for a missing value and never overflows the axis", () => {
    expect(barLength(undefined, 1, 300)).toBe(0);
    expect(barLength(2, 1, 300)).toBe(300);
    expect(barLength(-1, 1, 300)).toBe(0);
    expect(barLength(1, 0, 300)).toBe(0);
  });
});

describe("stack", () => {
  it("splits the span in proportion, each segment after the one before", () => {
    expect(stack([1, 1, 2], 400)).toEqual([
      { start: 0, length: 100 },
      { start: 100, length: 100 },
      { start: 200, length: 200 },
    ]);
  });

  it("draws nothing for an empty whole", () => {
    expect(stack([0, 0], 400)).toEqual([
      { start: 0, length: 0 },
      { start: 0, length: 0 },
    ]);
  });
});

describe("formatting", () => {
  it("writes rates as percentages with at most one decimal", () => {
    expect(formatRate(0.875)).toBe("87.5%");
    expect(formatRate(1)).toBe("100%");
    expect(formatRate(0.3333)).toBe("33.3%");
    expect(formatRate(undefined)).toBe("—");
  });

  it("writes amounts with at most one decimal", () => {
    expect(formatAmount(4.25)).toBe("4.3");
    expect(formatAmount(12)).toBe("12");
    expect(formatAmount(undefined)).toBe("—");
  });
});

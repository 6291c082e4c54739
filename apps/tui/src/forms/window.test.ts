import { describe, expect, it } from "vitest";
import { windowAround } from "./window.js";

describe("the part of a long form that is drawn", () => {
  it("draws everything that fits", () => {
    expect(windowAround(5, 4, 10)).toEqual({ start: 0, end: 5 });
    expect(windowAround(5, 4, undefined)).toEqual({ start: 0, end: 5 });
  });

  it("keeps the focused line in view, centred, and never past either end", () => {
    expect(windowAround(30, 0, 10)).toEqual({ start: 0, end: 10 });
    expect(windowAround(30, 15, 10)).toEqual({ start: 10, end: 20 });
    expect(windowAround(30, 29, 10)).toEqual({ start: 20, end: 30 });
  });
});

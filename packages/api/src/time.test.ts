import { Instant, LocalDate } from "@banli/kernel";
import { Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { instantOf, localDateOf } from "./time.js";

const isInstant = Schema.is(Instant);
const isLocalDate = Schema.is(LocalDate);

describe("instantOf and localDateOf", () => {
  it("give Beijing time, valid for the kernel's schemas", () => {
    const date = new Date("2026-11-25T18:30:00.123Z");
    expect(instantOf(date)).toBe("2026-11-26T02:30:00.123+08:00");
    expect(localDateOf(date)).toBe("2026-11-26");
  });

  it("give strings the schemas accept across the four-digit years", () => {
    for (const ms of [
      Date.parse("0000-01-01T00:00:00.000Z"),
      Date.UTC(1970, 0, 1),
      Date.UTC(2024, 1, 29, 15, 59, 59, 999),
      Date.UTC(2026, 11, 31, 16),
      Date.UTC(9999, 11, 31, 15, 59, 59, 999),
    ]) {
      const date = new Date(ms);
      expect(isInstant(instantOf(date))).toBe(true);
      expect(isLocalDate(localDateOf(date))).toBe(true);
    }
  });

  it("refuse an expanded year, as the schemas always did", () => {
    const late = new Date(Date.UTC(9999, 11, 31, 16));
    const early = new Date(Date.UTC(-1, 0, 1));
    for (const date of [late, early]) {
      expect(Either.isLeft(Either.try(() => instantOf(date)))).toBe(true);
      expect(Either.isLeft(Either.try(() => localDateOf(date)))).toBe(true);
    }
  });
});

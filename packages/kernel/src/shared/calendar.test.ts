import { Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addCalendarMonths,
  CalendarCoverage,
  CalendarData,
  type CalendarError,
  chineseDaysCalendar,
  chineseDaysCalendarData,
  compareLocalDates,
  daysInMonth,
  isoWeekday,
  isValidLocalDate,
  makeWorkingDayCalendar,
} from "./calendar.js";
import type { LocalDate } from "./ids.js";

const d = (date: string) => date as LocalDate;
const cal = chineseDaysCalendar;

const right = <A>(either: Either.Either<A, unknown>): A => {
  if (Either.isLeft(either)) throw new Error(`expected Right, got ${JSON.stringify(either.left)}`);
  return either.right;
};
const left = <A, E>(either: Either.Either<A, E>): E => {
  if (Either.isRight(either)) throw new Error(`expected Left, got ${JSON.stringify(either.right)}`);
  return either.left;
};
const tagOf = (either: Either.Either<unknown, CalendarError>) => left(either)._tag;

describe("calendar data: the State Council notices carried by chinese-days", () => {
  it("records its source as package name and version", () => {
    expect(cal.source).toEqual({ name: "chinese-days", version: "1.5.7" });
  });

  it("covers 2004 to 2026 — the 2027 notice is not in chinese-days 1.5.7", () => {
    expect(cal.coverage).toEqual({ firstYear: 2004, lastYear: 2026 });
  });

  it("has a notice (元旦 off) for every year from first to last, with no gap", () => {
    for (let year = cal.coverage.firstYear; year <= cal.coverage.lastYear; year++) {
      expect(right(cal.isHoliday(d(`${year}-01-01`))), String(year)).toBe(true);
    }
  });

  it("decodes with its own schema (an administrator can load a year in the same shape)", () => {
    const decoded = Schema.decodeUnknownEither(CalendarData)(
      Schema.encodeSync(CalendarData)(chineseDaysCalendarData),
    );
    expect(Either.isRight(decoded)).toBe(true);
  });

  it("refuses a coverage whose first year is after its last", () => {
    const decoded = Schema.decodeUnknownEither(CalendarCoverage)({
      firstYear: 2027,
      lastYear: 2026,
    });
    expect(Either.isLeft(decoded)).toBe(true);
  });
});

describe("2025 Spring Festival (1/28–2/4, 调休上班 1/26 Sun and 2/8 Sat)", () => {
  it("makes the make-up Sunday 2025-01-26 a working day", () => {
    expect(right(cal.isWorkingDay(d("2025-01-26")))).toBe(true);
    expect(right(cal.dayInfo(d("2025-01-26")))).toEqual({
      date: "2025-01-26",
      kind: "makeUpWorkday",
      working: true,
      holiday: { zh: "春节", en: "Spring Festival" },
    });
  });

  it("makes the make-up Saturday 2025-02-08 a working day", () => {
    expect(right(cal.isWorkingDay(d("2025-02-08")))).toBe(true);
    expect(right(cal.isRestDay(d("2025-02-08")))).toBe(false);
  });

  it("gives every day from 除夕 1/28 to 2/4 off, weekdays included", () => {
    for (const date of ["2025-01-28", "2025-01-31", "2025-02-01", "2025-02-03", "2025-02-04"]) {
      expect(right(cal.isWorkingDay(d(date))), date).toBe(false);
      expect(right(cal.isHoliday(d(date))), date).toBe(true);
    }
  });

  it("keeps the ordinary weekend around it as rest days, not holidays", () => {
    expect(right(cal.dayInfo(d("2025-01-25")))).toEqual({
      date: "2025-01-25",
      kind: "weekend",
      working: false,
    });
    expect(right(cal.isHoliday(d("2025-02-09")))).toBe(false);
    expect(right(cal.isRestDay(d("2025-02-09")))).toBe(true);
  });

  it("next working day after the Saturday before is the make-up Sunday", () => {
    expect(right(cal.nextWorkingDay(d("2025-01-25")))).toBe("2025-01-26");
  });

  it("next working day after 1/27 skips the whole holiday to Wednesday 2/5", () => {
    expect(right(cal.nextWorkingDay(d("2025-01-27")))).toBe("2025-02-05");
  });

  it("next working day after Friday 2/7 is the make-up Saturday 2/8", () => {
    expect(right(cal.nextWorkingDay(d("2025-02-07")))).toBe("2025-02-08");
  });

  it("counts working days after Friday 1/24 through the holiday", () => {
    // 1/26 (1), 1/27 (2), 2/5 (3), 2/6 (4), 2/7 (5), 2/8 (6), 2/10 (7)
    const expected = [
      "2025-01-26",
      "2025-01-27",
      "2025-02-05",
      "2025-02-06",
      "2025-02-07",
      "2025-02-08",
      "2025-02-10",
    ];
    expected.forEach((date, i) => {
      expect(right(cal.addWorkingDays(d("2025-01-24"), i + 1))).toBe(date);
    });
  });

  it("counts backwards too: before Wednesday 2/5 come 1/27, the make-up Sunday 1/26, then 1/24", () => {
    expect(right(cal.addWorkingDays(d("2025-02-05"), -1))).toBe("2025-01-27");
    expect(right(cal.addWorkingDays(d("2025-02-05"), -2))).toBe("2025-01-26");
    expect(right(cal.addWorkingDays(d("2025-02-05"), -3))).toBe("2025-01-24");
  });

  it("adding 0 working days gives the date itself, even a holiday", () => {
    expect(right(cal.addWorkingDays(d("2025-01-30"), 0))).toBe("2025-01-30");
  });

  it("finds 7 working days in (1/24, 2/10] and −7 the other way round", () => {
    expect(right(cal.workingDaysBetween(d("2025-01-24"), d("2025-02-10")))).toBe(7);
    expect(right(cal.workingDaysBetween(d("2025-02-10"), d("2025-01-24")))).toBe(-7);
    expect(right(cal.workingDaysBetween(d("2025-02-10"), d("2025-02-10")))).toBe(0);
  });

  it("finds no working day inside the holiday itself", () => {
    expect(right(cal.workingDaysBetween(d("2025-01-27"), d("2025-02-04")))).toBe(0);
  });

  it("workingDayOnOrAfter keeps a working day and rolls a holiday forward", () => {
    expect(right(cal.workingDayOnOrAfter(d("2025-02-08")))).toBe("2025-02-08");
    expect(right(cal.workingDayOnOrAfter(d("2025-02-02")))).toBe("2025-02-05");
  });
});

describe("2025 National Day and Mid-autumn (10/1–10/8, 调休上班 9/28 Sun and 10/11 Sat)", () => {
  it("makes 9/28 and 10/11 working days and 10/1–10/8 days off", () => {
    expect(right(cal.isWorkingDay(d("2025-09-28")))).toBe(true);
    expect(right(cal.isWorkingDay(d("2025-10-11")))).toBe(true);
    for (let day = 1; day <= 8; day++) {
      expect(right(cal.isWorkingDay(d(`2025-10-0${day}`))), `10/${day}`).toBe(false);
    }
    expect(right(cal.dayInfo(d("2025-10-06"))).holiday).toEqual({
      zh: "中秋",
      en: "Mid-autumn Festival",
    });
  });

  it("resumes on Thursday 10/9", () => {
    expect(right(cal.nextWorkingDay(d("2025-09-30")))).toBe("2025-10-09");
  });
});

describe("2026 arrangement (the State Council notice of November 2025, as the package carries it)", () => {
  it("元旦 1/1–1/3 off, Sunday 1/4 a make-up working day", () => {
    expect(right(cal.isHoliday(d("2026-01-02")))).toBe(true);
    expect(right(cal.isHoliday(d("2026-01-03")))).toBe(true);
    expect(right(cal.isWorkingDay(d("2026-01-04")))).toBe(true);
    // 3 working days after 2025-12-31: 1/4 (Sun), 1/5, 1/6.
    expect(right(cal.addWorkingDays(d("2025-12-31"), 3))).toBe("2026-01-06");
  });

  it("春节 2/15–2/23 off, Saturdays 2/14 and 2/28 make-up working days", () => {
    expect(right(cal.isWorkingDay(d("2026-02-14")))).toBe(true);
    expect(right(cal.isWorkingDay(d("2026-02-28")))).toBe(true);
    expect(right(cal.isWorkingDay(d("2026-02-23")))).toBe(false);
    expect(right(cal.nextWorkingDay(d("2026-02-14")))).toBe("2026-02-24");
  });

  it("清明 4/4–4/6, 劳动节 5/1–5/5 with 5/9 worked, 端午 6/19–6/21, 中秋 9/25–9/27", () => {
    expect(right(cal.isWorkingDay(d("2026-04-06")))).toBe(false);
    expect(right(cal.isWorkingDay(d("2026-05-05")))).toBe(false);
    expect(right(cal.isWorkingDay(d("2026-05-09")))).toBe(true);
    expect(right(cal.isWorkingDay(d("2026-06-19")))).toBe(false);
    expect(right(cal.isWorkingDay(d("2026-09-25")))).toBe(false);
  });

  it("国庆 10/1–10/7 off, Sunday 9/20 and Saturday 10/10 make-up working days", () => {
    expect(right(cal.isWorkingDay(d("2026-09-20")))).toBe(true);
    expect(right(cal.isWorkingDay(d("2026-10-10")))).toBe(true);
    expect(right(cal.isWorkingDay(d("2026-10-07")))).toBe(false);
    expect(right(cal.nextWorkingDay(d("2026-09-30")))).toBe("2026-10-08");
  });
});

describe("2020 Spring Festival extended to 2/2 (国办发明电〔2020〕1号)", () => {
  it("gives 1/31–2/2 off and resumes on Monday 2/3", () => {
    expect(right(cal.isHoliday(d("2020-01-31")))).toBe(true);
    expect(right(cal.isHoliday(d("2020-02-02")))).toBe(true);
    expect(right(cal.nextWorkingDay(d("2020-01-30")))).toBe("2020-02-03");
  });
});

describe("dates outside the covered years are refused, never guessed", () => {
  it("refuses a 2027 date with CalendarOutOfRange naming the range and source", () => {
    const error = left(cal.isWorkingDay(d("2027-01-04")));
    expect(error).toMatchObject({
      _tag: "CalendarOutOfRange",
      date: "2027-01-04",
      firstYear: 2004,
      lastYear: 2026,
      source: "chinese-days@1.5.7",
    });
    expect(error.messageZh).toContain("2004–2026");
    expect(error.message).toContain("chinese-days@1.5.7");
  });

  it("refuses a date before 2004", () => {
    expect(tagOf(cal.isHoliday(d("2003-12-31")))).toBe("CalendarOutOfRange");
  });

  it("refuses a count that walks out of the data, at the first uncovered day", () => {
    // 2026-12-31 (Thu) is the 1st working day after 12/30; the 2nd would be in 2027.
    expect(right(cal.addWorkingDays(d("2026-12-30"), 1))).toBe("2026-12-31");
    expect(left(cal.addWorkingDays(d("2026-12-30"), 2))).toMatchObject({
      _tag: "CalendarOutOfRange",
      date: "2027-01-01",
    });
    expect(tagOf(cal.nextWorkingDay(d("2026-12-31")))).toBe("CalendarOutOfRange");
  });

  it("refuses counting back before the data", () => {
    expect(tagOf(cal.addWorkingDays(d("2004-01-05"), -5))).toBe("CalendarOutOfRange");
  });

  it("refuses a start day outside the data even for a count of 0", () => {
    expect(tagOf(cal.addWorkingDays(d("2027-03-01"), 0))).toBe("CalendarOutOfRange");
  });

  it("refuses workingDaysBetween when either end is outside", () => {
    expect(tagOf(cal.workingDaysBetween(d("2026-12-01"), d("2027-01-10")))).toBe(
      "CalendarOutOfRange",
    );
    expect(tagOf(cal.workingDaysBetween(d("2003-12-01"), d("2004-01-10")))).toBe(
      "CalendarOutOfRange",
    );
  });
});

describe("malformed input is refused with InvalidCalendarInput", () => {
  it("refuses a date that does not exist (2025 is not a leap year)", () => {
    const error = left(cal.isWorkingDay(d("2025-02-29")));
    expect(error).toMatchObject({
      _tag: "InvalidCalendarInput",
      input: "2025-02-29",
      field: "date",
    });
    expect(tagOf(cal.dayInfo(d("2025-13-01")))).toBe("InvalidCalendarInput");
    expect(tagOf(cal.dayInfo(d("2025-1-1")))).toBe("InvalidCalendarInput");
  });

  it("refuses a fractional working-day count", () => {
    expect(left(cal.addWorkingDays(d("2025-03-03"), 1.5))).toMatchObject({
      _tag: "InvalidCalendarInput",
      field: "n",
    });
  });

  it("names which end of workingDaysBetween is wrong", () => {
    expect(left(cal.workingDaysBetween(d("2025-02-30"), d("2025-03-03")))).toMatchObject({
      field: "a",
    });
    expect(left(cal.workingDaysBetween(d("2025-03-03"), d("2025-04-31")))).toMatchObject({
      field: "b",
    });
  });

  it("isValidLocalDate tells real dates from pattern-only ones", () => {
    expect(isValidLocalDate("2024-02-29")).toBe(true);
    expect(isValidLocalDate("2100-02-29")).toBe(false);
    expect(isValidLocalDate("2000-02-29")).toBe(true);
    expect(isValidLocalDate("2025-04-31")).toBe(false);
    expect(isValidLocalDate("2025-04-00")).toBe(false);
    expect(isValidLocalDate("not a date")).toBe(false);
  });
});

describe("calendar arithmetic without holiday data", () => {
  it("adds calendar days across month and year ends and leap days", () => {
    expect(right(addCalendarDays(d("2025-01-24"), 15))).toBe("2025-02-08");
    expect(right(addCalendarDays(d("2024-02-28"), 1))).toBe("2024-02-29");
    expect(right(addCalendarDays(d("2025-12-31"), 1))).toBe("2026-01-01");
    expect(right(addCalendarDays(d("2026-03-01"), -1))).toBe("2026-02-28");
    // Far outside the holiday data: plain arithmetic needs none.
    expect(right(addCalendarDays(d("1969-12-31"), 1))).toBe("1970-01-01");
    expect(right(addCalendarDays(d("1600-02-28"), 1))).toBe("1600-02-29");
  });

  it("adds months, ending on the month's last day when it lacks the date (第二百零二条)", () => {
    expect(right(addCalendarMonths(d("2025-01-31"), 1))).toBe("2025-02-28");
    expect(right(addCalendarMonths(d("2024-01-31"), 1))).toBe("2024-02-29");
    expect(right(addCalendarMonths(d("2025-08-31"), 1))).toBe("2025-09-30");
    expect(right(addCalendarMonths(d("2025-11-30"), 3))).toBe("2026-02-28");
    expect(right(addCalendarMonths(d("2025-03-15"), 12))).toBe("2026-03-15");
    expect(right(addCalendarMonths(d("2025-03-31"), -1))).toBe("2025-02-28");
  });

  it("refuses a fractional count of days or months", () => {
    expect(left(addCalendarDays(d("2025-01-01"), 0.5))).toMatchObject({ field: "days" });
    expect(left(addCalendarMonths(d("2025-01-01"), Number.NaN))).toMatchObject({
      field: "months",
    });
  });

  it("gives ISO weekdays (2025-01-26 Sunday, 2026-01-01 Thursday, 1969-12-29 Monday)", () => {
    expect(right(isoWeekday(d("2025-01-26")))).toBe(7);
    expect(right(isoWeekday(d("2026-01-01")))).toBe(4);
    expect(right(isoWeekday(d("1969-12-29")))).toBe(1);
    expect(tagOf(isoWeekday(d("2026-02-30")))).toBe("InvalidCalendarInput");
  });

  it("orders dates", () => {
    expect(compareLocalDates(d("2025-01-01"), d("2025-01-02"))).toBe(-1);
    expect(compareLocalDates(d("2025-01-02"), d("2025-01-01"))).toBe(1);
    expect(compareLocalDates(d("2025-01-02"), d("2025-01-02"))).toBe(0);
  });

  it("knows the length of months", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe("makeWorkingDayCalendar: data an administrator supplies", () => {
  const data: CalendarData = {
    source: { name: "test-notice", version: "2027.1" },
    coverage: { firstYear: 2027, lastYear: 2027 },
    holidays: { [d("2027-01-01")]: { zh: "元旦", en: "New Year's Day" } },
    makeUpWorkdays: { [d("2027-01-02")]: { zh: "元旦", en: "New Year's Day" } },
  };
  const custom = makeWorkingDayCalendar(data);

  it("uses the supplied holidays and make-up days and records the supplied source", () => {
    expect(custom.source).toEqual({ name: "test-notice", version: "2027.1" });
    expect(right(custom.isHoliday(d("2027-01-01")))).toBe(true);
    expect(right(custom.isWorkingDay(d("2027-01-02")))).toBe(true); // a Saturday made working
    expect(right(custom.isWorkingDay(d("2027-01-03")))).toBe(false); // an ordinary Sunday
    expect(tagOf(custom.isWorkingDay(d("2026-12-31")))).toBe("CalendarOutOfRange");
  });

  it("ignores entries that are not real dates instead of misplacing them", () => {
    const odd = makeWorkingDayCalendar({
      ...data,
      holidays: { ...data.holidays, [d("2027-02-30")]: { zh: "?", en: "?" } },
      makeUpWorkdays: { ...data.makeUpWorkdays, [d("2027-02-31")]: { zh: "?", en: "?" } },
    });
    expect(right(odd.isWorkingDay(d("2027-03-02")))).toBe(true);
    expect(right(odd.isWorkingDay(d("2027-03-03")))).toBe(true);
  });
});

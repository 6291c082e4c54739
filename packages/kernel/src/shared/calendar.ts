import chineseDaysData from "chinese-days/dist/chinese-days.json" with { type: "json" };
import chineseDaysPackage from "chinese-days/package.json" with { type: "json" };
import { Either, Schema } from "effect";
import { LocalDate } from "./ids.js";

/**
 * The working-day calendar: which dates are working days in mainland China, following the State
 * Council's yearly holiday notice (国务院办公厅关于部分节假日安排的通知), including the make-up
 * working weekends (调休上班). Every deadline of the kernel is counted on it (民法典 第二百零一条至
 * 第二百零三条), so it is data with a recorded source, and a date it has no data for is a typed
 * refusal, never a guess: a year whose notice is not in the data would otherwise silently count
 * its Spring Festival as working days.
 *
 * All arithmetic is on `YYYY-MM-DD` strings through day numbers (days since 1970-01-01), with no
 * `Date`, no time zone and no clock.
 */

const message = { message: Schema.String, messageZh: Schema.String };

/** A four-digit calendar year. */
export const CalendarYear = Schema.Int.pipe(Schema.between(1000, 9999)).annotations({
  identifier: "CalendarYear",
  title: "年度 / Year",
});
export type CalendarYear = typeof CalendarYear.Type;

/** The date lies in a year the calendar has no holiday notice for: counting on would be a guess. */
export class CalendarOutOfRange extends Schema.TaggedError<CalendarOutOfRange>()(
  "CalendarOutOfRange",
  {
    ...message,
    date: Schema.String,
    firstYear: Schema.Number,
    lastYear: Schema.Number,
    source: Schema.String,
  },
) {}

/** A date that does not exist (2025-02-29) or a count that is not a whole number. */
export class InvalidCalendarInput extends Schema.TaggedError<InvalidCalendarInput>()(
  "InvalidCalendarInput",
  { ...message, input: Schema.String, field: Schema.String },
) {}

export const CalendarError = Schema.Union(CalendarOutOfRange, InvalidCalendarInput);
export type CalendarError = typeof CalendarError.Type;

/** Name of a holiday, as the notice gives it. */
export const HolidayName = Schema.Struct({ zh: Schema.String, en: Schema.String }).annotations({
  identifier: "HolidayName",
  title: "节日名称 / Holiday name",
});
export type HolidayName = typeof HolidayName.Type;

/** Where the calendar data comes from, recorded beside every computed deadline. */
export const CalendarSource = Schema.Struct({
  name: Schema.NonEmptyTrimmedString,
  version: Schema.NonEmptyTrimmedString,
}).annotations({ identifier: "CalendarSource", title: "日历数据来源 / Calendar data source" });
export type CalendarSource = typeof CalendarSource.Type;

/** First and last year (inclusive) whose holiday notice the data carries. */
export const CalendarCoverage = Schema.Struct({
  firstYear: CalendarYear,
  lastYear: CalendarYear,
})
  .pipe(
    Schema.filter(
      (coverage) =>
        coverage.firstYear <= coverage.lastYear ||
        "首年不能晚于末年 / The first year cannot be after the last year",
    ),
  )
  .annotations({ identifier: "CalendarCoverage", title: "日历覆盖年度 / Calendar coverage" });
export type CalendarCoverage = typeof CalendarCoverage.Type;

/**
 * The calendar as data: the days the notices give off (放假, including the weekend days inside a
 * holiday span) and the weekend days they make working days (调休上班). Every other Monday–Friday
 * is a working day and every other Saturday/Sunday a rest day. An administrator can load a newer
 * year in this shape before the package carries it.
 */
export const CalendarData = Schema.Struct({
  source: CalendarSource,
  coverage: CalendarCoverage,
  holidays: Schema.Record({ key: LocalDate, value: HolidayName }),
  makeUpWorkdays: Schema.Record({ key: LocalDate, value: HolidayName }),
}).annotations({ identifier: "CalendarData", title: "工作日历数据 / Working-day calendar data" });
export type CalendarData = typeof CalendarData.Type;

/** What kind of day a date is. */
export const DayKind = Schema.Literal("workday", "makeUpWorkday", "holiday", "weekend").annotations(
  {
    identifier: "DayKind",
    title: "日期类型 / Kind of day",
  },
);
export type DayKind = typeof DayKind.Type;

export const dayKindLabels: Record<DayKind, { readonly zh: string; readonly en: string }> = {
  workday: { zh: "工作日", en: "Working day" },
  makeUpWorkday: { zh: "调休上班", en: "Make-up working day" },
  holiday: { zh: "法定节假日", en: "Public holiday" },
  weekend: { zh: "休息日", en: "Weekend" },
};

export interface DayInfo {
  readonly date: LocalDate;
  readonly kind: DayKind;
  readonly working: boolean;
  /** The holiday a holiday or make-up working day belongs to. */
  readonly holiday?: HolidayName | undefined;
}

// ---------------------------------------------------------------------------------------------
// Pure date arithmetic on YYYY-MM-DD strings (proleptic Gregorian, no time zone).

interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1–12); the month a 个月 period ends in may lack the start's date (第二百零二条). */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

const formatCivil = (civil: Civil): LocalDate =>
  `${pad(civil.year, 4)}-${pad(civil.month, 2)}-${pad(civil.day, 2)}` as LocalDate;

/** Howard Hinnant's days_from_civil: day number of a date, 1970-01-01 = 0. */
const dayNumberOf = ({ year, month, day }: Civil): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

/** Howard Hinnant's civil_from_days: the inverse of dayNumberOf. */
const civilOf = (dayNumber: number): Civil => {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a date, refusing one that does not exist (LocalDate's pattern lets 2025-02-30 pass). */
const parseCivil = (date: string, field: string): Either.Either<Civil, InvalidCalendarInput> => {
  const match = localDatePattern.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (match === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return Either.left(
      new InvalidCalendarInput({
        message: `"${date}" is not a calendar date (YYYY-MM-DD)`,
        messageZh: `“${date}”不是有效日期（应为 YYYY-MM-DD）`,
        input: date,
        field,
      }),
    );
  }
  return Either.right({ year, month, day });
};

/** Whether a string is a real calendar date, not only one that matches the LocalDate pattern. */
export const isValidLocalDate = (date: string): date is LocalDate =>
  Either.isRight(parseCivil(date, "date"));

const dayNumberFrom = (date: string, field: string) =>
  Either.map(parseCivil(date, field), dayNumberOf);

const requireInteger = (n: number, field: string): Either.Either<number, InvalidCalendarInput> =>
  Number.isSafeInteger(n)
    ? Either.right(n)
    : Either.left(
        new InvalidCalendarInput({
          message: `${field} must be a whole number, got ${n}`,
          messageZh: `${field} 必须为整数，实际为 ${n}`,
          input: String(n),
          field,
        }),
      );

/** Adds calendar days; no calendar data is needed, so no year range applies. */
export const addCalendarDays = (
  date: LocalDate,
  days: number,
): Either.Either<LocalDate, InvalidCalendarInput> =>
  Either.gen(function* () {
    const n = yield* requireInteger(days, "days");
    const start = yield* dayNumberFrom(date, "date");
    return formatCivil(civilOf(start + n));
  });

/**
 * Adds calendar months, landing on the same date of the target month or, if that month has no
 * such date, its last day (民法典 第二百零二条: 没有对应日的，月末日为期间的最后一日).
 */
export const addCalendarMonths = (
  date: LocalDate,
  months: number,
): Either.Either<LocalDate, InvalidCalendarInput> =>
  Either.gen(function* () {
    const n = yield* requireInteger(months, "months");
    const { year, month, day } = yield* parseCivil(date, "date");
    const index = year * 12 + (month - 1) + n;
    const targetYear = Math.floor(index / 12);
    const targetMonth = index - targetYear * 12 + 1;
    return formatCivil({
      year: targetYear,
      month: targetMonth,
      day: Math.min(day, daysInMonth(targetYear, targetMonth)),
    });
  });

/** Orders two dates (negative, zero, positive); plain string order is date order for YYYY-MM-DD. */
export const compareLocalDates = (a: LocalDate, b: LocalDate): number =>
  a < b ? -1 : a > b ? 1 : 0;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: LocalDate): Either.Either<number, InvalidCalendarInput> =>
  Either.map(dayNumberFrom(date, "date"), (n) => {
    // 1970-01-01 was a Thursday (ISO 4).
    const weekday = (((n + 3) % 7) + 7) % 7;
    return weekday + 1;
  });

// ---------------------------------------------------------------------------------------------
// The calendar.

export interface WorkingDayCalendar {
  /** Package name and version of the data, so every deadline can say which data it used. */
  readonly source: CalendarSource;
  /** First and last year with a holiday notice in the data. */
  readonly coverage: CalendarCoverage;
  /** The kind of a day (working day, 调休上班, holiday, weekend) and the holiday it belongs to. */
  readonly dayInfo: (date: LocalDate) => Either.Either<DayInfo, CalendarError>;
  /** A working day: Monday–Friday not given off, or a 调休 weekend made a working day. */
  readonly isWorkingDay: (date: LocalDate) => Either.Either<boolean, CalendarError>;
  /** A day the notice gives off (放假), including weekend days inside a holiday span. */
  readonly isHoliday: (date: LocalDate) => Either.Either<boolean, CalendarError>;
  /** Not a working day: a holiday or an ordinary weekend (民法典 第二百零三条's 法定休假日). */
  readonly isRestDay: (date: LocalDate) => Either.Either<boolean, CalendarError>;
  /** The first working day strictly after `date`. */
  readonly nextWorkingDay: (date: LocalDate) => Either.Either<LocalDate, CalendarError>;
  /** `date` itself if it is a working day, otherwise the next one (the 第二百零三条 roll-over). */
  readonly workingDayOnOrAfter: (date: LocalDate) => Either.Either<LocalDate, CalendarError>;
  /**
   * The n-th working day after `date`, the start day not counted (第二百零一条); n = 0 gives
   * `date`, a negative n counts backwards.
   */
  readonly addWorkingDays: (date: LocalDate, n: number) => Either.Either<LocalDate, CalendarError>;
  /**
   * Working days in (a, b]: after `a`, up to and including `b` — so that
   * `addWorkingDays(a, workingDaysBetween(a, b)) === b` when b is a working day. Negative when
   * b is before a; 0 when they are equal.
   */
  readonly workingDaysBetween: (a: LocalDate, b: LocalDate) => Either.Either<number, CalendarError>;
}

/** Builds a calendar from data; every date examined outside the covered years is refused. */
export const makeWorkingDayCalendar = (data: CalendarData): WorkingDayCalendar => {
  const { source, coverage } = data;
  const sourceText = `${source.name}@${source.version}`;
  const firstDay = dayNumberOf({ year: coverage.firstYear, month: 1, day: 1 });
  const lastDay = dayNumberOf({ year: coverage.lastYear, month: 12, day: 31 });

  const holidays = new Map<number, HolidayName>();
  for (const [date, name] of Object.entries(data.holidays)) {
    const parsed = parseCivil(date, "holidays");
    if (Either.isRight(parsed)) holidays.set(dayNumberOf(parsed.right), name);
  }
  const makeUp = new Map<number, HolidayName>();
  for (const [date, name] of Object.entries(data.makeUpWorkdays)) {
    const parsed = parseCivil(date, "makeUpWorkdays");
    if (Either.isRight(parsed)) makeUp.set(dayNumberOf(parsed.right), name);
  }

  const outOfRange = (dayNumber: number): CalendarOutOfRange => {
    const date = formatCivil(civilOf(dayNumber));
    const range = `${coverage.firstYear}–${coverage.lastYear}`;
    return new CalendarOutOfRange({
      message: `${date} is outside the working-day calendar (${range}, ${sourceText}); load the State Council holiday notice for that year first`,
      messageZh: `${date} 超出工作日历数据范围（${range} 年，${sourceText}），请先载入该年度国务院办公厅节假日安排通知`,
      date,
      firstYear: coverage.firstYear,
      lastYear: coverage.lastYear,
      source: sourceText,
    });
  };

  const kindOf = (dayNumber: number): Either.Either<DayKind, CalendarOutOfRange> => {
    if (dayNumber < firstDay || dayNumber > lastDay) return Either.left(outOfRange(dayNumber));
    if (makeUp.has(dayNumber)) return Either.right("makeUpWorkday");
    if (holidays.has(dayNumber)) return Either.right("holiday");
    // 1970-01-01 (day 0) was a Thursday: day % 7 is 2 on Saturdays and 3 on Sundays.
    const weekday = ((dayNumber % 7) + 7) % 7;
    return Either.right(weekday === 2 || weekday === 3 ? "weekend" : "workday");
  };

  const isWorking = (kind: DayKind): boolean => kind === "workday" || kind === "makeUpWorkday";

  const workingFrom = (dayNumber: number): Either.Either<boolean, CalendarOutOfRange> =>
    Either.map(kindOf(dayNumber), isWorking);

  /** Steps one day at a time in `direction` until `count` working days have been passed. */
  const stepWorkingDays = (
    start: number,
    count: number,
    direction: 1 | -1,
  ): Either.Either<number, CalendarOutOfRange> => {
    let day = start;
    let remaining = count;
    while (remaining > 0) {
      day += direction;
      const working = workingFrom(day);
      if (Either.isLeft(working)) return Either.left(working.left);
      if (working.right) remaining -= 1;
    }
    return Either.right(day);
  };

  const dayInfo = (date: LocalDate): Either.Either<DayInfo, CalendarError> =>
    Either.gen(function* () {
      const n = yield* dayNumberFrom(date, "date");
      const kind = yield* kindOf(n);
      const holiday = makeUp.get(n) ?? holidays.get(n);
      return { date, kind, working: isWorking(kind), ...(holiday ? { holiday } : {}) };
    });

  const isWorkingDay = (date: LocalDate) => Either.map(dayInfo(date), (info) => info.working);

  const addWorkingDays = (date: LocalDate, n: number) =>
    Either.gen(function* () {
      const count = yield* requireInteger(n, "n");
      const start = yield* dayNumberFrom(date, "date");
      // Validate the start day too: a count from an uncovered day is as much a guess.
      yield* kindOf(start);
      const end = yield* stepWorkingDays(start, Math.abs(count), count < 0 ? -1 : 1);
      return formatCivil(civilOf(end));
    });

  return {
    source,
    coverage,
    dayInfo,
    isWorkingDay,
    isHoliday: (date) => Either.map(dayInfo(date), (info) => info.kind === "holiday"),
    isRestDay: (date) => Either.map(dayInfo(date), (info) => !info.working),
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    workingDayOnOrAfter: (date) =>
      Either.flatMap(isWorkingDay(date), (working) =>
        working ? Either.right(date) : addWorkingDays(date, 1),
      ),
    addWorkingDays,
    workingDaysBetween: (a, b) =>
      Either.gen(function* () {
        const from = yield* dayNumberFrom(a, "a");
        const to = yield* dayNumberFrom(b, "b");
        const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
        yield* kindOf(low);
        let count = 0;
        for (let day = low + 1; day <= high; day += 1) {
          if (isWorking(yield* kindOf(day))) count += 1;
        }
        return sign * count;
      }),
  };
};

// ---------------------------------------------------------------------------------------------
// The default data: the npm package `chinese-days`, which encodes each year's State Council notice.

/** "Spring Festival,春节,4" → { en: "Spring Festival", zh: "春节" } (the package's value format). */
const holidayNameOf = (value: string): HolidayName => {
  const [en = value, zh = value] = value.split(",");
  return { zh, en };
};

const namesOf = (
  table: Readonly<Record<string, string>>,
): Readonly<Record<LocalDate, HolidayName>> => {
  const result: Record<LocalDate, HolidayName> = {};
  for (const [date, value] of Object.entries(table)) {
    result[date as LocalDate] = holidayNameOf(value);
  }
  return result;
};

const chineseDaysHolidays: Readonly<Record<string, string>> = chineseDaysData.holidays;
const chineseDaysWorkdays: Readonly<Record<string, string>> = chineseDaysData.workdays;

/**
 * The years the package has a notice for: every notice gives 元旦 off, so a year appears among
 * the holiday dates exactly when its notice is in the data (a late-December 调休 day of the next
 * year's notice, e.g. 2018-12-29, does not make a year appear).
 */
const chineseDaysYears = Object.keys(chineseDaysHolidays).map((date) => Number(date.slice(0, 4)));

/** The data shipped by the `chinese-days` package, its version read from its package.json. */
export const chineseDaysCalendarData: CalendarData = {
  source: { name: chineseDaysPackage.name, version: chineseDaysPackage.version },
  coverage: {
    firstYear: Math.min(...chineseDaysYears),
    lastYear: Math.max(...chineseDaysYears),
  },
  holidays: namesOf(chineseDaysHolidays),
  makeUpWorkdays: namesOf(chineseDaysWorkdays),
};

/** The default working-day calendar (State Council notices as carried by `chinese-days`). */
export const chineseDaysCalendar: WorkingDayCalendar =
  makeWorkingDayCalendar(chineseDaysCalendarData);

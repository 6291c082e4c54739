import { Either } from "effect";
import { type CalendarData, InvalidCalendarInput } from "./calendar.js";

const yearOf = (date: string): number => Number(date.slice(0, 4));

const outside =
  (firstYear: number, lastYear: number) =>
  <V>(entries: { readonly [date: string]: V }): { [date: string]: V } =>
    Object.fromEntries(
      Object.entries(entries).filter(([date]) => {
        const year = yearOf(date);
        return year < firstYear || year > lastYear;
      }),
    );

/**
 * The package's data ends with the last holiday notice it carries; when the State Council
 * publishes the next year's notice (国务院办公厅关于某年部分节假日安排的通知), an administrator
 * loads that year as `CalendarData` and extends the calendar with it before the package catches
 * up. The years the addition covers are taken from it alone (a corrected notice replaces the
 * old data); the coverage must stay unbroken, since a missing year in between would be counted
 * as if it had no holidays. The source names both, and is recorded beside every deadline.
 */
export const extendCalendarData = (
  base: CalendarData,
  addition: CalendarData,
): Either.Either<CalendarData, InvalidCalendarInput> => {
  const { firstYear, lastYear } = addition.coverage;
  if (firstYear > base.coverage.lastYear + 1 || lastYear < base.coverage.firstYear - 1) {
    const range = `${base.coverage.firstYear}–${base.coverage.lastYear}`;
    return Either.left(
      new InvalidCalendarInput({
        message: `The added years ${firstYear}–${lastYear} leave a gap after the calendar's ${range}`,
        messageZh: `新增年度 ${firstYear}–${lastYear} 与现有日历数据（${range} 年）之间有空缺年度`,
        input: `${firstYear}–${lastYear}`,
        field: "coverage",
      }),
    );
  }
  const keep = outside(firstYear, lastYear);
  return Either.right({
    source: {
      name: `${base.source.name}+${addition.source.name}`,
      version: `${base.source.version}+${addition.source.version}`,
    },
    coverage: {
      firstYear: Math.min(base.coverage.firstYear, firstYear),
      lastYear: Math.max(base.coverage.lastYear, lastYear),
    },
    holidays: { ...keep(base.holidays), ...addition.holidays },
    makeUpWorkdays: { ...keep(base.makeUpWorkdays), ...addition.makeUpWorkdays },
  });
};

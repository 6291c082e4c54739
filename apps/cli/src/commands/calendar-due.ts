import { chineseDaysCalendar, DeadlineUnit, dueDate, isValidLocalDate } from "@banli/kernel";
import { Either, Schema } from "effect";
import { CliError, defineCommand, UsageError } from "../cli/command.js";

const isUnit = Schema.is(DeadlineUnit);

export const calendarDue = defineCommand({
  path: ["calendar", "due"],
  summary: "print the due date of a period (民法典 arts. 201–203, 调休-aware)",
  description: `Counts like the kernel does for every case deadline: the start day is not counted
(art. 201); a month period ends on the same date of the last month, or its last day (art. 202);
a last day that is not a working day (holidays, weekends, 调休) moves to the next working day
(art. 203). 工作日 counts working days only. Dates outside the holiday data are refused.

Example: banli calendar due 2026-09-30 5 工作日`,
  positionals: [
    { name: "date", help: "start date, YYYY-MM-DD (not counted)" },
    { name: "amount", help: "length of the period, a whole number ≥ 1" },
    { name: "unit", help: "日 (calendar days) | 工作日 (working days) | 个月 (months)" },
  ],
  options: {},
  run: async ({ args, io }) => {
    const [start = "", amountText = "", unit = ""] = args.positionals;
    if (!isValidLocalDate(start)) throw new UsageError(`'${start}' is not a date (YYYY-MM-DD)`);
    if (!/^\d+$/.test(amountText) || Number(amountText) < 1) {
      throw new UsageError(`'${amountText}' is not a whole number ≥ 1`);
    }
    if (!isUnit(unit)) throw new UsageError(`'${unit}' is not one of 日, 工作日, 个月`);
    const due = dueDate(
      { start, amount: Number(amountText), unit, basis: "banli calendar due" },
      chineseDaysCalendar,
    );
    if (Either.isLeft(due)) {
      throw new CliError(`${due.left.message}（${due.left.messageZh}）`);
    }
    await io.stdout(`${due.right}\n`);
    return 0;
  },
});

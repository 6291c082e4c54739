import { Either } from "effect";
import type { WorkingDayCalendar } from "../calendar.js";
import { deadlineFrom, type Period, type ScheduledDeadline, schedule } from "../deadline.js";
import type { CommandMeta } from "../decider.js";
import type { InvalidCommand } from "../errors.js";
import type { LocalDate } from "../ids.js";
import type { Label } from "../process.js";
import { invalid } from "../refusals.js";
import { dateOf, isBefore } from "./dates.js";

/**
 * The date rules every process puts on what people type in, with the same bilingual refusal: a
 * fact the office records (received, answered, published, met) cannot lie after the day it is
 * recorded — the command's own time, never a clock — and a date set for the future cannot lie
 * before it. `what` names the date in the refusal ("收到日期 / The day received").
 */
export const notInFuture = (
  command: string,
  field: string,
  date: LocalDate,
  meta: CommandMeta,
  what: Label,
): Either.Either<void, InvalidCommand> =>
  isBefore(dateOf(meta.at), date)
    ? Either.left(
        invalid(command, field, {
          zh: `${what.zh}不能晚于今天`,
          en: `${what.en} cannot be in the future`,
        }),
      )
    : Either.void;

export const notInPast = (
  command: string,
  field: string,
  date: LocalDate,
  meta: CommandMeta,
  what: Label,
): Either.Either<void, InvalidCommand> =>
  isBefore(date, dateOf(meta.at))
    ? Either.left(
        invalid(command, field, {
          zh: `${what.zh}不能早于今天`,
          en: `${what.en} cannot be in the past`,
        }),
      )
    : Either.void;

/**
 * A statutory period counted on the configured calendar. A day outside the calendar's data is
 * refused as the command's data error (load the year's holiday notice first), never guessed.
 */
export const scheduleOrRefuse = (
  command: string,
  field: string,
  period: Period,
  start: LocalDate,
  calendar: WorkingDayCalendar,
): Either.Either<ScheduledDeadline, InvalidCommand> =>
  Either.mapLeft(schedule(deadlineFrom(period, start), calendar), (error) =>
    invalid(command, field, {
      zh: `无法计算期限：${error.messageZh}`,
      en: `The time limit cannot be counted: ${error.message}`,
    }),
  );

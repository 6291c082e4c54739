import { Either, Schema } from "effect";
import {
  addCalendarDays,
  addCalendarMonths,
  type CalendarError,
  CalendarSource,
  compareLocalDates,
  InvalidCalendarInput,
  type WorkingDayCalendar,
} from "./calendar.js";
import { LocalDate } from "./ids.js";

/**
 * Deadlines (办理期限), counted as 民法典 第二百零一条至第二百零三条 count periods:
 * - 第二百零一条: the day the period starts is not counted; counting begins the next day;
 * - 第二百零二条: a month period ends on the corresponding date of the last month, or that month's
 *   last day when it has no such date;
 * - 第二百零三条: when the last day is a 法定休假日 (a public holiday or a rest day — here, any day
 *   that is not a working day, 调休 included) the period ends on the next working day.
 * A 工作日 period counts working days only, so its last day is always a working day.
 */

/** The unit of a period: calendar days, working days, or months. */
export const DeadlineUnit = Schema.Literal("日", "工作日", "个月").annotations({
  identifier: "DeadlineUnit",
  title: "期限单位 / Unit",
  description: "日 calendar days · 工作日 working days · 个月 months",
});
export type DeadlineUnit = typeof DeadlineUnit.Type;

export const deadlineUnitLabels: Record<
  DeadlineUnit,
  { readonly zh: string; readonly en: string }
> = {
  日: { zh: "日", en: "days" },
  工作日: { zh: "个工作日", en: "working days" },
  个月: { zh: "个月", en: "months" },
};

const Amount = Schema.Int.pipe(Schema.greaterThanOrEqualTo(1)).annotations({
  title: "期限长度 / Amount",
});

const Basis = Schema.NonEmptyTrimmedString.annotations({
  title: "依据 / Legal basis",
  description: "e.g. 《信访工作条例》第三十五条",
});

/** A period without its start: what a rule prescribes (e.g. 60 日, 《信访工作条例》). */
export const Period = Schema.Struct({
  amount: Amount,
  unit: DeadlineUnit,
  basis: Basis,
}).annotations({ identifier: "Period", title: "期限 / Period" });
export type Period = typeof Period.Type;

/** A period running from a start date (the event it counts from: receipt, acceptance, 交办 …). */
export const Deadline = Schema.Struct({
  ...Period.fields,
  start: LocalDate.annotations({ title: "起算日 / Start date" }),
}).annotations({ identifier: "Deadline", title: "办理期限 / Deadline" });
export type Deadline = typeof Deadline.Type;

/** An extension (延期): a further period counted from the current due date. */
export const DeadlineExtension = Period.annotations({
  identifier: "DeadlineExtension",
  title: "延期 / Extension",
});
export type DeadlineExtension = typeof DeadlineExtension.Type;

/** Starts a prescribed period on a date. */
export const deadlineFrom = (period: Period, start: LocalDate): Deadline => ({
  amount: period.amount,
  unit: period.unit,
  basis: period.basis,
  start,
});

/** Describes a period the way an office writes it: "60日（《信访工作条例》第三十五条）". */
export const describePeriod = (period: Period): { readonly zh: string; readonly en: string } => ({
  zh: `${period.amount}${deadlineUnitLabels[period.unit].zh}（${period.basis}）`,
  en: `${period.amount} ${deadlineUnitLabels[period.unit].en} (${period.basis})`,
});

/** One counting rule per unit (a record, so a new unit fails to compile until it is counted). */
const lastDayOf: Record<
  DeadlineUnit,
  (deadline: Deadline, calendar: WorkingDayCalendar) => Either.Either<LocalDate, CalendarError>
> = {
  // Working days are counted one by one, so the last one is a working day by construction.
  工作日: (deadline, calendar) => calendar.addWorkingDays(deadline.start, deadline.amount),
  日: (deadline, calendar) =>
    Either.flatMap(addCalendarDays(deadline.start, deadline.amount), calendar.workingDayOnOrAfter),
  个月: (deadline, calendar) =>
    Either.flatMap(
      addCalendarMonths(deadline.start, deadline.amount),
      calendar.workingDayOnOrAfter,
    ),
};

/**
 * The due date: the last day of the period, counted by 民法典 第二百零一条至第二百零三条.
 * Refused (never guessed) when a day it must look at lies outside the calendar's data.
 */
export const dueDate = (
  deadline: Deadline,
  calendar: WorkingDayCalendar,
): Either.Either<LocalDate, CalendarError> =>
  deadline.amount >= 1
    ? lastDayOf[deadline.unit](deadline, calendar)
    : Either.left(
        new InvalidCalendarInput({
          message: `A period must be at least 1, got ${deadline.amount}`,
          messageZh: `期限长度至少为 1，实际为 ${deadline.amount}`,
          input: String(deadline.amount),
          field: "amount",
        }),
      );

/**
 * A deadline with its computed due date and the calendar data it was computed on, as an event
 * records it: a later change of holiday data never silently moves a recorded due date, and an
 * auditor can recompute it from the same data.
 */
export const ScheduledDeadline = Schema.Struct({
  ...Deadline.fields,
  due: LocalDate.annotations({ title: "截止日期 / Due date" }),
  calendar: CalendarSource,
}).annotations({
  identifier: "ScheduledDeadline",
  title: "办理期限（已计算）/ Scheduled deadline",
});
export type ScheduledDeadline = typeof ScheduledDeadline.Type;

/** Computes the due date and records which calendar data it used. */
export const schedule = (
  deadline: Deadline,
  calendar: WorkingDayCalendar,
): Either.Either<ScheduledDeadline, CalendarError> =>
  Either.map(dueDate(deadline, calendar), (due) => ({
    amount: deadline.amount,
    unit: deadline.unit,
    basis: deadline.basis,
    start: deadline.start,
    due,
    calendar: calendar.source,
  }));

/**
 * Extends a deadline: the extension runs from the current due date (the legal last day of the
 * original period, after any 第二百零三条 roll-over), that day not counted. The result is itself
 * a Deadline, so extensions chain and each keeps its own basis.
 */
export const extend = (
  deadline: Deadline,
  extension: DeadlineExtension,
  calendar: WorkingDayCalendar,
): Either.Either<Deadline, CalendarError> =>
  Either.map(dueDate(deadline, calendar), (due) => deadlineFrom(extension, due));

/** The new due date after extending a current due date (e.g. 信访: 60 日 then at most 30 日). */
export const extendDueDate = (
  currentDue: LocalDate,
  extension: DeadlineExtension,
  calendar: WorkingDayCalendar,
): Either.Either<LocalDate, CalendarError> =>
  dueDate(deadlineFrom(extension, currentDue), calendar);

/** Traffic light of a due date: green on track, yellow close, red overdue. */
export const TrafficLight = Schema.Literal("green", "yellow", "red").annotations({
  identifier: "TrafficLight",
  title: "期限状态 / Deadline status",
});
export type TrafficLight = typeof TrafficLight.Type;

export const trafficLightLabels: Record<
  TrafficLight,
  { readonly zh: string; readonly en: string }
> = {
  green: { zh: "正常", en: "On track" },
  yellow: { zh: "临期", en: "Due soon" },
  red: { zh: "逾期", en: "Overdue" },
};

/** Yellow when 3 working days or fewer remain: a default an administrator may change. */
export const defaultYellowWithin = 3;

/**
 * Red once today is after the due date (the due day itself runs to 24:00, 第二百零三条第二款);
 * yellow when the working days from tomorrow up to and including the due date are `yellowWithin`
 * or fewer — so a due date of today is yellow, and a long holiday does not hide how little time
 * is left; green otherwise.
 */
export const trafficLight = (
  due: LocalDate,
  today: LocalDate,
  calendar: WorkingDayCalendar,
  yellowWithin: number = defaultYellowWithin,
): Either.Either<TrafficLight, CalendarError> => {
  if (compareLocalDates(today, due) > 0) return Either.right("red");
  return Either.map(calendar.workingDaysBetween(today, due), (remaining) =>
    remaining <= yellowWithin ? "yellow" : "green",
  );
};

// ---------------------------------------------------------------------------------------------
// Presets: the periods of spec/processes.md, "Rules from national regulations". They are
// defaults an administrator may replace; each records the rule it comes from.

const period = (amount: number, unit: DeadlineUnit, basis: string): Period => ({
  amount,
  unit,
  basis,
});

export const deadlinePresets = {
  /** 信访: tell the petitioner within 15 日 of receipt whether the matter is accepted. */
  petitionAcceptanceNotice: period(15, "日", "《信访工作条例》第二十五条"),
  /** 信访: finish within 60 日 of acceptance. */
  petitionFinish: period(60, "日", "《信访工作条例》第三十五条"),
  /** 信访: one extension of at most 30 日, approved by the head, reason noticed to the petitioner. */
  petitionExtension: period(30, "日", "《信访工作条例》第三十五条"),
  /** 信访: the petitioner may ask for 复查 within 30 日 of the written answer. */
  petitionReviewRequest: period(30, "日", "《信访工作条例》第三十六条"),
  /** 信访: the 复查 (or 复核) is answered within 30 日 of the request. */
  petitionReviewAnswer: period(30, "日", "《信访工作条例》第三十六条、第三十七条"),
  /** 议提案: answer within 3 个月 of 交办. */
  proposalAnswer: period(
    3,
    "个月",
    "《全国人民代表大会和地方各级人民代表大会代表法》第五十一条；政协提案工作条例",
  ),
  /** 议提案: a complex item (涉及面广、处理难度大) within 6 个月 of 交办. */
  proposalAnswerComplex: period(
    6,
    "个月",
    "《全国人民代表大会和地方各级人民代表大会代表法》第五十一条；政协提案工作条例",
  ),
  /** 议提案: a co-handling unit (协办) sends its opinion to the lead unit (主办) within 1 个月. */
  proposalCoHandlerOpinion: period(1, "个月", "议提案办理工作规定：协办单位意见送主办单位"),
  /** 政务信息: information to be made public is published within 20 工作日 of being formed. */
  publication: period(20, "工作日", "《中华人民共和国政府信息公开条例》第二十六条"),
} as const satisfies Record<string, Period>;
export type DeadlinePreset = keyof typeof deadlinePresets;

import { Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { chineseDaysCalendar as cal } from "./calendar.js";
import {
  Deadline,
  type DeadlineUnit,
  deadlineFrom,
  deadlinePresets,
  describePeriod,
  dueDate,
  extend,
  extendDueDate,
  Period,
  schedule,
  trafficLight,
} from "./deadline.js";
import type { LocalDate } from "./ids.js";

const d = (date: string) => date as LocalDate;

const right = <A>(either: Either.Either<A, unknown>): A => {
  if (Either.isLeft(either)) throw new Error(`expected Right, got ${JSON.stringify(either.left)}`);
  return either.right;
};
const left = <A, E>(either: Either.Either<A, E>): E => {
  if (Either.isRight(either)) throw new Error(`expected Left, got ${JSON.stringify(either.right)}`);
  return either.left;
};

const deadline = (amount: number, unit: DeadlineUnit, start: string): Deadline => ({
  amount,
  unit,
  start: d(start),
  basis: "test",
});
const due = (amount: number, unit: DeadlineUnit, start: string) =>
  right(dueDate(deadline(amount, unit, start), cal));

describe("日 periods (民法典 第二百零一条: the start day is not counted)", () => {
  it("1 日 from Monday 2025-03-03 ends Tuesday 3/4", () => {
    expect(due(1, "日", "2025-03-03")).toBe("2025-03-04");
  });

  it("60 日 from 2025-03-03 ends 5/2, a 劳动节 day, so moves to Tuesday 5/6 (第二百零三条)", () => {
    expect(due(60, "日", "2025-03-03")).toBe("2025-05-06");
  });

  it("a last day on an ordinary Sunday (2025-03-16) moves to Monday 3/17", () => {
    expect(due(15, "日", "2025-03-01")).toBe("2025-03-17");
  });

  it("a last day inside the 2025 Spring Festival (1/29) moves past it to 2/5", () => {
    expect(due(15, "日", "2025-01-14")).toBe("2025-02-05");
  });

  it("a last day on the make-up Sunday 2025-01-26 stays there (调休上班 is a working day)", () => {
    expect(due(15, "日", "2025-01-11")).toBe("2025-01-26");
  });

  it("a last day on the make-up Saturday 2025-02-08 stays there", () => {
    expect(due(15, "日", "2025-01-24")).toBe("2025-02-08");
  });

  it("60 日 ending on 国庆 2025-10-01 moves to Thursday 10/9", () => {
    expect(due(60, "日", "2025-08-02")).toBe("2025-10-09");
  });

  it("60 日 ending on the make-up Sunday 2025-09-28 stays there", () => {
    expect(due(60, "日", "2025-07-30")).toBe("2025-09-28");
  });

  it("30 日 ending on the make-up Saturday 2025-10-11 stays there", () => {
    expect(due(30, "日", "2025-09-11")).toBe("2025-10-11");
  });
});

describe("个月 periods (民法典 第二百零二条: the corresponding date, or the month's last day)", () => {
  it("3 个月 from 2025-07-31 ends on 10/31", () => {
    expect(due(3, "个月", "2025-07-31")).toBe("2025-10-31");
  });

  it("1 个月 from 2025-01-31 ends on 2/28: February has no 31st", () => {
    expect(due(1, "个月", "2025-01-31")).toBe("2025-02-28");
  });

  it("1 个月 from 2024-01-31 ends on the leap day 2024-02-29", () => {
    expect(due(1, "个月", "2024-01-31")).toBe("2024-02-29");
  });

  it("1 个月 ending on an ordinary Saturday (2025-03-15) moves to Monday 3/17", () => {
    expect(due(1, "个月", "2025-02-15")).toBe("2025-03-17");
  });

  it("1 个月 from 2024-12-28 ends on 除夕 2025-01-28, so moves to 2/5", () => {
    expect(due(1, "个月", "2024-12-28")).toBe("2025-02-05");
  });

  it("3 个月 from 2025-07-05 ends on 10/5 during 国庆, so moves to 10/9", () => {
    expect(due(3, "个月", "2025-07-05")).toBe("2025-10-09");
  });

  it("6 个月 from 2025-04-01 ends on 10/1, so moves to 10/9", () => {
    expect(due(6, "个月", "2025-04-01")).toBe("2025-10-09");
  });

  it("3 个月 from 2025-11-30 ends on 2026-02-28 — no 30th, and that Saturday is 调休上班", () => {
    expect(due(3, "个月", "2025-11-30")).toBe("2026-02-28");
  });

  it("1 个月 from 2026-01-15 ends on 2026-02-15, the first day of 春节, so moves to 2/24", () => {
    expect(due(1, "个月", "2026-01-15")).toBe("2026-02-24");
  });

  it("6 个月 from 2026-04-01 ends on 国庆 2026-10-01, so moves to Thursday 10/8", () => {
    expect(due(6, "个月", "2026-04-01")).toBe("2026-10-08");
  });
});

describe("工作日 periods count working days after the start day, 调休 included", () => {
  it("20 工作日 from Monday 2025-01-20 ends Friday 2/21 (1/26 and 2/8 count, the holiday not)", () => {
    expect(due(20, "工作日", "2025-01-20")).toBe("2025-02-21");
  });

  it("20 工作日 from Monday 2025-09-22 ends Friday 10/24 (9/28 and 10/11 count)", () => {
    expect(due(20, "工作日", "2025-09-22")).toBe("2025-10-24");
  });

  it("20 工作日 from Monday 2026-02-09 ends Friday 3/13 (2/14 and 2/28 count)", () => {
    expect(due(20, "工作日", "2026-02-09")).toBe("2026-03-13");
  });
});

describe("a due date the calendar has no data for is refused", () => {
  it("6 个月 from 2026-08-01 would end in 2027: CalendarOutOfRange, not a guess", () => {
    expect(left(dueDate(deadline(6, "个月", "2026-08-01"), cal))).toMatchObject({
      _tag: "CalendarOutOfRange",
      date: "2027-02-01",
    });
  });

  it("60 日 from 2026-11-15 would end on 2027-01-14: refused", () => {
    expect(left(dueDate(deadline(60, "日", "2026-11-15"), cal))._tag).toBe("CalendarOutOfRange");
  });

  it("20 工作日 from 2026-12-10 runs out of 2026 after 15: refused", () => {
    expect(left(dueDate(deadline(20, "工作日", "2026-12-10"), cal))._tag).toBe(
      "CalendarOutOfRange",
    );
  });

  it("refuses a period shorter than 1 and a start that is not a date", () => {
    expect(left(dueDate(deadline(0, "日", "2025-03-03"), cal))).toMatchObject({
      _tag: "InvalidCalendarInput",
      field: "amount",
    });
    expect(left(dueDate(deadline(15, "日", "2025-02-29"), cal))._tag).toBe("InvalidCalendarInput");
    expect(left(dueDate(deadline(1, "个月", "2025-02-29"), cal))._tag).toBe("InvalidCalendarInput");
  });
});

describe("schedule records the due date with the calendar data it used", () => {
  it("names chinese-days@1.5.7 beside the due date", () => {
    expect(right(schedule(deadline(15, "日", "2025-01-14"), cal))).toEqual({
      amount: 15,
      unit: "日",
      start: "2025-01-14",
      basis: "test",
      due: "2025-02-05",
      calendar: { name: "chinese-days", version: "1.5.7" },
    });
  });

  it("passes a refusal through", () => {
    expect(Either.isLeft(schedule(deadline(6, "个月", "2026-08-01"), cal))).toBe(true);
  });
});

describe("延期: an extension runs from the current due date", () => {
  it("信访 60 日 from 2025-07-30 (due 9/28) extended by 30 日 is due 10/28", () => {
    const finish = deadlineFrom(deadlinePresets.petitionFinish, d("2025-07-30"));
    expect(right(dueDate(finish, cal))).toBe("2025-09-28");
    const extended = right(extend(finish, deadlinePresets.petitionExtension, cal));
    expect(extended).toEqual({
      amount: 30,
      unit: "日",
      start: "2025-09-28",
      basis: deadlinePresets.petitionExtension.basis,
    });
    expect(right(dueDate(extended, cal))).toBe("2025-10-28");
  });

  it("an extension ending on a holiday rolls over like any period (9/1 + 30 日 → 10/9)", () => {
    expect(right(extendDueDate(d("2025-09-01"), deadlinePresets.petitionExtension, cal))).toBe(
      "2025-10-09",
    );
  });

  it("extensions chain, each with its own basis", () => {
    const first = right(
      extend(deadline(1, "个月", "2025-01-15"), { amount: 10, unit: "工作日", basis: "A" }, cal),
    );
    // 1 个月 → 2/15 (Sat) → 2/17; +10 工作日 → 3/3.
    expect(first.start).toBe("2025-02-17");
    const second = right(extend(first, { amount: 1, unit: "日", basis: "B" }, cal));
    expect(second).toMatchObject({ start: "2025-03-03", basis: "B" });
    expect(right(dueDate(second, cal))).toBe("2025-03-04");
  });

  it("refuses to extend a deadline whose due date cannot be computed", () => {
    expect(
      left(extend(deadline(6, "个月", "2026-08-01"), deadlinePresets.petitionExtension, cal))._tag,
    ).toBe("CalendarOutOfRange");
  });
});

describe("traffic lights: yellow at 3 working days or fewer, red once overdue", () => {
  const light = (dueOn: string, today: string, within?: number) =>
    right(trafficLight(d(dueOn), d(today), cal, within));

  it("green with 4 working days left (1/24 → 2/6: 1/26, 1/27, 2/5, 2/6)", () => {
    expect(light("2025-02-06", "2025-01-24")).toBe("green");
  });

  it("yellow with exactly 3 working days left (1/24 → 2/5)", () => {
    expect(light("2025-02-05", "2025-01-24")).toBe("yellow");
  });

  it("yellow though 9 calendar days remain, when the Spring Festival leaves 1 working day", () => {
    expect(light("2025-02-05", "2025-01-27")).toBe("yellow");
  });

  it("yellow on the due day itself", () => {
    expect(light("2025-02-08", "2025-02-08")).toBe("yellow");
  });

  it("red the day after the due day", () => {
    expect(light("2025-02-08", "2025-02-09")).toBe("red");
  });

  it("yellow when looking from inside a holiday (2/1 → 2/7: 2/5, 2/6, 2/7)", () => {
    expect(light("2025-02-07", "2025-02-01")).toBe("yellow");
  });

  it("green with 7 working days left", () => {
    expect(light("2025-02-10", "2025-01-24")).toBe("green");
  });

  it("takes an administrator's window instead of 3", () => {
    expect(light("2025-02-07", "2025-01-24")).toBe("green");
    expect(light("2025-02-07", "2025-01-24", 5)).toBe("yellow");
  });

  it("is red when overdue even outside the calendar's years, but refuses to guess otherwise", () => {
    expect(light("2026-12-31", "2027-01-05")).toBe("red");
    expect(left(trafficLight(d("2027-01-10"), d("2026-12-30"), cal))._tag).toBe(
      "CalendarOutOfRange",
    );
  });
});

describe("presets: the periods of the national rules, each with its legal basis", () => {
  it("信访: 15 日 to notify acceptance, 60 日 to finish, one extension of 30 日", () => {
    expect(deadlinePresets.petitionAcceptanceNotice).toMatchObject({ amount: 15, unit: "日" });
    expect(deadlinePresets.petitionFinish).toMatchObject({ amount: 60, unit: "日" });
    expect(deadlinePresets.petitionExtension).toMatchObject({ amount: 30, unit: "日" });
    expect(deadlinePresets.petitionReviewRequest).toMatchObject({ amount: 30, unit: "日" });
    expect(deadlinePresets.petitionReviewAnswer).toMatchObject({ amount: 30, unit: "日" });
  });

  it("议提案: 3 个月, 6 个月 when complex (代表法 第五十一条), 协办 1 个月", () => {
    expect(deadlinePresets.proposalAnswer).toMatchObject({ amount: 3, unit: "个月" });
    expect(deadlinePresets.proposalAnswer.basis).toContain("代表法》第五十一条");
    expect(deadlinePresets.proposalAnswerComplex).toMatchObject({ amount: 6, unit: "个月" });
    expect(deadlinePresets.proposalCoHandlerOpinion).toMatchObject({ amount: 1, unit: "个月" });
  });

  it("政务信息: 20 工作日 (政府信息公开条例 第二十六条)", () => {
    expect(deadlinePresets.publication).toEqual({
      amount: 20,
      unit: "工作日",
      basis: "《中华人民共和国政府信息公开条例》第二十六条",
    });
  });

  it("every preset is a valid Period with a basis", () => {
    for (const [name, preset] of Object.entries(deadlinePresets)) {
      expect(Either.isRight(Schema.decodeUnknownEither(Period)(preset)), name).toBe(true);
      expect(preset.basis.length, name).toBeGreaterThan(0);
    }
  });

  it("议提案 交办 on 2025-03-15: answer due 6/15, a Sunday, so Monday 6/16", () => {
    const answer = deadlineFrom(deadlinePresets.proposalAnswer, d("2025-03-15"));
    expect(right(dueDate(answer, cal))).toBe("2025-06-16");
  });

  it("信访 received 2025-09-16: the acceptance notice is due 10/1, so 10/9", () => {
    const notice = deadlineFrom(deadlinePresets.petitionAcceptanceNotice, d("2025-09-16"));
    expect(right(dueDate(notice, cal))).toBe("2025-10-09");
  });

  it("describes a period as an office writes it", () => {
    expect(describePeriod(deadlinePresets.petitionFinish)).toEqual({
      zh: "60日（《信访工作条例》第三十五条）",
      en: "60 days (《信访工作条例》第三十五条)",
    });
    expect(describePeriod(deadlinePresets.publication).zh).toBe(
      "20个工作日（《中华人民共和国政府信息公开条例》第二十六条）",
    );
  });
});

describe("Deadline schema", () => {
  const decode = Schema.decodeUnknownEither(Deadline);

  it("accepts a well-formed deadline", () => {
    expect(
      Either.isRight(decode({ amount: 60, unit: "日", start: "2025-03-03", basis: "《条例》" })),
    ).toBe(true);
  });

  it("refuses a zero or fractional amount, an unknown unit, a blank basis", () => {
    const base = { amount: 60, unit: "日", start: "2025-03-03", basis: "《条例》" };
    expect(Either.isLeft(decode({ ...base, amount: 0 }))).toBe(true);
    expect(Either.isLeft(decode({ ...base, amount: 1.5 }))).toBe(true);
    expect(Either.isLeft(decode({ ...base, unit: "周" }))).toBe(true);
    expect(Either.isLeft(decode({ ...base, basis: "   " }))).toBe(true);
    expect(Either.isLeft(decode({ ...base, start: "2025/03/03" }))).toBe(true);
  });
});

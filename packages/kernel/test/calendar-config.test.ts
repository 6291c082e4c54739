import { Either } from "effect";
import { describe, expect, it } from "vitest";
import {
  type CalendarData,
  chineseDaysCalendarData,
  defaultKernelConfig,
  extendCalendarData,
  LocalDate,
  makeProcessModules,
  makeWorkingDayCalendar,
  type ProcessModule,
  processModules,
} from "../src/index.js";
import type { PetitionCommand } from "../src/processes/petition/index.js";
import type { Command } from "../src/shared/decider.js";
import { cast, meta } from "../src/shared/testing/fixtures.js";

// A year's data as an administrator would load it once the State Council publishes its notice.
// The dates are invented for the test (no 2027 notice exists as this is written); only the shape
// and the coverage matter here.
const year2027: CalendarData = {
  source: { name: "国务院办公厅通知（测试数据）", version: "2027" },
  coverage: { firstYear: 2027, lastYear: 2027 },
  holidays: {
    [LocalDate.make("2027-01-01")]: { zh: "元旦", en: "New Year's Day" },
  },
  makeUpWorkdays: {},
};

const day = (d: string): Command<PetitionCommand>["meta"] =>
  meta(cast.clerk, `${d}T09:00:00+08:00`);

/** A petition accepted on 2026-11-25: its 60 日 end in January 2027. */
const lateInTheYear = (modules: typeof processModules) => {
  const { decider } = modules.petition;
  const register: Command<PetitionCommand> = {
    meta: day("2026-11-25"),
    payload: {
      _tag: "RegisterPetition",
      number: "信〔2026〕40号",
      channel: "letter",
      origin: "public",
      petitioner: { name: "刘某", contact: "13800000000" },
      subject: "s",
      content: "c",
      receivedOn: LocalDate.make("2026-11-24"),
      attachments: [],
    },
  };
  const propose: Command<PetitionCommand> = {
    meta: day("2026-11-25"),
    payload: { _tag: "ProposeHandling", opinion: "拟交科技处办理。" },
  };
  const review: Command<PetitionCommand> = {
    meta: { ...day("2026-11-25"), actor: cast.director },
    payload: { _tag: "ReviewProposal", importance: "一般", opinion: "同意" },
  };
  let state = decider.initialState;
  for (const command of [register, propose]) {
    const events = Either.getOrThrow(decider.decide(command, state));
    state = events.reduce(decider.evolve, state);
  }
  return decider.decide(review, state);
};

describe("the working-day calendar is configuration", () => {
  it("on the package data a deadline in a year without a notice is refused, never guessed", () => {
    const result = lateInTheYear(processModules);
    expect(Either.isLeft(result) && result.left._tag).toBe("InvalidCommand");
  });

  it("extended with the next year's notice, every process counts on it", () => {
    const data = Either.getOrThrow(extendCalendarData(chineseDaysCalendarData, year2027));
    expect(data.coverage.lastYear).toBe(2027);
    const modules = makeProcessModules({
      ...defaultKernelConfig,
      calendar: makeWorkingDayCalendar(data),
    });
    const events = Either.getOrThrow(lateInTheYear(modules));
    const reviewed = events.find((e) => e._tag === "ProposalReviewed");
    expect(reviewed?._tag === "ProposalReviewed" && reviewed.deadline.due).toBe("2027-01-25");
    expect(reviewed?._tag === "ProposalReviewed" && reviewed.deadline.calendar.version).toContain(
      "+2027",
    );
  });

  it("a year that leaves a gap in the coverage is refused", () => {
    const later = { ...year2027, coverage: { firstYear: 2029, lastYear: 2029 } };
    const result = extendCalendarData(chineseDaysCalendarData, later);
    expect(Either.isLeft(result) && result.left._tag).toBe("InvalidCalendarInput");
  });

  it("a corrected notice replaces the data of the years it covers", () => {
    const corrected: CalendarData = {
      ...year2027,
      coverage: { firstYear: 2026, lastYear: 2026 },
      holidays: { [LocalDate.make("2026-01-02")]: { zh: "元旦", en: "New Year's Day" } },
    };
    const data = Either.getOrThrow(extendCalendarData(chineseDaysCalendarData, corrected));
    expect(Object.keys(data.holidays).filter((d) => d.startsWith("2026"))).toEqual(["2026-01-02"]);
    expect(data.coverage).toEqual(chineseDaysCalendarData.coverage);
  });
});

describe("the process registry", () => {
  it("holds every process by the name its streams carry, each with its chart", () => {
    const check = <P extends { _tag: string }, E extends { _tag: string }, S>(
      name: string,
      module: ProcessModule<P, E, S>,
    ) => {
      expect(module.name).toBe(name);
      expect(module.definition.steps.length).toBeGreaterThan(0);
      const { status } = module.decider.initialState as { readonly status: string };
      expect(module.stepOf(module.decider.initialState)).toBe(
        (module.definition.stepOfStatus as Record<string, string | undefined>)[status],
      );
    };
    const m = processModules;
    check("supervision", m.supervision);
    check("petition", m.petition);
    check("proposal", m.proposal);
    check("archive", m.archive);
    check("outgoing", m.outgoing);
    check("incoming", m.incoming);
    check("publication", m.publication);
    expect(Object.keys(m)).toHaveLength(7);
  });
});

import { Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import {
  type CommandTable,
  checkPayload,
  fromUnknown,
  makeAvailableActions,
  makeDecider,
  type ProcessSpec,
} from "../command-table.js";
import { LocalDate } from "../ids.js";
import { cast, meta, units } from "../testing/fixtures.js";
import { specify } from "../testing/given.js";
import { daysBetween } from "./dates.js";
import { whoDid } from "./delegation.js";
import {
  AddComment,
  type CaseState,
  Countersign,
  commentCommand,
  countersignCommand,
  describeHandlingEvent,
  evolveHandling,
  HandlingEvent,
  initialHandling,
  personalFields,
  pressLevel,
  RequestCountersign,
  ReturnCountersign,
  requestCountersignCommand,
  returnCountersignCommand,
} from "./index.js";
import { checkRegisterNumber } from "./register-number.js";

/**
 * A toy process that embeds the operations no real process of this package uses yet (会签),
 * built with the same template: statuses, a table, an evolve — so the operation is tested the
 * way a process will use it.
 */
type Status = "New" | "Open" | "Closed";
type ToyState = CaseState<Status>;
const ToyCommand = Schema.Union(RequestCountersign, Countersign, ReturnCountersign, AddComment);
type ToyCommand = typeof ToyCommand.Type;

const table: CommandTable<ToyCommand, ToyState, HandlingEvent, Status> = {
  RequestCountersign: requestCountersignCommand({ at: ["New", "Open"] }),
  Countersign: countersignCommand({ at: ["Open"] }),
  ReturnCountersign: returnCountersignCommand({ at: ["Open"] }),
  AddComment: commentCommand({ at: ["Open"] }),
};
const spec: ProcessSpec<ToyCommand, HandlingEvent, ToyState, Status> = {
  lifecycle: {
    initial: "New",
    statusOf: (s) => s.status,
    statusLabels: {
      New: { zh: "新", en: "New" },
      Open: { zh: "办理中", en: "Open" },
      Closed: { zh: "办结", en: "Closed" },
    },
    isTerminal: (s) => s.status === "Closed",
  },
  table,
  initialState: { status: "New", handling: initialHandling, handOff: undefined },
  evolve: (state, event) => ({
    ...state,
    status: event._tag === "CountersignCompleted" ? "Closed" : "Open",
    handling: evolveHandling(state.handling, event),
  }),
};
const toy = { decider: makeDecider(spec), commandSchema: fromUnknown(ToyCommand) };
const actions = makeAvailableActions(spec);
const { given } = specify(toy);

const science = { unitId: units.science, name: "科技处" };
const principal = { unitId: cast.principal.unitId, userId: cast.principal.userId, name: "陈局长" };
const request = (day: number) => ({
  meta: meta(cast.clerk, `2026-03-0${day}T09:00:00+08:00`),
  payload: { _tag: "RequestCountersign", signatories: [science, principal, science] } as const,
});
const by = (actor: typeof cast.clerk, payload: ToyCommand) => ({
  meta: meta(actor, "2026-03-03T09:00:00+08:00"),
  payload,
});
const opened = given([]).when(request(2)).thenAccepted().events;

describe("会签 (countersign)", () => {
  it("a round names each signatory once", () => {
    const [event] = opened;
    expect(event?._tag === "CountersignRequested" && event.signatories).toEqual([
      science,
      principal,
    ]);
  });
  it("one round at a time", () => {
    given(opened).when(request(3)).thenFails("WrongStep");
  });
  it("a unit signs through any of its handlers; a named person signs in person", () => {
    const signed = given(opened)
      .when(by(cast.scienceHandler, { _tag: "Countersign", opinion: "同意" }))
      .thenAccepted();
    expect(signed.events.map((e) => e._tag)).toEqual(["Countersigned"]);
    given([...opened, ...signed.events])
      .when(by(cast.scienceHead, { _tag: "Countersign", opinion: "同意" }))
      .thenFails("NotAuthorised");
    const last = given([...opened, ...signed.events])
      .when(by(cast.principal, { _tag: "Countersign", opinion: "同意" }))
      .thenAccepted();
    expect(last.events.map((e) => e._tag)).toEqual(["Countersigned", "CountersignCompleted"]);
    expect(last.state.handling.countersign).toBeUndefined();
  });
  it("someone not in the round cannot sign", () => {
    given(opened)
      .when(by(cast.industryHandler, { _tag: "Countersign", opinion: "x" }))
      .thenFails("NotAuthorised");
  });
  it("any signatory may return it, which ends the round", () => {
    const { state } = given(opened)
      .when(by(cast.principal, { _tag: "ReturnCountersign", reason: "请修改" }))
      .thenAccepted();
    expect(state.handling.countersign).toBeUndefined();
    given(opened)
      .when(by(cast.industryHandler, { _tag: "ReturnCountersign", reason: "x" }))
      .thenFails("NotAuthorised");
  });
  it("a signatory sees exactly sign and return", () => {
    expect(
      actions(
        given(opened)
          .when(by(cast.principal, { _tag: "AddComment", text: "阅" }))
          .thenAccepted().state,
        cast.principal,
      ).map((a) => a.command),
    ).toEqual(["Countersign", "ReturnCountersign", "AddComment"]);
  });
  it("every countersign event reads in the timeline", () => {
    const signed = given(opened)
      .when(by(cast.scienceHandler, { _tag: "Countersign", opinion: "同意" }))
      .thenAccepted();
    const done = given([...opened, ...signed.events])
      .when(by(cast.principal, { _tag: "Countersign", opinion: "同意" }))
      .thenAccepted();
    const returned = given(opened)
      .when(by(cast.principal, { _tag: "ReturnCountersign", reason: "r" }))
      .thenAccepted();
    const lines = [...opened, ...signed.events, ...done.events, ...returned.events].map(
      describeHandlingEvent,
    );
    expect(lines.map((l) => l.label.zh)).toEqual([
      "发起会签",
      "会签（科技处）",
      "会签（陈局长）",
      "会签完成",
      "会签退回（陈局长）",
    ]);
    for (const line of lines) expect(line.label.en).not.toBe("");
  });
  it("a signature recorded without an open round changes nothing", () => {
    const [signed] = given(opened)
      .when(by(cast.scienceHandler, { _tag: "Countersign", opinion: "同意" }))
      .thenAccepted().events;
    if (signed === undefined) throw new Error("no event");
    expect(evolveHandling(initialHandling, signed)).toEqual(initialHandling);
  });
});

describe("given/when/then reports what went wrong", () => {
  const comment = by(cast.clerk, { _tag: "AddComment", text: "x" });
  const open = [...opened];
  it("then: other events", () => {
    expect(() => given(open).when(comment).then([])).toThrow(/other events/);
  });
  it("thenNothing: something was recorded", () => {
    expect(() => given(open).when(comment).thenNothing()).toThrow(/no-op/);
  });
  it("thenFails: the command was accepted", () => {
    expect(() => given(open).when(comment).thenFails("WrongStep")).toThrow(/accepted/);
  });
  it("thenFails: another refusal", () => {
    expect(() => given([]).when(comment).thenFails("NotAuthorised")).toThrow(/got WrongStep/);
  });
  it("thenAccepted: the command was refused", () => {
    expect(() => given([]).when(comment).thenAccepted()).toThrow(/refused/);
  });
});

describe("small shared pieces", () => {
  it("「代」 appears only when acting on someone's behalf", () => {
    expect(whoDid({ at: "t", actor: "王经办", label: { zh: "", en: "" } })).toEqual({
      zh: "王经办",
      en: "王经办",
    });
  });
  it("calendar days between two dates", () => {
    expect(daysBetween(LocalDate.make("2026-04-30"), LocalDate.make("2026-05-30"))).toBe(30);
  });
  it("a malformed register number is refused with the reason", () => {
    const result = checkRegisterNumber(
      "X",
      "number",
      "督〔2026〕第7号",
      "督",
      meta(cast.clerk, "2026-03-02T09:00:00+08:00"),
    );
    expect(Either.isLeft(result) && result.left.messageZh).toMatch(/第/);
  });
  it("personal-data fields: none in a non-struct schema", () => {
    expect(personalFields(Schema.String)).toEqual([]);
  });
  it("the boundary check names the command when the payload is not an object", () => {
    const result = checkPayload(fromUnknown(ToyCommand))("nonsense");
    expect(Either.isLeft(result) && result.left.command).toBe("unknown");
  });
  it("the level of an unpressed case is none", () => {
    expect(pressLevel(initialHandling)).toBeUndefined();
  });
  it("every handling event schema carries its tag", () => {
    expect(HandlingEvent.members.length).toBe(18);
  });
});

import { FastCheck, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { tagsOf } from "../../shared/command-table.js";
import { fold } from "../../shared/decider.js";
import { personalFields, recorded, redact } from "../../shared/operations/index.js";
import { cast, meta, units } from "../../shared/testing/fixtures.js";
import { histories, specify } from "../../shared/testing/given.js";
import { propertyRun } from "../../shared/testing/properties.js";
import {
  accept,
  assign,
  cmd,
  date,
  eResult,
  general,
  hash,
  important,
  instruct,
  lead,
  letter,
  mailbox,
  on,
  paperResult,
  propose,
  result,
  scenario,
  submit,
} from "../../shared/testing/scenarios/petition.js";
import {
  definition,
  type PetitionCommand,
  PetitionRegistered,
  petition,
  stepOf,
  table,
} from "./index.js";

const { given } = specify(petition);
const { decider } = petition;
const { then, stateOf, actionsOf } = histories(petition);

// ── Test data: shared/testing/scenarios/petition.ts ─────────────────────────────────────────

const registered = then([], cmd(cast.clerk, 2, letter));
const proposed = then(registered, cmd(cast.clerk, 2, propose));
const toAssign = then(proposed, cmd(cast.director, 3, general));
const toSubmit = then(proposed, cmd(cast.director, 3, important));
const submitted = then(toSubmit, cmd(cast.clerk, 3, submit));
const assigned = then(toAssign, cmd(cast.clerk, 4, assign));
const handling = then(assigned, cmd(cast.scienceHandler, 5, accept));
const reported = then(handling, cmd(cast.scienceHandler, 20, result));
const concluded = then(
  reported,
  cmd(cast.clerk, 21, {
    _tag: "ConcludePetition",
    answer: "已书面答复",
    answeredOn: date("2026-03-21"),
  }),
);
const mailboxHandling = then(
  [],
  cmd(cast.clerk, 2, mailbox),
  cmd(cast.clerk, 2, propose),
  cmd(cast.director, 3, general),
  cmd(cast.clerk, 4, assign),
  cmd(cast.scienceHandler, 5, accept),
);

// ── One describe per status ──────────────────────────────────────────────────────────────────

describe("New (no case yet)", () => {
  it("登记: the clerk registers and numbers the petition", () => {
    const c = cmd(cast.clerk, 2, letter);
    const { _tag, ...data } = letter;
    given([])
      .when(c)
      .then([{ ...data, _tag: "PetitionRegistered", ...recorded(c.meta), attachments: [] }]);
  });
  it("the petitioner's name and contact sit in one marked personal-data field", () => {
    expect(personalFields(PetitionRegistered)).toEqual(["petitioner"]);
    const [event] = registered;
    expect(event && redact(event, personalFields(PetitionRegistered))).not.toHaveProperty(
      "petitioner",
    );
  });
  it("the number must be of the 信 register", () => {
    given([])
      .when(cmd(cast.clerk, 2, { ...letter, number: "信〔2025〕3号" }))
      .thenFails("InvalidCommand");
  });
  it("a petition cannot be received in the future", () => {
    given([])
      .when(cmd(cast.clerk, 2, { ...letter, receivedOn: date("2026-03-09") }))
      .thenFails("InvalidCommand");
  });
  it("the petitioner's contact is required", () => {
    given([])
      .whenRaw(meta(cast.clerk, on(2)), { ...letter, petitioner: { name: "刘某" } })
      .thenFails("InvalidCommand");
  });
  it("only the clerk registers", () => {
    given([])
      .when(cmd(cast.scienceHandler, 2, letter))
      .thenFails("NotAuthorised");
  });
});

describe("Registered (拟办)", () => {
  it("the office clerk writes the 拟办意见", () => {
    const { state } = given(registered)
      .when(cmd(cast.clerk, 2, propose))
      .thenAccepted();
    expect(state.proposal?.kind).toBe("拟办意见");
    expect(stepOf(state)).toBe("route");
  });
  it("a division does not propose", () => {
    given(registered)
      .when(cmd(cast.scienceHandler, 2, propose))
      .thenFails("NotAuthorised");
  });
  it("no review before there is a proposal", () => {
    given(registered)
      .when(cmd(cast.director, 2, general))
      .thenFails("WrongStep");
  });
});

describe("Proposed (主任审核, 报批或交办)", () => {
  it("信访工作条例 art. 25: accepted after the 15 日 notice period only with the reason", () => {
    // Received 2026-03-01: the notice is due 2026-03-16; reviewed on 2026-03-20.
    const late = cmd(cast.director, 20, general);
    given(proposed).when(late).thenFails("InvalidCommand");
    const { events } = given(proposed)
      .when({ ...late, payload: { ...general, lateReason: "信访人补充材料后方能受理" } })
      .thenAccepted();
    expect(events[0]).toMatchObject({
      _tag: "ProposalReviewed",
      noticeDeadline: { due: "2026-03-16" },
      lateReason: "信访人补充材料后方能受理",
    });
    expect(petition.history(events)[0]?.details?.zh).toContain("逾期受理");
  });
  it("an acceptance within the 15 日 records the notice period it met", () => {
    const { events } = given(proposed)
      .when(cmd(cast.director, 3, general))
      .thenAccepted();
    expect(events[0]).toMatchObject({ noticeDeadline: { due: "2026-03-16" } });
  });
  it("一般: accepted on review; due 60 日 later, rolled past the May Day holiday (民法典 art. 203)", () => {
    const c = cmd(cast.director, 3, general);
    const { events, state } = given(proposed).when(c).thenAccepted();
    expect(events[0]).toMatchObject({
      _tag: "ProposalReviewed",
      importance: "一般",
      acceptedOn: "2026-03-03",
      deadline: { amount: 60, unit: "日", start: "2026-03-03", due: "2026-05-06" },
    });
    expect(state.status).toBe("ToAssign");
    expect(state.dueOn).toBe("2026-05-06");
  });
  it("重要: goes to a leader before assignment", () => {
    const { state } = given(proposed)
      .when(cmd(cast.director, 3, important))
      .thenAccepted();
    expect(state.status).toBe("ToSubmit");
  });
  it("a due date beyond the calendar's data is refused, never guessed", () => {
    const late = { meta: meta(cast.director, on(20, 11)), payload: general };
    given(proposed).when(late).thenFails("InvalidCommand");
  });
  it("only the office director reviews", () => {
    given(proposed)
      .when(cmd(cast.clerk, 3, general))
      .thenFails("NotAuthorised");
  });
  it("退回: the director returns the proposal to the clerk", () => {
    const { state } = given(proposed)
      .when(cmd(cast.director, 3, { _tag: "SendBack", reason: "请补充" }))
      .thenAccepted();
    expect(state.status).toBe("Registered");
  });
});

describe("ToSubmit and Submitted (重要: 报批, 领导批示)", () => {
  it("the office submits it to a leader", () => {
    given(toSubmit)
      .when(cmd(cast.clerk, 3, submit))
      .thenAccepted();
  });
  it("a general petition is not submitted", () => {
    given(toAssign)
      .when(cmd(cast.clerk, 3, submit))
      .thenFails("WrongStep");
  });
  it("the leader instructs; the case then awaits 交办", () => {
    const { state } = given(submitted)
      .when(cmd(cast.leader, 4, instruct))
      .thenAccepted();
    expect(state.status).toBe("ToAssign");
  });
  it("委托: a deputy instructs for the leader", () => {
    const { events } = given(submitted)
      .when(cmd(cast.deputy, 4, instruct, cast.leader))
      .thenAccepted();
    expect(petition.history(events)[0]?.onBehalfOf).toBe("张局长");
  });
  it("another leader cannot instruct", () => {
    given(submitted)
      .when(cmd(cast.principal, 4, instruct))
      .thenFails("NotAuthorised");
  });
  it("the instruction's time limit cannot pass the 60 日", () => {
    given(submitted)
      .when(
        cmd(cast.leader, 4, {
          _tag: "GiveInstruction",
          instruction: "x",
          dueOn: date("2026-06-01"),
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("退回: the leader returns it to the director's review", () => {
    const { state } = given(submitted)
      .when(cmd(cast.leader, 4, { _tag: "SendBack", reason: "r" }))
      .thenAccepted();
    expect(state.status).toBe("Proposed");
  });
  it("撤回: the clerk takes the submission back", () => {
    const { state } = given(submitted)
      .when(cmd(cast.clerk, 3, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("ToSubmit");
  });
});

describe("ToAssign (交办)", () => {
  it("the office assigns within the 60 日", () => {
    const { events } = given(toAssign)
      .when(cmd(cast.clerk, 4, assign))
      .thenAccepted();
    expect(events[0]).toMatchObject({
      _tag: "UnitsAssigned",
      rule: "信访：自受理之日起60日（《信访工作条例》第三十五条）内办结",
    });
  });
  it("no unit due date after the case's due date", () => {
    given(toAssign)
      .when(
        cmd(cast.clerk, 4, {
          _tag: "AssignUnits",
          lead: { ...lead, dueOn: date("2026-05-20") },
          coUnits: [],
        }),
      )
      .thenFails("InvalidCommand");
  });
});

describe("Assigned and Handling (承办, 催办, 反馈)", () => {
  it("the lead unit accepts", () => {
    const { state } = given(assigned)
      .when(cmd(cast.scienceHandler, 5, accept))
      .thenAccepted();
    expect(state.status).toBe("Handling");
  });
  it("撤回 of the assignment before the unit acts; the assignment is undone", () => {
    const { state } = given(assigned)
      .when(cmd(cast.clerk, 4, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("ToAssign");
    expect(state.handling.lead).toBeUndefined();
  });
  it("退回 by the lead unit before accepting", () => {
    const { state } = given(assigned)
      .when(cmd(cast.scienceHandler, 5, { _tag: "SendBack", reason: "非本处职责" }))
      .thenAccepted();
    expect(state.status).toBe("ToAssign");
  });
  it("催办 never moves the due date", () => {
    const { state } = given(handling)
      .when(
        cmd(cast.clerk, 6, {
          _tag: "Press",
          unitId: units.science,
          level: "催办",
          fromSuperior: false,
        }),
      )
      .thenAccepted();
    expect(state.handling.lead?.dueOn).toBe(lead.dueOn);
    expect(state.dueOn).toBe("2026-05-06");
  });
  it("延期: once, up to 30 日, approved by a leader with the reason noticed to the petitioner", () => {
    const requested = then(
      handling,
      cmd(cast.scienceHandler, 10, {
        _tag: "RequestExtension",
        newDueOn: date("2026-05-30"),
        reason: "需现场核查",
      }),
    );
    const { state, events } = given(requested)
      .when(
        cmd(cast.leader, 11, { _tag: "ApproveExtension", notice: "因需现场核查，延期至5月30日" }),
      )
      .thenAccepted();
    expect(events[0]).toMatchObject({
      _tag: "ExtensionGranted",
      rule: "《信访工作条例》第三十五条",
    });
    expect(state.handling.lead?.dueOn).toBe("2026-05-30");
    expect(state.dueOn).toBe("2026-05-30");
    given([...requested, ...events])
      .when(
        cmd(cast.scienceHandler, 12, {
          _tag: "RequestExtension",
          newDueOn: date("2026-06-10"),
          reason: "r",
        }),
      )
      .thenFails("WrongStep");
  });
  it("延期 of a lead unit whose own date ran early never shortens the case's 60 日", () => {
    // The case is due 2026-05-06 (60 日 from acceptance); the unit was given 2026-04-10.
    const early = then(
      toAssign,
      cmd(cast.clerk, 4, { ...assign, lead: { ...lead, dueOn: date("2026-04-10") } }),
      cmd(cast.scienceHandler, 5, accept),
    );
    const requested = then(
      early,
      cmd(cast.scienceHandler, 8, {
        _tag: "RequestExtension",
        newDueOn: date("2026-04-20"),
        reason: "需现场核查",
      }),
    );
    const { state } = given(requested)
      .when(cmd(cast.leader, 9, { _tag: "ApproveExtension", notice: "已告知信访人" }))
      .thenAccepted();
    expect(state.handling.lead?.dueOn).toBe("2026-04-20");
    expect(state.dueOn).toBe("2026-05-06");
  });
  it("an extension longer than 30 日 is refused", () => {
    given(handling)
      .when(
        cmd(cast.scienceHandler, 10, {
          _tag: "RequestExtension",
          newDueOn: date("2026-06-01"),
          reason: "r",
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("an approval without the notice to the petitioner is refused", () => {
    const requested = then(
      handling,
      cmd(cast.scienceHandler, 10, {
        _tag: "RequestExtension",
        newDueOn: date("2026-05-30"),
        reason: "r",
      }),
    );
    given(requested)
      .when(cmd(cast.leader, 11, { _tag: "ApproveExtension" }))
      .thenFails("InvalidCommand");
  });
  it("the office director does not approve a petition's extension (the head does)", () => {
    const requested = then(
      handling,
      cmd(cast.scienceHandler, 10, {
        _tag: "RequestExtension",
        newDueOn: date("2026-05-30"),
        reason: "r",
      }),
    );
    given(requested)
      .when(cmd(cast.director, 11, { _tag: "ApproveExtension", notice: "n" }))
      .thenFails("NotAuthorised");
  });
  it("反馈: the lead unit reports the result to the office", () => {
    const { state } = given(handling)
      .when(cmd(cast.scienceHandler, 20, { ...result, attachments: [paperResult] }))
      .thenAccepted();
    expect(state.status).toBe("Reported");
  });
  it("市长信箱: the unit sends the electronic result only", () => {
    given(mailboxHandling)
      .when(cmd(cast.scienceHandler, 20, { ...result, attachments: [paperResult] }))
      .thenFails("InvalidCommand");
    given(mailboxHandling)
      .when(cmd(cast.scienceHandler, 20, { ...result, attachments: [] }))
      .thenFails("InvalidCommand");
    given(mailboxHandling)
      .when(cmd(cast.scienceHandler, 20, result))
      .thenAccepted();
  });
  it("another unit does not report", () => {
    given(handling)
      .when(cmd(cast.industryHandler, 20, result))
      .thenFails("NotAuthorised");
  });
});

describe("Reported (反馈 → 答复 / 统一回复)", () => {
  it("the office answers the petitioner and concludes", () => {
    const c = cmd(cast.clerk, 21, {
      _tag: "ConcludePetition",
      answer: "已书面答复",
      answeredOn: date("2026-03-21"),
    });
    given(reported)
      .when(c)
      .then([
        {
          _tag: "PetitionConcluded",
          ...recorded(c.meta),
          answer: "已书面答复",
          answeredOn: date("2026-03-21"),
        },
      ]);
  });
  it("an answer cannot be dated in the future", () => {
    given(reported)
      .when(
        cmd(cast.clerk, 21, {
          _tag: "ConcludePetition",
          answer: "x",
          answeredOn: date("2026-03-25"),
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("市长信箱: the office replies to the mailbox for everyone (统一回复), not by letter", () => {
    const mReported = then(mailboxHandling, cmd(cast.scienceHandler, 20, result));
    expect(actionsOf(mReported, cast.clerk)).toContain("ReplyToMailbox");
    expect(actionsOf(mReported, cast.clerk)).not.toContain("ConcludePetition");
    given(mReported)
      .when(
        cmd(cast.clerk, 21, {
          _tag: "ConcludePetition",
          answer: "x",
          answeredOn: date("2026-03-21"),
        }),
      )
      .thenFails("WrongStep");
    const { state } = given(mReported)
      .when(
        cmd(cast.clerk, 21, {
          _tag: "ReplyToMailbox",
          reply: "您好，……",
          repliedOn: date("2026-03-21"),
        }),
      )
      .thenAccepted();
    expect(state.status).toBe("Concluded");
  });
  it("a letter is not answered through the mailbox", () => {
    given(reported)
      .when(
        cmd(cast.clerk, 21, { _tag: "ReplyToMailbox", reply: "x", repliedOn: date("2026-03-21") }),
      )
      .thenFails("WrongStep");
  });
  it("a mailbox reply cannot be dated in the future", () => {
    const mReported = then(mailboxHandling, cmd(cast.scienceHandler, 20, result));
    given(mReported)
      .when(
        cmd(cast.clerk, 21, { _tag: "ReplyToMailbox", reply: "x", repliedOn: date("2026-03-28") }),
      )
      .thenFails("InvalidCommand");
  });
  it("退回: the office returns an insufficient result", () => {
    const { state } = given(reported)
      .when(cmd(cast.director, 21, { _tag: "SendBack", reason: "r" }))
      .thenAccepted();
    expect(state.status).toBe("Handling");
  });
  it("撤回: the unit takes its result back before the office answers", () => {
    const { state } = given(reported)
      .when(cmd(cast.scienceHandler, 20, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Handling");
  });
});

describe("Concluded", () => {
  it("every command is refused as CaseClosed", () => {
    given(concluded)
      .when(cmd(cast.clerk, 22, { _tag: "AddComment", text: "x" }))
      .thenFails("CaseClosed");
    given(concluded)
      .when(cmd(cast.scienceHandler, 22, result))
      .thenFails("CaseClosed");
  });
  it("nobody has anything to do", () => {
    for (const actor of Object.values(cast)) expect(actionsOf(concluded, actor)).toEqual([]);
  });
});

describe("definition and timeline", () => {
  it("every arrow is taken by a command of the table", () => {
    const tags: ReadonlyArray<string> = tagsOf(table);
    for (const t of definition.transitions) expect(tags).toContain(t.command);
  });
  it("every status is drawn at an existing step", () => {
    const ids = definition.steps.map((s) => s.id);
    for (const step of Object.values(definition.stepOfStatus))
      if (step !== undefined) expect(ids).toContain(step);
  });
  it("the timeline never shows the petitioner's personal data", () => {
    const text = JSON.stringify(petition.history(concluded));
    expect(text).not.toContain("刘某");
    expect(text).not.toContain("13800000000");
  });
});

describe("scenarios", () => {
  it("an important mayor's-mailbox petition, through 报批, 延期 and 统一回复", () => {
    const events = then([], ...scenario);
    const state = stateOf(events);
    expect(state.status).toBe("Concluded");
    expect(state.importance).toBe("重要");
    const codec = petition.eventSchema;
    for (const e of events)
      expect(Schema.decodeUnknownSync(codec)(Schema.encodeSync(codec)(e))).toEqual(e);
    expect(petition.history(events)).toHaveLength(events.length);
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────────

const payloads: ReadonlyArray<PetitionCommand> = [
  letter,
  mailbox,
  propose,
  general,
  important,
  submit,
  instruct,
  assign,
  {
    _tag: "AssignUnits",
    lead,
    coUnits: [{ unitId: units.industry, unitName: "产业处", dueOn: date("2026-04-20") }],
  },
  accept,
  { _tag: "Press", unitId: units.science, level: "督办", fromSuperior: false },
  result,
  { ...result, attachments: [paperResult] },
  { _tag: "ConcludePetition", answer: "a", answeredOn: date("2026-03-02") },
  { _tag: "ReplyToMailbox", reply: "r", repliedOn: date("2026-03-02") },
  { _tag: "SendBack", reason: "r" },
  { _tag: "Withdraw" },
  {
    _tag: "Reassign",
    fromUnitId: units.science,
    toUnitId: units.finance,
    toUnitName: "计财处",
    reason: "r",
  },
  { _tag: "SubmitCoOpinion", opinion: "o" },
  { _tag: "ReportProgress", text: "t" },
  { _tag: "RequestExtension", newDueOn: date("2026-05-20"), reason: "r" },
  { _tag: "ApproveExtension", notice: "n" },
  { _tag: "ApproveExtension" },
  { _tag: "RefuseExtension", reason: "r" },
  { _tag: "Circulate", readers: [{ userId: cast.principal.userId, name: cast.principal.name }] },
  { _tag: "ConfirmRead" },
  { _tag: "AddComment", text: "c" },
  { _tag: "AttachFile", attachment: eResult },
  { _tag: "ReplaceAttachment", attachment: { ...eResult, sha256: hash("9") } },
];

describe("properties over random command sequences", () => {
  it("decide never throws; refusals record nothing; the fold equals the live state; availableActions matches the guard", () => {
    const step = FastCheck.record({
      payload: FastCheck.constantFrom(...payloads),
      actor: FastCheck.constantFrom(...Object.values(cast)),
      delegated: FastCheck.boolean(),
      day: FastCheck.integer({ min: 2, max: 25 }),
    });
    FastCheck.assert(
      FastCheck.property(FastCheck.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const { state, log } = propertyRun(
          petition,
          [],
          steps.map((s) => {
            const onBehalfOf = s.delegated && s.actor === cast.deputy ? cast.leader : undefined;
            return cmd(s.actor, s.day, s.payload, onBehalfOf);
          }),
        );
        expect(fold(decider, log)).toEqual(state);
        // Every recorded fact reads as one line of the timeline.
        expect(petition.history(log)).toHaveLength(log.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("module", () => {
  it("is the ProcessModule named petition, every event at version 1, nothing to upcast", () => {
    expect(petition.name).toBe("petition");
    expect(new Set(Object.values(petition.eventVersions))).toEqual(new Set([1]));
    expect(petition.upcast("CommentAdded", 1, { a: 1 })).toEqual({ a: 1 });
  });
});

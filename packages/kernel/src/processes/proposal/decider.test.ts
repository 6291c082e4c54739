import { Either, FastCheck, Schema } from "effect";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../shared/actor.js";
import { AttachmentId } from "../../shared/attachment.js";
import { makeWorkingDayCalendar } from "../../shared/calendar.js";
import { tagsOf } from "../../shared/command-table.js";
import { fold } from "../../shared/decider.js";
import { UnitId, UserId } from "../../shared/ids.js";
import { pressCount, recorded, unread, whoDid } from "../../shared/operations/index.js";
import { cast, meta, units } from "../../shared/testing/fixtures.js";
import { histories, specify } from "../../shared/testing/given.js";
import { propertyRun } from "../../shared/testing/properties.js";
import {
  accept,
  approve,
  assign,
  callLookBack,
  cmd,
  co,
  coOpinion,
  date,
  dissatisfied,
  finance,
  hash,
  identify,
  identifyOutside,
  industry,
  lead,
  lookBackReport,
  on,
  page,
  paperOnly,
  plan,
  record,
  reply,
  replyLetter,
  returnItem,
  revise,
  round1,
  round2,
  satisfied,
  scenario,
  science,
  signFor,
  submitLookBack,
  submitPlan,
  upload,
} from "../../shared/testing/scenarios/proposal.js";
import {
  defaultProposalConfig,
  definition,
  makeProposal,
  type ProposalCommand,
  type ProposalEvent,
  proposal,
  stepOf,
  table,
} from "./index.js";

const { given } = specify(proposal);
const { decider, availableActions } = proposal;
const { runFrom, run, then, stateOf, actionsOf } = histories(proposal);

// ── Test data: shared/testing/scenarios/proposal.ts ─────────────────────────────────────────

const found = run(cmd(cast.clerk, "03-03", record));
const identified = then(found, cmd(cast.clerk, "03-04", identify));
const identifiedOutside = then(found, cmd(cast.clerk, "03-04", identifyOutside));
const signed = then(identified, cmd(cast.clerk, "03-05", signFor));
const firstRound = then(signed, cmd(cast.clerk, "03-06", round1));
const secondRound = then(firstRound, cmd(cast.clerk, "03-09", round2));
const drafted = then(secondRound, cmd(cast.clerk, "03-10", plan));
const submitted = then(drafted, cmd(cast.director, "03-10", submitPlan));
const approved = then(submitted, cmd(cast.clerk, "03-11", approve));
const assigned = then(approved, cmd(cast.clerk, "03-12", assign));
const handling = then(assigned, cmd(cast.scienceHandler, "03-13", accept));
const withCoOpinion = then(handling, cmd(cast.industryHandler, "03-16", coOpinion));
const replied = then(withCoOpinion, cmd(cast.scienceHandler, "03-20", reply));
const uploaded = then(replied, cmd(cast.clerk, "03-21", upload));
const answered = then(uploaded, cmd(cast.clerk, "03-25", satisfied));
const lookingBack = then(answered, cmd(cast.clerk, "03-26", callLookBack));
const closed = then(lookingBack, cmd(cast.scienceHandler, "03-30", submitLookBack));

// ── One describe per status ──────────────────────────────────────────────────────────────────

describe("New (no case yet)", () => {
  it("查阅: the office records an item published online, with its 案号, kind and proposer", () => {
    const c = cmd(cast.clerk, "03-03", record);
    given([])
      .when(c)
      .then([
        {
          _tag: "ItemRecorded",
          ...recorded(c.meta),
          proposalNumber: "第20260123号",
          kind: "人大建议",
          title: "关于加快科技成果转化的建议",
          proposer: "刘代表",
          content: "建议设立成果转化专项资金。",
          publishedOn: date("2026-03-02"),
          attachments: [{ ...page, version: 1 }],
        },
      ]);
  });
  it("the office director may record too", () => {
    given([])
      .when(cmd(cast.director, "03-03", record))
      .thenAccepted();
  });
  it("a division does not record items", () => {
    given([])
      .when(cmd(cast.scienceHandler, "03-03", record))
      .thenFails("NotAuthorised");
  });
  it("an item cannot be published after it is recorded", () => {
    given([])
      .when(cmd(cast.clerk, "03-01", record))
      .thenFails("InvalidCommand");
  });
  it("missing data (no proposer) is refused", () => {
    const { proposer: _p, ...noProposer } = record;
    given([])
      .whenRaw(meta(cast.clerk, on("03-03")), noProposer)
      .thenFails("InvalidCommand");
  });
  it("an unknown kind is refused at the boundary", () => {
    given([])
      .whenRaw(meta(cast.clerk, on("03-03")), { ...record, kind: "群众来信" })
      .thenFails("InvalidCommand");
  });
  it("no other step applies before the item is recorded", () => {
    given([])
      .when(cmd(cast.clerk, "03-04", identify))
      .thenFails("WrongStep");
  });
  it("the clerk may only record", () => {
    expect(actionsOf([], cast.clerk)).toEqual(["RecordItem"]);
    expect(stepOf(stateOf([]))).toBeUndefined();
  });
});

describe("Found (鉴别确认)", () => {
  it("the office records the finding made with the divisions concerned", () => {
    const c = cmd(cast.clerk, "03-04", identify);
    given(found)
      .when(c)
      .then([
        {
          _tag: "IdentificationConfirmed",
          ...recorded(c.meta),
          withinDuties: true,
          divisions: [science, industry],
          opinion: "属我局成果转化职责。",
        },
      ]);
  });
  it("a division is named once", () => {
    given(found)
      .when(cmd(cast.clerk, "03-04", { ...identify, divisions: [science, science] }))
      .thenFails("InvalidCommand");
  });
  it("the divisions concerned must be named", () => {
    given(found)
      .whenRaw(meta(cast.clerk, on("03-04")), { ...identify, divisions: [] })
      .thenFails("InvalidCommand");
  });
  it("a division does not confirm the finding itself", () => {
    given(found)
      .when(cmd(cast.scienceHead, "03-04", identify))
      .thenFails("NotAuthorised");
  });
  it("a recorded item cannot be recorded again", () => {
    given(found)
      .when(cmd(cast.clerk, "03-04", record))
      .thenFails("CaseAlreadyExists");
  });
  it("会签: the divisions countersign the finding; it is confirmed once the round is over", () => {
    const requested = then(
      found,
      cmd(cast.clerk, "03-03", {
        _tag: "RequestCountersign",
        signatories: [
          { unitId: units.science, name: "科技处" },
          { unitId: units.industry, name: "产业处" },
        ],
      }),
    );
    given(requested)
      .when(cmd(cast.clerk, "03-04", identify))
      .thenFails("WrongStep");
    const one = then(
      requested,
      cmd(cast.scienceHead, "03-04", { _tag: "Countersign", opinion: "属实" }),
    );
    const { events } = given(one)
      .when(cmd(cast.industryHandler, "03-04", { _tag: "Countersign", opinion: "同意" }))
      .thenAccepted();
    expect(events.map((e) => e._tag)).toEqual(["Countersigned", "CountersignCompleted"]);
    given([...one, ...events])
      .when(cmd(cast.clerk, "03-04", identify))
      .thenAccepted();
  });
  it("会签退回: a division returns the finding; the round closes", () => {
    const requested = then(
      found,
      cmd(cast.clerk, "03-03", {
        _tag: "RequestCountersign",
        signatories: [{ unitId: units.science, name: "科技处" }],
      }),
    );
    const { state } = given(requested)
      .when(cmd(cast.scienceHandler, "03-04", { _tag: "ReturnCountersign", reason: "不属本处" }))
      .thenAccepted();
    expect(state.handling.countersign).toBeUndefined();
    given(requested)
      .when(cmd(cast.financeHandler, "03-04", { _tag: "Countersign", opinion: "x" }))
      .thenFails("NotAuthorised");
  });
  it("the step shown is 鉴别确认", () => {
    expect(stepOf(stateOf(found))).toBe("identify");
  });
});

describe("Identified (签收或退回)", () => {
  it("签收: an item within the bureau's duties is signed for", () => {
    const c = cmd(cast.clerk, "03-05", { _tag: "SignFor", note: "已签收" });
    given(identified)
      .when(c)
      .then([{ _tag: "ItemSignedFor", ...recorded(c.meta), note: "已签收" }]);
  });
  it("an item within the bureau's duties cannot be returned", () => {
    given(identified)
      .when(cmd(cast.clerk, "03-05", returnItem))
      .thenFails("WrongStep");
  });
  it("退回: an item outside the duties goes back promptly, the time limit recorded", () => {
    const c = cmd(cast.clerk, "03-05", returnItem);
    given(identifiedOutside)
      .when(c)
      .then([
        {
          _tag: "ItemReturned",
          ...recorded(c.meta),
          returnTo: "市政府",
          reason: "不属我局职责，建议改由市发改委办理。",
          returnBy: {
            ...defaultProposalConfig.returnPeriod,
            start: date("2026-03-02"),
            due: date("2026-03-12"),
            calendar: defaultProposalConfig.calendar.source,
          },
        },
      ]);
  });
  it("an item outside the duties cannot be signed for", () => {
    given(identifiedOutside)
      .when(cmd(cast.clerk, "03-05", signFor))
      .thenFails("WrongStep");
  });
  it("each branch offers only its own command", () => {
    expect(actionsOf(identified, cast.clerk)).toContain("SignFor");
    expect(actionsOf(identified, cast.clerk)).not.toContain("ReturnItem");
    expect(actionsOf(identifiedOutside, cast.clerk)).toContain("ReturnItem");
    expect(actionsOf(identifiedOutside, cast.clerk)).not.toContain("SignFor");
  });
  it("a late return must say why it is late", () => {
    given(identifiedOutside)
      .when(cmd(cast.clerk, "03-13", returnItem))
      .thenFails("InvalidCommand");
    const { events } = given(identifiedOutside)
      .when(cmd(cast.clerk, "03-13", { ...returnItem, lateReason: "相关处室意见反复" }))
      .thenAccepted();
    expect(events[0]?._tag === "ItemReturned" && events[0].lateReason).toBe("相关处室意见反复");
  });
  it("on the last day of the limit the return is still on time", () => {
    given(identifiedOutside)
      .when(cmd(cast.clerk, "03-12", returnItem))
      .thenAccepted();
  });
  it("a 人大建议 goes back to 市政府, not 市政协", () => {
    given(identifiedOutside)
      .when(cmd(cast.clerk, "03-05", { ...returnItem, returnTo: "市政协" }))
      .thenFails("InvalidCommand");
  });
  it("a 政协提案 may go back to 市政协", () => {
    const cppcc = then(
      run(cmd(cast.clerk, "03-03", { ...record, kind: "政协提案", proposer: "黄委员" })),
      cmd(cast.clerk, "03-04", identifyOutside),
    );
    given(cppcc)
      .when(cmd(cast.clerk, "03-05", { ...returnItem, returnTo: "市政协" }))
      .thenAccepted();
  });
  it("a limit the calendar cannot count is refused, never guessed", () => {
    const late = then(
      run(cmd(cast.clerk, "12-28", { ...record, publishedOn: date("2026-12-28") })),
      cmd(cast.clerk, "12-28", identifyOutside),
    );
    given(late)
      .when(cmd(cast.clerk, "12-29", returnItem))
      .thenFails("InvalidCommand");
  });
  it("重新鉴别: the office director sends the finding back", () => {
    const { state } = given(identified)
      .when(cmd(cast.director, "03-05", { _tag: "SendBack", reason: "请再会同产业处鉴别" }))
      .thenAccepted();
    expect(state.status).toBe("Found");
    given(identified)
      .when(cmd(cast.clerk, "03-05", { _tag: "SendBack", reason: "x" }))
      .thenFails("NotAuthorised");
  });
  it("a division neither signs for nor returns", () => {
    given(identified)
      .when(cmd(cast.scienceHandler, "03-05", signFor))
      .thenFails("NotAuthorised");
  });
});

describe("Returned (closed)", () => {
  const returned = then(identifiedOutside, cmd(cast.clerk, "03-05", returnItem));
  it("the case is over: every command is refused as CaseClosed", () => {
    given(returned)
      .when(cmd(cast.clerk, "03-06", round1))
      .thenFails("CaseClosed");
    given(returned)
      .when(cmd(cast.clerk, "03-06", { _tag: "AddComment", text: "x" }))
      .thenFails("CaseClosed");
    expect(decider.isTerminal(stateOf(returned))).toBe(true);
    expect(stepOf(stateOf(returned))).toBe("close");
  });
});

describe("SignedFor (分类、磋商)", () => {
  it("the office classifies, proposes a preliminary list and records the first round", () => {
    const c = cmd(cast.clerk, "03-06", round1);
    given(signed)
      .when(c)
      .then([
        {
          _tag: "FirstRoundConsulted",
          ...recorded(c.meta),
          category: "成果转化",
          units: round1.units,
          summary: "计财处提出由科技处主办。",
        },
      ]);
  });
  it("the list names exactly one lead unit", () => {
    given(signed)
      .when(
        cmd(cast.clerk, "03-06", {
          ...round1,
          units: [
            { ...finance, role: "协办", agrees: true },
            { ...science, role: "协办", agrees: true },
          ],
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("a unit appears on the list once", () => {
    given(signed)
      .when(
        cmd(cast.clerk, "03-06", {
          ...round1,
          units: [
            { ...science, role: "主办", agrees: true },
            { ...science, role: "协办", agrees: true },
          ],
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("an empty list is refused", () => {
    given(signed)
      .whenRaw(meta(cast.clerk, on("03-06")), { ...round1, units: [] })
      .thenFails("InvalidCommand");
  });
  it("the second round does not come first", () => {
    given(signed)
      .when(cmd(cast.clerk, "03-06", round2))
      .thenFails("WrongStep");
  });
  it("a division does not classify", () => {
    given(signed)
      .when(cmd(cast.scienceHead, "03-06", round1))
      .thenFails("NotAuthorised");
  });
});

describe("FirstRoundHeld (第二轮磋商)", () => {
  it("the office proposes the list again and records the second round", () => {
    const { events, state } = given(firstRound)
      .when(cmd(cast.director, "03-09", round2))
      .thenAccepted();
    expect(events[0]?._tag).toBe("SecondRoundConsulted");
    expect(state.secondRound.map((u) => u.unitName)).toEqual(["科技处", "产业处"]);
    expect(state.category).toBe("成果转化");
    expect(stepOf(stateOf(firstRound))).toBe("secondRound");
  });
  it("the second list also names exactly one lead unit", () => {
    given(firstRound)
      .when(
        cmd(cast.clerk, "03-09", {
          _tag: "ConsultSecondRound",
          units: [{ ...science, role: "协办", agrees: true }],
          summary: "s",
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("a division does not consult", () => {
    given(firstRound)
      .when(cmd(cast.industryHandler, "03-09", round2))
      .thenFails("NotAuthorised");
  });
});

describe("SecondRoundHeld (报批: 拟出办理工作意见)", () => {
  it("the office drafts the plan from the second round", () => {
    const c = cmd(cast.clerk, "03-10", plan);
    given(secondRound)
      .when(c)
      .then([
        {
          _tag: "PlanDrafted",
          ...recorded(c.meta),
          plan: "科技处主办，产业处协办，三个月内答复。",
          lead: science,
          coUnits: [industry],
          complex: false,
        },
      ]);
  });
  it("the plan names only units of the second round", () => {
    given(secondRound)
      .when(cmd(cast.clerk, "03-10", { ...plan, coUnits: [finance] }))
      .thenFails("InvalidCommand");
  });
  it("the lead is not also a co-handling unit", () => {
    given(secondRound)
      .when(cmd(cast.clerk, "03-10", { ...plan, coUnits: [science] }))
      .thenFails("InvalidCommand");
  });
  it("a division does not draft the plan", () => {
    given(secondRound)
      .when(cmd(cast.scienceHead, "03-10", plan))
      .thenFails("NotAuthorised");
  });
});

describe("PlanDrafted (报批: 提请局长办公会审议)", () => {
  it("the office director submits the plan to the 局长办公会", () => {
    const c = cmd(cast.director, "03-10", submitPlan);
    given(drafted)
      .when(c)
      .then([{ _tag: "PlanSubmitted", ...recorded(c.meta) }]);
  });
  it("only the office director submits", () => {
    given(drafted)
      .when(cmd(cast.clerk, "03-10", submitPlan))
      .thenFails("NotAuthorised");
  });
});

describe("PlanSubmitted (局长办公会审议)", () => {
  it("通过: the office records the approval; the case awaits 交办", () => {
    const c = cmd(cast.clerk, "03-11", approve);
    const { state } = given(submitted)
      .when(c)
      .then([
        {
          _tag: "MeetingDecisionRecorded",
          ...recorded(c.meta),
          decision: "通过",
          meetingOn: date("2026-03-11"),
          minutes: "同意办理工作意见。",
        },
      ]);
    expect(state.status).toBe("Approved");
  });
  it("修改: the meeting sends the plan back to be redrafted (the 报批 loop)", () => {
    const { state } = given(submitted)
      .when(cmd(cast.clerk, "03-11", revise))
      .thenAccepted();
    expect(state.status).toBe("SecondRoundHeld");
    expect(stepOf(state)).toBe("submit");
  });
  it("the meeting cannot be dated in the future", () => {
    given(submitted)
      .when(cmd(cast.clerk, "03-10", approve))
      .thenFails("InvalidCommand");
  });
  it("the meeting cannot be dated before the submission", () => {
    given(submitted)
      .when(cmd(cast.clerk, "03-11", { ...approve, meetingOn: date("2026-03-09") }))
      .thenFails("InvalidCommand");
  });
  it("a leader does not record the decision: the office does", () => {
    given(submitted)
      .when(cmd(cast.principal, "03-11", approve))
      .thenFails("NotAuthorised");
  });
  it("撤回: the director takes the plan back before the meeting decides", () => {
    const { state } = given(submitted)
      .when(cmd(cast.director, "03-10", { _tag: "Withdraw", reason: "需补充" }))
      .thenAccepted();
    expect(state.status).toBe("PlanDrafted");
    given(submitted)
      .when(cmd(cast.clerk, "03-10", { _tag: "Withdraw" }))
      .thenFails("NotAuthorised");
  });
});

describe("Approved (交办)", () => {
  it("the office assigns per the plan; the statutory limits are counted and recorded", () => {
    const c = cmd(cast.clerk, "03-12", assign);
    const source = defaultProposalConfig.calendar.source;
    const basis = "《全国人民代表大会和地方各级人民代表大会代表法》第五十一条；政协提案工作条例";
    const { state } = given(approved)
      .when(c)
      .then([
        { _tag: "UnitsAssigned", ...recorded(c.meta), lead, coUnits: [co], rule: basis },
        {
          _tag: "TimeLimitsScheduled",
          ...recorded(c.meta),
          answer: {
            amount: 3,
            unit: "个月",
            basis,
            start: date("2026-03-12"),
            due: date("2026-06-12"),
            calendar: source,
          },
          ceiling: {
            amount: 6,
            unit: "个月",
            basis,
            start: date("2026-03-12"),
            // 2026-09-12 is a Saturday: the period ends on the next working day (民法典 203).
            due: date("2026-09-14"),
            calendar: source,
          },
          coOpinion: {
            amount: 1,
            unit: "个月",
            basis: "议提案办理工作规定：协办单位意见送主办单位",
            start: date("2026-03-12"),
            due: date("2026-04-13"),
            calendar: source,
          },
        },
      ]);
    expect(state.status).toBe("Assigned");
    expect(state.limits?.answer).toBe("2026-06-12");
  });
  it("the lead unit's date cannot pass 3 个月 of 交办", () => {
    given(approved)
      .when(cmd(cast.clerk, "03-12", { ...assign, lead: { ...lead, dueOn: date("2026-06-15") } }))
      .thenFails("InvalidCommand");
  });
  it("a complex item may take 6 个月", () => {
    const complex = then(
      secondRound,
      cmd(cast.clerk, "03-10", { ...plan, complex: true }),
      cmd(cast.director, "03-10", submitPlan),
      cmd(cast.clerk, "03-11", approve),
    );
    const { state } = given(complex)
      .when(cmd(cast.clerk, "03-12", { ...assign, lead: { ...lead, dueOn: date("2026-09-14") } }))
      .thenAccepted();
    expect(state.limits?.answer).toBe("2026-09-14");
  });
  it("co-handling units give their opinion within 1 个月", () => {
    given(approved)
      .when(
        cmd(cast.clerk, "03-12", { ...assign, coUnits: [{ ...co, dueOn: date("2026-04-14") }] }),
      )
      .thenFails("InvalidCommand");
  });
  it("only the plan's units are assigned", () => {
    given(approved)
      .when(cmd(cast.clerk, "03-12", { ...assign, lead: { ...lead, ...finance } }))
      .thenFails("InvalidCommand");
    given(approved)
      .when(cmd(cast.clerk, "03-12", { ...assign, coUnits: [] }))
      .thenFails("InvalidCommand");
  });
  it("the generic 交办 checks apply (no unit twice, no date in the past)", () => {
    given(approved)
      .when(cmd(cast.clerk, "03-12", { ...assign, coUnits: [{ ...co, ...science }] }))
      .thenFails("InvalidCommand");
    given(approved)
      .when(cmd(cast.clerk, "03-12", { ...assign, lead: { ...lead, dueOn: date("2026-03-11") } }))
      .thenFails("InvalidCommand");
  });
  it("a limit beyond the calendar's data is refused, never guessed", () => {
    // Assigned on 2026-08-01, the 6 个月 ceiling falls in 2027, beyond the holiday data.
    given(approved)
      .when(cmd(cast.clerk, "08-01", { ...assign, lead: { ...lead, dueOn: date("2026-10-01") } }))
      .thenFails("InvalidCommand");
  });
  it("a division does not assign", () => {
    given(approved)
      .when(cmd(cast.scienceHead, "03-12", assign))
      .thenFails("NotAuthorised");
  });
});

describe("Assigned (承办, not yet accepted)", () => {
  it("the lead unit accepts", () => {
    const c = cmd(cast.scienceHandler, "03-13", accept);
    given(assigned)
      .when(c)
      .then([
        {
          _tag: "AssignmentAccepted",
          ...recorded(c.meta),
          unitId: units.science,
          unitName: "科技处",
        },
      ]);
  });
  it("a co-handling unit cannot accept for the lead", () => {
    given(assigned)
      .when(cmd(cast.industryHandler, "03-13", accept))
      .thenFails("NotAuthorised");
  });
  it("撤回: the clerk takes the assignment back; assignment and limits are undone", () => {
    const { state } = given(assigned)
      .when(cmd(cast.clerk, "03-12", { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Approved");
    expect(state.handling.lead).toBeUndefined();
    expect(state.limits).toBeUndefined();
  });
  it("撤回 is refused once the lead unit has acted", () => {
    const acted = then(
      assigned,
      cmd(cast.scienceHandler, "03-13", { _tag: "ReportProgress", text: "已收到" }),
    );
    given(acted)
      .when(cmd(cast.clerk, "03-13", { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("退回: the lead unit refuses its part; the plan must be redrafted", () => {
    const { state } = given(assigned)
      .when(cmd(cast.scienceHead, "03-13", { _tag: "SendBack", reason: "应由计财处主办" }))
      .thenAccepted();
    expect(state.status).toBe("SecondRoundHeld");
    expect(state.handling.lead).toBeUndefined();
  });
  it("a co-unit cannot send the case back", () => {
    given(assigned)
      .when(cmd(cast.industryHandler, "03-13", { _tag: "SendBack", reason: "x" }))
      .thenFails("NotAuthorised");
  });
  it("转办 of the lead: the new lead must accept", () => {
    const { state } = given(assigned)
      .when(
        cmd(cast.clerk, "03-13", {
          _tag: "Reassign",
          fromUnitId: units.science,
          toUnitId: units.finance,
          toUnitName: "计财处",
          reason: "职责调整",
        }),
      )
      .thenAccepted();
    expect(state.status).toBe("Assigned");
    expect(state.handling.lead?.dueOn).toBe(lead.dueOn);
  });
});

describe("Handling (承办, 协调, 催办, 反馈)", () => {
  it("协调 is recorded and repeatable", () => {
    const c = cmd(cast.clerk, "03-14", {
      _tag: "RecordCoordination",
      problem: "资金口径",
      outcome: "以计财处口径为准",
      unitIds: [units.science],
    });
    const once = given(handling).when(c).thenAccepted();
    given([...handling, ...once.events])
      .when(c)
      .then(once.events);
  });
  it("催办 is recorded and counted and never moves the due date", () => {
    const c = cmd(cast.clerk, "03-14", {
      _tag: "Press",
      unitId: units.industry,
      level: "催办",
      fromSuperior: false,
    });
    const { state } = given(handling).when(c).thenAccepted();
    expect(pressCount(state.handling)).toBe(1);
    expect(state.handling.lead?.dueOn).toBe(lead.dueOn);
  });
  it("a unit cannot press", () => {
    given(handling)
      .when(
        cmd(cast.scienceHandler, "03-14", {
          _tag: "Press",
          unitId: units.industry,
          level: "催办",
          fromSuperior: false,
        }),
      )
      .thenFails("NotAuthorised");
  });
  it("反馈 (side arrow): an assigned unit reports progress", () => {
    given(handling)
      .when(cmd(cast.industryHandler, "03-14", { _tag: "ReportProgress", text: "数据收集中" }))
      .thenAccepted();
    given(handling)
      .when(cmd(cast.financeHandler, "03-14", { _tag: "ReportProgress", text: "x" }))
      .thenFails("NotAuthorised");
  });
  it("提交答复: the lead unit replies with the electronic copy and the reply class", () => {
    const c = cmd(cast.scienceHandler, "03-20", reply);
    given(withCoOpinion)
      .when(c)
      .then([
        {
          _tag: "ReplySubmitted",
          ...recorded(c.meta),
          unitId: units.science,
          unitName: "科技处",
          replyClass: "B",
          summary: "已列入 2026 年工作计划。",
          attachments: [{ ...replyLetter, version: 1 }],
        },
      ]);
  });
  it("the lead replies only with every co-handling unit's opinion in hand", () => {
    given(handling)
      .when(cmd(cast.scienceHandler, "03-20", reply))
      .thenFails("InvalidCommand");
  });
  it("the electronic copy is required", () => {
    given(withCoOpinion)
      .when(cmd(cast.scienceHandler, "03-20", { ...reply, attachments: [paperOnly] }))
      .thenFails("InvalidCommand");
  });
  it("class D is refused unless the configuration enables it", () => {
    given(withCoOpinion)
      .when(cmd(cast.scienceHandler, "03-20", { ...reply, replyClass: "D" }))
      .thenFails("InvalidCommand");
    const withD = makeProposal({
      ...defaultProposalConfig,
      replyClasses: ["A", "B", "C", "D"],
    });
    specify(withD)
      .given(withCoOpinion)
      .when(cmd(cast.scienceHandler, "03-20", { ...reply, replyClass: "D" }))
      .thenAccepted();
  });
  it("a co-handling unit does not reply", () => {
    given(withCoOpinion)
      .when(cmd(cast.industryHandler, "03-20", reply))
      .thenFails("NotAuthorised");
  });
  it("延期: requested before the due date, approved: the due date moves", () => {
    const request = then(
      handling,
      cmd(cast.scienceHandler, "04-01", {
        _tag: "RequestExtension",
        newDueOn: date("2026-08-31"),
        reason: "涉及面广",
      }),
    );
    const { state } = given(request)
      .when(cmd(cast.director, "04-02", { _tag: "ApproveExtension" }))
      .thenAccepted();
    expect(state.handling.lead?.dueOn).toBe("2026-08-31");
  });
  it("延期 never beyond the 6 个月 ceiling of 代表法 art. 51", () => {
    given(handling)
      .when(
        cmd(cast.scienceHandler, "04-01", {
          _tag: "RequestExtension",
          newDueOn: date("2026-09-15"),
          reason: "r",
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("延期 refused: the due date stays", () => {
    const request = then(
      handling,
      cmd(cast.scienceHandler, "04-01", {
        _tag: "RequestExtension",
        newDueOn: date("2026-07-31"),
        reason: "r",
      }),
    );
    const { state } = given(request)
      .when(cmd(cast.director, "04-02", { _tag: "RefuseExtension", reason: "可按期答复" }))
      .thenAccepted();
    expect(state.handling.lead?.dueOn).toBe(lead.dueOn);
  });
  it("协办意见 only from a co-handling unit", () => {
    given(handling)
      .when(cmd(cast.scienceHandler, "03-16", coOpinion))
      .thenFails("NotAuthorised");
  });
  it("the lead unit can no longer send back once it has accepted", () => {
    given(handling)
      .when(cmd(cast.scienceHandler, "03-16", { _tag: "SendBack", reason: "r" }))
      .thenFails("WrongStep");
  });
});

describe("Replied (反馈: 上传答复)", () => {
  it("the office uploads the reply to the organs", () => {
    const c = cmd(cast.clerk, "03-21", upload);
    given(replied)
      .when(c)
      .then([
        {
          _tag: "ReplyUploaded",
          ...recorded(c.meta),
          organs: ["市人大", "市政府"],
          uploadedOn: date("2026-03-21"),
        },
      ]);
  });
  it("a 人大建议's reply must reach 市人大", () => {
    given(replied)
      .when(cmd(cast.clerk, "03-21", { ...upload, organs: ["市政府"] }))
      .thenFails("InvalidCommand");
  });
  it("an organ is named once", () => {
    given(replied)
      .when(cmd(cast.clerk, "03-21", { ...upload, organs: ["市人大", "市人大"] }))
      .thenFails("InvalidCommand");
  });
  it("the upload cannot be dated in the future", () => {
    given(replied)
      .when(cmd(cast.clerk, "03-20", upload))
      .thenFails("InvalidCommand");
  });
  it("退回: the office returns a weak reply to the lead unit", () => {
    const { state } = given(replied)
      .when(cmd(cast.director, "03-21", { _tag: "SendBack", reason: "答复过于简单" }))
      .thenAccepted();
    expect(state.status).toBe("Handling");
  });
  it("撤回: the lead unit takes its reply back before the upload", () => {
    const { state } = given(replied)
      .when(cmd(cast.scienceHandler, "03-20", { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Handling");
  });
  it("a unit does not upload", () => {
    given(replied)
      .when(cmd(cast.scienceHandler, "03-21", upload))
      .thenFails("NotAuthorised");
  });
});

describe("Uploaded (满意度)", () => {
  it("满意 or 基本满意: the item is answered", () => {
    const c = cmd(cast.clerk, "03-25", { ...satisfied, satisfaction: "基本满意" });
    const { state } = given(uploaded)
      .when(c)
      .then([{ _tag: "SatisfactionRecorded", ...recorded(c.meta), satisfaction: "基本满意" }]);
    expect(state.status).toBe("Answered");
  });
  it("不满意: back to handling for a second answer, due on the day set (the loop)", () => {
    const { state } = given(uploaded)
      .when(cmd(cast.clerk, "03-25", dissatisfied))
      .thenAccepted();
    expect(state.status).toBe("Handling");
    expect(state.handling.lead?.dueOn).toBe("2026-04-25");
    expect(state.answers).toBe(1);
  });
  it("不满意 needs the second answer's due date", () => {
    given(uploaded)
      .when(cmd(cast.clerk, "03-25", { _tag: "RecordSatisfaction", satisfaction: "不满意" }))
      .thenFails("InvalidCommand");
  });
  it("the second answer's due date is not in the past", () => {
    given(uploaded)
      .when(cmd(cast.clerk, "03-25", { ...dissatisfied, secondAnswerDueOn: date("2026-03-24") }))
      .thenFails("InvalidCommand");
  });
  it("a due date for a second answer only with 不满意", () => {
    given(uploaded)
      .when(cmd(cast.clerk, "03-25", { ...satisfied, secondAnswerDueOn: date("2026-04-25") }))
      .thenFails("InvalidCommand");
  });
  it("a unit does not record the proposer's view", () => {
    given(uploaded)
      .when(cmd(cast.scienceHandler, "03-25", satisfied))
      .thenFails("NotAuthorised");
  });
});

describe("Answered (“回头看” or 办结)", () => {
  it("the office records the organ's call for a look-back", () => {
    const c = cmd(cast.clerk, "03-26", callLookBack);
    given(answered)
      .when(c)
      .then([
        {
          _tag: "LookBackCalled",
          ...recorded(c.meta),
          organ: "市人大",
          noticeOn: date("2026-03-26"),
          requirement: "请对 B 类答复的落实情况开展“回头看”。",
          dueOn: date("2026-04-30"),
        },
      ]);
  });
  it("the notice cannot be dated in the future; its due date not in the past", () => {
    given(answered)
      .when(cmd(cast.clerk, "03-25", callLookBack))
      .thenFails("InvalidCommand");
    given(answered)
      .when(cmd(cast.clerk, "03-26", { ...callLookBack, dueOn: date("2026-03-20") }))
      .thenFails("InvalidCommand");
    const { dueOn: _d, ...noDue } = callLookBack;
    given(answered)
      .when(cmd(cast.clerk, "03-26", noDue))
      .thenAccepted();
  });
  it("办结: the office director closes an item no look-back is called for", () => {
    const c = cmd(cast.director, "12-20", { _tag: "CloseCase", note: "年度办结" });
    const { state } = given(answered)
      .when(c)
      .then([{ _tag: "CaseClosed", ...recorded(c.meta), note: "年度办结" }]);
    expect(decider.isTerminal(state)).toBe(true);
    given(answered)
      .when(cmd(cast.clerk, "12-20", { _tag: "CloseCase" }))
      .thenFails("NotAuthorised");
  });
});

describe("LookingBack (“回头看”)", () => {
  it("the lead unit uploads its look-back review; the case closes", () => {
    const c = cmd(cast.scienceHandler, "03-30", submitLookBack);
    const { state } = given(lookingBack)
      .when(c)
      .then([
        {
          _tag: "LookBackSubmitted",
          ...recorded(c.meta),
          unitId: units.science,
          unitName: "科技处",
          summary: "专项资金已设立。",
          attachments: [{ ...lookBackReport, version: 1 }],
        },
      ]);
    expect(state.status).toBe("Closed");
  });
  it("the look-back needs the electronic copy", () => {
    given(lookingBack)
      .when(
        cmd(cast.scienceHandler, "03-30", {
          ...submitLookBack,
          attachments: [paperOnly],
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("a co-handling unit does not submit the look-back", () => {
    given(lookingBack)
      .when(cmd(cast.industryHandler, "03-30", submitLookBack))
      .thenFails("NotAuthorised");
  });
  it("the office may press the unit during the look-back", () => {
    given(lookingBack)
      .when(
        cmd(cast.clerk, "03-28", {
          _tag: "Press",
          unitId: units.science,
          level: "催办",
          fromSuperior: true,
        }),
      )
      .thenAccepted();
  });
  it("撤回: the office takes the call back while the unit has not acted", () => {
    const { state } = given(lookingBack)
      .when(cmd(cast.clerk, "03-26", { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Answered");
  });
});

describe("Closed", () => {
  it("every command is refused as CaseClosed (a second 查阅 as CaseAlreadyExists)", () => {
    for (const payload of [signFor, accept, reply, { _tag: "AddComment", text: "x" }] as const) {
      given(closed)
        .when(cmd(cast.clerk, "04-01", payload))
        .thenFails("CaseClosed");
    }
    given(closed)
      .when(cmd(cast.clerk, "04-01", record))
      .thenFails("CaseAlreadyExists");
  });
  it("nobody has anything to do", () => {
    for (const actor of Object.values(cast)) expect(actionsOf(closed, actor)).toEqual([]);
    expect(decider.isTerminal(stateOf(closed))).toBe(true);
  });
});

describe("every step command, out of its step or on a closed case", () => {
  /** Each step's command, by someone whose role allows it, at a step where it does not apply. */
  const outOfStep: ReadonlyArray<[string, Actor, ProposalCommand, ReadonlyArray<ProposalEvent>]> = [
    ["ConfirmIdentification", cast.clerk, identify, signed],
    ["SignFor", cast.clerk, signFor, found],
    ["ReturnItem", cast.clerk, returnItem, signed],
    ["ConsultFirstRound", cast.clerk, round1, firstRound],
    ["ConsultSecondRound", cast.clerk, round2, drafted],
    ["DraftPlan", cast.clerk, plan, submitted],
    ["SubmitPlan", cast.director, submitPlan, approved],
    ["RecordMeetingDecision", cast.clerk, approve, assigned],
    ["AssignUnits", cast.clerk, assign, handling],
    ["AcceptAssignment", cast.scienceHandler, accept, handling],
    ["SubmitReply", cast.scienceHandler, reply, assigned],
    ["UploadReply", cast.clerk, upload, uploaded],
    ["RecordSatisfaction", cast.clerk, satisfied, answered],
    ["CallLookBack", cast.clerk, callLookBack, lookingBack],
    ["SubmitLookBack", cast.scienceHandler, submitLookBack, answered],
    ["CloseCase", cast.director, { _tag: "CloseCase" }, lookingBack],
    [
      "RecordCoordination",
      cast.clerk,
      { _tag: "RecordCoordination", problem: "p", outcome: "o", unitIds: [] },
      replied,
    ],
  ];
  for (const [name, actor, payload, history] of outOfStep) {
    it(`${name} is refused as WrongStep out of its step, and as CaseClosed once closed`, () => {
      given(history)
        .when(cmd(actor, "03-30", payload))
        .thenFails("WrongStep");
      given(closed)
        .when(cmd(actor, "04-01", payload))
        .thenFails("CaseClosed");
    });
  }
});

describe("generic operations on an open case", () => {
  it("传阅 with read receipts; a second confirmation records nothing", () => {
    const c = then(
      firstRound,
      cmd(cast.clerk, "03-07", {
        _tag: "Circulate",
        readers: [{ userId: cast.principal.userId, name: cast.principal.name }],
      }),
    );
    const read = then(c, cmd(cast.principal, "03-07", { _tag: "ConfirmRead" }));
    expect(unread(stateOf(read).handling)).toEqual([]);
    given(read)
      .when(cmd(cast.principal, "03-08", { _tag: "ConfirmRead" }))
      .thenNothing();
  });
  it("comments; an auditor changes nothing", () => {
    given(drafted)
      .when(cmd(cast.scienceHandler, "03-10", { _tag: "AddComment", text: "请注意资金口径" }))
      .thenAccepted();
    given(drafted)
      .when(cmd(cast.auditor, "03-10", { _tag: "AddComment", text: "x" }))
      .thenFails("NotAuthorised");
  });
  it("attachments: add, replace with a new version", () => {
    const { state } = given(found)
      .when(
        cmd(cast.clerk, "03-04", {
          _tag: "ReplaceAttachment",
          attachment: { ...page, sha256: hash("e") },
        }),
      )
      .thenAccepted();
    expect(state.handling.attachments[0]?.version).toBe(2);
    given(found)
      .when(cmd(cast.clerk, "03-04", { _tag: "AttachFile", attachment: lookBackReport }))
      .thenAccepted();
  });
  it("转办 within the lead unit names the person who answers", () => {
    const moved = then(
      withCoOpinion,
      cmd(cast.clerk, "03-17", {
        _tag: "Reassign",
        fromUnitId: units.science,
        toUnitId: units.science,
        toUnitName: "科技处",
        assignee: { userId: UserId.make("u-other"), name: "冯科员" },
        reason: "专人办理",
      }),
    );
    given(moved)
      .when(cmd(cast.scienceHandler, "03-20", reply))
      .thenFails("NotAuthorised");
    given(moved)
      .when(cmd(cast.scienceHead, "03-20", reply))
      .thenAccepted();
  });
  it("转办 of a co-unit keeps the case with the lead", () => {
    const { state } = given(handling)
      .when(
        cmd(cast.clerk, "03-14", {
          _tag: "Reassign",
          fromUnitId: units.industry,
          toUnitId: UnitId.make("finance"),
          toUnitName: "计财处",
          reason: "r",
        }),
      )
      .thenAccepted();
    expect(state.status).toBe("Handling");
  });
});

// ── The module, the diagram, the timeline ───────────────────────────────────────────────────

describe("definition", () => {
  it("every arrow is taken by a command of the table", () => {
    const tags: ReadonlyArray<string> = tagsOf(table);
    for (const t of definition.transitions) expect(tags).toContain(t.command);
  });
  it("every step the states are drawn at exists", () => {
    const ids = definition.steps.map((s) => s.id);
    for (const step of Object.values(definition.stepOfStatus)) {
      if (step !== undefined) expect(ids).toContain(step);
    }
  });
  it("the main steps keep the seed's Chinese names", () => {
    expect(definition.steps.filter((s) => s.kind === "main").map((s) => s.label.zh)).toEqual([
      "查阅",
      "鉴别确认",
      "签收或退回",
      "分类、磋商",
      "第二轮磋商",
      "报批",
      "交办",
      "承办",
      "反馈",
      "“回头看”",
    ]);
  });
  it("every command schema carries a zh/en title", () => {
    for (const tag of tagsOf(table)) {
      const title = table[tag].schema.ast.annotations[Symbol.for("effect/annotation/Title")];
      expect(title, tag).toMatch(/ \/ /);
    }
  });
  it("the module is named 'proposal' and versions every event", () => {
    expect(proposal.name).toBe("proposal");
    expect(proposal.upcast("ItemRecorded", 1, { a: 1 })).toEqual({ a: 1 });
  });
});

/** One scenario through every branch and loop, from 查阅 to the look-back. */
describe("scenario: one 人大建议 from 查阅 to “回头看”", () => {
  it("goes through every step, branch and loop and reads back as a timeline", () => {
    const steps = scenario;
    const events = run(...steps);
    const state = stateOf(events);
    expect(state.status).toBe("Closed");
    expect(state.answers).toBe(2);
    expect(state.reply?.replyClass).toBe("A");
    expect(state.satisfaction).toBe("满意");
    // Every event survives the store: encode then decode gives it back.
    const codec = proposal.eventSchema;
    for (const e of events) {
      expect(Schema.decodeUnknownSync(codec)(Schema.encodeSync(codec)(e))).toEqual(e);
    }
    const timeline = proposal.history(events);
    expect(timeline).toHaveLength(events.length);
    const labels = timeline.map((l) => l.label.zh);
    for (const label of [
      "查阅",
      "鉴别确认",
      "退回",
      "签收",
      "撤回",
      "局长办公会要求修改",
      "局长办公会审议通过",
      "交办",
      "答复期限",
      "协调",
      "催办",
      "代表委员意见：不满意",
      "“回头看”通知",
    ]) {
      expect(labels).toContain(label);
    }
    for (const line of timeline) expect(line.label.en.length).toBeGreaterThan(0);
  });

  it("a returned 政协提案 reads back too, with a 委托 act shown as 「代」", () => {
    const events = run(
      cmd(cast.clerk, "03-03", { ...record, kind: "政协提案", proposer: "黄委员" }),
      cmd(cast.clerk, "03-04", identifyOutside),
      cmd(cast.clerk, "03-16", { ...returnItem, returnTo: "市政协", lateReason: "鉴别意见反复" }),
    );
    expect(stateOf(events).status).toBe("Returned");
    const lines = proposal.history(events);
    expect(lines[2]?.label.zh).toBe("退回市政协");
    expect(lines[2]?.details?.zh).toContain("逾期说明");
    const delegated = runFrom(
      firstRound,
      cmd(cast.clerk, "03-07", { _tag: "AddComment", text: "代主任阅" }, cast.director),
    );
    const line = proposal.history(delegated)[0];
    expect(line && whoDid(line).zh).toBe("王经办（代 李主任）");
  });
});

describe("configuration", () => {
  it("the return time limit and the calendar are the administrator's", () => {
    const five = makeProposal({
      ...defaultProposalConfig,
      returnPeriod: { amount: 5, unit: "工作日", basis: "本地规定：5 个工作日内退回" },
    });
    specify(five)
      .given(identifiedOutside)
      .when(cmd(cast.clerk, "03-10", returnItem))
      .thenFails("InvalidCommand");
    const empty = makeProposal({
      ...defaultProposalConfig,
      calendar: makeWorkingDayCalendar({
        source: { name: "empty", version: "0" },
        coverage: { firstYear: 2020, lastYear: 2020 },
        holidays: {},
        makeUpWorkdays: {},
      }),
    });
    specify(empty)
      .given(approved)
      .when(cmd(cast.clerk, "03-12", assign))
      .thenFails("InvalidCommand");
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────────

const actors = Object.values(cast);
const person = (a: Actor) => ({ userId: a.userId, name: a.name });
const payloads: ReadonlyArray<ProposalCommand> = [
  record,
  { ...record, kind: "政协提案" },
  identify,
  identifyOutside,
  signFor,
  returnItem,
  { ...returnItem, returnTo: "市政协", lateReason: "l" },
  round1,
  round2,
  plan,
  { ...plan, complex: true, coUnits: [] },
  submitPlan,
  approve,
  revise,
  assign,
  {
    ...assign,
    lead: { ...lead, dueOn: date("2026-03-25") },
    coUnits: [{ ...co, dueOn: date("2026-03-24") }],
  },
  accept,
  { _tag: "RecordCoordination", problem: "p", outcome: "o", unitIds: [] },
  { _tag: "Press", unitId: units.science, level: "催办", fromSuperior: false },
  { _tag: "Press", unitId: units.industry, level: "督办", fromSuperior: true },
  coOpinion,
  reply,
  { ...reply, replyClass: "D" },
  upload,
  { ...upload, uploadedOn: date("2026-03-02") },
  satisfied,
  { ...dissatisfied, secondAnswerDueOn: date("2026-05-30") },
  { ...callLookBack, noticeOn: date("2026-03-02"), dueOn: date("2026-05-30") },
  submitLookBack,
  { _tag: "CloseCase" },
  { _tag: "SendBack", reason: "r" },
  { _tag: "Withdraw" },
  {
    _tag: "Reassign",
    fromUnitId: units.science,
    toUnitId: units.finance,
    toUnitName: "计财处",
    reason: "r",
  },
  { _tag: "ReportProgress", text: "t" },
  { _tag: "RequestExtension", newDueOn: date("2026-08-31"), reason: "r" },
  { _tag: "ApproveExtension" },
  { _tag: "RefuseExtension", reason: "r" },
  {
    _tag: "RequestCountersign",
    signatories: [
      { unitId: units.science, name: "科技处" },
      { unitId: units.industry, name: "产业处" },
    ],
  },
  { _tag: "Countersign", opinion: "o" },
  { _tag: "ReturnCountersign", reason: "r" },
  { _tag: "Circulate", readers: [person(cast.principal), person(cast.leader)] },
  { _tag: "ConfirmRead" },
  { _tag: "AddComment", text: "c" },
  {
    _tag: "AttachFile",
    attachment: { ...page, id: AttachmentId.make("att-p"), sha256: hash("1") },
  },
  { _tag: "ReplaceAttachment", attachment: { ...page, sha256: hash("2") } },
];

const step = FastCheck.record({
  payload: FastCheck.constantFrom(...payloads),
  actor: FastCheck.constantFrom(...actors),
  delegated: FastCheck.boolean(),
  day: FastCheck.integer({ min: 3, max: 28 }),
});

describe("properties over random command sequences", () => {
  it("decide never throws; refusals record nothing; the fold equals the live state; availableActions lists exactly the commands the guard lets through", () => {
    FastCheck.assert(
      FastCheck.property(FastCheck.array(step, { minLength: 1, maxLength: 80 }), (steps) => {
        const { state, log } = propertyRun(
          proposal,
          [],
          steps.map((s) => {
            const onBehalfOf = s.delegated && s.actor === cast.deputy ? cast.leader : undefined;
            return cmd(s.actor, `03-${String(s.day).padStart(2, "0")}`, s.payload, onBehalfOf);
          }),
        );
        expect(fold(decider, log)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it("the whole path can be driven by what availableActions offers", () => {
    // Drive the case with the happy-path commands in order, each issued by someone the
    // module says may issue it: the table and availableActions agree on the whole path.
    const path: ReadonlyArray<[string, ProposalCommand]> = [
      ["03-03", record],
      ["03-04", identify],
      ["03-05", signFor],
      ["03-06", round1],
      ["03-09", round2],
      ["03-10", plan],
      ["03-10", submitPlan],
      ["03-11", approve],
      ["03-12", assign],
      ["03-13", accept],
      ["03-16", coOpinion],
      ["03-20", reply],
      ["03-21", upload],
      ["03-25", satisfied],
      ["03-26", callLookBack],
      ["03-30", submitLookBack],
    ];
    let state = decider.initialState;
    for (const [day, payload] of path) {
      const actor = actors.find((a) =>
        availableActions(state, a).some((x) => x.command === payload._tag),
      );
      expect(actor, payload._tag).toBeDefined();
      if (actor === undefined) return;
      const result = decider.decide(cmd(actor, day, payload), state);
      if (Either.isLeft(result)) throw new Error(`${payload._tag}: ${result.left.message}`);
      state = result.right.reduce(decider.evolve, state);
    }
    expect(state.status).toBe("Closed");
  });
});

import { FastCheck, Schema } from "effect";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../shared/actor.js";
import { AttachmentId } from "../../shared/attachment.js";
import { tagsOf } from "../../shared/command-table.js";
import { fold } from "../../shared/decider.js";
import { UnitId, UserId } from "../../shared/ids.js";
import { pressCount, pressLevel, recorded, unread, whoDid } from "../../shared/operations/index.js";
import { cast, meta, units } from "../../shared/testing/fixtures.js";
import { histories, specify } from "../../shared/testing/given.js";
import { propertyRun } from "../../shared/testing/properties.js";
import {
  accept,
  assign,
  cmd,
  co,
  date,
  eReport,
  feedback,
  hash,
  instruct,
  lead,
  on,
  paperReport,
  propose,
  recordInstruction,
  register,
  scan,
  scenario,
  submit,
} from "../../shared/testing/scenarios/supervision.js";
import { definition, type SupervisionCommand, stepOf, supervision, table } from "./index.js";

const { given } = specify(supervision);
const { decider } = supervision;
const { runFrom, run, stateOf, actionsOf } = histories(supervision);

// ── Test data: shared/testing/scenarios/supervision.ts ─────────────────────────────────────────

const registered = run(cmd(cast.clerk, 2, register));
const proposed = [
  ...registered,
  ...run(cmd(cast.clerk, 2, register), cmd(cast.director, 2, propose)).slice(1),
];
const submitted = run(
  cmd(cast.clerk, 2, register),
  cmd(cast.director, 2, propose),
  cmd(cast.clerk, 3, submit),
);
const instructed = [...submitted, ...runFrom(submitted, cmd(cast.leader, 4, instruct))];
const recordedI = [...instructed, ...runFrom(instructed, cmd(cast.clerk, 4, recordInstruction))];
const assigned = [...recordedI, ...runFrom(recordedI, cmd(cast.clerk, 5, assign))];
const handling = [...assigned, ...runFrom(assigned, cmd(cast.scienceHandler, 6, accept))];
const reported = [...handling, ...runFrom(handling, cmd(cast.scienceHandler, 20, feedback))];
const filed = [...reported, ...runFrom(reported, cmd(cast.clerk, 21, { _tag: "FileCase" }))];

// ── One describe per status ──────────────────────────────────────────────────────────────────

describe("New (no case yet)", () => {
  it("拟办: the office clerk registers and numbers the item", () => {
    const c = cmd(cast.clerk, 2, register);
    given([])
      .when(c)
      .then([
        {
          _tag: "ItemRegistered",
          ...recorded(c.meta),
          number: "督〔2026〕7号",
          superiorNumber: "市督〔2026〕3号",
          kind: "督办件",
          sourceOrgan: "市政府督查室",
          title: "关于科技成果转化工作的督办通知",
          content: "请于 4 月 30 日前报送落实情况。",
          receivedOn: date("2026-03-01"),
          timeLimit: date("2026-04-30"),
          attachments: [{ ...scan, version: 1 }],
        },
      ]);
  });
  it("only the office clerk registers", () => {
    given([])
      .when(cmd(cast.director, 2, register))
      .thenFails("NotAuthorised");
  });
  it("the number must be of the 督 register", () => {
    given([])
      .when(cmd(cast.clerk, 2, { ...register, number: "信〔2026〕7号" }))
      .thenFails("InvalidCommand");
  });
  it("the number must be of the year of registration", () => {
    given([])
      .when(cmd(cast.clerk, 2, { ...register, number: "督〔2025〕7号" }))
      .thenFails("InvalidCommand");
  });
  it("a malformed number is refused at the boundary", () => {
    given([])
      .when(cmd(cast.clerk, 2, { ...register, number: "督[2026]07号" }))
      .thenFails("InvalidCommand");
  });
  it("an item cannot be received after it is registered", () => {
    given([])
      .when(cmd(cast.clerk, 2, { ...register, receivedOn: date("2026-03-05") }))
      .thenFails("InvalidCommand");
  });
  it("the superior's time limit cannot be before the day received", () => {
    given([])
      .when(cmd(cast.clerk, 2, { ...register, timeLimit: date("2026-02-01") }))
      .thenFails("InvalidCommand");
  });
  it("missing data (no title) is refused", () => {
    const { title: _title, ...noTitle } = register;
    given([])
      .whenRaw(meta(cast.clerk, on(2)), noTitle)
      .thenFails("InvalidCommand");
  });
  it("no other step applies before registration", () => {
    given([])
      .when(cmd(cast.director, 2, propose))
      .thenFails("WrongStep");
  });
  it("the clerk may only register", () => {
    expect(actionsOf([], cast.clerk)).toEqual(["RegisterItem"]);
  });
});

describe("Registered (拟办)", () => {
  it("the office director writes the 拟办意见, stored verbatim with signer", () => {
    const c = cmd(cast.director, 2, propose);
    given(registered)
      .when(c)
      .then([
        {
          _tag: "HandlingProposed",
          ...recorded(c.meta),
          opinion: {
            kind: "拟办意见",
            text: "拟请张局长阅示，交科技处办理。",
            signer: recorded(c.meta).by,
            role: "office-director",
            at: c.meta.at,
          },
        },
      ]);
  });
  it("only the office director proposes handling", () => {
    given(registered)
      .when(cmd(cast.clerk, 2, propose))
      .thenFails("NotAuthorised");
  });
  it("a blank opinion is refused", () => {
    given(registered)
      .when(cmd(cast.director, 2, { _tag: "ProposeHandling", opinion: "   " }))
      .thenFails("InvalidCommand");
  });
  it("a registered case cannot be registered again", () => {
    given(registered)
      .when(cmd(cast.clerk, 2, register))
      .thenFails("CaseAlreadyExists");
  });
  it("it cannot be submitted before the opinion is written", () => {
    given(registered)
      .when(cmd(cast.clerk, 2, submit))
      .thenFails("WrongStep");
  });
  it("the step shown is 拟办", () => {
    expect(stepOf(stateOf(registered))).toBe("propose");
    expect(stepOf(stateOf([]))).toBeUndefined();
  });
});

describe("Proposed (报批)", () => {
  it("the office submits it to a named leader", () => {
    const c = cmd(cast.clerk, 3, submit);
    given(proposed)
      .when(c)
      .then([
        {
          _tag: "SubmittedForInstruction",
          ...recorded(c.meta),
          leader: { userId: cast.leader.userId, name: cast.leader.name },
        },
      ]);
  });
  it("a division cannot submit", () => {
    given(proposed)
      .when(cmd(cast.scienceHandler, 3, submit))
      .thenFails("NotAuthorised");
  });
});

describe("Submitted (领导批示)", () => {
  it("the leader it was submitted to instructs, setting a time limit", () => {
    const { events, state } = given(submitted)
      .when(cmd(cast.leader, 4, instruct))
      .thenAccepted();
    expect(events).toHaveLength(1);
    expect(state.status).toBe("Instructed");
    expect(state.instruction?.kind).toBe("批示");
    expect(state.timeLimit).toBe("2026-04-20");
  });
  it("委托: a deputy instructs on the leader's behalf; the record keeps both (「代」)", () => {
    const c = cmd(cast.deputy, 4, instruct, cast.leader);
    const { events } = given(submitted).when(c).thenAccepted();
    const [event] = events;
    expect(event?._tag === "InstructionGiven" && event.instruction.onBehalfOf?.name).toBe("张局长");
    const line = supervision.history(events)[0];
    expect(line && whoDid(line).zh).toBe("赵副局长（代 张局长）");
  });
  it("another leader cannot instruct on a case submitted to someone else", () => {
    given(submitted)
      .when(cmd(cast.principal, 4, instruct))
      .thenFails("NotAuthorised");
  });
  it("the office cannot instruct", () => {
    given(submitted)
      .when(cmd(cast.director, 4, instruct))
      .thenFails("NotAuthorised");
  });
  it("the time limit cannot be in the past", () => {
    given(submitted)
      .when(cmd(cast.leader, 4, { ...instruct, dueOn: date("2026-03-01") }))
      .thenFails("InvalidCommand");
  });
  it("the time limit cannot be after the superior's", () => {
    given(submitted)
      .when(cmd(cast.leader, 4, { ...instruct, dueOn: date("2026-05-10") }))
      .thenFails("InvalidCommand");
  });
  it("退回: the leader sends it back to the director's 拟办 with a reason", () => {
    const { state } = given(submitted)
      .when(cmd(cast.leader, 4, { _tag: "SendBack", reason: "请补充往年办理情况" }))
      .thenAccepted();
    expect(state.status).toBe("Registered");
  });
  it("撤回: the sender takes the submission back while the leader has not acted", () => {
    const { state } = given(submitted)
      .when(cmd(cast.clerk, 3, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Proposed");
  });
  it("撤回 is for the sender only", () => {
    given(submitted)
      .when(cmd(cast.director, 3, { _tag: "Withdraw" }))
      .thenFails("NotAuthorised");
  });
  it("撤回 is no longer possible once the leader has acted (even only a comment)", () => {
    const commented = [
      ...submitted,
      ...runFrom(submitted, cmd(cast.leader, 4, { _tag: "AddComment", text: "阅" })),
    ];
    given(commented)
      .when(cmd(cast.clerk, 4, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("the leader sees 批示 and 退回; the clerk sees 撤回", () => {
    expect(actionsOf(submitted, cast.leader)).toEqual(
      expect.arrayContaining(["GiveInstruction", "SendBack"]),
    );
    expect(actionsOf(submitted, cast.clerk)).toEqual(expect.arrayContaining(["Withdraw"]));
    expect(actionsOf(submitted, cast.clerk)).not.toContain("GiveInstruction");
  });
});

describe("Instructed (登记)", () => {
  it("the office records the instruction", () => {
    const c = cmd(cast.clerk, 4, { _tag: "RecordInstruction", note: "已登记" });
    given(instructed)
      .when(c)
      .then([{ _tag: "InstructionRecorded", ...recorded(c.meta), note: "已登记" }]);
  });
  it("a leader does not record", () => {
    given(instructed)
      .when(cmd(cast.leader, 4, recordInstruction))
      .thenFails("NotAuthorised");
  });
  it("a submission acted on cannot be withdrawn", () => {
    given(instructed)
      .when(cmd(cast.clerk, 4, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
});

describe("Recorded (交办)", () => {
  it("the office assigns a lead unit and co-units, each with a due date", () => {
    const c = cmd(cast.clerk, 5, assign);
    given(recordedI)
      .when(c)
      .then([
        {
          _tag: "UnitsAssigned",
          ...recorded(c.meta),
          lead,
          coUnits: [co],
          rule: "督办：办理期限以上级督办部门或局领导批示确定的时限为准",
        },
      ]);
  });
  it("a unit is assigned only once", () => {
    given(recordedI)
      .when(
        cmd(cast.clerk, 5, {
          _tag: "AssignUnits",
          lead,
          coUnits: [{ ...co, unitId: units.science }],
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("no due date after the instruction's time limit", () => {
    given(recordedI)
      .when(
        cmd(cast.clerk, 5, {
          _tag: "AssignUnits",
          lead: { ...lead, dueOn: date("2026-04-25") },
          coUnits: [],
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("no due date before the day of assignment", () => {
    given(recordedI)
      .when(
        cmd(cast.clerk, 5, {
          _tag: "AssignUnits",
          lead: { ...lead, dueOn: date("2026-03-04") },
          coUnits: [],
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("only the office clerk assigns", () => {
    given(recordedI)
      .when(cmd(cast.scienceHead, 5, assign))
      .thenFails("NotAuthorised");
  });
});

describe("Assigned (承办, not yet accepted)", () => {
  it("the lead unit accepts", () => {
    const c = cmd(cast.scienceHandler, 6, accept);
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
      .when(cmd(cast.industryHandler, 6, accept))
      .thenFails("NotAuthorised");
  });
  it("an unassigned unit cannot accept", () => {
    given(assigned)
      .when(cmd(cast.financeHandler, 6, accept))
      .thenFails("NotAuthorised");
  });
  it("撤回: the clerk takes the assignment back; the assignment is undone", () => {
    const { state } = given(assigned)
      .when(cmd(cast.clerk, 5, { _tag: "Withdraw", reason: "交办单位有误" }))
      .thenAccepted();
    expect(state.status).toBe("Recorded");
    expect(state.handling.lead).toBeUndefined();
  });
  it("撤回 is refused once the lead unit has acted", () => {
    const acted = [
      ...assigned,
      ...runFrom(assigned, cmd(cast.scienceHandler, 6, { _tag: "ReportProgress", text: "已收到" })),
    ];
    given(acted)
      .when(cmd(cast.clerk, 6, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("撤回 stays possible when someone else (a co-unit) acts", () => {
    const other = [
      ...assigned,
      ...runFrom(
        assigned,
        cmd(cast.industryHandler, 6, { _tag: "SubmitCoOpinion", opinion: "同意" }),
      ),
    ];
    given(other)
      .when(cmd(cast.clerk, 6, { _tag: "Withdraw" }))
      .thenAccepted();
  });
  it("退回: the lead unit returns an item outside its duties to 交办", () => {
    const { state } = given(assigned)
      .when(cmd(cast.scienceHead, 6, { _tag: "SendBack", reason: "不属本处职责" }))
      .thenAccepted();
    expect(state.status).toBe("Recorded");
    expect(state.handling.coUnits).toEqual([]);
  });
  it("a co-unit cannot send the case back", () => {
    given(assigned)
      .when(cmd(cast.industryHandler, 6, { _tag: "SendBack", reason: "x" }))
      .thenFails("NotAuthorised");
  });
  it("转办 of the lead keeps the due date and the case awaits the new lead", () => {
    const { state } = given(assigned)
      .when(
        cmd(cast.clerk, 6, {
          _tag: "Reassign",
          fromUnitId: units.science,
          toUnitId: units.finance,
          toUnitName: "计财处",
          reason: "职责调整",
        }),
      )
      .thenAccepted();
    expect(state.status).toBe("Assigned");
    expect(state.handling.lead).toEqual({
      unitId: units.finance,
      unitName: "计财处",
      dueOn: lead.dueOn,
    });
  });
});

describe("Handling (承办, 协调, 催办或督办)", () => {
  it("协调 is recorded and repeatable", () => {
    const c = cmd(cast.clerk, 7, {
      _tag: "RecordCoordination",
      problem: "数据口径不一",
      outcome: "以统计局口径为准",
      unitIds: [units.science, units.industry],
    });
    const once = given(handling).when(c).thenAccepted();
    given([...handling, ...once.events])
      .when(c)
      .then(once.events);
  });
  it("催办 is recorded and counted and never moves the due date; 督办 raises the level", () => {
    const press1 = cmd(cast.clerk, 8, {
      _tag: "Press",
      unitId: units.science,
      level: "催办",
      fromSuperior: false,
    });
    const first = given(handling).when(press1).thenAccepted();
    const press2 = cmd(cast.director, 9, {
      _tag: "Press",
      unitId: units.science,
      level: "督办",
      fromSuperior: true,
      note: "市督查室来电催办",
    });
    const second = given([...handling, ...first.events])
      .when(press2)
      .thenAccepted();
    expect(pressCount(second.state.handling)).toBe(2);
    expect(pressCount(second.state.handling, units.industry)).toBe(0);
    expect(pressLevel(first.state.handling)).toBe("催办");
    expect(pressLevel(second.state.handling)).toBe("督办");
    expect(pressLevel(stateOf(handling).handling)).toBeUndefined();
    expect(second.state.handling.lead?.dueOn).toBe(lead.dueOn);
  });
  it("only an assigned unit can be pressed", () => {
    given(handling)
      .when(
        cmd(cast.clerk, 8, {
          _tag: "Press",
          unitId: units.finance,
          level: "催办",
          fromSuperior: false,
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("a unit cannot press", () => {
    given(handling)
      .when(
        cmd(cast.scienceHandler, 8, {
          _tag: "Press",
          unitId: units.science,
          level: "催办",
          fromSuperior: false,
        }),
      )
      .thenFails("NotAuthorised");
  });
  it("协办: a co-unit's opinion reaches the lead; a later one replaces it", () => {
    const first = runFrom(
      handling,
      cmd(cast.industryHandler, 8, { _tag: "SubmitCoOpinion", opinion: "建议补充产业数据" }),
    );
    const { state } = given([...handling, ...first])
      .when(cmd(cast.industryHandler, 9, { _tag: "SubmitCoOpinion", opinion: "数据已补充" }))
      .thenAccepted();
    expect(state.handling.coOpinions.map((o) => o.opinion)).toEqual(["数据已补充"]);
  });
  it("the lead unit does not submit a co-handling opinion", () => {
    given(handling)
      .when(cmd(cast.scienceHandler, 8, { _tag: "SubmitCoOpinion", opinion: "x" }))
      .thenFails("NotAuthorised");
  });
  it("延期: requested before the due date, approved: the due date moves", () => {
    const request = runFrom(
      handling,
      cmd(cast.scienceHandler, 10, {
        _tag: "RequestExtension",
        newDueOn: date("2026-04-28"),
        reason: "需等待统计数据",
      }),
    );
    expect(stateOf([...handling, ...request]).handling.pendingExtension?.newDueOn).toBe(
      "2026-04-28",
    );
    const { state, events } = given([...handling, ...request])
      .when(cmd(cast.director, 11, { _tag: "ApproveExtension", note: "经市督查室同意" }))
      .thenAccepted();
    expect(events[0]?._tag).toBe("ExtensionGranted");
    expect(state.handling.lead?.dueOn).toBe("2026-04-28");
    expect(state.handling.pendingExtension).toBeUndefined();
  });
  it("延期 refused: the due date stays", () => {
    const request = runFrom(
      handling,
      cmd(cast.scienceHandler, 10, {
        _tag: "RequestExtension",
        newDueOn: date("2026-04-28"),
        reason: "r",
      }),
    );
    const { state } = given([...handling, ...request])
      .when(cmd(cast.director, 11, { _tag: "RefuseExtension", reason: "上级不同意" }))
      .thenAccepted();
    expect(state.handling.lead?.dueOn).toBe(lead.dueOn);
  });
  it("one extension request at a time", () => {
    const request = runFrom(
      handling,
      cmd(cast.scienceHandler, 10, {
        _tag: "RequestExtension",
        newDueOn: date("2026-04-28"),
        reason: "r",
      }),
    );
    given([...handling, ...request])
      .when(
        cmd(cast.scienceHandler, 10, {
          _tag: "RequestExtension",
          newDueOn: date("2026-04-29"),
          reason: "r",
        }),
      )
      .thenFails("WrongStep");
  });
  it("nothing to approve without a request", () => {
    given(handling)
      .when(cmd(cast.director, 11, { _tag: "ApproveExtension" }))
      .thenFails("WrongStep");
  });
  it("an extension must be requested before the due date", () => {
    const late = {
      meta: meta(cast.scienceHandler, "2026-04-21T09:00:00+08:00"),
      payload: { _tag: "RequestExtension", newDueOn: date("2026-04-28"), reason: "r" },
    } as const;
    given(handling).when(late).thenFails("InvalidCommand");
  });
  it("the new due date must be later than the current one", () => {
    given(handling)
      .when(
        cmd(cast.scienceHandler, 10, {
          _tag: "RequestExtension",
          newDueOn: date("2026-04-20"),
          reason: "r",
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("only the lead unit requests an extension", () => {
    given(handling)
      .when(
        cmd(cast.industryHandler, 10, {
          _tag: "RequestExtension",
          newDueOn: date("2026-04-28"),
          reason: "r",
        }),
      )
      .thenFails("NotAuthorised");
  });
  it("转办 to a named person within the unit: only that person (or the head) then acts", () => {
    const moved = runFrom(
      handling,
      cmd(cast.clerk, 8, {
        _tag: "Reassign",
        fromUnitId: units.science,
        toUnitId: units.science,
        toUnitName: "科技处",
        assignee: { userId: UserId.make("u-other"), name: "冯科员" },
        reason: "专人办理",
      }),
    );
    const after = [...handling, ...moved];
    given(after)
      .when(cmd(cast.scienceHandler, 20, feedback))
      .thenFails("NotAuthorised");
    given(after)
      .when(cmd(cast.scienceHead, 20, feedback))
      .thenAccepted();
  });
  it("转办 within the same unit must name the person", () => {
    given(handling)
      .when(
        cmd(cast.clerk, 8, {
          _tag: "Reassign",
          fromUnitId: units.science,
          toUnitId: units.science,
          toUnitName: "科技处",
          reason: "r",
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("转办 cannot go to a unit already handling the case", () => {
    given(handling)
      .when(
        cmd(cast.clerk, 8, {
          _tag: "Reassign",
          fromUnitId: units.science,
          toUnitId: units.industry,
          toUnitName: "产业处",
          reason: "r",
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("转办 only from a unit handling the case", () => {
    given(handling)
      .when(
        cmd(cast.clerk, 8, {
          _tag: "Reassign",
          fromUnitId: UnitId.make("nobody"),
          toUnitId: units.finance,
          toUnitName: "计财处",
          reason: "r",
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("转办 of a co-unit leaves the case with the lead", () => {
    const { state } = given(handling)
      .when(
        cmd(cast.clerk, 8, {
          _tag: "Reassign",
          fromUnitId: units.industry,
          toUnitId: units.finance,
          toUnitName: "计财处",
          reason: "r",
        }),
      )
      .thenAccepted();
    expect(state.status).toBe("Handling");
    expect(state.handling.coUnits[0]?.unitId).toBe(units.finance);
  });
  it("转办 of the lead during handling: the new lead must accept", () => {
    const { state } = given(handling)
      .when(
        cmd(cast.clerk, 8, {
          _tag: "Reassign",
          fromUnitId: units.science,
          toUnitId: units.finance,
          toUnitName: "计财处",
          reason: "r",
        }),
      )
      .thenAccepted();
    expect(state.status).toBe("Assigned");
  });
  it("反馈: the lead unit reports with paper and electronic copies", () => {
    const c = cmd(cast.scienceHandler, 20, feedback);
    given(handling)
      .when(c)
      .then([
        {
          _tag: "FeedbackSubmitted",
          ...recorded(c.meta),
          unitId: units.science,
          unitName: "科技处",
          summary: "已完成，书面报告已报市政府督查室。",
          reportedToSuperiorOn: date("2026-03-20"),
          attachments: [
            { ...paperReport, version: 1 },
            { ...eReport, version: 1 },
          ],
        },
      ]);
  });
  it("反馈 needs both the paper and the electronic copy", () => {
    given(handling)
      .when(cmd(cast.scienceHandler, 20, { ...feedback, attachments: [eReport] }))
      .thenFails("InvalidCommand");
  });
  it("反馈 cannot be dated in the future", () => {
    given(handling)
      .when(cmd(cast.scienceHandler, 19, feedback))
      .thenFails("InvalidCommand");
  });
  it("a co-unit does not report the result", () => {
    given(handling)
      .when(cmd(cast.industryHandler, 20, feedback))
      .thenFails("NotAuthorised");
  });
  it("the lead unit is no longer able to send back once it has accepted", () => {
    given(handling)
      .when(cmd(cast.scienceHandler, 8, { _tag: "SendBack", reason: "r" }))
      .thenFails("WrongStep");
  });
});

describe("Reported (存查并归档 pending)", () => {
  it("the office files it, handing the archive what it needs to collect it", () => {
    const c = cmd(cast.clerk, 21, { _tag: "FileCase", note: "纸质件已入柜" });
    given(reported)
      .when(c)
      .then([
        {
          _tag: "CaseFiled",
          ...recorded(c.meta),
          note: "纸质件已入柜",
          archive: {
            process: "supervision",
            category: "WS",
            title: "关于科技成果转化工作的督办通知",
            number: "督〔2026〕7号",
            source: "市政府督查室",
            date: date("2026-03-21"),
            attachments: [
              { ...scan, version: 1 },
              { ...paperReport, version: 1 },
              { ...eReport, version: 1 },
            ],
          },
        },
      ]);
  });
  it("退回: the office returns an insufficient report to the lead unit", () => {
    const { state } = given(reported)
      .when(cmd(cast.director, 21, { _tag: "SendBack", reason: "请补充数据" }))
      .thenAccepted();
    expect(state.status).toBe("Handling");
  });
  it("撤回: the lead unit takes its report back before the office files it", () => {
    const { state } = given(reported)
      .when(cmd(cast.scienceHandler, 20, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Handling");
  });
  it("a unit cannot file", () => {
    given(reported)
      .when(cmd(cast.scienceHandler, 21, { _tag: "FileCase" }))
      .thenFails("NotAuthorised");
  });
});

describe("Filed (closed)", () => {
  it("every command is refused as CaseClosed (except a second registration)", () => {
    for (const payload of [propose, accept, feedback, { _tag: "AddComment", text: "x" }] as const) {
      given(filed)
        .when(cmd(cast.clerk, 22, payload))
        .thenFails("CaseClosed");
    }
    given(filed)
      .when(cmd(cast.clerk, 22, register))
      .thenFails("CaseAlreadyExists");
  });
  it("nobody has anything to do", () => {
    for (const actor of Object.values(cast)) expect(actionsOf(filed, actor)).toEqual([]);
    expect(decider.isTerminal(stateOf(filed))).toBe(true);
  });
});

describe("generic operations on an open case", () => {
  it("传阅: circulate to readers; each confirms once; a second confirmation records nothing", () => {
    const c = runFrom(
      handling,
      cmd(cast.clerk, 8, {
        _tag: "Circulate",
        readers: [
          { userId: cast.principal.userId, name: cast.principal.name },
          { userId: cast.leader.userId, name: cast.leader.name },
        ],
        note: "请阅",
      }),
    );
    const read = [
      ...handling,
      ...c,
      ...runFrom([...handling, ...c], cmd(cast.principal, 9, { _tag: "ConfirmRead" })),
    ];
    expect(unread(stateOf(read).handling).map((r) => r.name)).toEqual(["张局长"]);
    given(read)
      .when(cmd(cast.principal, 10, { _tag: "ConfirmRead" }))
      .thenNothing();
  });
  it("传阅 to someone already on the list records nothing", () => {
    const c = runFrom(
      handling,
      cmd(cast.clerk, 8, {
        _tag: "Circulate",
        readers: [{ userId: cast.principal.userId, name: cast.principal.name }],
      }),
    );
    given([...handling, ...c])
      .when(
        cmd(cast.clerk, 8, {
          _tag: "Circulate",
          readers: [{ userId: cast.principal.userId, name: cast.principal.name }],
        }),
      )
      .thenNothing();
  });
  it("a deputy confirms reading for the principal", () => {
    const c = runFrom(
      handling,
      cmd(cast.clerk, 8, {
        _tag: "Circulate",
        readers: [{ userId: cast.leader.userId, name: cast.leader.name }],
      }),
    );
    const { state } = given([...handling, ...c])
      .when(cmd(cast.deputy, 9, { _tag: "ConfirmRead" }, cast.leader))
      .thenAccepted();
    expect(unread(state.handling)).toEqual([]);
  });
  it("someone not on the list cannot confirm reading", () => {
    given(handling)
      .when(cmd(cast.principal, 9, { _tag: "ConfirmRead" }))
      .thenFails("NotAuthorised");
  });
  it("comments are recorded; an auditor changes nothing", () => {
    given(handling)
      .when(cmd(cast.scienceHandler, 9, { _tag: "AddComment", text: "已联系对口处室" }))
      .thenAccepted();
    given(handling)
      .when(cmd(cast.auditor, 9, { _tag: "AddComment", text: "x" }))
      .thenFails("NotAuthorised");
  });
  it("attachments: add, replace with a new version, identical content is a no-op", () => {
    const extra = {
      ...scan,
      id: AttachmentId.make("att-x"),
      name: "补充材料.pdf",
      sha256: hash("d"),
    };
    given(handling)
      .when(cmd(cast.clerk, 9, { _tag: "AttachFile", attachment: scan }))
      .thenFails("InvalidCommand");
    const added = runFrom(handling, cmd(cast.clerk, 9, { _tag: "AttachFile", attachment: extra }));
    const { state } = given([...handling, ...added])
      .when(
        cmd(cast.clerk, 10, {
          _tag: "ReplaceAttachment",
          attachment: { ...extra, sha256: hash("e") },
        }),
      )
      .thenAccepted();
    expect(state.handling.attachments.find((a) => a.id === "att-x")?.version).toBe(2);
    given([...handling, ...added])
      .when(cmd(cast.clerk, 10, { _tag: "ReplaceAttachment", attachment: extra }))
      .thenNothing();
    given(handling)
      .when(
        cmd(cast.clerk, 10, {
          _tag: "ReplaceAttachment",
          attachment: { ...extra, id: AttachmentId.make("nope") },
        }),
      )
      .thenFails("InvalidCommand");
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
  it("the steps keep the seed's Chinese names", () => {
    expect(definition.steps.map((s) => s.label.zh)).toEqual([
      "拟办",
      "报批",
      "领导批示",
      "登记",
      "交办",
      "承办",
      "协调",
      "催办或督办",
      "反馈",
      "存查并归档",
    ]);
  });
  it("every command and event schema carries a zh/en title", () => {
    for (const tag of tagsOf(table)) {
      const title = table[tag].schema.ast.annotations[Symbol.for("effect/annotation/Title")];
      expect(title, tag).toMatch(/ \/ /);
    }
  });
});

/** The one scenario through every branch: returns, withdrawals, presses, extension, filing. */
describe("scenario: one 督办件 from registration to the archive", () => {
  it("goes through every step and branch and reads back as a timeline", () => {
    const steps = scenario;
    const events = run(...steps);
    const state = stateOf(events);
    expect(state.status).toBe("Filed");
    expect(state.handling.lead?.dueOn).toBe("2026-04-28");
    expect(pressCount(state.handling)).toBe(2);
    // Every event survives the store: encode then decode gives it back.
    const codec = supervision.eventSchema;
    for (const e of events)
      expect(Schema.decodeUnknownSync(codec)(Schema.encodeSync(codec)(e))).toEqual(e);
    const timeline = supervision.history(events);
    expect(timeline).toHaveLength(events.length);
    expect(timeline.map((l) => l.label.zh)).toContain("退回");
    expect(timeline.map((l) => l.label.zh)).toContain("撤回");
    expect(timeline.find((l) => l.label.zh === "领导批示")?.onBehalfOf).toBe("张局长");
    for (const line of timeline) expect(line.label.en.length).toBeGreaterThan(0);
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────────

const actors = Object.values(cast);
const person = (a: Actor) => ({ userId: a.userId, name: a.name });
const payloads: ReadonlyArray<SupervisionCommand> = [
  register,
  { ...register, number: "督〔2025〕1号" },
  propose,
  submit,
  instruct,
  { _tag: "GiveInstruction", instruction: "阅" },
  recordInstruction,
  assign,
  {
    _tag: "AssignUnits",
    lead: { ...lead, unitId: units.industry, unitName: "产业处" },
    coUnits: [],
  },
  accept,
  { _tag: "RecordCoordination", problem: "p", outcome: "o", unitIds: [] },
  { _tag: "Press", unitId: units.science, level: "催办", fromSuperior: false },
  { _tag: "Press", unitId: units.industry, level: "督办", fromSuperior: true },
  feedback,
  { _tag: "FileCase" },
  { _tag: "SendBack", reason: "r" },
  { _tag: "Withdraw" },
  {
    _tag: "Reassign",
    fromUnitId: units.science,
    toUnitId: units.finance,
    toUnitName: "计财处",
    reason: "r",
  },
  {
    _tag: "Reassign",
    fromUnitId: units.industry,
    toUnitId: units.finance,
    toUnitName: "计财处",
    reason: "r",
  },
  { _tag: "SubmitCoOpinion", opinion: "o" },
  { _tag: "ReportProgress", text: "t" },
  { _tag: "RequestExtension", newDueOn: date("2026-04-28"), reason: "r" },
  { _tag: "ApproveExtension" },
  { _tag: "RefuseExtension", reason: "r" },
  { _tag: "Circulate", readers: [person(cast.principal), person(cast.leader)] },
  { _tag: "ConfirmRead" },
  { _tag: "AddComment", text: "c" },
  {
    _tag: "AttachFile",
    attachment: { ...scan, id: AttachmentId.make("att-p"), sha256: hash("1") },
  },
  { _tag: "ReplaceAttachment", attachment: { ...scan, sha256: hash("2") } },
];

const step = FastCheck.record({
  payload: FastCheck.constantFrom(...payloads),
  actor: FastCheck.constantFrom(...actors),
  delegated: FastCheck.boolean(),
  day: FastCheck.integer({ min: 2, max: 25 }),
});

describe("properties over random command sequences", () => {
  it("decide never throws; refusals record nothing; the fold equals the live state; availableActions lists exactly the commands the guard lets through", () => {
    FastCheck.assert(
      FastCheck.property(FastCheck.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const { state, log } = propertyRun(
          supervision,
          [],
          steps.map((s) => {
            // A deputy acts for the leader: the leader's authority is the one checked.
            const onBehalfOf = s.delegated && s.actor === cast.deputy ? cast.leader : undefined;
            return cmd(s.actor, s.day, s.payload, onBehalfOf);
          }),
        );
        expect(fold(decider, log)).toEqual(state);
        // Every recorded fact reads as one line of the timeline.
        expect(supervision.history(log)).toHaveLength(log.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("module", () => {
  it("is the ProcessModule named supervision, every event at version 1, nothing to upcast", () => {
    expect(supervision.name).toBe("supervision");
    expect(new Set(Object.values(supervision.eventVersions))).toEqual(new Set([1]));
    expect(supervision.upcast("CommentAdded", 1, { a: 1 })).toEqual({ a: 1 });
  });
});

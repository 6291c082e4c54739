import { Either, FastCheck, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../shared/actor.js";
import { AttachmentId } from "../../shared/attachment.js";
import { tagsOf } from "../../shared/command-table.js";
import { type Command, fold } from "../../shared/decider.js";
import { CaseId, UnitId } from "../../shared/ids.js";
import { pressCount, recorded, unread, whoDid } from "../../shared/operations/index.js";
import { cast, meta, units } from "../../shared/testing/fixtures.js";
import { histories, specify } from "../../shared/testing/given.js";
import { propertyRun } from "../../shared/testing/properties.js";
import {
  check,
  cmd,
  confidential,
  date,
  distribute,
  draft,
  forward,
  hash,
  industryHead,
  notice,
  number,
  on,
  people,
  print,
  printer,
  ref,
  review,
  reviewer,
  revise,
  scenario,
  seal,
  sendBack,
  sign,
  submit,
  text,
} from "../../shared/testing/scenarios/outgoing.js";
import {
  type DraftDocument,
  defaultOutgoingConfig,
  definition,
  draftingSheet,
  makeOutgoing,
  type OutgoingCommand,
  type OutgoingEvent,
  outgoing,
  stepOf,
  table,
} from "./index.js";

const { given } = specify(outgoing);
const { decider } = outgoing;
const { run, then, stateOf, actionsOf } = histories(outgoing);

// ── Test data: shared/testing/scenarios/outgoing.ts ─────────────────────────────────────────

const drafted = run(cmd(cast.scienceHandler, 2, draft));
const checked = then(drafted, cmd(cast.scienceHead, 2, check));
const reviewed = then(checked, cmd(reviewer, 3, review));
const awaitingLeader = then(reviewed, cmd(cast.director, 3, submit));
const awaitingPrincipal = then(awaitingLeader, cmd(cast.leader, 4, forward));
const signed = then(awaitingPrincipal, cmd(cast.principal, 5, sign));
const numbered = then(signed, cmd(confidential, 5, number));
const printed = then(numbered, cmd(printer, 6, print));
const sealed = then(printed, cmd(confidential, 6, seal));
const distributed = then(sealed, cmd(cast.scienceHandler, 7, distribute));
const revising = then(drafted, cmd(cast.scienceHead, 2, sendBack("标题不准确")));

const noticeAwaitingLeader = then(
  run(cmd(cast.scienceHandler, 2, notice)),
  cmd(cast.scienceHead, 2, check),
  cmd(reviewer, 3, review),
  cmd(cast.director, 3, submit),
);

/** A draft with a time limit (a reply to an incoming document): 催办, 延期, 转办 apply. */
const reply: DraftDocument = {
  ...notice,
  _tag: "DraftDocument",
  title: "关于市政府督办事项的复函",
  kind: "函",
  direction: "平行文",
  mainTo: ["市发展改革委"],
  replyTo: {
    caseId: CaseId.make("incoming-8"),
    number: "收〔2026〕8号",
    senderNumber: "武发改函〔2026〕5号",
  },
  dueOn: date("2026-03-20"),
};
const replyDrafted = run(cmd(cast.scienceHandler, 2, reply));
const replyRevising = then(replyDrafted, cmd(cast.scienceHead, 3, sendBack()));

// ── One describe per status ──────────────────────────────────────────────────────────────────

describe("New (no case yet)", () => {
  it("起草: a division drafts the 送审稿; the case opens with it", () => {
    const c = cmd(cast.scienceHandler, 2, draft);
    given([])
      .when(c)
      .then([
        {
          _tag: "DocumentDrafted",
          ...recorded(c.meta),
          title: draft.title,
          kind: "请示",
          direction: "上行文",
          important: false,
          mainTo: ["市人民政府"],
          copyTo: ["市财政局"],
          urgency: "加急",
          body: draft.body,
          unitId: units.science,
          unitName: "科技处",
          attachments: [{ ...text, version: 1 }],
        },
      ]);
  });
  it("the division head may draft too; an office clerk does not", () => {
    given([])
      .when(cmd(cast.scienceHead, 2, draft))
      .thenAccepted();
    given([])
      .when(cmd(cast.clerk, 2, draft))
      .thenFails("NotAuthorised");
  });
  it("a 请示 or 报告 goes to a superior (条例第八条)", () => {
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...draft, direction: "平行文" }))
      .thenFails("InvalidCommand");
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...draft, kind: "报告", direction: "下行文" }))
      .thenFails("InvalidCommand");
  });
  it("a 批复 goes down and names the 请示 it answers (条例第八条)", () => {
    const approval = { ...notice, kind: "批复", mainTo: ["某区科技局"] } as const;
    given([])
      .when(cmd(cast.scienceHandler, 2, approval))
      .thenFails("InvalidCommand");
    given([])
      .when(
        cmd(cast.scienceHandler, 2, { ...approval, direction: "平行文", replyTo: reply.replyTo }),
      )
      .thenFails("InvalidCommand");
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...approval, replyTo: reply.replyTo }))
      .thenAccepted();
  });
  it("a document to a superior is addressed to one superior organ (条例第十五条)", () => {
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...draft, mainTo: ["市人民政府", "市科技局"] }))
      .thenFails("InvalidCommand");
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...draft, mainTo: [] }))
      .thenFails("InvalidCommand");
  });
  it("a 函 or 批复 needs an addressee", () => {
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...reply, mainTo: [] }))
      .thenFails("InvalidCommand");
  });
  it("an organ is either addressed or copied, once", () => {
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...draft, copyTo: ["市人民政府"] }))
      .thenFails("InvalidCommand");
  });
  it("a classified document carries a 保密期限 within its level's maximum", () => {
    const secret = { ...draft, classification: "秘密" } as const;
    given([])
      .when(cmd(cast.scienceHandler, 2, secret))
      .thenFails("InvalidCommand");
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...secret, secrecyYears: 11 }))
      .thenFails("InvalidCommand");
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...secret, classification: "机密", secrecyYears: 20 }))
      .thenAccepted();
  });
  it("a document that is not classified has no 保密期限", () => {
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...draft, secrecyYears: 5 }))
      .thenFails("InvalidCommand");
  });
  it("the time limit cannot be before the day of drafting", () => {
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...reply, dueOn: date("2026-03-01") }))
      .thenFails("InvalidCommand");
  });
  it("a reply to an incoming document records the 收文 and its time limit", () => {
    const { state } = given([])
      .when(cmd(cast.scienceHandler, 2, reply))
      .thenAccepted();
    expect(state.replyTo?.number).toBe("收〔2026〕8号");
    expect(state.handling.lead).toEqual({
      unitId: units.science,
      unitName: "科技处",
      dueOn: date("2026-03-20"),
    });
  });
  it("missing data (no body, unknown 文种) is refused at the boundary", () => {
    const { body: _body, ...noBody } = draft;
    given([])
      .whenRaw(meta(cast.scienceHandler, on(2)), noBody)
      .thenFails("InvalidCommand");
    given([])
      .whenRaw(meta(cast.scienceHandler, on(2)), { ...draft, kind: "便函" })
      .thenFails("InvalidCommand");
    given([])
      .when(cmd(cast.scienceHandler, 2, { ...draft, body: "  " }))
      .thenFails("InvalidCommand");
  });
  it("no other step applies before drafting", () => {
    given([])
      .when(cmd(cast.scienceHead, 2, check))
      .thenFails("WrongStep");
  });
  it("a drafter may only draft", () => {
    expect(actionsOf([], cast.scienceHandler)).toEqual(["DraftDocument"]);
    expect(stepOf(stateOf([]))).toBeUndefined();
  });
});

describe("ToDraft (a reply opened by the process manager)", () => {
  const open: OutgoingCommand = {
    _tag: "OpenReplyDraft",
    replyTo: reply.replyTo ?? { caseId: CaseId.make("x"), number: "收〔2026〕1号" },
    title: reply.title,
    unitId: units.science,
    unitName: "科技处",
    dueOn: date("2026-03-20"),
  };
  const opened = run(cmd(systemActor, 1, open));

  it("the system opens the 发文 linked to the 收文, with the reply's time limit, for the unit to draft", () => {
    const c = cmd(systemActor, 1, open);
    given([])
      .when(c)
      .then([
        {
          _tag: "ReplyDraftOpened",
          ...recorded(c.meta),
          replyTo: reply.replyTo ?? open.replyTo,
          title: reply.title,
          unitId: units.science,
          unitName: "科技处",
          dueOn: date("2026-03-20"),
        },
      ]);
    const state = stateOf(opened);
    expect(state.status).toBe("ToDraft");
    expect(state.replyTo?.number).toBe("收〔2026〕8号");
    expect(state.handling.lead?.dueOn).toBe("2026-03-20");
    expect(stepOf(state)).toBe("draft");
  });
  it("no person opens one, not even the unit: they draft directly", () => {
    given([])
      .when(cmd(cast.scienceHandler, 1, open))
      .thenFails("NotAuthorised");
  });
  it("a second opening of the same case is refused as CaseAlreadyExists", () => {
    given(opened)
      .when(cmd(systemActor, 2, open))
      .thenFails("CaseAlreadyExists");
  });
  it("起草: the drafting unit drafts it; the link and the time limit carry over", () => {
    const { replyTo: _r, dueOn: _d, ...own } = reply;
    const drafted = given(opened)
      .when(cmd(cast.scienceHandler, 2, own))
      .thenAccepted();
    expect(drafted.state.status).toBe("Drafted");
    expect(drafted.state.replyTo).toEqual(reply.replyTo);
    expect(drafted.state.handling.lead?.dueOn).toBe("2026-03-20");
    expect(drafted.events[0]).toMatchObject({ replyTo: reply.replyTo, dueOn: "2026-03-20" });
  });
  it("another unit cannot draft it", () => {
    given(opened)
      .when(cmd(people.industryHead, 2, reply))
      .thenFails("NotAuthorised");
  });
  it("the drafting unit sees 起草 among its actions; the office does not", () => {
    expect(actionsOf(opened, cast.scienceHandler)).toContain("DraftDocument");
    expect(actionsOf(opened, cast.clerk)).not.toContain("DraftDocument");
  });
});

describe("Drafted (核稿)", () => {
  it("the drafting unit's head gives the 签定意见, stored verbatim with signer", () => {
    const c = cmd(cast.scienceHead, 2, check);
    given(drafted)
      .when(c)
      .then([
        {
          _tag: "DraftChecked",
          ...recorded(c.meta),
          opinion: {
            kind: "核稿意见",
            text: "同意，请办公室审核。",
            signer: recorded(c.meta).by,
            role: "division-head",
            at: c.meta.at,
          },
        },
      ]);
  });
  it("only a division head checks", () => {
    given(drafted)
      .when(cmd(cast.scienceHandler, 2, check))
      .thenFails("NotAuthorised");
  });
  it("another division's head does not check", () => {
    given(drafted)
      .when(cmd(industryHead, 2, check))
      .thenFails("NotAuthorised");
  });
  it("a blank opinion is refused", () => {
    given(drafted)
      .when(cmd(cast.scienceHead, 2, { _tag: "CheckDraft", opinion: " " }))
      .thenFails("InvalidCommand");
  });
  it("a drafted case cannot be drafted again", () => {
    given(drafted)
      .when(cmd(cast.scienceHandler, 2, draft))
      .thenFails("CaseAlreadyExists");
  });
  it("the office does not review before 核稿", () => {
    given(drafted)
      .when(cmd(reviewer, 2, review))
      .thenFails("WrongStep");
  });
  it("退回修改: the head returns it to the drafting unit", () => {
    const c = cmd(cast.scienceHead, 2, sendBack("标题不准确"));
    given(drafted)
      .when(c)
      .then([
        {
          _tag: "SentBack",
          ...recorded(c.meta),
          from: "Drafted",
          to: "Revising",
          reason: "标题不准确",
        },
      ]);
  });
  it("another unit's head cannot return it", () => {
    given(drafted)
      .when(cmd(industryHead, 2, sendBack()))
      .thenFails("NotAuthorised");
  });
  it("撤回: the drafter takes the draft back before the head acts", () => {
    const { state } = given(drafted)
      .when(cmd(cast.scienceHandler, 2, { _tag: "Withdraw", reason: "漏附件" }))
      .thenAccepted();
    expect(state.status).toBe("Revising");
  });
  it("撤回 is for the sender only", () => {
    given(drafted)
      .when(cmd(cast.scienceHead, 2, { _tag: "Withdraw" }))
      .thenFails("NotAuthorised");
  });
  it("no later step applies before 核稿", () => {
    const later: ReadonlyArray<[Actor, OutgoingCommand]> = [
      [cast.scienceHandler, revise(draft)],
      [cast.director, submit],
      [cast.leader, forward],
      [cast.principal, sign],
      [confidential, number],
      [printer, print],
      [confidential, seal],
      [cast.scienceHandler, distribute],
      [cast.scienceHead, { _tag: "Countersign", opinion: "同意" }],
    ];
    for (const [actor, payload] of later) {
      given(drafted)
        .when(cmd(actor, 2, payload))
        .thenFails("WrongStep");
    }
  });
  it("a blank opinion is refused at every signing step", () => {
    const blank: ReadonlyArray<[ReadonlyArray<OutgoingEvent>, Actor, OutgoingCommand]> = [
      [checked, reviewer, { _tag: "ReviewDraft", opinion: "" }],
      [reviewed, cast.director, { ...submit, _tag: "SubmitForSignature", opinion: "\n" }],
      [awaitingLeader, cast.leader, { ...forward, _tag: "ForwardToPrincipal", opinion: " " }],
      [awaitingPrincipal, cast.principal, { _tag: "SignDraft", opinion: "  " }],
    ];
    for (const [history, actor, payload] of blank) {
      given(history)
        .when(cmd(actor, 6, payload))
        .thenFails("InvalidCommand");
    }
  });
  it("the head sees 核稿 and 退回; the drafter sees 撤回", () => {
    expect(actionsOf(drafted, cast.scienceHead)).toEqual(
      expect.arrayContaining(["CheckDraft", "SendBack"]),
    );
    expect(actionsOf(drafted, cast.scienceHandler)).toContain("Withdraw");
    expect(actionsOf(drafted, cast.scienceHandler)).not.toContain("CheckDraft");
    expect(stepOf(stateOf(drafted))).toBe("check");
  });
  it("without a time limit there is no 催办, 延期 or 转办", () => {
    expect(actionsOf(drafted, cast.clerk)).not.toContain("Press");
    expect(actionsOf(drafted, cast.scienceHandler)).not.toContain("RequestExtension");
  });
});

describe("Revising (退回修改)", () => {
  it("the drafting unit revises; it goes round again from 核稿 with a fresh 发文稿纸", () => {
    const back = then(checked, cmd(reviewer, 3, sendBack("请示须一文一事")));
    expect(stateOf(back).opinions).toHaveLength(1);
    const c = cmd(cast.scienceHandler, 4, revise(draft, "已删去第二事项"));
    const { state } = given(back)
      .when(c)
      .then([
        {
          _tag: "DraftRevised",
          ...recorded(c.meta),
          title: draft.title,
          kind: "请示",
          direction: "上行文",
          important: false,
          mainTo: ["市人民政府"],
          copyTo: ["市财政局"],
          urgency: "加急",
          body: draft.body,
          note: "已删去第二事项",
        },
      ]);
    expect(state.status).toBe("Drafted");
    expect(state.opinions).toEqual([]);
    expect(state.revisions).toBe(1);
  });
  it("the revision is checked like a draft", () => {
    given(revising)
      .when(cmd(cast.scienceHandler, 3, { ...revise(draft), direction: "下行文" }))
      .thenFails("InvalidCommand");
  });
  it("a 批复 revision keeps the 收文 it answers", () => {
    const approval = {
      ...notice,
      kind: "批复",
      mainTo: ["某区科技局"],
      replyTo: reply.replyTo,
    } as const;
    const back = then(
      run(cmd(cast.scienceHandler, 2, approval)),
      cmd(cast.scienceHead, 2, sendBack()),
    );
    given(back)
      .when(cmd(cast.scienceHandler, 3, revise(approval)))
      .thenAccepted();
  });
  it("only the drafting unit revises", () => {
    given(revising)
      .when(cmd(cast.industryHandler, 3, revise(draft)))
      .thenFails("NotAuthorised");
    given(revising)
      .when(cmd(reviewer, 3, revise(draft)))
      .thenFails("NotAuthorised");
  });
  it("nothing goes on before the revision", () => {
    given(revising)
      .when(cmd(cast.scienceHead, 3, check))
      .thenFails("WrongStep");
    given(revising)
      .when(cmd(cast.scienceHead, 3, sendBack()))
      .thenFails("WrongStep");
    expect(stepOf(stateOf(revising))).toBe("draft");
  });
  it("转办: the office moves the drafting of a reply to another unit; it revises and distributes", () => {
    const c = cmd(cast.clerk, 4, {
      _tag: "Reassign",
      fromUnitId: units.science,
      toUnitId: units.industry,
      toUnitName: "产业处",
      reason: "属产业处职责",
    });
    const moved = then(replyRevising, c);
    const state = stateOf(moved);
    expect(state.draftingUnit).toEqual({ unitId: units.industry, unitName: "产业处" });
    expect(state.handling.lead?.dueOn).toBe("2026-03-20");
    given(moved)
      .when(cmd(cast.scienceHandler, 5, revise(reply)))
      .thenFails("NotAuthorised");
    const again = then(moved, cmd(cast.industryHandler, 5, revise(reply)));
    given(again)
      .when(cmd(industryHead, 5, check))
      .thenAccepted();
  });
  it("转办 within the unit names the person; the drafting unit stays", () => {
    const moved = then(
      replyRevising,
      cmd(cast.clerk, 4, {
        _tag: "Reassign",
        fromUnitId: units.science,
        toUnitId: units.science,
        toUnitName: "科技处",
        assignee: ref(cast.scienceHandler),
        reason: "指定经办人",
      }),
    );
    expect(stateOf(moved).draftingUnit?.unitId).toBe(units.science);
  });
  it("转办 needs a time limit (a unit assigned); a draft without one has none", () => {
    expect(actionsOf(revising, cast.clerk)).not.toContain("Reassign");
    expect(actionsOf(replyRevising, cast.clerk)).toContain("Reassign");
  });
});

describe("Drafted or Revising with a time limit (催办, 延期)", () => {
  it("催办 is recorded and counted and never moves the due date", () => {
    const pressed = then(
      replyDrafted,
      cmd(cast.clerk, 5, {
        _tag: "Press",
        unitId: units.science,
        level: "催办",
        fromSuperior: false,
      }),
      cmd(cast.clerk, 6, {
        _tag: "Press",
        unitId: units.science,
        level: "督办",
        fromSuperior: true,
      }),
    );
    const state = stateOf(pressed);
    expect(pressCount(state.handling)).toBe(2);
    expect(state.handling.lead?.dueOn).toBe("2026-03-20");
  });
  it("only the drafting unit can be pressed; a unit does not press", () => {
    given(replyDrafted)
      .when(
        cmd(cast.clerk, 5, {
          _tag: "Press",
          unitId: units.finance,
          level: "催办",
          fromSuperior: false,
        }),
      )
      .thenFails("InvalidCommand");
    given(replyDrafted)
      .when(
        cmd(cast.scienceHead, 5, {
          _tag: "Press",
          unitId: units.science,
          level: "催办",
          fromSuperior: false,
        }),
      )
      .thenFails("NotAuthorised");
  });
  it("延期: the drafting unit asks before the due date; the office director approves or refuses", () => {
    const asked = then(
      replyRevising,
      cmd(cast.scienceHandler, 5, {
        _tag: "RequestExtension",
        newDueOn: date("2026-03-27"),
        reason: "需征求财政意见",
      }),
    );
    given(asked)
      .when(
        cmd(cast.scienceHandler, 5, {
          _tag: "RequestExtension",
          newDueOn: date("2026-03-28"),
          reason: "r",
        }),
      )
      .thenFails("WrongStep");
    const granted = then(asked, cmd(cast.director, 6, { _tag: "ApproveExtension" }));
    expect(stateOf(granted).handling.lead?.dueOn).toBe("2026-03-27");
    const refused = then(
      asked,
      cmd(cast.director, 6, { _tag: "RefuseExtension", reason: "时限不能变" }),
    );
    expect(stateOf(refused).handling.lead?.dueOn).toBe("2026-03-20");
  });
  it("an extension is asked before the due date, and moves it later", () => {
    given(replyRevising)
      .when(
        cmd(cast.scienceHandler, 21, {
          _tag: "RequestExtension",
          newDueOn: date("2026-03-28"),
          reason: "r",
        }),
      )
      .thenFails("InvalidCommand");
    given(replyRevising)
      .when(
        cmd(cast.scienceHandler, 5, {
          _tag: "RequestExtension",
          newDueOn: date("2026-03-19"),
          reason: "r",
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("nothing to approve without a request", () => {
    given(replyRevising)
      .when(cmd(cast.director, 5, { _tag: "ApproveExtension" }))
      .thenFails("WrongStep");
  });
});

describe("Checked (审稿, 会签 beside it)", () => {
  it("the office reviewer gives the 审核意见", () => {
    const c = cmd(reviewer, 3, review);
    given(checked)
      .when(c)
      .then([
        {
          _tag: "DraftReviewed",
          ...recorded(c.meta),
          opinion: {
            kind: "审核意见",
            text: "文字已核，格式规范。",
            signer: recorded(c.meta).by,
            role: "office-reviewer",
            at: c.meta.at,
          },
        },
      ]);
  });
  it("the reviewer may judge the document important: the principal must then sign", () => {
    const judged = then(
      run(cmd(cast.scienceHandler, 2, notice)),
      cmd(cast.scienceHead, 2, check),
      cmd(reviewer, 3, {
        _tag: "ReviewDraft",
        opinion: "涉及全局，按重要公文办理。",
        important: true,
      }),
      cmd(cast.director, 3, submit),
    );
    expect(stateOf(judged).draft?.important).toBe(true);
    given(judged)
      .when(cmd(cast.leader, 4, sign))
      .thenFails("NotAuthorised");
  });
  it("only the office reviewer reviews", () => {
    given(checked)
      .when(cmd(cast.director, 3, review))
      .thenFails("NotAuthorised");
  });
  it("会签: every signatory signs, then the review goes on", () => {
    const requested = then(
      checked,
      cmd(cast.scienceHandler, 3, {
        _tag: "RequestCountersign",
        signatories: [
          { unitId: units.industry, name: "产业处" },
          { unitId: UnitId.make("leadership"), userId: cast.deputy.userId, name: cast.deputy.name },
        ],
        note: "涉及产业处职责",
      }),
    );
    given(requested)
      .when(cmd(reviewer, 3, review))
      .thenFails("WrongStep");
    const one = then(
      requested,
      cmd(cast.industryHandler, 3, { _tag: "Countersign", opinion: "同意" }),
    );
    const c = cmd(cast.deputy, 4, { _tag: "Countersign", opinion: "同意" });
    const { events, state } = given(one).when(c).thenAccepted();
    expect(events.map((e) => e._tag)).toEqual(["Countersigned", "CountersignCompleted"]);
    expect(state.handling.countersign).toBeUndefined();
    given([...one, ...events])
      .when(cmd(reviewer, 4, review))
      .thenAccepted();
  });
  it("会签退回: any signatory returns it to the drafting unit", () => {
    const requested = then(
      checked,
      cmd(reviewer, 3, {
        _tag: "RequestCountersign",
        signatories: [{ unitId: units.industry, name: "产业处" }],
      }),
    );
    const { state } = given(requested)
      .when(cmd(cast.industryHandler, 3, { _tag: "ReturnCountersign", reason: "数据有误" }))
      .thenAccepted();
    expect(state.status).toBe("Revising");
  });
  it("only a signatory still to sign countersigns", () => {
    const requested = then(
      checked,
      cmd(reviewer, 3, {
        _tag: "RequestCountersign",
        signatories: [{ unitId: units.industry, name: "产业处" }],
      }),
    );
    given(requested)
      .when(cmd(cast.financeHandler, 3, { _tag: "Countersign", opinion: "同意" }))
      .thenFails("NotAuthorised");
  });
  it("another unit does not request 会签 for the draft", () => {
    given(checked)
      .when(
        cmd(cast.industryHandler, 3, {
          _tag: "RequestCountersign",
          signatories: [{ unitId: units.finance, name: "计财处" }],
        }),
      )
      .thenFails("NotAuthorised");
  });
  it("退回修改 by the reviewer closes an open 会签 round", () => {
    const requested = then(
      checked,
      cmd(reviewer, 3, {
        _tag: "RequestCountersign",
        signatories: [{ unitId: units.industry, name: "产业处" }],
      }),
    );
    const { state } = given(requested)
      .when(cmd(reviewer, 3, sendBack()))
      .thenAccepted();
    expect(state.status).toBe("Revising");
    expect(state.handling.countersign).toBeUndefined();
  });
  it("撤回: the head takes the 核稿 back (and its opinion) before the office reviews", () => {
    const withRound = then(
      checked,
      cmd(cast.scienceHead, 3, {
        _tag: "RequestCountersign",
        signatories: [{ unitId: units.industry, name: "产业处" }],
      }),
    );
    const { state } = given(withRound)
      .when(cmd(cast.scienceHead, 3, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Drafted");
    expect(state.opinions).toEqual([]);
    expect(state.handling.countersign).toBeUndefined();
  });
  it("a reviewer cannot 核稿", () => {
    given(checked)
      .when(cmd(cast.scienceHead, 3, check))
      .thenFails("WrongStep");
    expect(stepOf(stateOf(checked))).toBe("review");
  });
});

describe("Reviewed (审稿: the office head's 审签)", () => {
  it("送审: the office head signs it off and submits it to the leader in charge", () => {
    const c = cmd(cast.director, 3, submit);
    given(reviewed)
      .when(c)
      .then([
        {
          _tag: "SubmittedForSignature",
          ...recorded(c.meta),
          opinion: {
            kind: "审核意见",
            text: "拟同意，呈张局长审签。",
            signer: recorded(c.meta).by,
            role: "office-director",
            at: c.meta.at,
          },
          leader: ref(cast.leader),
        },
      ]);
  });
  it("only the office head submits", () => {
    given(reviewed)
      .when(cmd(reviewer, 3, submit))
      .thenFails("NotAuthorised");
  });
  it("退回修改 by the office head", () => {
    const { state } = given(reviewed)
      .when(cmd(cast.director, 3, sendBack()))
      .thenAccepted();
    expect(state.status).toBe("Revising");
  });
  it("撤回: the reviewer takes the review back", () => {
    const { state } = given(reviewed)
      .when(cmd(reviewer, 3, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Checked");
    expect(state.opinions.map((o) => o.kind)).toEqual(["核稿意见"]);
  });
  it("the office head's 审签 is drawn in the 审稿 box", () => {
    expect(stepOf(stateOf(reviewed))).toBe("review");
  });
});

describe("AwaitingLeaderSignature (送审: the leader in charge)", () => {
  it("a routine document: the leader in charge signs it last (条例第二十二条)", () => {
    const c = cmd(cast.leader, 4, sign);
    const { state } = given(noticeAwaitingLeader)
      .when(c)
      .then([
        {
          _tag: "DocumentSigned",
          ...recorded(c.meta),
          opinion: {
            kind: "签发意见",
            text: "同意发。",
            signer: recorded(c.meta).by,
            role: "leader-in-charge",
            at: c.meta.at,
          },
          rule: "《党政机关公文处理工作条例》第二十二条：公文应当经本机关负责人审批签发（分管领导签发）",
        },
      ]);
    expect(state.signature?.signer.name).toBe("张局长");
    expect(state.signedOn).toBe("2026-03-04");
  });
  it("an 上行文: the leader in charge cannot be the last signer (条例第二十二条)", () => {
    given(awaitingLeader)
      .when(cmd(cast.leader, 4, sign))
      .thenFails("NotAuthorised");
    expect(actionsOf(awaitingLeader, cast.leader)).toEqual(
      expect.arrayContaining(["ForwardToPrincipal", "SendBack"]),
    );
    expect(actionsOf(awaitingLeader, cast.leader)).not.toContain("SignDraft");
  });
  it("an important document submitted to the principal directly: the principal signs", () => {
    const important = then(
      reviewed,
      cmd(cast.director, 3, { ...submit, _tag: "SubmitForSignature", leader: ref(cast.principal) }),
    );
    const { events } = given(important)
      .when(cmd(cast.principal, 4, sign))
      .thenAccepted();
    expect(events[0]?._tag === "DocumentSigned" && events[0].rule).toContain("重要公文和上行文");
  });
  it("送审: the leader in charge signs and forwards it to the principal leader", () => {
    const c = cmd(cast.leader, 4, forward);
    given(awaitingLeader)
      .when(c)
      .then([
        {
          _tag: "ForwardedToPrincipal",
          ...recorded(c.meta),
          opinion: {
            kind: "签发意见",
            text: "同意，呈陈局长签发。",
            signer: recorded(c.meta).by,
            role: "leader-in-charge",
            at: c.meta.at,
          },
          principal: ref(cast.principal),
        },
      ]);
  });
  it("the leader forwards to someone else", () => {
    given(awaitingLeader)
      .when(
        cmd(cast.leader, 4, {
          ...forward,
          _tag: "ForwardToPrincipal",
          principal: ref(cast.leader),
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("委托: a deputy signs for the absent leader; the record shows both (代)", () => {
    const { events } = given(noticeAwaitingLeader)
      .when(cmd(cast.deputy, 4, sign, cast.leader))
      .thenAccepted();
    const line = outgoing.history(events)[0];
    expect(line === undefined ? "" : whoDid(line).zh).toBe("赵副局长（代 张局长）");
  });
  it("only the leader it was submitted to signs or forwards", () => {
    given(noticeAwaitingLeader)
      .when(cmd(cast.deputy, 4, sign))
      .thenFails("NotAuthorised");
    given(awaitingLeader)
      .when(cmd(cast.deputy, 4, forward))
      .thenFails("NotAuthorised");
    given(awaitingLeader)
      .when(cmd(cast.director, 4, forward))
      .thenFails("NotAuthorised");
  });
  it("退回修改 by the leader in charge; the draft goes back to the unit", () => {
    const { state } = given(awaitingLeader)
      .when(cmd(cast.leader, 4, sendBack("请补充依据")))
      .thenAccepted();
    expect(state.status).toBe("Revising");
    expect(state.leader).toBeUndefined();
  });
  it("撤回: the office head takes it back while the leader has not acted", () => {
    const { state } = given(awaitingLeader)
      .when(cmd(cast.director, 3, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Reviewed");
    expect(state.leader).toBeUndefined();
  });
  it("撤回 is no longer possible once the leader has acted (even only a comment)", () => {
    const commented = then(awaitingLeader, cmd(cast.leader, 4, { _tag: "AddComment", text: "阅" }));
    given(commented)
      .when(cmd(cast.director, 4, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("is drawn at the first 「送审」", () => {
    expect(stepOf(stateOf(awaitingLeader))).toBe("submit-in-charge");
  });
});

describe("AwaitingPrincipalSignature (送审: the principal leader)", () => {
  it("签发: the principal leader signs; the rule of 条例第二十二条 is recorded", () => {
    const c = cmd(cast.principal, 5, sign);
    given(awaitingPrincipal)
      .when(c)
      .then([
        {
          _tag: "DocumentSigned",
          ...recorded(c.meta),
          opinion: {
            kind: "签发意见",
            text: "同意发。",
            signer: recorded(c.meta).by,
            role: "principal-leader",
            at: c.meta.at,
          },
          rule: "《党政机关公文处理工作条例》第二十二条：重要公文和上行文由机关主要负责人签发",
        },
      ]);
  });
  it("a routine document forwarded to the principal records the principal's signature", () => {
    const forwarded = then(noticeAwaitingLeader, cmd(cast.leader, 4, forward));
    const { events } = given(forwarded)
      .when(cmd(cast.principal, 5, sign))
      .thenAccepted();
    expect(events[0]?._tag === "DocumentSigned" && events[0].rule).toContain("主要领导签发");
  });
  it("the leader in charge no longer signs; a deputy signs for the principal", () => {
    given(awaitingPrincipal)
      .when(cmd(cast.leader, 5, sign))
      .thenFails("NotAuthorised");
    given(awaitingPrincipal)
      .when(cmd(cast.deputy, 5, sign, cast.principal))
      .thenAccepted();
  });
  it("退回修改 by the principal leader", () => {
    const { state } = given(awaitingPrincipal)
      .when(cmd(cast.principal, 5, sendBack("请压缩篇幅")))
      .thenAccepted();
    expect(state.status).toBe("Revising");
  });
  it("撤回: the leader in charge takes it back; their opinion goes with it", () => {
    const { state } = given(awaitingPrincipal)
      .when(cmd(cast.leader, 4, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("AwaitingLeaderSignature");
    expect(state.principal).toBeUndefined();
    expect(state.opinions).toHaveLength(3);
    expect(stepOf(state)).toBe("submit-in-charge");
  });
  it("is drawn at the second 「送审」", () => {
    expect(stepOf(stateOf(awaitingPrincipal))).toBe("submit-principal");
  });
});

describe("Signed (编号)", () => {
  it("the confidential office gives the 发文字号 the register allocated", () => {
    const c = cmd(confidential, 5, number);
    given(signed)
      .when(c)
      .then([{ _tag: "NumberAssigned", ...recorded(c.meta), number: "武科〔2026〕12号" }]);
  });
  it("any configured 机关代字 will do", () => {
    given(signed)
      .when(cmd(confidential, 5, { _tag: "AssignNumber", number: "武科函〔2026〕3号" }))
      .thenAccepted();
  });
  it("a 代字 outside the configuration is refused; another configuration accepts it", () => {
    const c = cmd(confidential, 5, { _tag: "AssignNumber", number: "武科技〔2026〕3号" });
    given(signed).when(c).thenFails("InvalidCommand");
    const other = makeOutgoing({ ...defaultOutgoingConfig, agencyPrefixes: ["武科技"] });
    expect(Either.isRight(other.decider.decide(c, stateOf(signed)))).toBe(true);
  });
  it("the number is of the year it is given", () => {
    given(signed)
      .when(cmd(confidential, 5, { _tag: "AssignNumber", number: "武科〔2025〕12号" }))
      .thenFails("InvalidCommand");
  });
  it("a malformed number (leading zero, 「第」, wrong brackets) is refused", () => {
    for (const n of [
      "武科〔2026〕012号",
      "武科〔2026〕第12号",
      "武科[2026]12号",
      "武科〔0999〕1号",
    ]) {
      given(signed)
        .when(cmd(confidential, 5, { _tag: "AssignNumber", number: n }))
        .thenFails("InvalidCommand");
    }
  });
  it("only the confidential office numbers", () => {
    given(signed)
      .when(cmd(cast.clerk, 5, number))
      .thenFails("NotAuthorised");
  });
  it("复核: a flaw found before issue goes back for revision (条例第二十四条)", () => {
    const { state } = given(signed)
      .when(cmd(confidential, 5, sendBack("附件与正文不符")))
      .thenAccepted();
    expect(state.status).toBe("Revising");
    expect(state.signature).toBeUndefined();
  });
  it("a signed text is not replaced; a new file may still be added", () => {
    given(signed)
      .when(
        cmd(cast.scienceHandler, 5, {
          _tag: "ReplaceAttachment",
          attachment: { ...text, sha256: hash("b") },
        }),
      )
      .thenFails("WrongStep");
    given(signed)
      .when(
        cmd(confidential, 5, {
          _tag: "AttachFile",
          attachment: {
            ...text,
            id: AttachmentId.make("att-sheet"),
            name: "发文稿纸.pdf",
            sha256: hash("c"),
          },
        }),
      )
      .thenAccepted();
  });
  it("a signature is not withdrawn", () => {
    given(signed)
      .when(cmd(cast.principal, 5, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
});

describe("Numbered (印文)", () => {
  it("the print room prints the copies", () => {
    const c = cmd(printer, 6, print);
    given(numbered)
      .when(c)
      .then([{ _tag: "DocumentPrinted", ...recorded(c.meta), copies: 20 }]);
  });
  it("at least one copy", () => {
    given(numbered)
      .when(cmd(printer, 6, { _tag: "PrintDocument", copies: 0 }))
      .thenFails("InvalidCommand");
  });
  it("only the print room prints", () => {
    given(numbered)
      .when(cmd(confidential, 6, print))
      .thenFails("NotAuthorised");
  });
  it("nobody sends it back after numbering", () => {
    given(numbered)
      .when(cmd(confidential, 6, sendBack()))
      .thenFails("WrongStep");
  });
});

describe("Printed (用印)", () => {
  it("the confidential office seals and files it, handing the archive what it needs", () => {
    const c = cmd(confidential, 6, seal);
    given(printed)
      .when(c)
      .then([
        {
          _tag: "DocumentSealed",
          ...recorded(c.meta),
          note: "存档一份",
          archive: {
            process: "outgoing",
            category: "WS",
            title: "关于申请2026年科技创新专项资金的请示",
            number: "武科〔2026〕12号",
            source: "科技处",
            date: date("2026-03-05"),
            attachments: [{ ...text, version: 1 }],
          },
        },
      ]);
  });
  it("only the confidential office seals", () => {
    given(printed)
      .when(cmd(printer, 6, seal))
      .thenFails("NotAuthorised");
  });
});

describe("Sealed (分发)", () => {
  it("the drafting unit distributes it to every addressee", () => {
    const c = cmd(cast.scienceHandler, 7, distribute);
    given(sealed)
      .when(c)
      .then([
        {
          _tag: "DocumentDistributed",
          ...recorded(c.meta),
          recipients: ["市人民政府", "市财政局"],
          method: "电子公文系统",
        },
      ]);
  });
  it("no addressee is left out", () => {
    given(sealed)
      .when(cmd(cast.scienceHandler, 7, { ...distribute, recipients: ["市人民政府"] }))
      .thenFails("InvalidCommand");
  });
  it("a classified document goes only by the confidential channel or by hand", () => {
    const secret = { ...draft, classification: "秘密", secrecyYears: 5 } as const;
    const secretSealed = then(
      run(cmd(cast.scienceHandler, 2, secret)),
      cmd(cast.scienceHead, 2, check),
      cmd(reviewer, 3, review),
      cmd(cast.director, 3, submit),
      cmd(cast.leader, 4, forward),
      cmd(cast.principal, 5, sign),
      cmd(confidential, 5, number),
      cmd(printer, 6, print),
      cmd(confidential, 6, seal),
    );
    given(secretSealed)
      .when(cmd(cast.scienceHandler, 7, distribute))
      .thenFails("InvalidCommand");
    given(secretSealed)
      .when(cmd(cast.scienceHandler, 7, { ...distribute, method: "机要交换" }))
      .thenAccepted();
  });
  it("only the drafting unit distributes", () => {
    given(sealed)
      .when(cmd(cast.industryHandler, 7, distribute))
      .thenFails("NotAuthorised");
    given(sealed)
      .when(cmd(confidential, 7, distribute))
      .thenFails("NotAuthorised");
  });
});

describe("Distributed (closed)", () => {
  it("every command is refused as CaseClosed (except a second draft)", () => {
    for (const payload of [check, sign, distribute, { _tag: "AddComment", text: "x" }] as const) {
      given(distributed)
        .when(cmd(cast.scienceHandler, 8, payload))
        .thenFails("CaseClosed");
    }
    given(distributed)
      .when(cmd(cast.scienceHandler, 8, draft))
      .thenFails("CaseAlreadyExists");
  });
  it("nobody has anything to do", () => {
    for (const actor of Object.values(people)) expect(actionsOf(distributed, actor)).toEqual([]);
    expect(decider.isTerminal(stateOf(distributed))).toBe(true);
    expect(stepOf(stateOf(distributed))).toBe("distribute");
  });
});

describe("generic operations on an open case", () => {
  it("传阅: circulate to readers; each confirms once; a second confirmation records nothing", () => {
    const circulated = then(
      awaitingLeader,
      cmd(cast.clerk, 4, {
        _tag: "Circulate",
        readers: [ref(cast.principal), ref(cast.deputy)],
        note: "请阅",
      }),
      cmd(cast.principal, 4, { _tag: "ConfirmRead" }),
    );
    expect(unread(stateOf(circulated).handling).map((r) => r.name)).toEqual(["赵副局长"]);
    given(circulated)
      .when(cmd(cast.principal, 5, { _tag: "ConfirmRead" }))
      .thenNothing();
    given(circulated)
      .when(cmd(cast.clerk, 5, { _tag: "Circulate", readers: [ref(cast.principal)] }))
      .thenNothing();
  });
  it("a classified draft is not circulated (涉密 only to those who handle it)", () => {
    const secret = run(
      cmd(cast.scienceHandler, 2, { ...draft, classification: "绝密", secrecyYears: 30 }),
    );
    given(secret)
      .when(cmd(cast.clerk, 2, { _tag: "Circulate", readers: [ref(cast.principal)] }))
      .thenFails("WrongStep");
  });
  it("someone not on the list cannot confirm reading", () => {
    given(drafted)
      .when(cmd(cast.principal, 3, { _tag: "ConfirmRead" }))
      .thenFails("NotAuthorised");
  });
  it("comments are recorded; an auditor changes nothing", () => {
    given(drafted)
      .when(cmd(cast.scienceHead, 2, { _tag: "AddComment", text: "请核对数据" }))
      .thenAccepted();
    given(drafted)
      .when(cmd(cast.auditor, 2, { _tag: "AddComment", text: "x" }))
      .thenFails("NotAuthorised");
  });
  it("attachments: add, replace with a new version before signing, identical content is a no-op", () => {
    const extra = {
      ...text,
      id: AttachmentId.make("att-x"),
      name: "测算表.xlsx",
      sha256: hash("d"),
    };
    given(drafted)
      .when(cmd(cast.scienceHandler, 2, { _tag: "AttachFile", attachment: text }))
      .thenFails("InvalidCommand");
    const added = then(
      drafted,
      cmd(cast.scienceHandler, 2, { _tag: "AttachFile", attachment: extra }),
    );
    const { state } = given(added)
      .when(
        cmd(cast.scienceHandler, 3, {
          _tag: "ReplaceAttachment",
          attachment: { ...extra, sha256: hash("e") },
        }),
      )
      .thenAccepted();
    expect(state.handling.attachments.find((a) => a.id === "att-x")?.version).toBe(2);
    given(added)
      .when(cmd(cast.scienceHandler, 3, { _tag: "ReplaceAttachment", attachment: extra }))
      .thenNothing();
  });
});

// ── The module, the diagram, the timeline ───────────────────────────────────────────────────

describe("definition", () => {
  it("every arrow is taken by a command of the table", () => {
    const tags: ReadonlyArray<string> = tagsOf(table);
    for (const t of definition.transitions) expect(tags).toContain(t.command);
  });
  it("every step the states are drawn at exists, and every arrow joins steps", () => {
    const ids = definition.steps.map((s) => s.id);
    for (const step of Object.values(definition.stepOfStatus)) {
      if (step !== undefined) expect(ids).toContain(step);
    }
    for (const t of definition.transitions) {
      expect(ids).toContain(t.from);
      expect(ids).toContain(t.to);
    }
  });
  it("the steps keep the seed's Chinese names", () => {
    expect(definition.steps.map((s) => s.label.zh)).toEqual([
      "起草",
      "核稿",
      "审稿",
      "会签",
      "送审",
      "送审",
      "编号",
      "印文",
      "用印",
      "分发",
    ]);
  });
  it("every command schema carries a zh/en title", () => {
    for (const tag of tagsOf(table)) {
      const title = table[tag].schema.ast.annotations[Symbol.for("effect/annotation/Title")];
      expect(title, tag).toMatch(/ \/ /);
    }
  });
});

/** The one scenario through every branch and loop: returns, withdrawals, 会签, both signers. */
describe("scenario: one 请示 from drafting to distribution", () => {
  it("goes through every step, branch and loop and reads back as the 发文稿纸", () => {
    const steps = scenario;
    const events = run(...steps);
    const state = stateOf(events);
    expect(state.status).toBe("Distributed");
    expect(state.revisions).toBe(4);
    expect(state.number).toBe("武科〔2026〕12号");
    expect(state.copies).toBe(20);
    expect(state.signature?.onBehalfOf?.name).toBe("陈局长");
    // The 发文稿纸 of the final round: 核稿, 审稿, 审签, the leader's 审签, 签发 — in order.
    expect(state.opinions.map((o) => [o.kind, o.role])).toEqual([
      ["核稿意见", "division-head"],
      ["审核意见", "office-reviewer"],
      ["审核意见", "office-director"],
      ["签发意见", "leader-in-charge"],
      ["签发意见", "principal-leader"],
    ]);
    expect(state.handling.attachments.map((a) => a.id)).toEqual(["att-text", "att-calc"]);
    // The 发文稿纸 names the principal as 签发人 even though the deputy held the pen (代签).
    const sheet = draftingSheet(state);
    expect(sheet?.issuer).toBe("陈局长");
    expect(sheet?.drafter).toBe("周科员");
    expect(sheet?.opinions.at(-1)).toMatchObject({
      label: { zh: "签发意见" },
      text: "同意发。",
      signer: "赵副局长",
      onBehalfOf: "陈局长",
    });
    expect(sheet?.number).toBe("武科〔2026〕12号");
    expect(draftingSheet(stateOf([]))).toBeUndefined();
    const sealedEvent = events.find((e) => e._tag === "DocumentSealed");
    expect(sealedEvent?._tag === "DocumentSealed" && sealedEvent.archive.date).toBe("2026-03-12");
    // Every event survives the store: encode then decode gives it back.
    const codec = outgoing.eventSchema;
    for (const e of events)
      expect(Schema.decodeUnknownSync(codec)(Schema.encodeSync(codec)(e))).toEqual(e);
    const timeline = outgoing.history(events);
    expect(timeline).toHaveLength(events.length);
    const labels = timeline.map((l) => l.label.zh);
    for (const label of [
      "退回",
      "撤回",
      "会签退回（计财处）",
      "会签完成",
      "签发",
      "编号",
      "用印存档",
      "分发",
    ]) {
      expect(labels).toContain(label);
    }
    expect(timeline.find((l) => l.label.zh === "签发")?.onBehalfOf).toBe("陈局长");
    for (const line of timeline) expect(line.label.en.length).toBeGreaterThan(0);
  });
  it("a routine 通知: the leader in charge signs last, and the timeline tells both headers", () => {
    const events = then(
      noticeAwaitingLeader,
      cmd(cast.leader, 4, sign),
      cmd(confidential, 4, { _tag: "AssignNumber", number: "武科办〔2026〕3号" }),
      cmd(printer, 5, { _tag: "PrintDocument", copies: 60, note: "加印10份备用" }),
      cmd(confidential, 5, { _tag: "SealDocument" }),
      cmd(cast.scienceHead, 6, {
        _tag: "DistributeDocument",
        recipients: ["各区科技局", "局属各单位"],
        method: "邮寄",
        note: "另在门户网站公开",
      }),
    );
    expect(stateOf(events).status).toBe("Distributed");
    const timeline = outgoing.history([
      ...events,
      ...run(cmd(cast.scienceHandler, 2, reply)),
      ...run(
        cmd(cast.scienceHandler, 2, {
          ...draft,
          classification: "机密",
          secrecyYears: 10,
          important: true,
        }),
      ),
    ]);
    const details = timeline.map((l) => l.details?.zh ?? "");
    expect(
      details.some((d) => d.includes("答复 收〔2026〕8号") && d.includes("时限 2026-03-20")),
    ).toBe(true);
    expect(details.some((d) => d.includes("机密★10年") && d.includes("重要公文"))).toBe(true);
    expect(details).toContain("印制 60 份");
  });
});

describe("the module", () => {
  it("the timeline words a judged-routine review and a document with no addressee", () => {
    const announcement = {
      ...notice,
      _tag: "DraftDocument",
      title: "关于2026年度科技计划项目申报的公告",
      kind: "公告",
      mainTo: [],
    } as const;
    const events = run(
      cmd(cast.scienceHandler, 2, announcement),
      cmd(cast.scienceHead, 2, check),
      cmd(reviewer, 3, { _tag: "ReviewDraft", opinion: "一般公文", important: false }),
      cmd(cast.director, 3, sendBack("请按公告格式")),
      cmd(cast.scienceHandler, 4, revise(announcement)),
    );
    const timeline = outgoing.history(events);
    expect(timeline.map((l) => l.details?.zh)).toContain("认定为一般公文");
    expect(timeline.at(-1)?.details?.zh).toBe(
      "「关于2026年度科技计划项目申报的公告」（公告｜下行文）",
    );
    expect(timeline.at(-1)?.details?.en).not.toContain("to:");
  });
  it("stored events are at version 1 and lift unchanged", () => {
    expect(Object.values(outgoing.eventVersions).every((v) => v === 1)).toBe(true);
    expect(outgoing.upcast("DocumentDrafted", 1, { a: 1 })).toEqual({ a: 1 });
    expect(outgoing.name).toBe("outgoing");
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────────

const actors = Object.values(people);
const payloads: ReadonlyArray<OutgoingCommand> = [
  draft,
  notice,
  reply,
  { ...draft, direction: "下行文" },
  revise(draft),
  revise(notice),
  check,
  review,
  { _tag: "ReviewDraft", opinion: "按重要公文办理", important: true },
  submit,
  { _tag: "SubmitForSignature", opinion: "呈陈局长", leader: ref(cast.principal) },
  forward,
  sign,
  number,
  { _tag: "AssignNumber", number: "武科〔2025〕1号" },
  print,
  seal,
  distribute,
  { _tag: "DistributeDocument", recipients: ["各区科技局", "局属各单位"], method: "邮寄" },
  {
    _tag: "RequestCountersign",
    signatories: [{ unitId: units.industry, name: "产业处" }],
  },
  { _tag: "Countersign", opinion: "同意" },
  { _tag: "ReturnCountersign", reason: "r" },
  sendBack(),
  { _tag: "Withdraw" },
  {
    _tag: "Reassign",
    fromUnitId: units.science,
    toUnitId: units.industry,
    toUnitName: "产业处",
    reason: "r",
  },
  { _tag: "Press", unitId: units.science, level: "催办", fromSuperior: false },
  { _tag: "RequestExtension", newDueOn: date("2026-03-28"), reason: "r" },
  { _tag: "ApproveExtension" },
  { _tag: "RefuseExtension", reason: "r" },
  { _tag: "Circulate", readers: [ref(cast.principal), ref(cast.leader)] },
  { _tag: "ConfirmRead" },
  { _tag: "AddComment", text: "c" },
  {
    _tag: "AttachFile",
    attachment: { ...text, id: AttachmentId.make("att-p"), sha256: hash("1") },
  },
  { _tag: "ReplaceAttachment", attachment: { ...text, sha256: hash("2") } },
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
      FastCheck.property(FastCheck.array(step, { minLength: 1, maxLength: 80 }), (steps) => {
        const { state, log } = propertyRun(
          outgoing,
          [],
          steps.map((s) => {
            // A deputy acts for an absent leader: that leader's authority is the one checked.
            const onBehalfOf =
              s.delegated && s.actor === cast.deputy
                ? s.day % 2 === 0
                  ? cast.leader
                  : cast.principal
                : undefined;
            return cmd(s.actor, s.day, s.payload, onBehalfOf);
          }),
        );
        expect(fold(decider, log)).toEqual(state);
      }),
      { numRuns: 400 },
    );
  });
  it("the shortest path (a routine document signed by the leader in charge) reaches the end", () => {
    const order: ReadonlyArray<Command<OutgoingCommand>> = [
      cmd(cast.scienceHandler, 2, notice),
      cmd(cast.scienceHead, 2, check),
      cmd(reviewer, 3, review),
      cmd(cast.director, 3, submit),
      cmd(cast.leader, 4, sign),
      cmd(confidential, 4, { _tag: "AssignNumber", number: "武科〔2026〕1号" }),
      cmd(printer, 5, print),
      cmd(confidential, 5, seal),
      cmd(cast.scienceHandler, 6, { ...distribute, recipients: ["各区科技局", "局属各单位"] }),
    ];
    expect(stateOf(run(...order)).status).toBe("Distributed");
  });
});

import { Either, FastCheck, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { systemActor } from "../../shared/actor.js";
import { AttachmentId } from "../../shared/attachment.js";
import { chineseDaysCalendar } from "../../shared/calendar.js";
import { tagsOf } from "../../shared/command-table.js";
import { type Command, fold } from "../../shared/decider.js";
import { CaseId } from "../../shared/ids.js";
import { destroyableFrom } from "../../shared/numbering.js";
import { pressCount, recorded, unread, whoDid } from "../../shared/operations/index.js";
import { cast, meta, units } from "../../shared/testing/fixtures.js";
import { histories, specify } from "../../shared/testing/given.js";
import { propertyRun } from "../../shared/testing/properties.js";
import {
  appraiser,
  approveDestruction,
  archivist,
  archivist2,
  cmd,
  cmdAt,
  collectWs,
  collectZy,
  date,
  destroy,
  dueHandover,
  file,
  fileMinutes,
  fileZy,
  giveBack,
  handOver,
  handoffFrom,
  hash,
  indCo,
  lend,
  location,
  on,
  organise,
  organiseMinutes,
  propose,
  ref,
  requestLoan,
  scan,
  scenario,
  sciLead,
  staff,
  store,
  transferList,
  undated,
  witness,
} from "../../shared/testing/scenarios/archive.js";
import {
  type ArchiveCommand,
  type ArchiveEvent,
  type ArchiveState,
  type ArchiveStatus,
  archive,
  type CollectItem,
  definition,
  loanApprovalOf,
  stepOf,
  table,
} from "./index.js";

const { given } = specify(archive);
const { decider, availableActions } = archive;
const { then, stateOf, actionsOf } = histories(archive);

// ── Test data: shared/testing/scenarios/archive.ts ─────────────────────────────────────────

// 文书档案, plain (D10): no one's opinion is needed to borrow it.
const collected = then([], cmd(archivist, 2, collectWs));
const organised = then(collected, cmd(archivist, 3, organise));
const filed = then(organised, cmd(archivist, 4, file));
const stored = then(filed, cmd(archivist, 4, store));
const loanApproved = then(stored, cmd(cast.scienceHandler, 9, requestLoan));
const onLoan = then(loanApproved, cmd(archivist, 10, lend));
const proposed = then(stored, cmd(archivist, 11, propose));
const approved = then(proposed, cmd(appraiser, 12, approveDestruction));
const witnessed = then(approved, cmd(cast.clerk, 13, witness), cmd(cast.director, 13, witness));
const destroyed = then(witnessed, cmd(archivist, 13, destroy));
// 局长办公会 minutes, 永久: borrowing needs the office director's opinion.
const minutesStored = then(
  collected,
  cmd(archivist, 3, organiseMinutes),
  cmd(archivist, 4, fileMinutes),
  cmd(archivist, 4, store),
);
const minutesRequested = then(minutesStored, cmd(cast.scienceHandler, 9, requestLoan));
// 专业档案: with the science division, then handed over; borrowing needs its head.
const withDivision = then([], cmd(archivist, 2, collectZy));
const handedOver = then(withDivision, cmd(cast.scienceHandler, 20, handOver));
const zyOrganised = then(handedOver, cmd(archivist, 21, { _tag: "AcceptHandover" }));
const zyStored = then(zyOrganised, cmd(archivist, 22, fileZy), cmd(archivist, 22, store));
const zyRequested = then(zyStored, cmd(cast.industryHandler, 23, requestLoan));
const zyOnLoan = then(
  zyRequested,
  cmd(cast.scienceHead, 23, { _tag: "ApproveLoan", opinion: "同意，限阅览" }),
  cmd(archivist, 23, lend),
);
const excluded = then(
  collected,
  cmd(archivist, 3, {
    _tag: "ExcludeItem",
    scheme: { year: 2015, version: "2015-1" },
    reason: "重份文件",
  }),
);

// ── One describe per status ──────────────────────────────────────────────────────────────────

describe("New (no item yet)", () => {
  it("收集: the archivist collects a 文书档案 by hand", () => {
    const c = cmd(archivist, 2, collectWs);
    given([])
      .when(c)
      .then([
        {
          _tag: "ItemCollected",
          ...recorded(c.meta),
          category: "WS",
          kind: "重大会议及领导讲话",
          title: "2015年第3次局长办公会纪要",
          responsible: "武汉市科技局",
          year: 2015,
          date: date("2015-03-10"),
          documentNumber: "武科纪〔2015〕3号",
          attachments: [{ ...scan, version: 1 }],
        },
      ]);
  });
  it("收集 专业档案: the owning division is given it to organise and hand over (主办/协办)", () => {
    const c = cmd(archivist, 2, collectZy);
    given([])
      .when(c)
      .then([
        {
          _tag: "ItemCollected",
          ...recorded(c.meta),
          category: "ZY",
          title: "科技成果转化项目结题资料",
          responsible: "科技处",
          year: 2015,
          attachments: [],
        },
        {
          _tag: "UnitsAssigned",
          ...recorded(c.meta),
          lead: sciLead,
          coUnits: [indCo],
          rule: "专业档案、会计档案由相关处室整理后移交（局档案管理工作流程「整理」）",
        },
      ]);
  });
  it("only the archivist collects by hand", () => {
    given([])
      .when(cmd(cast.clerk, 2, collectWs))
      .thenFails("NotAuthorised");
  });
  it("a 文书档案 names its kind (本局印发文件、重大会议及领导讲话、专项工作)", () => {
    const { kind: _kind, ...noKind } = collectWs;
    given([])
      .when(cmd(archivist, 2, noKind))
      .thenFails("InvalidCommand");
  });
  it("a 文书档案 is organised by the archivist, never handed to a division", () => {
    given([])
      .when(cmd(archivist, 2, { ...collectWs, division: { lead: sciLead, coUnits: [] } }))
      .thenFails("InvalidCommand");
  });
  it("专业/会计档案 must name the division that organises and hands it over", () => {
    const { division: _division, ...noDivision } = collectZy;
    given([])
      .when(cmd(archivist, 2, noDivision))
      .thenFails("InvalidCommand");
  });
  it("the 文书 kinds do not apply to 专业/会计档案", () => {
    given([])
      .when(cmd(archivist, 2, { ...collectZy, kind: "专项工作" }))
      .thenFails("InvalidCommand");
  });
  it("the handover due date cannot be before the day of collection", () => {
    given([])
      .when(
        cmd(archivist, 2, {
          ...collectZy,
          division: { lead: { ...sciLead, dueOn: date("2026-03-01") }, coUnits: [] },
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("a division is given the item only once (the lead cannot also co-handle)", () => {
    given([])
      .when(cmd(archivist, 2, { ...collectZy, division: { lead: sciLead, coUnits: [sciLead] } }))
      .thenFails("InvalidCommand");
  });
  it("the year cannot be in the future", () => {
    given([])
      .when(cmd(archivist, 2, { ...undated, year: 2027 }))
      .thenFails("InvalidCommand");
  });
  it("会计档案 隔年收集: this year's accounting records are not collected yet", () => {
    const kj: CollectItem = {
      ...collectZy,
      category: "KJ",
      title: "2026年会计凭证",
      responsible: "计财处",
      year: 2026,
      division: { lead: { ...sciLead, unitId: units.finance, unitName: "计财处" }, coUnits: [] },
    };
    given([])
      .when(cmd(archivist, 2, kj))
      .thenFails("InvalidCommand");
    const { state } = given([])
      .when(cmd(archivist, 2, { ...kj, title: "2025年会计凭证", year: 2025 }))
      .thenAccepted();
    expect(state.status).toBe("WithDivision");
  });
  it("the date formed cannot be after collection, and lies in the year given", () => {
    given([])
      .when(cmd(archivist, 2, { ...collectWs, year: 2026, date: date("2026-03-05") }))
      .thenFails("InvalidCommand");
    given([])
      .when(cmd(archivist, 2, { ...collectWs, date: date("2014-12-31") }))
      .thenFails("InvalidCommand");
  });
  it("missing data (no title) is refused", () => {
    const { title: _title, ...noTitle } = collectWs;
    given([])
      .whenRaw(meta(archivist, on(2)), noTitle)
      .thenFails("InvalidCommand");
  });
  it("收集 by itself: the process manager opens the item from a closed case, hand-off verbatim", () => {
    const c = cmd(systemActor, 21, handoffFrom);
    given([])
      .when(c)
      .then([
        {
          _tag: "HandoffCollected",
          ...recorded(c.meta),
          sourceCaseId: CaseId.make("supervision-7"),
          handoff: handoffFrom.handoff,
          kind: "专项工作",
        },
      ]);
  });
  it("each closing process files its own kind of 文书档案", () => {
    for (const [process, kind] of [
      ["outgoing", "本局印发文件"],
      ["incoming", "收文办理"],
    ] as const) {
      const { state } = given([])
        .when(
          cmd(systemActor, 21, { ...handoffFrom, handoff: { ...handoffFrom.handoff, process } }),
        )
        .thenAccepted();
      expect(state.item?.kind).toBe(kind);
      expect(state.item?.year).toBe(2026);
    }
  });
  it("a person cannot pose as the process manager, even the archivist", () => {
    given([])
      .when(cmd(archivist, 21, handoffFrom))
      .thenFails("NotAuthorised");
  });
  it("only 文书档案 arrive from closed cases", () => {
    given([])
      .when(
        cmd(systemActor, 21, {
          ...handoffFrom,
          handoff: { ...handoffFrom.handoff, category: "KJ" },
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("no other step applies before collection", () => {
    given([])
      .when(cmd(archivist, 2, organise))
      .thenFails("WrongStep");
  });
  it("the archivist may only collect; the process manager may also collect a hand-off", () => {
    expect(actionsOf([], archivist)).toEqual(["CollectItem"]);
    expect(actionsOf([], systemActor)).toEqual(["CollectItem", "CollectFromCase"]);
    expect(stepOf(stateOf([]))).toBeUndefined();
  });
});

describe("Collected (整理 文书档案)", () => {
  it("整理: by the 「三合一」 version of the item's year, with catalogue data and index terms", () => {
    const c = cmd(archivist, 3, organiseMinutes);
    given(collected)
      .when(c)
      .then([
        {
          _tag: "ItemOrganised",
          ...recorded(c.meta),
          scheme: { year: 2015, version: "2015-1" },
          classCode: "BGS-01 综合",
          retention: "Y",
          orgCode: "BGS",
          pages: 12,
          indexTerms: ["局长办公会", "纪要"],
          meeting: "局长办公会",
        },
      ]);
  });
  it("the 「三合一」 of another year does not apply", () => {
    given(collected)
      .when(cmd(archivist, 3, { ...organise, scheme: { year: 2026, version: "2026-1" } }))
      .thenFails("InvalidCommand");
  });
  it("the retrieval tools need at least one index term", () => {
    given(collected)
      .whenRaw(meta(archivist, on(3)), { ...organise, indexTerms: [] })
      .thenFails("InvalidCommand");
  });
  it("only the archivist organises 文书档案", () => {
    given(collected)
      .when(cmd(cast.director, 3, organise))
      .thenFails("NotAuthorised");
  });
  it("an item collected cannot be collected again", () => {
    given(collected)
      .when(cmd(archivist, 3, collectWs))
      .thenFails("CaseAlreadyExists");
  });
  it("不归档: outside the filing scope, the item is not filed and the case closes", () => {
    const c = cmd(archivist, 3, {
      _tag: "ExcludeItem",
      scheme: { year: 2015, version: "2015-1" },
      reason: "重份文件",
    });
    given(collected)
      .when(c)
      .then([
        {
          _tag: "ItemExcluded",
          ...recorded(c.meta),
          scheme: { year: 2015, version: "2015-1" },
          reason: "重份文件",
        },
      ]);
    given(collected)
      .when(
        cmd(archivist, 3, {
          _tag: "ExcludeItem",
          scheme: { year: 2014, version: "2014-1" },
          reason: "x",
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("a 文书档案 is not handed over by a division", () => {
    given(collected)
      .when(cmd(cast.scienceHandler, 3, handOver))
      .thenFails("WrongStep");
  });
  it("the step shown is 整理; files may still be added", () => {
    expect(stepOf(stateOf(collected))).toBe("organise");
    expect(actionsOf(collected, archivist)).toEqual(
      expect.arrayContaining(["OrganiseItem", "ExcludeItem", "AttachFile"]),
    );
  });
});

describe("WithDivision (整理 by the owning division)", () => {
  it("移交: the lead division organises and hands it over; it owns the item from then on", () => {
    const c = cmd(cast.scienceHandler, 20, handOver);
    const { state } = given(withDivision)
      .when(c)
      .then([
        {
          _tag: "ItemHandedOver",
          ...recorded(c.meta),
          classCode: "ZY-XM 项目",
          retention: "D10",
          orgCode: "KJC",
          pages: 80,
          indexTerms: ["成果转化", "结题"],
          note: "共 1 盒",
          unitId: units.science,
          unitName: "科技处",
          attachments: [{ ...transferList, version: 1 }],
        },
      ]);
    expect(state.owner?.unitId).toBe(units.science);
    expect(stepOf(state)).toBe("handover");
  });
  it("a co-handling division does not hand over for the lead", () => {
    given(withDivision)
      .when(cmd(cast.industryHandler, 20, handOver))
      .thenFails("NotAuthorised");
  });
  it("another division cannot hand it over", () => {
    given(withDivision)
      .when(cmd(cast.financeHandler, 20, handOver))
      .thenFails("NotAuthorised");
  });
  it("the archivist does not organise 专业档案 for the division", () => {
    given(withDivision)
      .when(cmd(archivist, 20, handOver))
      .thenFails("NotAuthorised");
    given(withDivision)
      .when(cmd(archivist, 20, organise))
      .thenFails("WrongStep");
  });
  it("a 「三合一」 version, when named, is the item's year's", () => {
    given(withDivision)
      .when(
        cmd(cast.scienceHandler, 20, { ...handOver, scheme: { year: 2026, version: "2026-1" } }),
      )
      .thenFails("InvalidCommand");
    given(withDivision)
      .when(
        cmd(cast.scienceHandler, 20, { ...handOver, scheme: { year: 2015, version: "2015-1" } }),
      )
      .thenAccepted();
  });
  it("a file already on the item is replaced, not handed over twice", () => {
    const attached = then(
      withDivision,
      cmd(cast.scienceHandler, 10, { _tag: "AttachFile", attachment: transferList }),
    );
    given(attached)
      .when(cmd(cast.scienceHandler, 20, handOver))
      .thenFails("InvalidCommand");
  });
  it("催办（催交）is recorded and counted and never moves the handover date", () => {
    const c = cmd(archivist, 25, {
      _tag: "Press",
      unitId: units.science,
      level: "催办",
      fromSuperior: false,
      note: "请月底前移交",
    });
    const { state } = given(withDivision).when(c).thenAccepted();
    expect(pressCount(state.handling)).toBe(1);
    expect(state.handling.lead?.dueOn).toBe(dueHandover);
    given(withDivision)
      .when(
        cmd(archivist, 25, {
          _tag: "Press",
          unitId: units.finance,
          level: "催办",
          fromSuperior: false,
        }),
      )
      .thenFails("InvalidCommand");
    given(withDivision)
      .when(
        cmd(cast.scienceHandler, 25, {
          _tag: "Press",
          unitId: units.science,
          level: "催办",
          fromSuperior: false,
        }),
      )
      .thenFails("NotAuthorised");
  });
  it("转办: the archivist moves the organising to another division, which then hands over", () => {
    const moved = then(
      withDivision,
      cmd(archivist, 5, {
        _tag: "Reassign",
        fromUnitId: units.science,
        toUnitId: units.finance,
        toUnitName: "计财处",
        reason: "资料在计财处",
      }),
    );
    expect(stateOf(moved).status).toBe("WithDivision");
    given(moved)
      .when(cmd(cast.scienceHandler, 20, handOver))
      .thenFails("NotAuthorised");
    const { state } = given(moved)
      .when(cmd(cast.financeHandler, 20, handOver))
      .thenAccepted();
    expect(state.owner?.unitName).toBe("计财处");
  });
  it("延期: the division asks before the date; the archivist approves and the date moves", () => {
    const request = then(
      withDivision,
      cmd(cast.scienceHandler, 20, {
        _tag: "RequestExtension",
        newDueOn: date("2026-04-15"),
        reason: "项目审计未完",
      }),
    );
    const { state } = given(request)
      .when(cmd(archivist, 21, { _tag: "ApproveExtension" }))
      .thenAccepted();
    expect(state.handling.lead?.dueOn).toBe("2026-04-15");
    const refused = given(request)
      .when(cmd(archivist, 21, { _tag: "RefuseExtension", reason: "不同意" }))
      .thenAccepted();
    expect(refused.state.handling.lead?.dueOn).toBe(dueHandover);
    given(request)
      .when(cmd(cast.director, 21, { _tag: "ApproveExtension" }))
      .thenFails("NotAuthorised");
  });
  it("协办: a co-handling division's opinion reaches the lead; progress is recorded", () => {
    const { state } = given(withDivision)
      .when(cmd(cast.industryHandler, 10, { _tag: "SubmitCoOpinion", opinion: "产业化数据已提供" }))
      .thenAccepted();
    expect(state.handling.coOpinions.map((o) => o.unitName)).toEqual(["产业处"]);
    given(withDivision)
      .when(cmd(cast.scienceHandler, 10, { _tag: "ReportProgress", text: "已整理过半" }))
      .thenAccepted();
  });
});

describe("HandedOver (移交, awaiting acceptance)", () => {
  it("the archivist accepts the hand-over", () => {
    const c = cmd(archivist, 21, { _tag: "AcceptHandover", note: "清点无误" });
    const { state } = given(handedOver)
      .when(c)
      .then([
        {
          _tag: "HandoverAccepted",
          ...recorded(c.meta),
          unitId: units.science,
          unitName: "科技处",
          note: "清点无误",
        },
      ]);
    expect(state.status).toBe("Organised");
  });
  it("the division does not accept its own hand-over", () => {
    given(handedOver)
      .when(cmd(cast.scienceHead, 21, { _tag: "AcceptHandover" }))
      .thenFails("NotAuthorised");
  });
  it("退回: the archivist returns an incomplete hand-over to the division", () => {
    const { state } = given(handedOver)
      .when(cmd(archivist, 21, { _tag: "SendBack", reason: "缺验收报告" }))
      .thenAccepted();
    expect(state.status).toBe("WithDivision");
    expect(state.owner).toBeUndefined();
    expect(state.organisation).toBeUndefined();
  });
  it("the division cannot send it back to itself", () => {
    given(handedOver)
      .when(cmd(cast.scienceHead, 21, { _tag: "SendBack", reason: "x" }))
      .thenFails("NotAuthorised");
  });
  it("撤回: the handler takes the hand-over back before the archivist acts", () => {
    const commented = then(
      handedOver,
      cmd(archivist, 21, { _tag: "AddComment", text: "明日清点" }),
    );
    const { state } = given(commented)
      .when(cmd(cast.scienceHandler, 21, { _tag: "Withdraw", reason: "补充材料" }))
      .thenAccepted();
    expect(state.status).toBe("WithDivision");
  });
  it("撤回 is for the sender only", () => {
    given(handedOver)
      .when(cmd(cast.scienceHead, 21, { _tag: "Withdraw" }))
      .thenFails("NotAuthorised");
  });
  it("the step shown is 移交", () => {
    expect(stepOf(stateOf(handedOver))).toBe("handover");
  });
});

describe("Organised (归档)", () => {
  it("归档: the 档号 allocated by the register is recorded", () => {
    const c = cmd(archivist, 4, file);
    given(organised)
      .when(c)
      .then([
        {
          _tag: "ItemFiled",
          ...recorded(c.meta),
          archivalCode: "Z109-WS·2015-D10-BGS-0001",
          rule: "DA/T 22-2015《归档文件整理规则》：全宗号-门类代码·年度-保管期限-机构代码-件号",
        },
      ]);
  });
  it("a malformed 档号 is refused at the boundary", () => {
    given(organised)
      .when(cmd(archivist, 4, { _tag: "FileItem", archivalCode: "Z109-WS-2015-D10-BGS-0001" }))
      .thenFails("InvalidCommand");
  });
  it("件号 start at 0001", () => {
    given(organised)
      .when(cmd(archivist, 4, { _tag: "FileItem", archivalCode: "Z109-WS·2015-D10-BGS-0000" }))
      .thenFails("InvalidCommand");
  });
  it("the 档号's 门类, 年度, 保管期限 and 机构代码 are the item's own", () => {
    for (const archivalCode of [
      "Z109-ZY·2015-D10-BGS-0001",
      "Z109-WS·2016-D10-BGS-0001",
      "Z109-WS·2015-D30-BGS-0001",
      "Z109-WS·2015-D10-KJC-0001",
    ]) {
      given(organised)
        .when(cmd(archivist, 4, { _tag: "FileItem", archivalCode }))
        .thenFails("InvalidCommand");
    }
  });
  it("专业档案 take the code of the division's organisation", () => {
    given(zyOrganised)
      .when(cmd(archivist, 22, fileZy))
      .thenAccepted();
  });
  it("only the archivist files", () => {
    given(organised)
      .when(cmd(cast.clerk, 4, file))
      .thenFails("NotAuthorised");
  });
});

describe("Filed (档案入库)", () => {
  it("入库: the location is recorded", () => {
    const c = cmd(archivist, 4, store);
    given(filed)
      .when(c)
      .then([{ _tag: "ItemStored", ...recorded(c.meta), location }]);
  });
  it("a location needs a shelf", () => {
    given(filed)
      .whenRaw(meta(archivist, on(4)), { _tag: "StoreItem", location: { repository: "一号库房" } })
      .thenFails("InvalidCommand");
  });
  it("only the archivist shelves", () => {
    given(filed)
      .when(cmd(cast.clerk, 4, store))
      .thenFails("NotAuthorised");
  });
  it("a filed archive's content is not added to (《档案法》)", () => {
    given(filed)
      .when(
        cmd(archivist, 4, {
          _tag: "AttachFile",
          attachment: { ...scan, id: AttachmentId.make("att-late"), sha256: hash("9") },
        }),
      )
      .thenFails("WrongStep");
  });
});

describe("Stored (在库: 借阅 and 销毁 start here)", () => {
  it("借阅: a plain 文书 item needs no one's opinion and goes straight to the archivist", () => {
    const c = cmd(cast.scienceHandler, 9, requestLoan);
    const { state } = given(stored)
      .when(c)
      .then([
        {
          _tag: "LoanRequested",
          ...recorded(c.meta),
          borrower: { userId: cast.scienceHandler.userId, name: "周科员", unitId: units.science },
          purpose: "编写年度大事记",
          approval: { kind: "none" },
          rule: "一般文书档案：由档案管理员办理借阅",
        },
      ]);
    expect(state.status).toBe("LoanApproved");
  });
  it("借阅 局长办公会 minutes needs the office head's opinion first", () => {
    const { state, events } = given(minutesStored)
      .when(cmd(cast.scienceHandler, 9, requestLoan))
      .thenAccepted();
    expect(state.status).toBe("LoanRequested");
    expect(events[0]?._tag === "LoanRequested" && events[0].approval).toEqual({
      kind: "office-director",
    });
  });
  it("借阅 专业档案 needs the owning division's approval", () => {
    expect(loanApprovalOf(stateOf(zyStored))).toEqual({
      kind: "division",
      unitId: units.science,
      unitName: "科技处",
    });
    expect(stateOf(zyRequested).status).toBe("LoanRequested");
  });
  it("an auditor borrows nothing", () => {
    given(stored)
      .when(cmd(cast.auditor, 9, requestLoan))
      .thenFails("NotAuthorised");
  });
  it("销毁 (1): at the end of retention the archivist lists it on a 销毁清册", () => {
    const c = cmd(archivist, 11, propose);
    given(stored)
      .when(c)
      .then([
        {
          _tag: "DestructionProposed",
          ...recorded(c.meta),
          listNumber: "销〔2026〕1号",
          reason: "保管期满，经鉴定无继续保存价值",
          entry: {
            archivalCode: "Z109-WS·2015-D10-BGS-0001",
            title: "2015年第3次局长办公会纪要",
            year: 2015,
            retention: "D10",
            destroyableFrom: date("2026-01-01"),
          },
        },
      ]);
  });
  it("永久 archives can never be destroyed (not even offered)", () => {
    given(minutesStored)
      .when(cmd(archivist, 11, propose))
      .thenFails("WrongStep");
    expect(actionsOf(minutesStored, archivist)).not.toContain("ProposeDestruction");
    expect(actionsOf(stored, archivist)).toContain("ProposeDestruction");
  });
  it("销毁 only once retention has ended (counted from the next 1 January)", () => {
    const d30 = then(
      collected,
      cmd(archivist, 3, { ...organise, retention: "D30" }),
      cmd(archivist, 4, { _tag: "FileItem", archivalCode: "Z109-WS·2015-D30-BGS-0001" }),
      cmd(archivist, 4, store),
    );
    given(d30)
      .when(cmd(archivist, 11, propose))
      .thenFails("InvalidCommand");
    expect(destroyableFrom(2015, "D30")).toBe("2046-01-01");
    expect(destroyableFrom(2015, "Y")).toBeUndefined();
  });
  it("only the archivist proposes destruction", () => {
    given(stored)
      .when(cmd(appraiser, 11, propose))
      .thenFails("NotAuthorised");
  });
  it("the step shown is 档案入库", () => {
    expect(stepOf(stateOf(stored))).toBe("store");
    expect(stateOf(stored).location).toEqual(location);
  });
});

describe("LoanRequested (借阅, awaiting the opinion)", () => {
  it("the office director gives the opinion, kept verbatim with the signer", () => {
    const c = cmd(cast.director, 9, { _tag: "ApproveLoan", opinion: "同意借阅，限当日归还" });
    given(minutesRequested)
      .when(c)
      .then([
        {
          _tag: "LoanApproved",
          ...recorded(c.meta),
          opinion: {
            kind: "审批意见",
            text: "同意借阅，限当日归还",
            signer: recorded(c.meta).by,
            role: "office-director",
            at: c.meta.at,
          },
        },
      ]);
  });
  it("委托: a stand-in gives the opinion for the director; the record keeps both (「代」)", () => {
    const { events } = given(minutesRequested)
      .when(cmd(staff.stand, 9, { _tag: "ApproveLoan", opinion: "同意" }, cast.director))
      .thenAccepted();
    const line = archive.history(events)[0];
    expect(line && whoDid(line).zh).toBe("韩副主任（代 李主任）");
  });
  it("the archivist cannot approve borrowing minutes", () => {
    given(minutesRequested)
      .when(cmd(archivist, 9, { _tag: "ApproveLoan", opinion: "同意" }))
      .thenFails("NotAuthorised");
  });
  it("a division head does not approve borrowing the office's minutes", () => {
    given(minutesRequested)
      .when(cmd(cast.scienceHead, 9, { _tag: "ApproveLoan", opinion: "同意" }))
      .thenFails("NotAuthorised");
  });
  it("专业档案: the owning division's head approves; another division's head cannot", () => {
    const { state } = given(zyRequested)
      .when(cmd(cast.scienceHead, 23, { _tag: "ApproveLoan", opinion: "同意" }))
      .thenAccepted();
    expect(state.loan?.opinion?.role).toBe("division-head");
    given(zyRequested)
      .when(cmd(staff.industryHead, 23, { _tag: "ApproveLoan", opinion: "同意" }))
      .thenFails("NotAuthorised");
    given(zyRequested)
      .when(cmd(cast.director, 23, { _tag: "ApproveLoan", opinion: "同意" }))
      .thenFails("NotAuthorised");
  });
  it("a blank opinion is refused", () => {
    given(minutesRequested)
      .when(cmd(cast.director, 9, { _tag: "ApproveLoan", opinion: "  " }))
      .thenFails("InvalidCommand");
  });
  it("the approver refuses: the item stays in the repository", () => {
    const { state } = given(minutesRequested)
      .when(cmd(cast.director, 9, { _tag: "RefuseLoan", reason: "涉及敏感事项" }))
      .thenAccepted();
    expect(state.status).toBe("Stored");
    expect(state.loan).toBeUndefined();
    given(minutesRequested)
      .when(cmd(archivist, 9, { _tag: "RefuseLoan", reason: "x" }))
      .thenFails("NotAuthorised");
  });
  it("撤回: the borrower takes the request back before the director acts", () => {
    const { state } = given(minutesRequested)
      .when(cmd(cast.scienceHandler, 9, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Stored");
    expect(state.loan).toBeUndefined();
  });
  it("the item cannot be lent before the opinion", () => {
    given(minutesRequested)
      .when(cmd(archivist, 9, lend))
      .thenFails("WrongStep");
  });
});

describe("LoanApproved (借阅, awaiting hand-out)", () => {
  it("出借: by default for 7 日, counted by 民法典 on the calendar data of the day", () => {
    const c = cmd(archivist, 10, lend);
    given(loanApproved)
      .when(c)
      .then([
        {
          _tag: "ItemLent",
          ...recorded(c.meta),
          borrower: ref(cast.scienceHandler),
          dueOn: date("2026-03-17"),
          deadline: {
            amount: 7,
            unit: "日",
            basis: "局档案借阅规定：借期默认 7 日（民法典第二百零一条至第二百零三条计算）",
            start: date("2026-03-10"),
            due: date("2026-03-17"),
            calendar: chineseDaysCalendar.source,
          },
        },
      ]);
  });
  it("a default due date on a holiday moves to the next working day (第二百零三条)", () => {
    const { state } = given(loanApproved)
      .when(cmdAt(archivist, "2026-09-24T09:00:00+08:00", lend))
      .thenAccepted();
    expect(state.loan?.dueOn).toBe("2026-10-08");
  });
  it("outside the calendar data the archivist gives the due date", () => {
    given(loanApproved)
      .when(cmdAt(archivist, "2026-12-28T09:00:00+08:00", lend))
      .thenFails("InvalidCommand");
    given(loanApproved)
      .when(
        cmdAt(archivist, "2026-12-28T09:00:00+08:00", {
          _tag: "LendItem",
          dueOn: date("2027-01-05"),
        }),
      )
      .thenAccepted();
  });
  it("a due date given is recorded as given, but not in the past", () => {
    const c = cmd(archivist, 10, { _tag: "LendItem", dueOn: date("2026-03-12") });
    given(loanApproved)
      .when(c)
      .then([
        {
          _tag: "ItemLent",
          ...recorded(c.meta),
          borrower: ref(cast.scienceHandler),
          dueOn: date("2026-03-12"),
        },
      ]);
    given(loanApproved)
      .when(cmd(archivist, 10, { _tag: "LendItem", dueOn: date("2026-03-09") }))
      .thenFails("InvalidCommand");
  });
  it("only the archivist hands it out", () => {
    given(loanApproved)
      .when(cmd(cast.scienceHandler, 10, lend))
      .thenFails("NotAuthorised");
  });
  it("the archivist may still refuse (e.g. the item is under repair)", () => {
    const { state } = given(loanApproved)
      .when(cmd(archivist, 10, { _tag: "RefuseLoan", reason: "档案修裱中" }))
      .thenAccepted();
    expect(state.status).toBe("Stored");
  });
  it("撤回: the borrower takes back a request the archivist has not acted on", () => {
    given(loanApproved)
      .when(cmd(cast.scienceHandler, 10, { _tag: "Withdraw" }))
      .thenAccepted();
  });
  it("once the director has given the opinion, the request cannot be withdrawn", () => {
    const opinion = then(
      minutesRequested,
      cmd(cast.director, 9, { _tag: "ApproveLoan", opinion: "同意" }),
    );
    given(opinion)
      .when(cmd(cast.scienceHandler, 9, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
});

describe("OnLoan (借出: 续借, 归还)", () => {
  const renew: ArchiveCommand = {
    _tag: "RequestRenewal",
    newDueOn: date("2026-03-24"),
    reason: "尚未摘录完",
  };
  it("续借: the borrower asks before the due date; the archivist approves a plain item", () => {
    const c = cmd(cast.scienceHandler, 16, renew);
    const request = given(onLoan)
      .when(c)
      .then([
        {
          _tag: "RenewalRequested",
          ...recorded(c.meta),
          currentDueOn: date("2026-03-17"),
          newDueOn: date("2026-03-24"),
          reason: "尚未摘录完",
        },
      ]);
    const approve = cmd(archivist, 16, { _tag: "ApproveRenewal", note: "同意" });
    const { state } = given([...onLoan, ...request.events])
      .when(approve)
      .then([
        {
          _tag: "RenewalApproved",
          ...recorded(approve.meta),
          previousDueOn: date("2026-03-17"),
          newDueOn: date("2026-03-24"),
          note: "同意",
        },
      ]);
    expect(state.loan?.dueOn).toBe("2026-03-24");
    expect(state.loan?.pendingRenewal).toBeUndefined();
  });
  it("续借 of 专业档案 is the owning division's to approve", () => {
    const request = then(
      zyOnLoan,
      cmd(cast.industryHandler, 24, { ...renew, newDueOn: date("2026-04-06") }),
    );
    given(request)
      .when(cmd(archivist, 24, { _tag: "ApproveRenewal" }))
      .thenFails("NotAuthorised");
    given(request)
      .when(cmd(cast.scienceHead, 24, { _tag: "ApproveRenewal" }))
      .thenAccepted();
  });
  it("续借 refused: the due date stays", () => {
    const request = then(onLoan, cmd(cast.scienceHandler, 16, renew));
    const { state } = given(request)
      .when(cmd(archivist, 16, { _tag: "RefuseRenewal", reason: "他人预约" }))
      .thenAccepted();
    expect(state.loan?.dueOn).toBe("2026-03-17");
  });
  it("only the borrower asks to renew", () => {
    given(onLoan)
      .when(cmd(cast.industryHandler, 16, renew))
      .thenFails("NotAuthorised");
  });
  it("an overdue loan is returned, not renewed; a renewal runs past the current due date", () => {
    given(onLoan)
      .when(cmd(cast.scienceHandler, 18, renew))
      .thenFails("InvalidCommand");
    given(onLoan)
      .when(cmd(cast.scienceHandler, 16, { ...renew, newDueOn: date("2026-03-17") }))
      .thenFails("InvalidCommand");
  });
  it("one renewal request at a time; nothing to approve without one", () => {
    const request = then(onLoan, cmd(cast.scienceHandler, 16, renew));
    given(request)
      .when(cmd(cast.scienceHandler, 16, renew))
      .thenFails("WrongStep");
    given(onLoan)
      .when(cmd(archivist, 16, { _tag: "ApproveRenewal" }))
      .thenFails("WrongStep");
  });
  it("归还: the archivist records the return; the item is back on the shelf", () => {
    const c = cmd(archivist, 17, giveBack);
    const { state } = given(onLoan)
      .when(c)
      .then([
        {
          _tag: "ItemReturned",
          ...recorded(c.meta),
          borrower: ref(cast.scienceHandler),
          note: "完好",
        },
      ]);
    expect(state.status).toBe("Stored");
    expect(state.loan).toBeUndefined();
  });
  it("借阅 → 归还 → 借阅 again: the loop is repeatable", () => {
    const returned = then(onLoan, cmd(archivist, 17, giveBack));
    const again = then(
      returned,
      cmd(cast.industryHandler, 18, requestLoan),
      cmd(archivist, 18, lend),
    );
    expect(stateOf(again).status).toBe("OnLoan");
    expect(stateOf(again).loan?.borrower.name).toBe("郑科员");
  });
  it("an item on loan is neither lent again nor destroyed", () => {
    given(onLoan)
      .when(cmd(cast.industryHandler, 12, requestLoan))
      .thenFails("WrongStep");
    given(onLoan)
      .when(cmd(archivist, 12, propose))
      .thenFails("WrongStep");
  });
  it("only the archivist records a return", () => {
    given(onLoan)
      .when(cmd(cast.scienceHandler, 17, giveBack))
      .thenFails("NotAuthorised");
  });
});

describe("DestructionProposed (销毁, awaiting the appraisal group)", () => {
  it("销毁 (2): the appraisal group reviews and signs, naming two 监销人", () => {
    const c = cmd(appraiser, 12, approveDestruction);
    given(proposed)
      .when(c)
      .then([
        {
          _tag: "DestructionApproved",
          ...recorded(c.meta),
          opinion: {
            kind: "审核意见",
            text: "同意销毁",
            signer: recorded(c.meta).by,
            role: "appraisal-group",
            at: c.meta.at,
          },
          witnesses: [ref(cast.clerk), ref(cast.director)],
        },
      ]);
  });
  it("at least two 监销人, two different people", () => {
    given(proposed)
      .when(cmd(appraiser, 12, { ...approveDestruction, witnesses: [ref(cast.clerk)] }))
      .thenFails("InvalidCommand");
    given(proposed)
      .when(
        cmd(appraiser, 12, {
          ...approveDestruction,
          witnesses: [ref(cast.clerk), ref(cast.clerk)],
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("a witness named twice among others is listed once", () => {
    const { state } = given(proposed)
      .when(
        cmd(appraiser, 12, {
          ...approveDestruction,
          witnesses: [ref(cast.clerk), ref(cast.director), ref(cast.clerk)],
        }),
      )
      .thenAccepted();
    expect(state.destruction?.witnesses).toHaveLength(2);
  });
  it("only the appraisal group signs off destruction", () => {
    given(proposed)
      .when(cmd(cast.director, 12, approveDestruction))
      .thenFails("NotAuthorised");
    given(proposed)
      .when(cmd(archivist, 12, approveDestruction))
      .thenFails("NotAuthorised");
  });
  it("the group rejects: the item stays in the repository", () => {
    const c = cmd(appraiser, 12, { _tag: "RejectDestruction", reason: "仍有查考价值" });
    const { state } = given(proposed)
      .when(c)
      .then([{ _tag: "DestructionRejected", ...recorded(c.meta), reason: "仍有查考价值" }]);
    expect(state.status).toBe("Stored");
    expect(state.destruction).toBeUndefined();
  });
  it("撤回: the archivist takes the proposal back before the group acts", () => {
    const { state } = given(proposed)
      .when(cmd(archivist, 12, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Stored");
  });
  it("no lending while on the 销毁清册", () => {
    given(proposed)
      .when(cmd(cast.scienceHandler, 12, requestLoan))
      .thenFails("WrongStep");
  });
});

describe("DestructionApproved (销毁, 监销)", () => {
  it("销毁 (3): each 监销人 signs the 销毁清册", () => {
    const c = cmd(cast.clerk, 13, { _tag: "WitnessDestruction", note: "已监销" });
    given(approved)
      .when(c)
      .then([
        {
          _tag: "DestructionWitnessed",
          ...recorded(c.meta),
          witness: ref(cast.clerk),
          note: "已监销",
        },
      ]);
  });
  it("someone not named, or who has signed already, cannot sign", () => {
    given(approved)
      .when(cmd(cast.scienceHandler, 13, witness))
      .thenFails("NotAuthorised");
    given(then(approved, cmd(cast.clerk, 13, witness)))
      .when(cmd(cast.clerk, 13, witness))
      .thenFails("NotAuthorised");
  });
  it("no destruction before every 监销人 has signed", () => {
    given(then(approved, cmd(cast.clerk, 13, witness)))
      .when(cmd(archivist, 13, destroy))
      .thenFails("WrongStep");
  });
  it("销毁 (4): the archivist destroys it; the case closes, its record stays", () => {
    const c = cmd(archivist, 13, { ...destroy, note: "于局机要室粉碎" });
    const { state } = given(witnessed)
      .when(c)
      .then([
        {
          _tag: "ItemDestroyed",
          ...recorded(c.meta),
          listNumber: "销〔2026〕1号",
          method: "粉碎",
          note: "于局机要室粉碎",
        },
      ]);
    expect(state.status).toBe("Destroyed");
    expect(decider.isTerminal(state)).toBe(true);
    expect(state.archivalCode).toBe("Z109-WS·2015-D10-BGS-0001");
  });
  it("a 监销人 never destroys what they supervise", () => {
    const selfWitnessed = then(
      proposed,
      cmd(appraiser, 12, { ...approveDestruction, witnesses: [ref(archivist), ref(cast.clerk)] }),
      cmd(archivist, 13, witness),
      cmd(cast.clerk, 13, witness),
    );
    given(selfWitnessed)
      .when(cmd(archivist, 13, destroy))
      .thenFails("NotAuthorised");
    given(selfWitnessed)
      .when(cmd(archivist2, 13, destroy))
      .thenAccepted();
  });
});

describe("Destroyed / Excluded (closed)", () => {
  it("every command is refused as CaseClosed (except a second collection)", () => {
    for (const history of [destroyed, excluded]) {
      for (const payload of [
        organise,
        requestLoan,
        giveBack,
        { _tag: "AddComment", text: "x" },
      ] as const) {
        given(history)
          .when(cmd(archivist, 20, payload))
          .thenFails("CaseClosed");
      }
      given(history)
        .when(cmd(archivist, 20, collectWs))
        .thenFails("CaseAlreadyExists");
    }
  });
  it("nobody has anything to do", () => {
    for (const actor of [...Object.values(cast), ...Object.values(staff), systemActor]) {
      expect(actionsOf(destroyed, actor)).toEqual([]);
      expect(actionsOf(excluded, actor)).toEqual([]);
    }
  });
  it("the 销毁清册 entry and the signatures are kept in the record", () => {
    const lines = archive.history(destroyed).map((l) => l.label.zh);
    expect(lines).toEqual(
      expect.arrayContaining(["列入销毁清册", "鉴定小组审签", "监销签字（王经办）", "销毁"]),
    );
    expect(stepOf(stateOf(destroyed))).toBe("destroy");
    expect(stepOf(stateOf(excluded))).toBe("exclude");
  });
});

describe("generic operations on an open item", () => {
  it("传阅: the archivist circulates; each reader confirms once", () => {
    const c = then(
      stored,
      cmd(archivist, 8, {
        _tag: "Circulate",
        readers: [ref(cast.principal), ref(cast.director)],
        note: "新归档纪要，请阅",
      }),
    );
    const read = then(c, cmd(cast.principal, 9, { _tag: "ConfirmRead" }));
    expect(unread(stateOf(read).handling).map((r) => r.name)).toEqual(["李主任"]);
    given(read)
      .when(cmd(cast.principal, 10, { _tag: "ConfirmRead" }))
      .thenNothing();
    given(stored)
      .when(cmd(cast.clerk, 8, { _tag: "Circulate", readers: [ref(cast.principal)] }))
      .thenFails("NotAuthorised");
  });
  it("comments are recorded; an auditor changes nothing", () => {
    given(stored)
      .when(cmd(cast.scienceHandler, 9, { _tag: "AddComment", text: "该卷宗有破损" }))
      .thenAccepted();
    given(stored)
      .when(cmd(cast.auditor, 9, { _tag: "AddComment", text: "x" }))
      .thenFails("NotAuthorised");
  });
  it("attachments before 归档: add, replace with a new version; identical content is a no-op", () => {
    const extra = { ...scan, id: AttachmentId.make("att-x"), name: "附页.pdf", sha256: hash("d") };
    given(collected)
      .when(cmd(archivist, 3, { _tag: "AttachFile", attachment: scan }))
      .thenFails("InvalidCommand");
    const added = then(collected, cmd(archivist, 3, { _tag: "AttachFile", attachment: extra }));
    const { state } = given(added)
      .when(
        cmd(archivist, 3, {
          _tag: "ReplaceAttachment",
          attachment: { ...extra, sha256: hash("e") },
        }),
      )
      .thenAccepted();
    expect(state.handling.attachments.find((a) => a.id === "att-x")?.version).toBe(2);
    given(added)
      .when(cmd(archivist, 3, { _tag: "ReplaceAttachment", attachment: extra }))
      .thenNothing();
  });
});

// ── The module, the diagram, the timeline ───────────────────────────────────────────────────

describe("robustness", () => {
  it("decide never throws on a state missing what the guard relies on: it records nothing", () => {
    const cases: ReadonlyArray<readonly [ArchiveState, Command<ArchiveCommand>]> = [
      [{ ...stateOf(organised), item: undefined }, cmd(archivist, 4, file)],
      [{ ...stateOf(organised), organisation: undefined }, cmd(archivist, 4, file)],
      [
        { ...stateOf(handedOver), owner: undefined },
        cmd(archivist, 21, { _tag: "AcceptHandover" }),
      ],
      [{ ...stateOf(loanApproved), loan: undefined }, cmd(archivist, 10, lend)],
      [{ ...stateOf(onLoan), loan: undefined }, cmd(archivist, 17, giveBack)],
    ];
    for (const [state, command] of cases) {
      expect(decider.decide(command, state)).toEqual(Either.right([]));
    }
  });
  it("an item missing its code or organisation is never offered for destruction", () => {
    for (const state of [
      { ...stateOf(stored), archivalCode: undefined },
      { ...stateOf(stored), item: undefined },
    ]) {
      expect(availableActions(state, archivist).map((a) => a.command)).not.toContain(
        "ProposeDestruction",
      );
    }
    const noList = { ...stateOf(approved), destruction: undefined };
    expect(availableActions(noList, archivist).map((a) => a.command)).not.toContain("DestroyItem");
  });
  it("stored events of version 1 are read as they are", () => {
    expect(archive.upcast("ItemCollected", 1, { x: 1 })).toEqual({ x: 1 });
    expect(Object.values(archive.eventVersions).every((v) => v === 1)).toBe(true);
  });
});

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
      "收集",
      "整理",
      "移交",
      "归档",
      "档案入库",
      "借阅",
      "销毁",
      "不归档",
    ]);
  });
  it("every command schema carries a zh/en title", () => {
    for (const tag of tagsOf(table)) {
      const title = table[tag].schema.ast.annotations[Symbol.for("effect/annotation/Title")];
      expect(title, tag).toMatch(/ \/ /);
    }
  });
  it("each status is drawn at the step it waits for", () => {
    const drawn: ReadonlyArray<readonly [ReadonlyArray<ArchiveEvent>, string]> = [
      [organised, "file"],
      [filed, "store"],
      [onLoan, "lend"],
      [minutesRequested, "lend"],
      [proposed, "destroy"],
      [approved, "destroy"],
      [withDivision, "organise"],
    ];
    for (const [events, step] of drawn) expect(stepOf(stateOf(events))).toBe(step);
  });
});

/** Scenarios through every branch and loop, each from the first step to a terminal state. */
describe("scenarios", () => {
  it("专业档案: 催交, 延期, 转办, 移交 → 退回 → 撤回 → 接收, 归档, 入库, 借阅 loop with 续借, 销毁 after a rejection", () => {
    const steps = scenario;
    const events = then([], ...steps);
    const state = stateOf(events);
    expect(state.status).toBe("Destroyed");
    expect(state.organisation?.pages).toBe(82);
    expect(state.handling.lead?.dueOn).toBe("2026-04-10");
    // Every event survives the store: encode then decode gives it back.
    const codec = archive.eventSchema;
    for (const e of events) {
      expect(Schema.decodeUnknownSync(codec)(Schema.encodeSync(codec)(e))).toEqual(e);
    }
    const timeline = archive.history(events);
    expect(timeline).toHaveLength(events.length);
    for (const label of ["退回", "撤回", "整理移交（科技处）", "归还", "不同意销毁", "销毁"]) {
      expect(timeline.map((l) => l.label.zh)).toContain(label);
    }
    for (const line of timeline) expect(line.label.en.length).toBeGreaterThan(0);
  });
  it("文书档案 from a closed 督办 case: 整理 as 局长办公会 minutes, 永久, lent with the director's opinion", () => {
    const steps: ReadonlyArray<Command<ArchiveCommand>> = [
      cmd(systemActor, 21, handoffFrom),
      cmd(archivist, 22, {
        ...organiseMinutes,
        scheme: { year: 2026, version: "2026-1" },
      }),
      cmd(archivist, 22, { _tag: "FileItem", archivalCode: "Z109-WS·2026-Y-BGS-0001" }),
      cmd(archivist, 22, {
        _tag: "StoreItem",
        location: { repository: "二号库房", shelf: "B-01" },
      }),
      cmd(cast.scienceHandler, 23, requestLoan),
      cmd(staff.stand, 23, { _tag: "ApproveLoan", opinion: "同意" }, cast.director),
      cmd(archivist, 23, lend),
      cmd(archivist, 24, giveBack),
    ];
    const events = then([], ...steps);
    const state = stateOf(events);
    expect(state.status).toBe("Stored");
    expect(state.archivalCode).toBe("Z109-WS·2026-Y-BGS-0001");
    expect(actionsOf(events, archivist)).not.toContain("ProposeDestruction");
    const timeline = archive.history(events);
    expect(timeline[0]?.actor).toBe("系统（流程管理器）");
    expect(timeline.find((l) => l.label.zh === "同意借阅")?.onBehalfOf).toBe("李主任");
  });
  it("文书档案 outside the filing scope: 收集 → 不归档", () => {
    expect(stateOf(excluded).status).toBe("Excluded");
    expect(archive.history(excluded).map((l) => l.label.zh)).toEqual(["收集", "不归档"]);
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────────

const actors = [...Object.values(cast), ...Object.values(staff), systemActor];
const payloads: ReadonlyArray<ArchiveCommand> = [
  collectWs,
  collectZy,
  { ...undated, year: 2027 },
  handoffFrom,
  organise,
  organiseMinutes,
  { _tag: "ExcludeItem", scheme: { year: 2015, version: "2015-1" }, reason: "r" },
  handOver,
  { ...handOver, attachments: [] },
  { _tag: "AcceptHandover" },
  file,
  fileMinutes,
  fileZy,
  store,
  requestLoan,
  { _tag: "ApproveLoan", opinion: "同意" },
  { _tag: "RefuseLoan", reason: "r" },
  lend,
  { _tag: "LendItem", dueOn: date("2026-03-20") },
  { _tag: "RequestRenewal", newDueOn: date("2026-03-30"), reason: "r" },
  { _tag: "ApproveRenewal" },
  { _tag: "RefuseRenewal", reason: "r" },
  giveBack,
  propose,
  approveDestruction,
  { ...approveDestruction, witnesses: [ref(archivist), ref(cast.clerk)] },
  { _tag: "RejectDestruction", reason: "r" },
  witness,
  destroy,
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
  { _tag: "Press", unitId: units.science, level: "催办", fromSuperior: false },
  { _tag: "RequestExtension", newDueOn: date("2026-04-10"), reason: "r" },
  { _tag: "ApproveExtension" },
  { _tag: "RefuseExtension", reason: "r" },
  { _tag: "Circulate", readers: [ref(cast.principal), ref(cast.director)] },
  { _tag: "ConfirmRead" },
  { _tag: "AddComment", text: "c" },
  {
    _tag: "AttachFile",
    attachment: { ...scan, id: AttachmentId.make("att-p"), sha256: hash("1") },
  },
  { _tag: "ReplaceAttachment", attachment: { ...scan, sha256: hash("2") } },
];

/** Random runs start from points along the way, so that the deep states are explored too. */
const starts: ReadonlyArray<ReadonlyArray<ArchiveEvent>> = [
  [],
  collected,
  withDivision,
  handedOver,
  organised,
  stored,
  minutesStored,
  minutesRequested,
  zyStored,
  zyRequested,
  loanApproved,
  onLoan,
  zyOnLoan,
  proposed,
  approved,
];

const step = FastCheck.record({
  payload: FastCheck.constantFrom(...payloads),
  actor: FastCheck.constantFrom(...actors),
  delegated: FastCheck.boolean(),
  day: FastCheck.integer({ min: 2, max: 28 }),
});

describe("properties over random command sequences", () => {
  it("decide never throws; refusals record nothing; the fold equals the live state; availableActions lists exactly the commands the guard lets through", () => {
    FastCheck.assert(
      FastCheck.property(
        FastCheck.constantFrom(...starts),
        FastCheck.array(step, { minLength: 1, maxLength: 40 }),
        (start, steps) => {
          const { state, log } = propertyRun(
            archive,
            start,
            steps.map((s) => {
              // A stand-in acts for the office director: the director's authority is checked.
              const onBehalfOf = s.delegated && s.actor === staff.stand ? cast.director : undefined;
              return cmd(s.actor, s.day, s.payload, onBehalfOf);
            }),
          );
          expect(fold(decider, log)).toEqual(state);
          const status: ArchiveStatus = state.status;
          expect(definition.stepOfStatus).toHaveProperty(status);
        },
      ),
      { numRuns: 400 },
    );
  });
});

import { FastCheck, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { AttachmentId } from "../../shared/attachment.js";
import { tagsOf } from "../../shared/command-table.js";
import { fold } from "../../shared/decider.js";
import { classificationMark } from "../../shared/document.js";
import { CaseId, UnitId, UserId } from "../../shared/ids.js";
import { pressCount, recorded, unread, whoDid } from "../../shared/operations/index.js";
import { cast, meta, units } from "../../shared/testing/fixtures.js";
import { histories, specify } from "../../shared/testing/given.js";
import { propertyRun } from "../../shared/testing/properties.js";
import {
  accept,
  approve,
  cmd,
  co,
  date,
  fileIt,
  hash,
  lead,
  on,
  people,
  person,
  readInstruct,
  register,
  registry,
  reply,
  replyFile,
  scan,
  scenario,
  startReply,
  toHandle,
  toLeader,
  toPrincipal,
  toRead,
} from "../../shared/testing/scenarios/incoming.js";
import {
  definition,
  type IncomingCommand,
  type IncomingEvent,
  incoming,
  stepOf,
  table,
} from "./index.js";

const { given } = specify(incoming);
const { decider } = incoming;
const { runFrom, run, then, stateOf, actionsOf } = histories(incoming);

// ── Test data: shared/testing/scenarios/incoming.ts ─────────────────────────────────────────

const registered = run(cmd(registry, 2, register));
const withLeader = then(registered, cmd(cast.director, 2, toLeader));
const withPrincipal = then(registered, cmd(cast.director, 2, toPrincipal));
const instructed = then(withLeader, cmd(cast.leader, 3, approve));
const assigned = then(instructed, cmd(registry, 4, toHandle));
const handling = then(assigned, cmd(cast.scienceHandler, 5, accept));
const replied = then(handling, cmd(cast.scienceHandler, 15, reply));
const filed = then(
  replied,
  cmd(cast.director, 16, { _tag: "ConfirmRead" }),
  cmd(registry, 16, fileIt),
);
const readInstructed = then(withPrincipal, cmd(cast.principal, 3, readInstruct));
const reading = then(readInstructed, cmd(registry, 4, toRead));
const allRead = then(
  reading,
  cmd(cast.scienceHead, 5, { _tag: "ConfirmRead" }),
  cmd(cast.industryHandler, 5, { _tag: "ConfirmRead" }),
);

// ── One describe per status ──────────────────────────────────────────────────────────────────

describe("New (no case yet)", () => {
  it("收文登记: the confidential office registers the document with its marks and our number", () => {
    const c = cmd(registry, 2, { ...register, classification: "秘密", secrecyYears: 5, copies: 2 });
    given([])
      .when(c)
      .then([
        {
          _tag: "DocumentRegistered",
          ...recorded(c.meta),
          number: "收〔2026〕8号",
          senderOrgan: "省科学技术厅",
          senderNumber: "鄂科技发〔2026〕5号",
          title: "关于开展2026年度科技成果转化评估工作的通知",
          documentKind: "通知",
          urgency: "加急",
          classification: "秘密",
          secrecyYears: 5,
          copies: 2,
          receivedOn: date("2026-03-01"),
          timeLimit: date("2026-04-30"),
          attachments: [{ ...scan, version: 1 }],
        },
      ]);
  });
  it("an ordinary document needs no time limit", () => {
    const { urgency: _u, timeLimit: _t, ...ordinary } = register;
    given([])
      .when(cmd(registry, 2, ordinary))
      .thenAccepted();
  });
  it("条例 第二十四条: an urgent document (特急/加急) must carry a handling time limit", () => {
    const { timeLimit: _t, ...noLimit } = register;
    given([])
      .when(cmd(registry, 2, noLimit))
      .thenFails("InvalidCommand");
    given([])
      .when(cmd(registry, 2, { ...noLimit, urgency: "特急" }))
      .thenFails("InvalidCommand");
  });
  it("a secrecy period needs a classification", () => {
    given([])
      .when(cmd(registry, 2, { ...register, secrecyYears: 10 }))
      .thenFails("InvalidCommand");
  });
  it("only the confidential office registers", () => {
    given([])
      .when(cmd(cast.clerk, 2, register))
      .thenFails("NotAuthorised");
  });
  it("the number must be of the 收 register", () => {
    given([])
      .when(cmd(registry, 2, { ...register, number: "督〔2026〕8号" }))
      .thenFails("InvalidCommand");
  });
  it("the number must be of the year of registration", () => {
    given([])
      .when(cmd(registry, 2, { ...register, number: "收〔2025〕8号" }))
      .thenFails("InvalidCommand");
  });
  it("a malformed number is refused at the boundary", () => {
    given([])
      .when(cmd(registry, 2, { ...register, number: "收[2026]08号" }))
      .thenFails("InvalidCommand");
  });
  it("a document cannot be received after it is registered", () => {
    given([])
      .when(cmd(registry, 2, { ...register, receivedOn: date("2026-03-05") }))
      .thenFails("InvalidCommand");
  });
  it("the time limit cannot be before the day received", () => {
    given([])
      .when(cmd(registry, 2, { ...register, timeLimit: date("2026-02-01") }))
      .thenFails("InvalidCommand");
  });
  it("missing data (no 文种) and a kind outside the fifteen are refused", () => {
    const { documentKind: _k, ...noKind } = register;
    given([])
      .whenRaw(meta(registry, on(2)), noKind)
      .thenFails("InvalidCommand");
    given([])
      .whenRaw(meta(registry, on(2)), { ...register, documentKind: "简报" })
      .thenFails("InvalidCommand");
  });
  it("no other step applies before registration", () => {
    given([])
      .when(cmd(cast.director, 2, toLeader))
      .thenFails("WrongStep");
  });
  it("the confidential office may only register", () => {
    expect(actionsOf([], registry)).toEqual(["RegisterDocument"]);
    expect(stepOf(stateOf([]))).toBeUndefined();
  });
});

describe("Registered (呈报意见)", () => {
  it("the office director writes the 呈报意见 and sends it to the leader in charge", () => {
    const c = cmd(cast.director, 2, toLeader);
    const { state } = given(registered)
      .when(c)
      .then([
        {
          _tag: "SubmittedToLeader",
          ...recorded(c.meta),
          opinion: {
            kind: "呈报意见",
            text: "拟呈张局长审批，交科技处办理。",
            signer: recorded(c.meta).by,
            role: "office-director",
            at: c.meta.at,
          },
          route: "分管领导审批",
          leader: person(cast.leader),
        },
      ]);
    expect(state.status).toBe("AwaitingApproval");
    expect(stepOf(state)).toBe("approve");
  });
  it("branch: important and bureau-wide matters go to the principal leader for 阅批", () => {
    const { state } = given(registered)
      .when(cmd(cast.director, 2, toPrincipal))
      .thenAccepted();
    expect(state.status).toBe("AwaitingReading");
    expect(stepOf(state)).toBe("read");
  });
  it("only the office director writes the 呈报意见", () => {
    given(registered)
      .when(cmd(cast.clerk, 2, toLeader))
      .thenFails("NotAuthorised");
    given(registered)
      .when(cmd(registry, 2, toLeader))
      .thenFails("NotAuthorised");
  });
  it("a blank opinion is refused", () => {
    given(registered)
      .when(cmd(cast.director, 2, { ...toLeader, opinion: "  " }))
      .thenFails("InvalidCommand");
  });
  it("a registered document cannot be registered again", () => {
    given(registered)
      .when(cmd(registry, 2, register))
      .thenFails("CaseAlreadyExists");
  });
  it("no leader acts before it is submitted", () => {
    given(registered)
      .when(cmd(cast.leader, 2, approve))
      .thenFails("WrongStep");
  });
  it("the step shown is 呈报意见", () => {
    expect(stepOf(stateOf(registered))).toBe("propose");
    expect(actionsOf(registered, cast.director)).toContain("SubmitToLeader");
  });
});

describe("AwaitingApproval (分管领导审批)", () => {
  it("the leader in charge approves, with the 审批意见 and a time limit", () => {
    const c = cmd(cast.leader, 3, approve);
    const { state } = given(withLeader)
      .when(c)
      .then([
        {
          _tag: "ApprovalGiven",
          ...recorded(c.meta),
          opinion: {
            kind: "审批意见",
            text: approve.opinion,
            signer: recorded(c.meta).by,
            role: "leader-in-charge",
            at: c.meta.at,
          },
          dueOn: date("2026-04-20"),
        },
      ]);
    expect(state.status).toBe("Instructed");
    expect(state.timeLimit).toBe("2026-04-20");
  });
  it("without a time limit of its own the sender's stays in force", () => {
    const { state } = given(withLeader)
      .when(cmd(cast.leader, 3, { _tag: "GiveApproval", opinion: "同意" }))
      .thenAccepted();
    expect(state.timeLimit).toBe("2026-04-30");
  });
  it("委托: a deputy approves on the leader's behalf; the record keeps both (「代」)", () => {
    const c = cmd(cast.deputy, 3, approve, cast.leader);
    const { events } = given(withLeader).when(c).thenAccepted();
    const [event] = events;
    expect(event?._tag === "ApprovalGiven" && event.opinion.onBehalfOf?.name).toBe("张局长");
    const line = incoming.history(events)[0];
    expect(line && whoDid(line).zh).toBe("赵副局长（代 张局长）");
  });
  it("another leader in charge cannot approve a document submitted to someone else", () => {
    given(withLeader)
      .when(cmd(cast.deputy, 3, approve))
      .thenFails("NotAuthorised");
  });
  it("the principal does not 审批 on the routine route (he may be passed it)", () => {
    given(withLeader)
      .when(cmd(cast.principal, 3, approve))
      .thenFails("NotAuthorised");
  });
  it("the 阅批 command does not apply on the 审批 route", () => {
    given(withLeader)
      .when(cmd(cast.leader, 3, readInstruct))
      .thenFails("WrongStep");
  });
  it("the time limit cannot be in the past", () => {
    given(withLeader)
      .when(cmd(cast.leader, 3, { ...approve, dueOn: date("2026-03-01") }))
      .thenFails("InvalidCommand");
  });
  it("the time limit cannot be after the sender's", () => {
    given(withLeader)
      .when(cmd(cast.leader, 3, { ...approve, dueOn: date("2026-05-10") }))
      .thenFails("InvalidCommand");
  });
  it("转呈: the leader in charge passes it to the principal, with an opinion", () => {
    const c = cmd(cast.leader, 3, {
      _tag: "PassToLeader",
      route: "主要领导阅批",
      leader: person(cast.principal),
      opinion: "事关全局，呈陈局长阅批。",
    });
    const { state } = given(withLeader)
      .when(c)
      .then([
        {
          _tag: "PassedToLeader",
          ...recorded(c.meta),
          fromRoute: "分管领导审批",
          route: "主要领导阅批",
          leader: person(cast.principal),
          opinion: {
            kind: "审批意见",
            text: "事关全局，呈陈局长阅批。",
            signer: recorded(c.meta).by,
            role: "leader-in-charge",
            at: c.meta.at,
          },
        },
      ]);
    expect(state.status).toBe("AwaitingReading");
    expect(state.submittedTo).toEqual(person(cast.principal));
  });
  it("转呈 without an opinion is recorded too", () => {
    const c = cmd(cast.leader, 3, {
      _tag: "PassToLeader",
      route: "分管领导审批",
      leader: person(cast.deputy),
    });
    given(withLeader)
      .when(c)
      .then([
        {
          _tag: "PassedToLeader",
          ...recorded(c.meta),
          fromRoute: "分管领导审批",
          route: "分管领导审批",
          leader: person(cast.deputy),
        },
      ]);
  });
  it("a leader cannot pass it to themself", () => {
    given(withLeader)
      .when(
        cmd(cast.leader, 3, {
          _tag: "PassToLeader",
          route: "主要领导阅批",
          leader: person(cast.leader),
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("only the leader holding it passes it on", () => {
    given(withLeader)
      .when(
        cmd(cast.deputy, 3, {
          _tag: "PassToLeader",
          route: "主要领导阅批",
          leader: person(cast.principal),
        }),
      )
      .thenFails("NotAuthorised");
  });
  it("退回: the leader returns it to the director's 呈报意见 with a reason", () => {
    const { state } = given(withLeader)
      .when(cmd(cast.leader, 3, { _tag: "SendBack", reason: "请补充往年办理情况" }))
      .thenAccepted();
    expect(state.status).toBe("Registered");
    expect(state.submittedTo).toBeUndefined();
  });
  it("撤回: the director takes the submission back while the leader has not acted", () => {
    const { state } = given(withLeader)
      .when(cmd(cast.director, 2, { _tag: "Withdraw", reason: "报错领导" }))
      .thenAccepted();
    expect(state.status).toBe("Registered");
  });
  it("撤回 is for the sender only", () => {
    given(withLeader)
      .when(cmd(cast.clerk, 2, { _tag: "Withdraw" }))
      .thenFails("NotAuthorised");
  });
  it("撤回 is no longer possible once the leader has acted (even only a comment)", () => {
    const commented = then(withLeader, cmd(cast.leader, 3, { _tag: "AddComment", text: "阅" }));
    given(commented)
      .when(cmd(cast.director, 3, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("the leader sees 审批, 转呈 and 退回; the director sees 撤回", () => {
    expect(actionsOf(withLeader, cast.leader)).toEqual(
      expect.arrayContaining(["GiveApproval", "PassToLeader", "SendBack"]),
    );
    expect(actionsOf(withLeader, cast.leader)).not.toContain("GiveReadingInstruction");
    expect(actionsOf(withLeader, cast.director)).toContain("Withdraw");
  });
});

describe("AwaitingReading (主要领导阅批)", () => {
  it("the principal leader reads and instructs, with the 阅批意见", () => {
    const c = cmd(cast.principal, 3, readInstruct);
    const { state } = given(withPrincipal)
      .when(c)
      .then([
        {
          _tag: "ReadingInstructionGiven",
          ...recorded(c.meta),
          opinion: {
            kind: "阅批意见",
            text: "请各处室阅知。",
            signer: recorded(c.meta).by,
            role: "principal-leader",
            at: c.meta.at,
          },
        },
      ]);
    expect(state.status).toBe("Instructed");
    expect(state.instruction?.kind).toBe("阅批意见");
  });
  it("委托: a deputy reads for the principal; the opinion is signed in the principal's capacity", () => {
    const { events } = given(withPrincipal)
      .when(cmd(cast.deputy, 3, readInstruct, cast.principal))
      .thenAccepted();
    const [event] = events;
    expect(event?._tag === "ReadingInstructionGiven" && event.opinion.role).toBe(
      "principal-leader",
    );
  });
  it("a leader in charge cannot 阅批", () => {
    given(withPrincipal)
      .when(cmd(cast.leader, 3, readInstruct))
      .thenFails("NotAuthorised");
  });
  it("转: the principal passes a routine matter to the leader in charge; the passed leader approves", () => {
    const passed = then(
      withPrincipal,
      cmd(cast.principal, 3, {
        _tag: "PassToLeader",
        route: "分管领导审批",
        leader: person(cast.leader),
        opinion: "请张局长阅处。",
      }),
    );
    const [event] = passed.slice(-1);
    expect(event?._tag === "PassedToLeader" && event.opinion?.kind).toBe("阅批意见");
    expect(stateOf(passed).status).toBe("AwaitingApproval");
    given(passed)
      .when(cmd(cast.principal, 3, approve))
      .thenFails("NotAuthorised");
    given(passed)
      .when(cmd(cast.leader, 4, approve))
      .thenAccepted();
  });
  it("撤回 of a pass: the passing leader takes it back and holds it again", () => {
    const passed = then(
      withPrincipal,
      cmd(cast.principal, 3, {
        _tag: "PassToLeader",
        route: "分管领导审批",
        leader: person(cast.leader),
      }),
    );
    const { state } = given(passed)
      .when(cmd(cast.principal, 3, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("AwaitingReading");
    expect(state.submittedTo).toEqual(person(cast.principal));
    given([...passed, ...runFrom(passed, cmd(cast.principal, 3, { _tag: "Withdraw" }))])
      .when(cmd(cast.principal, 3, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("退回: the principal returns it to the director", () => {
    const { state } = given(withPrincipal)
      .when(cmd(cast.principal, 3, { _tag: "SendBack", reason: "请分管领导先行审批" }))
      .thenAccepted();
    expect(state.status).toBe("Registered");
  });
  it("the office cannot 阅批", () => {
    given(withPrincipal)
      .when(cmd(cast.director, 3, readInstruct))
      .thenFails("NotAuthorised");
  });
});

describe("Instructed (阅办处理)", () => {
  it("办件: the office sends it to readers and to a lead unit with co-units, each with a due date", () => {
    const c = cmd(registry, 4, toHandle);
    const { state } = given(instructed)
      .when(c)
      .then([
        {
          _tag: "Dispatched",
          ...recorded(c.meta),
          kind: "办件",
          readers: [person(cast.director)],
        },
        {
          _tag: "UnitsAssigned",
          ...recorded(c.meta),
          lead,
          coUnits: [co],
          rule: "收文：办理期限以来文规定时限或局领导批示时限为准（《党政机关公文处理工作条例》第二十四条）",
        },
      ]);
    expect(state.status).toBe("Assigned");
    expect(unread(state.handling)).toEqual([person(cast.director)]);
  });
  it("阅件: the office sends it to readers only, with a note", () => {
    const c = cmd(cast.clerk, 4, { ...toRead, note: "请阅" });
    const { state } = given(readInstructed)
      .when(c)
      .then([
        {
          _tag: "Dispatched",
          ...recorded(c.meta),
          kind: "阅件",
          readers: [person(cast.scienceHead), person(cast.industryHandler)],
          note: "请阅",
        },
      ]);
    expect(state.status).toBe("Reading");
    expect(stepOf(state)).toBe("dispatch");
  });
  it("a reader named twice, or already on the list, is sent it once", () => {
    const circulated = then(
      readInstructed,
      cmd(cast.clerk, 4, { _tag: "Circulate", readers: [person(cast.scienceHead)] }),
    );
    const { events } = given(circulated)
      .when(
        cmd(registry, 4, {
          ...toRead,
          readers: [
            person(cast.scienceHead),
            person(cast.industryHandler),
            person(cast.industryHandler),
          ],
        }),
      )
      .thenAccepted();
    expect(events[0]?._tag === "Dispatched" && events[0].readers).toEqual([
      person(cast.industryHandler),
    ]);
  });
  it("a 阅件 needs readers", () => {
    given(readInstructed)
      .when(cmd(registry, 4, { ...toRead, readers: [] }))
      .thenFails("InvalidCommand");
  });
  it("a 阅件 is not assigned to units", () => {
    given(readInstructed)
      .when(cmd(registry, 4, { ...toRead, handling: { lead, coUnits: [] } }))
      .thenFails("InvalidCommand");
  });
  it("a 办件 needs a lead unit", () => {
    given(instructed)
      .when(cmd(registry, 4, { _tag: "Dispatch", kind: "办件", readers: [] }))
      .thenFails("InvalidCommand");
  });
  it("no due date after the instruction's time limit", () => {
    given(instructed)
      .when(
        cmd(registry, 4, {
          ...toHandle,
          handling: { lead: { ...lead, dueOn: date("2026-04-25") }, coUnits: [] },
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("a unit is assigned only once", () => {
    given(instructed)
      .when(
        cmd(registry, 4, {
          ...toHandle,
          handling: { lead, coUnits: [{ ...co, unitId: units.science }] },
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("a leader or a division does not dispatch", () => {
    given(instructed)
      .when(cmd(cast.leader, 4, toHandle))
      .thenFails("NotAuthorised");
    given(instructed)
      .when(cmd(cast.scienceHead, 4, toHandle))
      .thenFails("NotAuthorised");
  });
  it("an instruction given cannot be withdrawn or sent back from here", () => {
    given(instructed)
      .when(cmd(cast.director, 4, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
    given(instructed)
      .when(cmd(cast.leader, 4, { _tag: "SendBack", reason: "r" }))
      .thenFails("WrongStep");
  });
});

describe("Reading (阅件, with the readers)", () => {
  it("each reader confirms; a second confirmation records nothing", () => {
    const once = then(reading, cmd(cast.scienceHead, 5, { _tag: "ConfirmRead" }));
    expect(unread(stateOf(once).handling)).toEqual([person(cast.industryHandler)]);
    given(once)
      .when(cmd(cast.scienceHead, 6, { _tag: "ConfirmRead" }))
      .thenNothing();
  });
  it("存档备查 waits until every reader has confirmed", () => {
    given(reading)
      .when(cmd(registry, 5, fileIt))
      .thenFails("WrongStep");
    expect(actionsOf(reading, registry)).not.toContain("FileDocument");
    expect(actionsOf(allRead, registry)).toContain("FileDocument");
  });
  it("a 阅件 read by all is filed, handing the archive what it needs", () => {
    const c = cmd(registry, 6, { _tag: "FileDocument", note: "阅毕" });
    const { state } = given(allRead)
      .when(c)
      .then([
        {
          _tag: "DocumentFiled",
          ...recorded(c.meta),
          note: "阅毕",
          archive: {
            process: "incoming",
            category: "WS",
            title: register.title,
            number: "收〔2026〕8号",
            source: "省科学技术厅（鄂科技发〔2026〕5号）",
            date: date("2026-03-06"),
            attachments: [{ ...scan, version: 1 }],
          },
        },
      ]);
    expect(state.status).toBe("Filed");
  });
  it("more readers may be added (传阅); filing then waits for them too", () => {
    const more = then(
      allRead,
      cmd(cast.clerk, 6, { _tag: "Circulate", readers: [person(cast.financeHandler)] }),
    );
    given(more)
      .when(cmd(registry, 6, fileIt))
      .thenFails("WrongStep");
  });
  it("撤回: the office takes a 阅件 back while nobody has read it; the readers come off the list", () => {
    const { state } = given(reading)
      .when(cmd(registry, 4, { _tag: "Withdraw", reason: "送阅范围有误" }))
      .thenAccepted();
    expect(state.status).toBe("Instructed");
    expect(state.handling.circulation).toEqual([]);
  });
  it("撤回 of a 阅件 ends with the first receipt", () => {
    const once = then(reading, cmd(cast.scienceHead, 5, { _tag: "ConfirmRead" }));
    given(once)
      .when(cmd(registry, 5, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("a reader confirmed before the 撤回 keeps the receipt", () => {
    // The director was circulated and read at 领导 stage; the 阅件 dispatch did not resend it.
    const early = then(
      readInstructed,
      cmd(cast.clerk, 3, { _tag: "Circulate", readers: [person(cast.director)] }),
      cmd(cast.director, 3, { _tag: "ConfirmRead" }),
      cmd(registry, 4, { ...toRead, readers: [person(cast.director), person(cast.scienceHead)] }),
      cmd(registry, 4, { _tag: "Withdraw" }),
    );
    expect(stateOf(early).handling.circulation.map((c) => c.reader.name)).toEqual(["李主任"]);
  });
  it("nothing is handled or pressed on a 阅件", () => {
    given(reading)
      .when(cmd(cast.scienceHead, 5, accept))
      .thenFails("WrongStep");
    given(reading)
      .when(
        cmd(cast.clerk, 5, {
          _tag: "Press",
          unitId: units.science,
          level: "催办",
          fromSuperior: false,
        }),
      )
      .thenFails("WrongStep");
  });
  it("no 退回 from the reading", () => {
    given(reading)
      .when(cmd(cast.scienceHead, 5, { _tag: "SendBack", reason: "r" }))
      .thenFails("WrongStep");
  });
});

describe("Assigned (办件, with the lead unit)", () => {
  it("the lead unit accepts", () => {
    const c = cmd(cast.scienceHandler, 5, accept);
    const { state } = given(assigned)
      .when(c)
      .then([
        {
          _tag: "AssignmentAccepted",
          ...recorded(c.meta),
          unitId: units.science,
          unitName: "科技处",
        },
      ]);
    expect(state.status).toBe("Handling");
    expect(stepOf(state)).toBe("reply");
  });
  it("a co-handling unit cannot accept for the lead", () => {
    given(assigned)
      .when(cmd(cast.industryHandler, 5, accept))
      .thenFails("NotAuthorised");
  });
  it("撤回: the office takes the dispatch back; assignment and unread readers are undone", () => {
    const { state } = given(assigned)
      .when(cmd(registry, 4, { _tag: "Withdraw", reason: "主办单位有误" }))
      .thenAccepted();
    expect(state.status).toBe("Instructed");
    expect(state.handling.lead).toBeUndefined();
    expect(unread(state.handling)).toEqual([]);
  });
  it("撤回 of a 办件 is refused once the lead unit has acted", () => {
    const acted = then(
      assigned,
      cmd(cast.scienceHandler, 5, { _tag: "ReportProgress", text: "已收到" }),
    );
    given(acted)
      .when(cmd(registry, 5, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("撤回 of a 办件 stays possible after a reader confirms", () => {
    const read = then(assigned, cmd(cast.director, 5, { _tag: "ConfirmRead" }));
    given(read)
      .when(cmd(registry, 5, { _tag: "Withdraw" }))
      .thenAccepted();
  });
  it("退回: the lead unit returns a document outside its duties to 阅办处理", () => {
    const { state } = given(assigned)
      .when(cmd(cast.scienceHead, 5, { _tag: "SendBack", reason: "不属本处职责" }))
      .thenAccepted();
    expect(state.status).toBe("Instructed");
    expect(state.handling.coUnits).toEqual([]);
  });
  it("a co-unit cannot send the document back", () => {
    given(assigned)
      .when(cmd(cast.industryHandler, 5, { _tag: "SendBack", reason: "x" }))
      .thenFails("NotAuthorised");
  });
  it("转办 of the lead keeps the due date and the new lead must accept", () => {
    const { state } = given(assigned)
      .when(
        cmd(cast.clerk, 5, {
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
  it("催办 applies before acceptance too", () => {
    given(assigned)
      .when(
        cmd(registry, 5, {
          _tag: "Press",
          unitId: units.science,
          level: "催办",
          fromSuperior: false,
        }),
      )
      .thenAccepted();
  });
});

describe("Handling (办理回复)", () => {
  it("按制文程序: the lead unit records the 发文 case it starts for the reply", () => {
    const c = cmd(cast.scienceHandler, 8, startReply);
    const { state } = given(handling)
      .when(c)
      .then([
        {
          _tag: "ReplyDocumentStarted",
          ...recorded(c.meta),
          unitId: units.science,
          unitName: "科技处",
          outgoingCaseId: CaseId.make("outgoing-42"),
          title: "关于报送2026年度科技成果转化评估材料的函",
        },
      ]);
    expect(state.replyDocuments).toEqual([
      { outgoingCaseId: "outgoing-42", title: "关于报送2026年度科技成果转化评估材料的函" },
    ]);
  });
  it("the same 发文 case linked twice records nothing", () => {
    const linked = then(handling, cmd(cast.scienceHandler, 8, startReply));
    given(linked)
      .when(cmd(cast.scienceHead, 9, startReply))
      .thenNothing();
  });
  it("a co-unit does not start the reply document", () => {
    given(handling)
      .when(cmd(cast.industryHandler, 8, startReply))
      .thenFails("NotAuthorised");
  });
  it("办理回复: the lead unit replies with its documents", () => {
    const c = cmd(cast.scienceHandler, 15, reply);
    const { state } = given(handling)
      .when(c)
      .then([
        {
          _tag: "ReplySubmitted",
          ...recorded(c.meta),
          unitId: units.science,
          unitName: "科技处",
          summary: reply.summary,
          attachments: [{ ...replyFile, version: 1 }],
        },
      ]);
    expect(state.status).toBe("Replied");
    expect(stepOf(state)).toBe("file");
  });
  it("a blank result is refused", () => {
    given(handling)
      .when(cmd(cast.scienceHandler, 15, { ...reply, summary: " " }))
      .thenFails("InvalidCommand");
  });
  it("a co-unit does not reply; an unassigned unit does not either", () => {
    given(handling)
      .when(cmd(cast.industryHandler, 15, reply))
      .thenFails("NotAuthorised");
    given(handling)
      .when(cmd(cast.financeHandler, 15, reply))
      .thenFails("NotAuthorised");
  });
  it("催办 is recorded and counted and never moves the due date", () => {
    const { state } = given(handling)
      .when(
        cmd(cast.clerk, 8, {
          _tag: "Press",
          unitId: units.science,
          level: "督办",
          fromSuperior: false,
        }),
      )
      .thenAccepted();
    expect(pressCount(state.handling)).toBe(1);
    expect(state.handling.lead?.dueOn).toBe(lead.dueOn);
  });
  it("only an assigned unit can be pressed; a unit cannot press", () => {
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
  it("协办: a co-unit's opinion reaches the lead", () => {
    const { state } = given(handling)
      .when(cmd(cast.industryHandler, 8, { _tag: "SubmitCoOpinion", opinion: "产业数据已提供" }))
      .thenAccepted();
    expect(state.handling.coOpinions.map((o) => o.unitName)).toEqual(["产业处"]);
  });
  it("延期: requested before the due date and approved: the due date moves", () => {
    const requested = then(
      handling,
      cmd(cast.scienceHandler, 10, {
        _tag: "RequestExtension",
        newDueOn: date("2026-04-28"),
        reason: "需等待评估数据",
      }),
    );
    const { state } = given(requested)
      .when(cmd(cast.director, 11, { _tag: "ApproveExtension" }))
      .thenAccepted();
    expect(state.handling.lead?.dueOn).toBe("2026-04-28");
  });
  it("延期 refused: the due date stays", () => {
    const requested = then(
      handling,
      cmd(cast.scienceHandler, 10, {
        _tag: "RequestExtension",
        newDueOn: date("2026-04-28"),
        reason: "r",
      }),
    );
    const { state } = given(requested)
      .when(cmd(cast.director, 11, { _tag: "RefuseExtension", reason: "来文时限紧" }))
      .thenAccepted();
    expect(state.handling.lead?.dueOn).toBe(lead.dueOn);
  });
  it("延期 cannot pass the sender's time limit", () => {
    given(handling)
      .when(
        cmd(cast.scienceHandler, 10, {
          _tag: "RequestExtension",
          newDueOn: date("2026-05-08"),
          reason: "r",
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("延期 follows the shared rules: later than the current due date, by the lead unit", () => {
    given(handling)
      .when(
        cmd(cast.scienceHandler, 10, {
          _tag: "RequestExtension",
          newDueOn: date("2026-04-15"),
          reason: "r",
        }),
      )
      .thenFails("InvalidCommand");
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
  it("nothing to approve without a request", () => {
    given(handling)
      .when(cmd(cast.director, 11, { _tag: "ApproveExtension" }))
      .thenFails("WrongStep");
  });
  it("转办 of a co-unit leaves the document with the lead", () => {
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
  });
  it("转办 to a named person: only that person (or the head) then replies", () => {
    const moved = then(
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
    expect(stateOf(moved).status).toBe("Handling");
    given(moved)
      .when(cmd(cast.scienceHandler, 15, reply))
      .thenFails("NotAuthorised");
    given(moved)
      .when(cmd(cast.scienceHead, 15, reply))
      .thenAccepted();
  });
  it("转办 only from a unit handling the document", () => {
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
  it("the lead unit can no longer send it back once it has accepted", () => {
    given(handling)
      .when(cmd(cast.scienceHandler, 8, { _tag: "SendBack", reason: "r" }))
      .thenFails("WrongStep");
  });
  it("it cannot be filed before the reply", () => {
    given(handling)
      .when(cmd(registry, 8, fileIt))
      .thenFails("WrongStep");
  });
});

describe("Replied (存档备查 pending)", () => {
  it("filing waits for the readers of the 办件 too", () => {
    given(replied)
      .when(cmd(registry, 16, fileIt))
      .thenFails("WrongStep");
  });
  it("the confidential office files it with the reply documents, for the archive", () => {
    const read = then(replied, cmd(cast.director, 16, { _tag: "ConfirmRead" }));
    const c = cmd(registry, 16, fileIt);
    given(read)
      .when(c)
      .then([
        {
          _tag: "DocumentFiled",
          ...recorded(c.meta),
          archive: {
            process: "incoming",
            category: "WS",
            title: register.title,
            number: "收〔2026〕8号",
            source: "省科学技术厅（鄂科技发〔2026〕5号）",
            date: date("2026-03-16"),
            attachments: [
              { ...scan, version: 1 },
              { ...replyFile, version: 1 },
            ],
          },
        },
      ]);
  });
  it("the archive's source is the sender alone when the document had no number", () => {
    const { senderNumber: _n, ...unnumbered } = register;
    const events = run(
      cmd(registry, 2, unnumbered),
      cmd(cast.director, 2, toPrincipal),
      cmd(cast.principal, 3, readInstruct),
      cmd(registry, 4, { ...toRead, readers: [person(cast.scienceHead)] }),
      cmd(cast.scienceHead, 5, { _tag: "ConfirmRead" }),
      cmd(registry, 5, fileIt),
    );
    const last = events.at(-1);
    expect(last?._tag === "DocumentFiled" && last.archive.source).toBe("省科学技术厅");
  });
  it("only the confidential office files", () => {
    const read = then(replied, cmd(cast.director, 16, { _tag: "ConfirmRead" }));
    given(read)
      .when(cmd(cast.clerk, 16, fileIt))
      .thenFails("NotAuthorised");
  });
  it("退回: the office returns an insufficient reply to the lead unit", () => {
    const { state } = given(replied)
      .when(cmd(cast.director, 16, { _tag: "SendBack", reason: "请补充评估数据" }))
      .thenAccepted();
    expect(state.status).toBe("Handling");
  });
  it("撤回: the lead unit takes its reply back before the office files it", () => {
    const { state } = given(replied)
      .when(cmd(cast.scienceHandler, 15, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Handling");
  });
  it("a unit cannot send it back", () => {
    given(replied)
      .when(cmd(cast.scienceHandler, 16, { _tag: "SendBack", reason: "r" }))
      .thenFails("NotAuthorised");
  });
});

describe("Filed (closed)", () => {
  it("every command is refused as CaseClosed (except a second registration)", () => {
    for (const payload of [
      toLeader,
      accept,
      reply,
      fileIt,
      { _tag: "AddComment", text: "x" },
    ] as const) {
      given(filed)
        .when(cmd(registry, 17, payload))
        .thenFails("CaseClosed");
    }
    given(filed)
      .when(cmd(registry, 17, register))
      .thenFails("CaseAlreadyExists");
  });
  it("nobody has anything to do", () => {
    for (const actor of Object.values(people)) expect(actionsOf(filed, actor)).toEqual([]);
    expect(decider.isTerminal(stateOf(filed))).toBe(true);
  });
});

describe("generic operations on an open document", () => {
  it("传阅 to someone already on the list records nothing; someone not on it cannot confirm", () => {
    given(assigned)
      .when(cmd(cast.clerk, 5, { _tag: "Circulate", readers: [person(cast.director)] }))
      .thenNothing();
    given(assigned)
      .when(cmd(cast.principal, 5, { _tag: "ConfirmRead" }))
      .thenFails("NotAuthorised");
  });
  it("a division does not circulate", () => {
    given(assigned)
      .when(cmd(cast.scienceHead, 5, { _tag: "Circulate", readers: [person(cast.principal)] }))
      .thenFails("NotAuthorised");
  });
  it("comments are recorded; an auditor changes nothing", () => {
    given(registered)
      .when(cmd(cast.clerk, 2, { _tag: "AddComment", text: "原件已入柜" }))
      .thenAccepted();
    given(registered)
      .when(cmd(cast.auditor, 2, { _tag: "AddComment", text: "x" }))
      .thenFails("NotAuthorised");
  });
  it("attachments: add, replace with a new version, identical content is a no-op", () => {
    const extra = { ...scan, id: AttachmentId.make("att-x"), name: "附表.xlsx", sha256: hash("d") };
    given(registered)
      .when(cmd(registry, 2, { _tag: "AttachFile", attachment: scan }))
      .thenFails("InvalidCommand");
    const added = then(registered, cmd(registry, 2, { _tag: "AttachFile", attachment: extra }));
    const { state } = given(added)
      .when(
        cmd(registry, 3, {
          _tag: "ReplaceAttachment",
          attachment: { ...extra, sha256: hash("e") },
        }),
      )
      .thenAccepted();
    expect(state.handling.attachments.find((a) => a.id === "att-x")?.version).toBe(2);
    given(added)
      .when(cmd(registry, 3, { _tag: "ReplaceAttachment", attachment: extra }))
      .thenNothing();
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
      "收文登记",
      "呈报意见",
      "分管领导审批",
      "主要领导阅批",
      "阅办处理",
      "办理回复",
      "存档备查",
    ]);
  });
  it("every command schema carries a zh/en title", () => {
    for (const tag of tagsOf(table)) {
      const title = table[tag].schema.ast.annotations[Symbol.for("effect/annotation/Title")];
      expect(title, tag).toMatch(/ \/ /);
    }
  });
  it("the 密级 mark reads as printed", () => {
    expect(classificationMark("机密", 5)).toBe("机密★5年");
    expect(classificationMark("秘密", undefined)).toBe("秘密");
    expect(classificationMark(undefined, undefined)).toBeUndefined();
  });
});

describe("history (the 收文处理单 and the auditor's replay)", () => {
  it("reads each fact in both languages: routes, marks, readers, time limits", () => {
    const { senderNumber: _n, timeLimit: _t, urgency: _u, ...plain } = register;
    const events = run(
      cmd(registry, 2, { ...plain, classification: "机密" }),
      cmd(cast.director, 2, toPrincipal),
      cmd(cast.principal, 3, {
        _tag: "PassToLeader",
        route: "分管领导审批",
        leader: person(cast.leader),
      }),
      cmd(cast.leader, 3, { _tag: "GiveApproval", opinion: "同意" }),
      cmd(registry, 4, { ...toHandle, readers: [] }),
      cmd(cast.scienceHandler, 5, accept),
      cmd(cast.scienceHandler, 6, startReply),
    );
    const [registered_, submitted, passed, approved, dispatched] = incoming.history(events);
    expect(registered_?.details?.zh).toBe(
      "收〔2026〕8号「关于开展2026年度科技成果转化评估工作的通知」（省科学技术厅；通知，机密；2026-03-01 收到）",
    );
    expect(registered_?.details?.en).not.toContain("due");
    expect(submitted?.details).toEqual({
      zh: "主要领导阅批：呈 陈局长",
      en: "For reading: to 陈局长",
    });
    expect(passed?.details).toEqual({
      zh: "分管领导审批：转呈 张局长",
      en: "For approval: to 张局长",
    });
    expect(passed?.opinion).toBeUndefined();
    expect(approved?.details).toBeUndefined();
    expect(dispatched?.label).toEqual({ zh: "阅办处理（办件）", en: "Sent to handle" });
    expect(dispatched?.details).toBeUndefined();
    const withRoutes = incoming.history(
      run(
        cmd(registry, 2, register),
        cmd(cast.director, 2, toLeader),
        cmd(cast.leader, 3, {
          _tag: "PassToLeader",
          route: "主要领导阅批",
          leader: person(cast.principal),
        }),
        cmd(cast.principal, 3, { _tag: "GiveReadingInstruction", opinion: "阅" }),
        cmd(registry, 4, toRead),
      ),
    );
    expect(withRoutes[0]?.details?.en).toContain("due 2026-04-30");
    expect(withRoutes[1]?.details?.en).toBe("For approval: to 张局长");
    expect(withRoutes[2]?.details?.en).toBe("For reading: to 陈局长");
    expect(withRoutes[3]?.details).toBeUndefined();
    expect(withRoutes[4]?.details?.en).toBe("To read: 吴处长, 郑科员");
  });
  it("stored events at version 1 are read as they are", () => {
    const data = { _tag: "CommentAdded" };
    expect(incoming.upcast("CommentAdded", 1, data)).toBe(data);
    expect(incoming.name).toBe("incoming");
  });
});

const codec = incoming.eventSchema;
const survivesTheStore = (events: ReadonlyArray<IncomingEvent>) => {
  for (const e of events) {
    expect(Schema.decodeUnknownSync(codec)(Schema.encodeSync(codec)(e))).toEqual(e);
  }
};

describe("scenario: a 办件 through both leaders, handled, replied by a 发文, filed", () => {
  it("goes through every step, branch and loop and reads back as a timeline", () => {
    const steps = scenario;
    const events = run(...steps);
    const state = stateOf(events);
    expect(state.status).toBe("Filed");
    expect(state.handling.lead?.dueOn).toBe("2026-04-28");
    expect(state.replyDocuments.map((d) => d.outgoingCaseId)).toEqual(["outgoing-42"]);
    survivesTheStore(events);
    const timeline = incoming.history(events);
    expect(timeline).toHaveLength(events.length);
    const labels = timeline.map((l) => l.label.zh);
    for (const label of [
      "收文登记",
      "呈报意见",
      "转呈",
      "分管领导审批",
      "阅办处理（办件）",
      "交办",
      "存档备查",
      "退回",
      "撤回",
    ]) {
      expect(labels).toContain(label);
    }
    expect(timeline[0]?.details?.zh).toContain("秘密★10年");
    expect(timeline.find((l) => l.label.zh === "分管领导审批")?.onBehalfOf).toBe("张局长");
    for (const line of timeline) expect(line.label.en.length).toBeGreaterThan(0);
  });
});

describe("scenario: a 阅件 read by the principal's instruction and filed when all have read", () => {
  it("registers, goes to the principal, is read by every reader and filed", () => {
    const { urgency: _u, ...ordinary } = register;
    const events = run(
      cmd(registry, 2, ordinary),
      cmd(cast.director, 2, toPrincipal),
      cmd(cast.principal, 3, {
        _tag: "GiveReadingInstruction",
        opinion: "阅。请相关处室阅知。",
        dueOn: date("2026-03-20"),
      }),
      cmd(registry, 4, toRead),
      cmd(registry, 4, { _tag: "Withdraw" }),
      cmd(registry, 4, { ...toRead, note: "请于3月10日前阅毕" }),
      cmd(cast.scienceHead, 5, { _tag: "ConfirmRead" }),
      cmd(cast.clerk, 5, { _tag: "Circulate", readers: [person(cast.principal)] }),
      cmd(cast.industryHandler, 6, { _tag: "ConfirmRead" }),
      cmd(cast.principal, 6, { _tag: "ConfirmRead" }),
      cmd(registry, 7, fileIt),
    );
    expect(stateOf(events).status).toBe("Filed");
    survivesTheStore(events);
    const timeline = incoming.history(events);
    expect(timeline.map((l) => l.label.zh)).toEqual(
      expect.arrayContaining(["主要领导阅批", "阅办处理（阅件）", "已阅", "传阅", "存档备查"]),
    );
    expect(timeline.find((l) => l.label.zh === "主要领导阅批")?.details?.zh).toBe(
      "时限 2026-03-20",
    );
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────────

const actors = Object.values(people);
const payloads: ReadonlyArray<IncomingCommand> = [
  register,
  { ...register, number: "收〔2025〕1号" },
  toLeader,
  toPrincipal,
  { _tag: "PassToLeader", route: "主要领导阅批", leader: person(cast.principal), opinion: "呈阅" },
  { _tag: "PassToLeader", route: "分管领导审批", leader: person(cast.leader) },
  approve,
  { _tag: "GiveApproval", opinion: "同意" },
  readInstruct,
  toHandle,
  toRead,
  {
    ...toHandle,
    handling: { lead: { ...lead, unitId: units.industry, unitName: "产业处" }, coUnits: [] },
  },
  accept,
  startReply,
  reply,
  fileIt,
  { _tag: "Press", unitId: units.science, level: "催办", fromSuperior: false },
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
  { _tag: "RequestExtension", newDueOn: date("2026-04-28"), reason: "r" },
  { _tag: "ApproveExtension" },
  { _tag: "RefuseExtension", reason: "r" },
  { _tag: "Circulate", readers: [person(cast.principal), person(cast.scienceHead)] },
  { _tag: "ConfirmRead" },
  { _tag: "AddComment", text: "c" },
  {
    _tag: "AttachFile",
    attachment: { ...scan, id: AttachmentId.make("att-p"), sha256: hash("1") },
  },
  { _tag: "ReplaceAttachment", attachment: { ...scan, sha256: hash("2") } },
];

/** Walks start anywhere along both paths, so the deep statuses are explored as often as the first. */
const starts: ReadonlyArray<ReadonlyArray<IncomingEvent>> = [
  [],
  registered,
  withLeader,
  withPrincipal,
  instructed,
  readInstructed,
  reading,
  assigned,
  handling,
  replied,
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
      FastCheck.property(
        FastCheck.constantFrom(...starts),
        FastCheck.array(step, { minLength: 1, maxLength: 60 }),
        (start, steps) => {
          const { state, log } = propertyRun(
            incoming,
            start,
            steps.map((s) => {
              // A deputy acts for a leader: the leader's authority is the one checked.
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
        },
      ),
      { numRuns: 400 },
    );
  });
});

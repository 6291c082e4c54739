import type {
  Dispatch,
  FileDocument,
  GiveApproval,
  GiveReadingInstruction,
  IncomingCommand,
  RegisterDocument,
  StartReplyDocument,
  SubmitReply,
  SubmitToLeader,
} from "../../../processes/incoming/index.js";
import type { Actor } from "../../actor.js";
import { AttachmentId } from "../../attachment.js";
import type { Command } from "../../decider.js";
import { CaseId, UserId } from "../../ids.js";
import type { AcceptAssignment } from "../../operations/index.js";
import { cast, commandOn, date, hash, inMarch, units } from "../fixtures.js";

// The test data of incoming: the payloads and people its decider tests use, and the
// scenario the golden fixture (test/fixtures/incoming.jsonl) is recorded from.

/** 局机要室: not in the shared cast, which predates 收文. */
export const registry: Actor = {
  userId: UserId.make("u-registry"),
  name: "刘机要",
  unitId: units.office,
  roles: ["confidential-office"],
};
export const people = { ...cast, registry };

/** 2026-03-<day> at 09:00 in Shanghai. */
export const on = inMarch;
export { date };
export const cmd = commandOn<IncomingCommand>(on);
export const person = (a: Actor) => ({ userId: a.userId, name: a.name });

export { hash };
export const scan = {
  id: AttachmentId.make("att-doc"),
  name: "来文扫描件.pdf",
  mediaType: "application/pdf",
  size: 4096,
  sha256: hash("a"),
  medium: "electronic",
} as const;
export const replyFile = {
  ...scan,
  id: AttachmentId.make("att-reply"),
  name: "办理情况报告.docx",
  sha256: hash("b"),
} as const;

export const register: RegisterDocument = {
  _tag: "RegisterDocument",
  number: "收〔2026〕8号",
  senderOrgan: "省科学技术厅",
  senderNumber: "鄂科技发〔2026〕5号",
  title: "关于开展2026年度科技成果转化评估工作的通知",
  documentKind: "通知",
  urgency: "加急",
  receivedOn: date("2026-03-01"),
  timeLimit: date("2026-04-30"),
  attachments: [scan],
};
export const toLeader: SubmitToLeader = {
  _tag: "SubmitToLeader",
  opinion: "拟呈张局长审批，交科技处办理。",
  route: "分管领导审批",
  leader: person(cast.leader),
};
export const toPrincipal: SubmitToLeader = {
  _tag: "SubmitToLeader",
  opinion: "涉及全局工作，拟呈陈局长阅批。",
  route: "主要领导阅批",
  leader: person(cast.principal),
};
export const approve: GiveApproval = {
  _tag: "GiveApproval",
  opinion: "请科技处牵头办理，产业处配合，4月20日前回复。",
  dueOn: date("2026-04-20"),
};
export const readInstruct: GiveReadingInstruction = {
  _tag: "GiveReadingInstruction",
  opinion: "请各处室阅知。",
};
export const lead = { unitId: units.science, unitName: "科技处", dueOn: date("2026-04-20") };
export const co = { unitId: units.industry, unitName: "产业处", dueOn: date("2026-04-10") };
export const toHandle: Dispatch = {
  _tag: "Dispatch",
  kind: "办件",
  readers: [person(cast.director)],
  handling: { lead, coUnits: [co] },
};
export const toRead: Dispatch = {
  _tag: "Dispatch",
  kind: "阅件",
  readers: [person(cast.scienceHead), person(cast.industryHandler)],
};
export const accept: AcceptAssignment = { _tag: "AcceptAssignment" };
export const startReply: StartReplyDocument = {
  _tag: "StartReplyDocument",
  outgoingCaseId: CaseId.make("outgoing-42"),
  title: "关于报送2026年度科技成果转化评估材料的函",
};
export const reply: SubmitReply = {
  _tag: "SubmitReply",
  summary: "已按要求完成评估，复函已经局领导签发。",
  attachments: [replyFile],
};
export const fileIt: FileDocument = { _tag: "FileDocument" };

/** The scenario of the golden fixture: one case through every branch (see decider.test.ts). */
export const scenario: ReadonlyArray<Command<IncomingCommand>> = [
  cmd(registry, 2, { ...register, classification: "秘密", secrecyYears: 10 }),
  cmd(cast.director, 2, toLeader),
  cmd(cast.director, 2, { _tag: "Withdraw", reason: "补附件" }),
  cmd(registry, 2, {
    _tag: "AttachFile",
    attachment: { ...scan, id: AttachmentId.make("att-2"), sha256: hash("f") },
  }),
  cmd(cast.director, 2, toLeader),
  cmd(cast.leader, 2, { _tag: "SendBack", reason: "涉及全局，请呈主要领导" }),
  cmd(cast.director, 3, toLeader),
  cmd(cast.leader, 3, {
    _tag: "PassToLeader",
    route: "主要领导阅批",
    leader: person(cast.principal),
    opinion: "呈陈局长阅示。",
  }),
  cmd(cast.leader, 3, { _tag: "Withdraw" }),
  cmd(cast.leader, 3, {
    _tag: "PassToLeader",
    route: "主要领导阅批",
    leader: person(cast.principal),
  }),
  cmd(cast.principal, 3, {
    _tag: "PassToLeader",
    route: "分管领导审批",
    leader: person(cast.leader),
    opinion: "请张局长阅处。",
  }),
  cmd(cast.deputy, 4, approve, cast.leader),
  cmd(registry, 4, toHandle),
  cmd(registry, 4, { _tag: "Withdraw" }),
  cmd(registry, 4, toHandle),
  cmd(cast.scienceHead, 5, { _tag: "SendBack", reason: "请明确主办" }),
  cmd(registry, 5, toHandle),
  cmd(cast.scienceHandler, 6, accept),
  cmd(cast.clerk, 8, {
    _tag: "Press",
    unitId: units.science,
    level: "催办",
    fromSuperior: false,
  }),
  cmd(cast.industryHandler, 8, { _tag: "SubmitCoOpinion", opinion: "同意" }),
  cmd(cast.scienceHandler, 9, { _tag: "ReportProgress", text: "已起草复函" }),
  cmd(cast.scienceHandler, 10, {
    _tag: "RequestExtension",
    newDueOn: date("2026-04-25"),
    reason: "r",
  }),
  cmd(cast.director, 10, { _tag: "RefuseExtension", reason: "不同意" }),
  cmd(cast.scienceHandler, 11, {
    _tag: "RequestExtension",
    newDueOn: date("2026-04-28"),
    reason: "r",
  }),
  cmd(cast.director, 11, { _tag: "ApproveExtension" }),
  cmd(cast.scienceHandler, 12, startReply),
  cmd(cast.scienceHandler, 15, reply),
  cmd(cast.scienceHandler, 15, { _tag: "Withdraw" }),
  cmd(cast.scienceHandler, 15, reply),
  cmd(cast.clerk, 16, { _tag: "SendBack", reason: "请附复函" }),
  cmd(cast.scienceHandler, 16, reply),
  cmd(cast.director, 16, { _tag: "ConfirmRead" }),
  cmd(registry, 17, fileIt),
];

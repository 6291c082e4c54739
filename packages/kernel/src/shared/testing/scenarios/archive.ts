import type {
  ApproveDestruction,
  ArchiveCommand,
  CollectFromCase,
  CollectItem,
  DestroyItem,
  FileItem,
  HandOver,
  LendItem,
  OrganiseItem,
  ProposeDestruction,
  RequestLoan,
  ReturnItem,
  StoreItem,
  WitnessDestruction,
} from "../../../processes/archive/index.js";
import type { Actor } from "../../actor.js";
import { AttachmentId } from "../../attachment.js";
import type { Command } from "../../decider.js";
import { CaseId } from "../../ids.js";
import { cast, commandAt, commandOn, date, hash, inMarch, person, units } from "../fixtures.js";

// The test data of archive: the payloads and people its decider tests use, and the
// scenario the golden fixture (test/fixtures/archive.jsonl) is recorded from.

export { person };

/** The archive's own people, beside the shared cast. */
export const staff = {
  archivist: person("u-archivist", "何档案", "office", "archivist"),
  archivist2: person("u-archivist2", "许档案", "office", "archivist"),
  appraiser: person("u-appraiser", "冯鉴定", "office", "appraisal-group"),
  /** Acts for the office director while they are away (委托). */
  stand: person("u-stand", "韩副主任", "office", "office-clerk"),
  industryHead: person("u-ind-head", "秦处长", "industry", "division-head"),
} as const;
export const { archivist, archivist2, appraiser } = staff;

/** 2026-03-<day> at 09:00 in Shanghai. */
export const on = inMarch;
export { date };
export const cmd = commandOn<ArchiveCommand>(on);
export const cmdAt = commandAt<ArchiveCommand>;
export const ref = (a: Actor) => ({ userId: a.userId, name: a.name });

export { hash };
export const scan = {
  id: AttachmentId.make("att-scan"),
  name: "纪要扫描件.pdf",
  mediaType: "application/pdf",
  size: 4096,
  sha256: hash("a"),
  medium: "paper",
} as const;
export const transferList = {
  ...scan,
  id: AttachmentId.make("att-list"),
  name: "移交清单.xlsx",
  sha256: hash("b"),
  medium: "electronic",
} as const;

/** 文书档案 collected by hand: a 2015 item, so that its 10 years have run by 2026. */
export const collectWs: CollectItem = {
  _tag: "CollectItem",
  category: "WS",
  kind: "重大会议及领导讲话",
  title: "2015年第3次局长办公会纪要",
  responsible: "武汉市科技局",
  year: 2015,
  date: date("2015-03-10"),
  documentNumber: "武科纪〔2015〕3号",
  attachments: [scan],
};
export const { date: _date, ...undated } = collectWs;
export const organise: OrganiseItem = {
  _tag: "OrganiseItem",
  scheme: { year: 2015, version: "2015-1" },
  classCode: "BGS-01 综合",
  retention: "D10",
  orgCode: "BGS",
  pages: 12,
  indexTerms: ["局长办公会", "纪要"],
};
/** The same item organised as 局长办公会 minutes, kept forever. */
export const organiseMinutes: OrganiseItem = { ...organise, retention: "Y", meeting: "局长办公会" };
export const file: FileItem = { _tag: "FileItem", archivalCode: "Z109-WS·2015-D10-BGS-0001" };
export const fileMinutes: FileItem = {
  _tag: "FileItem",
  archivalCode: "Z109-WS·2015-Y-BGS-0001",
};
export const location = { repository: "一号库房", shelf: "A-03", box: "0001" };
export const store: StoreItem = { _tag: "StoreItem", location };

/** 专业档案: the science division's project material, organised and handed over by it. */
export const dueHandover = date("2026-03-31");
export const sciLead = { unitId: units.science, unitName: "科技处", dueOn: dueHandover };
export const indCo = { unitId: units.industry, unitName: "产业处", dueOn: dueHandover };
export const collectZy: CollectItem = {
  _tag: "CollectItem",
  category: "ZY",
  title: "科技成果转化项目结题资料",
  responsible: "科技处",
  year: 2015,
  division: { lead: sciLead, coUnits: [indCo] },
  attachments: [],
};
export const handOver: HandOver = {
  _tag: "HandOver",
  classCode: "ZY-XM 项目",
  retention: "D10",
  orgCode: "KJC",
  pages: 80,
  indexTerms: ["成果转化", "结题"],
  note: "共 1 盒",
  attachments: [transferList],
};
export const fileZy: FileItem = {
  _tag: "FileItem",
  archivalCode: "Z109-ZY·2015-D10-KJC-0001",
};

export const handoffFrom: CollectFromCase = {
  _tag: "CollectFromCase",
  sourceCaseId: CaseId.make("supervision-7"),
  handoff: {
    process: "supervision",
    category: "WS",
    title: "关于科技成果转化工作的督办通知",
    number: "督〔2026〕7号",
    source: "市政府督查室",
    date: date("2026-03-21"),
    attachments: [{ ...scan, version: 1 }],
  },
};

export const requestLoan: RequestLoan = { _tag: "RequestLoan", purpose: "编写年度大事记" };
export const lend: LendItem = { _tag: "LendItem" };
export const giveBack: ReturnItem = { _tag: "ReturnItem", note: "完好" };
export const propose: ProposeDestruction = {
  _tag: "ProposeDestruction",
  listNumber: "销〔2026〕1号",
  reason: "保管期满，经鉴定无继续保存价值",
};
export const approveDestruction: ApproveDestruction = {
  _tag: "ApproveDestruction",
  opinion: "同意销毁",
  witnesses: [ref(cast.clerk), ref(cast.director)],
};
export const witness: WitnessDestruction = { _tag: "WitnessDestruction" };
export const destroy: DestroyItem = { _tag: "DestroyItem", method: "粉碎" };

/** The scenario of the golden fixture: one case through every branch (see decider.test.ts). */
export const scenario: ReadonlyArray<Command<ArchiveCommand>> = [
  cmd(archivist, 2, collectZy),
  cmd(archivist, 5, {
    _tag: "Press",
    unitId: units.science,
    level: "催办",
    fromSuperior: false,
  }),
  cmd(cast.scienceHandler, 6, { _tag: "ReportProgress", text: "整理中" }),
  cmd(cast.industryHandler, 6, { _tag: "SubmitCoOpinion", opinion: "产业化材料附后" }),
  cmd(cast.scienceHandler, 7, {
    _tag: "RequestExtension",
    newDueOn: date("2026-04-10"),
    reason: "r",
  }),
  cmd(archivist, 7, { _tag: "RefuseExtension", reason: "按期移交" }),
  cmd(cast.scienceHandler, 8, {
    _tag: "RequestExtension",
    newDueOn: date("2026-04-10"),
    reason: "审计未完",
  }),
  cmd(archivist, 8, { _tag: "ApproveExtension" }),
  cmd(archivist, 9, {
    _tag: "Reassign",
    fromUnitId: units.science,
    toUnitId: units.science,
    toUnitName: "科技处",
    assignee: ref(cast.scienceHandler),
    reason: "指定经办人",
  }),
  cmd(cast.scienceHandler, 20, handOver),
  cmd(archivist, 21, { _tag: "SendBack", reason: "缺验收报告" }),
  cmd(cast.scienceHandler, 22, { ...handOver, attachments: [] }),
  cmd(cast.scienceHandler, 22, { _tag: "Withdraw", reason: "页数有误" }),
  cmd(cast.scienceHandler, 23, { ...handOver, pages: 82, attachments: [] }),
  cmd(archivist, 23, { _tag: "AcceptHandover" }),
  cmd(archivist, 24, fileZy),
  cmd(archivist, 24, store),
  cmd(cast.industryHandler, 25, requestLoan),
  cmd(cast.scienceHead, 25, { _tag: "RefuseLoan", reason: "涉密" }),
  cmd(cast.industryHandler, 25, requestLoan),
  cmd(cast.industryHandler, 25, { _tag: "Withdraw" }),
  cmd(cast.industryHandler, 26, requestLoan),
  cmd(cast.scienceHead, 26, { _tag: "ApproveLoan", opinion: "同意" }),
  cmd(archivist, 26, lend),
  cmd(cast.industryHandler, 27, {
    _tag: "RequestRenewal",
    newDueOn: date("2026-04-09"),
    reason: "r",
  }),
  cmd(cast.scienceHead, 27, { _tag: "RefuseRenewal", reason: "r" }),
  cmd(cast.industryHandler, 28, {
    _tag: "RequestRenewal",
    newDueOn: date("2026-04-09"),
    reason: "r",
  }),
  cmd(cast.scienceHead, 28, { _tag: "ApproveRenewal" }),
  cmd(archivist, 30, giveBack),
  cmd(cast.scienceHandler, 30, requestLoan),
  cmd(cast.scienceHead, 30, { _tag: "ApproveLoan", opinion: "同意" }),
  cmd(archivist, 30, { _tag: "RefuseLoan", reason: "待修裱" }),
  cmd(archivist, 31, propose),
  cmd(archivist, 31, { _tag: "Withdraw" }),
  cmd(archivist, 31, propose),
  cmd(appraiser, 31, { _tag: "RejectDestruction", reason: "再留一年" }),
  cmd(archivist, 31, propose),
  cmd(appraiser, 31, approveDestruction),
  cmd(cast.director, 31, witness),
  cmd(cast.clerk, 31, witness),
  cmd(archivist, 31, destroy),
];

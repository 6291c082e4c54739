import type {
  AssignNumber,
  CheckDraft,
  DistributeDocument,
  DraftDocument,
  ForwardToPrincipal,
  OutgoingCommand,
  PrintDocument,
  ReviewDraft,
  ReviseDraft,
  SealDocument,
  SignDraft,
  SubmitForSignature,
} from "../../../processes/outgoing/index.js";
import type { Actor } from "../../actor.js";
import { AttachmentId } from "../../attachment.js";
import type { Command } from "../../decider.js";
import { cast, commandOn, date, hash, inMarch, person, units } from "../fixtures.js";

// The test data of outgoing: the payloads and people its decider tests use, and the
// scenario the golden fixture (test/fixtures/outgoing.jsonl) is recorded from.

/** The people of 公文制发 the shared cast lacks: the reviewer, the confidential office, print room. */
export { person };
export const reviewer = person("u-reviewer", "刘审核", "office", "office-reviewer");
export const confidential = person("u-secret", "何机要", "confidential", "confidential-office");
export const printer = person("u-print", "马文印", "print", "print-room");
export const industryHead = person("u-ind-head", "冯处长", "industry", "division-head");
export const people = { ...cast, reviewer, confidential, printer, industryHead };

/** 2026-03-<day> at 09:00 in Shanghai. */
export const on = inMarch;
export { date };
export const ref = (a: Actor) => ({ userId: a.userId, name: a.name });
export const cmd = commandOn<OutgoingCommand>(on);

export { hash };
export const text = {
  id: AttachmentId.make("att-text"),
  name: "请示正文.docx",
  mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  size: 4096,
  sha256: hash("a"),
  medium: "electronic",
} as const;

/** An 上行文 (请示): the principal leader must sign it (条例第二十二条). */
export const draft: DraftDocument = {
  _tag: "DraftDocument",
  title: "关于申请2026年科技创新专项资金的请示",
  kind: "请示",
  direction: "上行文",
  important: false,
  mainTo: ["市人民政府"],
  copyTo: ["市财政局"],
  urgency: "加急",
  body: "市人民政府：\n  为推进……，特申请专项资金。\n  妥否，请批示。",
  unitName: "科技处",
  attachments: [text],
};
/** A routine 下行文 (通知): the leader in charge may sign it last. */
export const notice: DraftDocument = {
  _tag: "DraftDocument",
  title: "关于开展2026年科技活动周的通知",
  kind: "通知",
  direction: "下行文",
  important: false,
  mainTo: ["各区科技局", "局属各单位"],
  copyTo: [],
  body: "各区科技局、局属各单位：……",
  unitName: "科技处",
  attachments: [],
};
export const revise = (d: DraftDocument, note?: string): ReviseDraft => {
  const { unitName: _u, attachments: _a, replyTo: _r, dueOn: _d, ...fields } = d;
  return { ...fields, _tag: "ReviseDraft", ...(note === undefined ? {} : { note }) };
};
export const check: CheckDraft = { _tag: "CheckDraft", opinion: "同意，请办公室审核。" };
export const review: ReviewDraft = { _tag: "ReviewDraft", opinion: "文字已核，格式规范。" };
export const submit: SubmitForSignature = {
  _tag: "SubmitForSignature",
  opinion: "拟同意，呈张局长审签。",
  leader: ref(cast.leader),
};
export const forward: ForwardToPrincipal = {
  _tag: "ForwardToPrincipal",
  opinion: "同意，呈陈局长签发。",
  principal: ref(cast.principal),
};
export const sign: SignDraft = { _tag: "SignDraft", opinion: "同意发。" };
export const number: AssignNumber = { _tag: "AssignNumber", number: "武科〔2026〕12号" };
export const print: PrintDocument = { _tag: "PrintDocument", copies: 20 };
export const seal: SealDocument = { _tag: "SealDocument", note: "存档一份" };
export const distribute: DistributeDocument = {
  _tag: "DistributeDocument",
  recipients: ["市人民政府", "市财政局"],
  method: "电子公文系统",
};
export const sendBack = (reason = "请修改"): OutgoingCommand => ({ _tag: "SendBack", reason });

/** The scenario of the golden fixture: one case through every branch (see decider.test.ts). */
export const scenario: ReadonlyArray<Command<OutgoingCommand>> = [
  cmd(cast.scienceHandler, 2, { ...draft, dueOn: date("2026-03-31") }),
  cmd(cast.scienceHandler, 2, { _tag: "Withdraw", reason: "漏附测算表" }),
  cmd(cast.scienceHandler, 2, {
    _tag: "AttachFile",
    attachment: {
      ...text,
      id: AttachmentId.make("att-calc"),
      name: "测算表.xlsx",
      sha256: hash("f"),
    },
  }),
  cmd(cast.scienceHandler, 2, revise(draft, "补附测算表")),
  cmd(cast.clerk, 2, {
    _tag: "Press",
    unitId: units.science,
    level: "催办",
    fromSuperior: false,
  }),
  // 核稿 → 退回修改 → 修改 → 核稿.
  cmd(cast.scienceHead, 2, sendBack("数据口径不一")),
  cmd(cast.scienceHandler, 3, revise(draft, "统一数据口径")),
  cmd(cast.scienceHead, 3, check),
  // 会签: returned once, then signed by all.
  cmd(cast.scienceHead, 3, {
    _tag: "RequestCountersign",
    signatories: [{ unitId: units.finance, name: "计财处" }],
  }),
  cmd(cast.financeHandler, 3, { _tag: "ReturnCountersign", reason: "资金来源表述不准" }),
  cmd(cast.scienceHandler, 4, revise(draft, "修改资金来源表述")),
  cmd(cast.scienceHead, 4, check),
  cmd(cast.scienceHead, 4, {
    _tag: "RequestCountersign",
    signatories: [{ unitId: units.finance, name: "计财处" }],
  }),
  cmd(cast.financeHandler, 4, { _tag: "Countersign", opinion: "同意。" }),
  // 审稿 → 审签 → 送审: withdrawn once, returned once by the leader in charge.
  cmd(reviewer, 5, review),
  cmd(cast.director, 5, submit),
  cmd(cast.director, 5, { _tag: "Withdraw", reason: "呈送对象有误" }),
  cmd(cast.director, 5, submit),
  cmd(cast.leader, 6, sendBack("请补充绩效目标")),
  cmd(cast.scienceHandler, 9, revise(draft, "补充绩效目标")),
  cmd(cast.scienceHead, 9, check),
  cmd(reviewer, 10, review),
  cmd(cast.director, 10, submit),
  cmd(cast.leader, 11, forward),
  cmd(cast.deputy, 12, sign, cast.principal),
  cmd(confidential, 12, number),
  cmd(printer, 13, print),
  cmd(confidential, 13, seal),
  cmd(cast.scienceHandler, 14, distribute),
];

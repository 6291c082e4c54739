import type {
  AssignUnits,
  CallLookBack,
  ConfirmIdentification,
  ConsultFirstRound,
  ConsultSecondRound,
  DraftPlan,
  ProposalCommand,
  RecordItem,
  RecordMeetingDecision,
  RecordSatisfaction,
  ReturnItem,
  SignFor,
  SubmitLookBack,
  SubmitPlan,
  SubmitReply,
  UploadReply,
} from "../../../processes/proposal/index.js";
import { AttachmentId } from "../../attachment.js";
import type { Command } from "../../decider.js";
import type { AcceptAssignment, SubmitCoOpinion } from "../../operations/index.js";
import { cast, commandOn, date, hash, units } from "../fixtures.js";

// The test data of proposal: the payloads and people its decider tests use, and the
// scenario the golden fixture (test/fixtures/proposal.jsonl) is recorded from.

/** "MM-DD" of 2026 at 09:00 in Shanghai. */
export const on = (day: string, time = "09:00") => `2026-${day}T${time}:00+08:00`;
export { date };
export const cmd = commandOn<ProposalCommand, string>(on);

export { hash };
export const page = {
  id: AttachmentId.make("att-page"),
  name: "建议全文.pdf",
  mediaType: "application/pdf",
  size: 4096,
  sha256: hash("a"),
  medium: "electronic",
} as const;
export const replyLetter = {
  ...page,
  id: AttachmentId.make("att-reply"),
  name: "答复函.pdf",
  sha256: hash("b"),
} as const;
export const paperOnly = {
  ...page,
  id: AttachmentId.make("att-paper"),
  name: "答复函（纸质）.pdf",
  sha256: hash("c"),
  medium: "paper",
} as const;
export const lookBackReport = {
  ...page,
  id: AttachmentId.make("att-look"),
  name: "回头看报告.docx",
  sha256: hash("d"),
} as const;

export const science = { unitId: units.science, unitName: "科技处" };
export const industry = { unitId: units.industry, unitName: "产业处" };
export const finance = { unitId: units.finance, unitName: "计财处" };

export const record: RecordItem = {
  _tag: "RecordItem",
  proposalNumber: "第20260123号",
  kind: "人大建议",
  title: "关于加快科技成果转化的建议",
  proposer: "刘代表",
  content: "建议设立成果转化专项资金。",
  publishedOn: date("2026-03-02"),
  attachments: [page],
};
export const identify: ConfirmIdentification = {
  _tag: "ConfirmIdentification",
  withinDuties: true,
  divisions: [science, industry],
  opinion: "属我局成果转化职责。",
};
export const identifyOutside: ConfirmIdentification = {
  ...identify,
  withinDuties: false,
  opinion: "属市发改委职责。",
};
export const signFor: SignFor = { _tag: "SignFor" };
export const returnItem: ReturnItem = {
  _tag: "ReturnItem",
  returnTo: "市政府",
  reason: "不属我局职责，建议改由市发改委办理。",
};
export const round1: ConsultFirstRound = {
  _tag: "ConsultFirstRound",
  category: "成果转化",
  units: [
    { ...finance, role: "主办", agrees: false, note: "建议科技处主办" },
    { ...science, role: "协办", agrees: true },
  ],
  summary: "计财处提出由科技处主办。",
};
export const round2: ConsultSecondRound = {
  _tag: "ConsultSecondRound",
  units: [
    { ...science, role: "主办", agrees: true },
    { ...industry, role: "协办", agrees: true },
  ],
  summary: "科技处同意主办，产业处协办。",
};
export const plan: DraftPlan = {
  _tag: "DraftPlan",
  plan: "科技处主办，产业处协办，三个月内答复。",
  lead: science,
  coUnits: [industry],
  complex: false,
};
export const submitPlan: SubmitPlan = { _tag: "SubmitPlan" };
export const approve: RecordMeetingDecision = {
  _tag: "RecordMeetingDecision",
  decision: "通过",
  meetingOn: date("2026-03-11"),
  minutes: "同意办理工作意见。",
};
export const revise: ProposalCommand = {
  ...approve,
  decision: "修改",
  minutes: "请补充协办单位。",
};
export const lead = { ...science, dueOn: date("2026-06-12") };
export const co = { ...industry, dueOn: date("2026-04-10") };
export const assign: AssignUnits = { _tag: "AssignUnits", lead, coUnits: [co] };
export const accept: AcceptAssignment = { _tag: "AcceptAssignment" };
export const coOpinion: SubmitCoOpinion = {
  _tag: "SubmitCoOpinion",
  opinion: "同意，补充产业数据。",
};
export const reply: SubmitReply = {
  _tag: "SubmitReply",
  replyClass: "B",
  summary: "已列入 2026 年工作计划。",
  attachments: [replyLetter],
};
export const upload: UploadReply = {
  _tag: "UploadReply",
  organs: ["市人大", "市政府"],
  uploadedOn: date("2026-03-21"),
};
export const satisfied: RecordSatisfaction = { _tag: "RecordSatisfaction", satisfaction: "满意" };
export const dissatisfied: RecordSatisfaction = {
  _tag: "RecordSatisfaction",
  satisfaction: "不满意",
  remarks: "资金安排不明确。",
  secondAnswerDueOn: date("2026-04-25"),
};
export const callLookBack: CallLookBack = {
  _tag: "CallLookBack",
  organ: "市人大",
  noticeOn: date("2026-03-26"),
  requirement: "请对 B 类答复的落实情况开展“回头看”。",
  dueOn: date("2026-04-30"),
};
export const submitLookBack: SubmitLookBack = {
  _tag: "SubmitLookBack",
  summary: "专项资金已设立。",
  attachments: [lookBackReport],
};

/** The scenario of the golden fixture: one case through every branch (see decider.test.ts). */
export const scenario: ReadonlyArray<Command<ProposalCommand>> = [
  cmd(cast.clerk, "03-03", record),
  cmd(cast.clerk, "03-03", {
    _tag: "RequestCountersign",
    signatories: [{ unitId: units.science, name: "科技处" }],
  }),
  cmd(cast.scienceHead, "03-03", { _tag: "Countersign", opinion: "属本处职责" }),
  cmd(cast.clerk, "03-04", identifyOutside),
  // 重新鉴别: the director disagrees; the second finding is within the duties.
  cmd(cast.director, "03-04", { _tag: "SendBack", reason: "请再鉴别" }),
  cmd(cast.clerk, "03-04", identify),
  cmd(cast.clerk, "03-05", signFor),
  cmd(cast.clerk, "03-06", round1),
  cmd(cast.clerk, "03-09", round2),
  cmd(cast.clerk, "03-10", { ...plan, coUnits: [] }),
  cmd(cast.director, "03-10", submitPlan),
  cmd(cast.director, "03-10", { _tag: "Withdraw" }),
  cmd(cast.director, "03-10", submitPlan),
  // 修改: the meeting wants 产业处 as co-handler; the plan is redrafted and approved.
  cmd(cast.clerk, "03-11", revise),
  cmd(cast.clerk, "03-11", plan),
  cmd(cast.director, "03-11", submitPlan),
  cmd(cast.clerk, "03-11", approve),
  cmd(cast.clerk, "03-12", assign),
  cmd(cast.clerk, "03-12", { _tag: "Withdraw", reason: "期限有误" }),
  cmd(cast.clerk, "03-12", assign),
  cmd(cast.scienceHandler, "03-13", accept),
  cmd(cast.clerk, "03-14", {
    _tag: "RecordCoordination",
    problem: "口径",
    outcome: "统一口径",
    unitIds: [units.science, units.industry],
  }),
  cmd(cast.clerk, "03-15", {
    _tag: "Press",
    unitId: units.industry,
    level: "催办",
    fromSuperior: false,
  }),
  cmd(cast.industryHandler, "03-16", coOpinion),
  cmd(cast.scienceHandler, "03-16", { _tag: "ReportProgress", text: "初稿已成" }),
  cmd(cast.scienceHandler, "03-17", {
    _tag: "RequestExtension",
    newDueOn: date("2026-07-31"),
    reason: "需调研",
  }),
  cmd(cast.director, "03-17", { _tag: "ApproveExtension", note: "同意" }),
  cmd(cast.scienceHandler, "03-20", reply),
  cmd(cast.director, "03-20", { _tag: "SendBack", reason: "请补充资金安排" }),
  cmd(cast.scienceHandler, "03-20", reply),
  cmd(cast.clerk, "03-21", upload),
  // 不满意 → second answer → 满意.
  cmd(cast.clerk, "03-25", dissatisfied),
  cmd(cast.scienceHandler, "04-20", { ...reply, replyClass: "A", summary: "专项资金已落实。" }),
  cmd(cast.clerk, "04-21", { ...upload, uploadedOn: date("2026-04-21") }),
  cmd(cast.clerk, "04-24", satisfied),
  cmd(cast.clerk, "04-27", {
    ...callLookBack,
    noticeOn: date("2026-04-27"),
    dueOn: date("2026-05-29"),
  }),
  cmd(cast.scienceHandler, "05-20", submitLookBack),
];

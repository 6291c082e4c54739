import { Schema } from "effect";
import { AttachmentInput } from "../../shared/attachment.js";
import { LocalDate, UnitId } from "../../shared/ids.js";
import {
  AcceptAssignment,
  AddComment,
  ApproveExtension,
  AttachFile,
  assignmentFields,
  Circulate,
  ConfirmRead,
  Countersign,
  NoteText,
  Press,
  Reassign,
  RecordDeadlineAlert,
  RefuseExtension,
  ReplaceAttachment,
  ReportProgress,
  RequestCountersign,
  RequestExtension,
  ReturnCountersign,
  SendBack,
  SubmitCoOpinion,
  Withdraw,
} from "../../shared/operations/index.js";
import { OpinionText } from "../../shared/opinion.js";

/**
 * The commands of 议提案办理 (spec/processes.md §3), one per step of the chart, plus the generic
 * operations the process offers. Titles are "中文 / English": front ends draw forms from them.
 */

/** 人大建议 (NPC deputies' suggestions) or 政协提案 (CPPCC members' proposals). */
export const ProposalKind = Schema.Literal("人大建议", "政协提案").annotations({
  title: "类别 / Kind",
  description: "人大建议 NPC deputy's suggestion · 政协提案 CPPCC member's proposal",
});
export type ProposalKind = typeof ProposalKind.Type;

/** The outside organs the office returns items to and uploads replies to (they do not log in). */
export const Organ = Schema.Literal("市人大", "市政府", "市政协").annotations({
  title: "机关 / Organ",
  description: "市人大 city NPC · 市政府 city government · 市政协 city CPPCC",
});
export type Organ = typeof Organ.Type;

/** Where a return of an item outside the bureau's duties goes (seed: 「退市政府和市政协处理」). */
export const ReturnOrgan = Schema.Literal("市政府", "市政协").annotations({
  title: "退回机关 / Return to",
});
export type ReturnOrgan = typeof ReturnOrgan.Type;

/**
 * 答复类别: A 已解决或采纳 / B 正在解决或列入计划 / C 因条件限制留作参考, and D 留作参考 where the
 * local rules use four classes (enabled in `ProposalConfig`). The schema knows all four so that
 * any stored reply decodes whatever the configuration is now.
 */
export const ReplyClass = Schema.Literal("A", "B", "C", "D").annotations({
  title: "答复类别 / Reply class",
  description:
    "A 已解决或采纳 · B 正在解决或列入计划 · C 因条件限制留作参考 · D 留作参考（按本地规定启用）",
});
export type ReplyClass = typeof ReplyClass.Type;

/** The proposer's view of the reply (代表/委员意见): 不满意 sends the item back for a second answer. */
export const Satisfaction = Schema.Literal("满意", "基本满意", "不满意").annotations({
  title: "代表委员满意度 / Proposer's satisfaction",
});
export type Satisfaction = typeof Satisfaction.Type;

/** 市人大/市政协's own case number (议提案案号), kept verbatim beside the case. */
export const ProposalNumber = Schema.NonEmptyTrimmedString.annotations({
  title: "议提案案号 / Case number",
  description: "人大、政协网上发布的案号，原样录入 / As published by the NPC or CPPCC",
});

/** A division or unit named in a consultation or the plan. */
export const UnitRef = Schema.Struct({
  unitId: UnitId.annotations({ title: "单位 / Unit" }),
  unitName: Schema.NonEmptyTrimmedString.annotations({ title: "单位名称 / Unit name" }),
}).annotations({ title: "单位 / Unit" });
export type UnitRef = typeof UnitRef.Type;

export const UnitRole = Schema.Literal("主办", "协办").annotations({
  title: "拟承办方式 / Proposed role",
});
export type UnitRole = typeof UnitRole.Type;

/** One unit on a 磋商 list: the role proposed to it and its answer in that round. */
export const ConsultedUnit = Schema.Struct({
  ...UnitRef.fields,
  role: UnitRole,
  agrees: Schema.Boolean.annotations({ title: "是否同意 / Agrees" }),
  note: Schema.optional(NoteText.annotations({ title: "单位意见 / Unit's remark" })),
}).annotations({ title: "磋商单位 / Consulted unit" });
export type ConsultedUnit = typeof ConsultedUnit.Type;

/** 查阅: the office records an item published online that may concern the bureau. */
export const RecordItem = Schema.TaggedStruct("RecordItem", {
  proposalNumber: ProposalNumber,
  kind: ProposalKind,
  title: Schema.NonEmptyTrimmedString.annotations({ title: "标题 / Title" }),
  proposer: Schema.NonEmptyTrimmedString.annotations({
    title: "提出人 / Proposer",
    description: "领衔代表或委员（联名的写领衔人）/ The (leading) deputy or member",
  }),
  content: Schema.optional(Schema.String.annotations({ title: "内容摘要 / Summary" })),
  publishedOn: LocalDate.annotations({
    title: "网上发布（交办）日期 / Published on",
    description: "退回时限由此起算 / The time limit for a return counts from this day",
  }),
  attachments: Schema.Array(AttachmentInput).annotations({ title: "附件 / Attachments" }),
}).annotations({
  title: "查阅：录入议提案 / Record suggestion or proposal",
  description:
    "根据人大、政协网上发布的议提案内容进行查阅并录入 / Record an item published by the NPC or CPPCC",
});
export type RecordItem = typeof RecordItem.Type;

/** 鉴别确认: with the divisions concerned, check the item against the bureau's duties. */
export const ConfirmIdentification = Schema.TaggedStruct("ConfirmIdentification", {
  withinDuties: Schema.Boolean.annotations({
    title: "属我局职责 / Within the bureau's duties",
  }),
  divisions: Schema.NonEmptyArray(UnitRef).annotations({
    title: "会同鉴别的处室 / Divisions consulted",
  }),
  opinion: OpinionText.annotations({ title: "鉴别意见 / Finding" }),
}).annotations({
  title: "鉴别确认 / Identify",
  description:
    "按照局工作职责范围，会同相关处室及单位进行鉴别确认 / Check against the bureau's duties with the divisions",
});
export type ConfirmIdentification = typeof ConfirmIdentification.Type;

/** 签收: the item is within the bureau's duties. */
export const SignFor = Schema.TaggedStruct("SignFor", {
  note: Schema.optional(NoteText),
}).annotations({ title: "签收 / Sign for" });
export type SignFor = typeof SignFor.Type;

/** 退回: the item is not within the bureau's duties; returned promptly to 市政府 or 市政协. */
export const ReturnItem = Schema.TaggedStruct("ReturnItem", {
  returnTo: ReturnOrgan,
  reason: OpinionText.annotations({ title: "退回理由 / Reason" }),
  lateReason: Schema.optional(
    OpinionText.annotations({
      title: "逾期退回说明 / Why the return is late",
      description: "超过退回时限时必填 / Required once the time limit has passed",
    }),
  ),
}).annotations({
  title: "退回 / Return",
  description:
    "会同相关处室退市政府或市政协处理 / Return, with the divisions concerned, to the city government or CPPCC",
});
export type ReturnItem = typeof ReturnItem.Type;

/** 分类、磋商: classify, propose the preliminary unit list, first round of consultation. */
export const ConsultFirstRound = Schema.TaggedStruct("ConsultFirstRound", {
  category: Schema.NonEmptyTrimmedString.annotations({
    title: "分类 / Category",
    description: "例如：科技创新、成果转化、人才 / e.g. innovation, technology transfer",
  }),
  units: Schema.NonEmptyArray(ConsultedUnit).annotations({
    title: "承办单位初步建议名单 / Preliminary list of handling units",
  }),
  summary: OpinionText.annotations({ title: "第一轮磋商情况 / Outcome of the first round" }),
}).annotations({ title: "分类、磋商 / Classify and consult (round 1)" });
export type ConsultFirstRound = typeof ConsultFirstRound.Type;

/** 第二轮磋商: the list again, from the first round's results; second round. */
export const ConsultSecondRound = Schema.TaggedStruct("ConsultSecondRound", {
  units: Schema.NonEmptyArray(ConsultedUnit).annotations({
    title: "承办单位建议名单 / List of handling units",
  }),
  summary: OpinionText.annotations({ title: "第二轮磋商情况 / Outcome of the second round" }),
}).annotations({ title: "第二轮磋商 / Consult (round 2)" });
export type ConsultSecondRound = typeof ConsultSecondRound.Type;

/** 报批 (1/2): the 议提案办理工作意见, from the second round's results. */
export const DraftPlan = Schema.TaggedStruct("DraftPlan", {
  plan: OpinionText.annotations({ title: "议提案办理工作意见 / Handling plan" }),
  lead: UnitRef.annotations({ title: "主办单位 / Lead unit" }),
  coUnits: Schema.Array(UnitRef).annotations({ title: "协办单位 / Co-handling units" }),
  complex: Schema.Boolean.annotations({
    title: "涉及面广、处理难度大 / Complex item",
    description: "是则答复期限为交办之日起 6 个月，否则 3 个月 / 6 months instead of 3",
  }),
}).annotations({ title: "拟出办理工作意见 / Draft the handling plan" });
export type DraftPlan = typeof DraftPlan.Type;

/** 报批 (2/2): submit the plan to the 局长办公会. */
export const SubmitPlan = Schema.TaggedStruct("SubmitPlan", {
  note: Schema.optional(NoteText),
}).annotations({ title: "提请局长办公会审议 / Submit to the director's meeting" });
export type SubmitPlan = typeof SubmitPlan.Type;

export const MeetingDecision = Schema.Literal("通过", "修改").annotations({
  title: "审议结果 / Decision",
  description: "通过 approved · 修改 sent back for revision",
});
export type MeetingDecision = typeof MeetingDecision.Type;

/** The 局长办公会's decision, recorded by the office. */
export const RecordMeetingDecision = Schema.TaggedStruct("RecordMeetingDecision", {
  decision: MeetingDecision,
  meetingOn: LocalDate.annotations({ title: "会议日期 / Meeting date" }),
  minutes: OpinionText.annotations({ title: "会议意见 / The meeting's words" }),
}).annotations({ title: "记录局长办公会审议结果 / Record the meeting's decision" });
export type RecordMeetingDecision = typeof RecordMeetingDecision.Type;

/** 交办: per the approved plan, to the lead unit and co-handling units, each with a due date. */
export const AssignUnits = Schema.TaggedStruct("AssignUnits", assignmentFields).annotations({
  title: "交办 / Assign",
  description: "将经局长办公会审议通过的办理工作意见进行交办 / Assign as the approved plan says",
});
export type AssignUnits = typeof AssignUnits.Type;

/** 协调: the office coordinates on problems the units report (repeatable). */
export const RecordCoordination = Schema.TaggedStruct("RecordCoordination", {
  problem: OpinionText.annotations({ title: "反映的问题 / Problem reported" }),
  outcome: OpinionText.annotations({ title: "协调意见 / Coordination" }),
  unitIds: Schema.Array(UnitId).annotations({ title: "涉及单位 / Units concerned" }),
}).annotations({ title: "协调 / Coordinate" });
export type RecordCoordination = typeof RecordCoordination.Type;

/** 反馈 (1/2): the lead unit's reply (办理意见/答复), electronic copy, with its class. */
export const SubmitReply = Schema.TaggedStruct("SubmitReply", {
  replyClass: ReplyClass,
  summary: OpinionText.annotations({ title: "答复内容 / Reply" }),
  attachments: Schema.NonEmptyArray(AttachmentInput).annotations({
    title: "答复函（电子版）/ Reply (electronic copy)",
  }),
}).annotations({ title: "提交答复 / Submit reply" });
export type SubmitReply = typeof SubmitReply.Type;

/** 反馈 (2/2): the office uploads the reply to the 市人大, 市政府 and 市政协. */
export const UploadReply = Schema.TaggedStruct("UploadReply", {
  organs: Schema.NonEmptyArray(Organ).annotations({ title: "上传至 / Uploaded to" }),
  uploadedOn: LocalDate.annotations({ title: "上传日期 / Uploaded on" }),
  note: Schema.optional(NoteText),
}).annotations({ title: "上传答复 / Upload reply" });
export type UploadReply = typeof UploadReply.Type;

/** The proposer's feedback on the reply (征询意见表), recorded by the office. */
export const RecordSatisfaction = Schema.TaggedStruct("RecordSatisfaction", {
  satisfaction: Satisfaction,
  remarks: Schema.optional(NoteText.annotations({ title: "代表委员意见 / Proposer's remarks" })),
  secondAnswerDueOn: Schema.optional(
    LocalDate.annotations({
      title: "再次答复期限 / Due date of the second answer",
      description: "仅「不满意」时填写 / Only when 不满意",
    }),
  ),
}).annotations({ title: "记录满意度 / Record satisfaction" });
export type RecordSatisfaction = typeof RecordSatisfaction.Type;

/** 「回头看」: the office records the notice of the 市人大/市政府/市政协 calling for it. */
export const CallLookBack = Schema.TaggedStruct("CallLookBack", {
  organ: Organ,
  noticeOn: LocalDate.annotations({ title: "通知日期 / Notice date" }),
  requirement: OpinionText.annotations({ title: "通知要求 / What the notice asks" }),
  dueOn: Schema.optional(LocalDate.annotations({ title: "完成时限 / Due date" })),
}).annotations({ title: "“回头看”通知 / Call for look-back" });
export type CallLookBack = typeof CallLookBack.Type;

/** 「回头看」: the lead unit uploads its look-back review (electronic) to the office. */
export const SubmitLookBack = Schema.TaggedStruct("SubmitLookBack", {
  summary: OpinionText.annotations({ title: "“回头看”情况 / Look-back findings" }),
  attachments: Schema.NonEmptyArray(AttachmentInput).annotations({
    title: "电子版 / Electronic copy",
  }),
}).annotations({ title: "上传“回头看”材料 / Submit look-back" });
export type SubmitLookBack = typeof SubmitLookBack.Type;

/** 办结: the office closes an answered item for which no look-back is called. */
export const CloseCase = Schema.TaggedStruct("CloseCase", {
  note: Schema.optional(NoteText),
}).annotations({ title: "办结 / Close" });
export type CloseCase = typeof CloseCase.Type;

export const ProposalCommand = Schema.Union(
  RecordItem,
  ConfirmIdentification,
  SignFor,
  ReturnItem,
  ConsultFirstRound,
  ConsultSecondRound,
  DraftPlan,
  SubmitPlan,
  RecordMeetingDecision,
  AssignUnits,
  AcceptAssignment,
  RecordCoordination,
  Press,
  SubmitReply,
  UploadReply,
  RecordSatisfaction,
  CallLookBack,
  SubmitLookBack,
  CloseCase,
  SendBack,
  Withdraw,
  Reassign,
  SubmitCoOpinion,
  ReportProgress,
  RequestExtension,
  ApproveExtension,
  RefuseExtension,
  RequestCountersign,
  Countersign,
  ReturnCountersign,
  Circulate,
  ConfirmRead,
  RecordDeadlineAlert,
  AddComment,
  AttachFile,
  ReplaceAttachment,
);
export type ProposalCommand = typeof ProposalCommand.Type;

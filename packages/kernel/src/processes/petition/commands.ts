import { Schema } from "effect";
import { AttachmentInput } from "../../shared/attachment.js";
import { LocalDate } from "../../shared/ids.js";
import {
  AcceptAssignment,
  AddComment,
  ApproveExtension,
  AttachFile,
  assignmentFields,
  Circulate,
  ConfirmRead,
  GiveInstruction,
  Press,
  personalData,
  Reassign,
  RecordDeadlineAlert,
  RefuseExtension,
  ReplaceAttachment,
  ReportProgress,
  RequestExtension,
  SendBack,
  SubmitCoOpinion,
  SubmitForInstruction,
  Withdraw,
} from "../../shared/operations/index.js";
import { OpinionText } from "../../shared/opinion.js";

/**
 * The commands of 来信来访 (spec/processes.md §2), one per step of the chart, plus the generic
 * operations the process offers.
 */

/** 信〔YYYY〕N号, allocated by the 信访 numbering register before the command is sent. */
export const PetitionNumber = Schema.String.pipe(
  Schema.pattern(/^信〔\d{4}〕[1-9]\d*号$/),
).annotations({
  title: "登记编号 / Register number",
  description: "信〔YYYY〕N号，由信访登记簿分配 / Allocated by the 信访 register",
});

export const PetitionChannel = Schema.Literal(
  "letter",
  "visit",
  "mayors-mailbox",
  "online",
  "phone",
).annotations({
  title: "信访渠道 / Channel",
  description: "letter 来信 · visit 来访 · mayors-mailbox 市长信箱 · online 网上信访 · phone 电话",
});
export type PetitionChannel = typeof PetitionChannel.Type;

export const PetitionOrigin = Schema.Literal("superior", "public").annotations({
  title: "来源 / Origin",
  description: "superior 上级信访部门交办（含市长信箱）· public 群众直接信访",
});
export type PetitionOrigin = typeof PetitionOrigin.Type;

/** 个人信息: shown only to those handling the case, never to the person complained about. */
export const Petitioner = personalData(
  Schema.Struct({
    name: Schema.NonEmptyTrimmedString.annotations({ title: "姓名 / Name" }),
    contact: Schema.NonEmptyTrimmedString.annotations({ title: "联系方式 / Contact" }),
    address: Schema.optional(Schema.String.annotations({ title: "地址 / Address" })),
  }).annotations({
    title: "信访人（个人信息）/ Petitioner (personal data)",
    description: "仅承办人员可见 / Visible only to those handling the case",
  }),
);
export type Petitioner = typeof Petitioner.Type;

export const Importance = Schema.Literal("重要", "一般").annotations({
  title: "重要程度 / Importance",
  description: "重要：报局领导批示后交办 · 一般：主任审核后直接交办",
});
export type Importance = typeof Importance.Type;

/** 登记 */
export const RegisterPetition = Schema.TaggedStruct("RegisterPetition", {
  number: PetitionNumber,
  channel: PetitionChannel,
  origin: PetitionOrigin,
  referenceNumber: Schema.optional(
    Schema.NonEmptyTrimmedString.annotations({
      title: "来件编号 / Their number",
      description: "上级交办号或市长信箱编号 / The superior's or the mailbox's number",
    }),
  ),
  petitioner: Petitioner,
  subject: Schema.NonEmptyTrimmedString.annotations({ title: "事由 / Subject" }),
  content: Schema.NonEmptyTrimmedString.annotations({ title: "信访内容 / Content" }),
  receivedOn: LocalDate.annotations({ title: "收到日期 / Received on" }),
  attachments: Schema.Array(AttachmentInput).annotations({ title: "附件 / Attachments" }),
}).annotations({
  title: "登记 / Register petition",
  description:
    "将上级信访部门（含市长信箱）或群众信访件录入编号 / Register and number the petition",
});
export type RegisterPetition = typeof RegisterPetition.Type;

/** 拟办: the office proposes how to handle it. */
export const ProposeHandling = Schema.TaggedStruct("ProposeHandling", {
  opinion: OpinionText.annotations({ title: "拟办意见 / Proposed handling" }),
}).annotations({ title: "拟办意见 / Propose handling" });
export type ProposeHandling = typeof ProposeHandling.Type;

/** 报批或交办: the director reviews the proposal and decides 重要 or 一般; the case is accepted. */
export const ReviewProposal = Schema.TaggedStruct("ReviewProposal", {
  importance: Importance,
  opinion: OpinionText.annotations({ title: "审核意见 / Review" }),
  lateReason: Schema.optional(
    OpinionText.annotations({
      title: "逾期受理说明 / Why acceptance is late",
      description:
        "超过收到之日起 15 日的告知期限时必填 / Required once the 15 日 notice period has passed",
    }),
  ),
}).annotations({
  title: "主任审核 / Review proposal",
  description: "受理并确定重要或一般信访件 / Accept and classify the petition",
});
export type ReviewProposal = typeof ReviewProposal.Type;

/** 交办 */
export const AssignUnits = Schema.TaggedStruct("AssignUnits", assignmentFields).annotations({
  title: "交办 / Assign",
});
export type AssignUnits = typeof AssignUnits.Type;

/** 反馈: the lead unit reports the result to the office. */
export const ReportResult = Schema.TaggedStruct("ReportResult", {
  result: OpinionText.annotations({ title: "办理结果 / Result" }),
  attachments: Schema.Array(AttachmentInput).annotations({
    title: "办理结果材料 / Result documents",
    description: "市长信箱件只需电子版 / A mailbox item needs the electronic copy only",
  }),
}).annotations({ title: "反馈 / Report result" });
export type ReportResult = typeof ReportResult.Type;

/** 办结: the office gives the petitioner the written answer. */
export const ConcludePetition = Schema.TaggedStruct("ConcludePetition", {
  answer: OpinionText.annotations({ title: "答复意见 / Answer" }),
  answeredOn: LocalDate.annotations({ title: "答复日期 / Answered on" }),
}).annotations({ title: "答复办结 / Answer and conclude" });
export type ConcludePetition = typeof ConcludePetition.Type;

/** 统一回复: the office replies to the mayor's mailbox on everyone's behalf. */
export const ReplyToMailbox = Schema.TaggedStruct("ReplyToMailbox", {
  reply: OpinionText.annotations({ title: "回复内容 / Reply" }),
  repliedOn: LocalDate.annotations({ title: "回复日期 / Replied on" }),
}).annotations({ title: "市长信箱统一回复 / Reply to the mayor's mailbox" });
export type ReplyToMailbox = typeof ReplyToMailbox.Type;

export const PetitionCommand = Schema.Union(
  RegisterPetition,
  ProposeHandling,
  ReviewProposal,
  SubmitForInstruction,
  GiveInstruction,
  AssignUnits,
  AcceptAssignment,
  Press,
  ReportResult,
  ConcludePetition,
  ReplyToMailbox,
  SendBack,
  Withdraw,
  Reassign,
  SubmitCoOpinion,
  ReportProgress,
  RequestExtension,
  ApproveExtension,
  RefuseExtension,
  Circulate,
  ConfirmRead,
  RecordDeadlineAlert,
  AddComment,
  AttachFile,
  ReplaceAttachment,
);
export type PetitionCommand = typeof PetitionCommand.Type;

import { Schema } from "effect";
import { AttachmentInput } from "../../shared/attachment.js";
import { Classification, DocumentKind, SecrecyYears, Urgency } from "../../shared/document.js";
import { CaseId, LocalDate } from "../../shared/ids.js";
import {
  AcceptAssignment,
  AddComment,
  ApproveExtension,
  AttachFile,
  assignmentFields,
  Circulate,
  ConfirmRead,
  NoteText,
  PersonRef,
  Press,
  Reassign,
  RecordDeadlineAlert,
  RefuseExtension,
  ReplaceAttachment,
  ReportProgress,
  RequestExtension,
  SendBack,
  SubmitCoOpinion,
  Withdraw,
} from "../../shared/operations/index.js";
import { OpinionText } from "../../shared/opinion.js";

/**
 * The commands of 公文收文处理 (spec/processes.md §6), one per box of the chart, plus the generic
 * operations the process offers. Titles are "中文 / English": front ends draw forms from them.
 */

/** 收〔YYYY〕N号, allocated by the 收文 numbering register before the command is sent. */
export const IncomingNumber = Schema.String.pipe(
  Schema.pattern(/^收〔\d{4}〕[1-9]\d*号$/),
).annotations({
  title: "收文编号 / Register number",
  description: "收〔YYYY〕N号，由收文登记簿分配 / Allocated by the 收文 register",
});

/**
 * The two arrows out of 「呈报意见」: routine business with a clear division of duties goes to
 * the leader in charge for 审批; important meetings, important documents and bureau-wide work go
 * to the principal leader for 阅批.
 */
export const LeaderRoute = Schema.Literal("分管领导审批", "主要领导阅批").annotations({
  title: "呈报方式 / Route",
  description:
    "分管领导审批：一般性的分工明确业务工作 · 主要领导阅批：重要会议、重要文件、涉及全局性工作",
});
export type LeaderRoute = typeof LeaderRoute.Type;

/** 阅办处理: a document to be read only (阅件), or one to be handled (办件, maybe also read). */
export const DispatchKind = Schema.Literal("阅件", "办件").annotations({
  title: "阅办类型 / Read or handle",
  description: "阅件：送阅，阅毕存档 · 办件：交处室单位办理并回复 / Read only · to be handled",
});
export type DispatchKind = typeof DispatchKind.Type;

/** 收文登记: the confidential office registers the document as the sender issued it. */
export const RegisterDocument = Schema.TaggedStruct("RegisterDocument", {
  number: IncomingNumber,
  senderOrgan: Schema.NonEmptyTrimmedString.annotations({ title: "来文机关 / Sender" }),
  senderNumber: Schema.optional(
    Schema.NonEmptyTrimmedString.annotations({ title: "来文字号 / Sender's document number" }),
  ),
  title: Schema.NonEmptyTrimmedString.annotations({ title: "标题 / Title" }),
  documentKind: DocumentKind,
  urgency: Schema.optional(Urgency),
  classification: Schema.optional(Classification),
  secrecyYears: Schema.optional(SecrecyYears),
  copies: Schema.optional(
    Schema.Int.pipe(Schema.greaterThanOrEqualTo(1)).annotations({ title: "份数 / Copies" }),
  ),
  receivedOn: LocalDate.annotations({ title: "收文日期 / Received on" }),
  timeLimit: Schema.optional(
    LocalDate.annotations({
      title: "办理时限 / Time limit",
      description: "紧急公文必须填写 / Required for an urgent document",
    }),
  ),
  attachments: Schema.Array(AttachmentInput).annotations({ title: "附件 / Attachments" }),
}).annotations({
  title: "收文登记 / Register incoming document",
  description: "由局机要室对来文进行登记 / The confidential office registers the document",
});
export type RegisterDocument = typeof RegisterDocument.Type;

/** 呈报意见: the office director's opinion, and the leader it goes to (the branch). */
export const SubmitToLeader = Schema.TaggedStruct("SubmitToLeader", {
  opinion: OpinionText.annotations({ title: "呈报意见 / Submission opinion" }),
  route: LeaderRoute,
  leader: PersonRef.annotations({ title: "呈报局领导 / Leader" }),
}).annotations({
  title: "呈报意见 / Submit to a leader",
  description:
    "由办公室主任拟定呈报局领导阅示意见 / The office director submits it with an opinion",
});
export type SubmitToLeader = typeof SubmitToLeader.Type;

/** A leader passes the document on to another (e.g. the leader in charge to the principal). */
export const PassToLeader = Schema.TaggedStruct("PassToLeader", {
  route: LeaderRoute,
  leader: PersonRef.annotations({ title: "转呈局领导 / Leader" }),
  opinion: Schema.optional(OpinionText.annotations({ title: "转呈意见 / Opinion" })),
}).annotations({
  title: "转呈其他局领导 / Pass to another leader",
  description: "如分管领导转呈主要领导阅批 / E.g. the leader in charge passes it to the principal",
});
export type PassToLeader = typeof PassToLeader.Type;

const leaderInstructionFields = {
  opinion: OpinionText,
  dueOn: Schema.optional(LocalDate.annotations({ title: "办理时限 / Time limit" })),
};

/** 分管领导审批 */
export const GiveApproval = Schema.TaggedStruct("GiveApproval", {
  ...leaderInstructionFields,
  opinion: OpinionText.annotations({ title: "审批意见 / Approval opinion" }),
}).annotations({
  title: "分管领导审批 / Approval by the leader in charge",
  description: "一般性的分工明确业务工作呈分管领导审批 / Routine business",
});
export type GiveApproval = typeof GiveApproval.Type;

/** 主要领导阅批 */
export const GiveReadingInstruction = Schema.TaggedStruct("GiveReadingInstruction", {
  ...leaderInstructionFields,
  opinion: OpinionText.annotations({ title: "阅批意见 / Reading instruction" }),
}).annotations({
  title: "主要领导阅批 / Reading by the principal leader",
  description:
    "重要会议、重要文件、涉及全局性工作的呈主要领导阅批 / Important and bureau-wide matters",
});
export type GiveReadingInstruction = typeof GiveReadingInstruction.Type;

/** 阅办处理: as the leader's instruction says, to the divisions concerned to read and/or handle. */
export const Dispatch = Schema.TaggedStruct("Dispatch", {
  kind: DispatchKind,
  readers: Schema.Array(PersonRef).annotations({ title: "阅知人 / Readers" }),
  handling: Schema.optional(
    Schema.Struct(assignmentFields).annotations({
      title: "办理单位 / Handling units",
      description: "办件必填：主办单位及协办单位 / Required for a 办件: lead and co-handling units",
    }),
  ),
  note: Schema.optional(NoteText),
}).annotations({
  title: "阅办处理 / Send to read or handle",
  description: "根据局领导批阅意见送相关处室单位阅办 / As the leader's instruction says",
});
export type Dispatch = typeof Dispatch.Type;

/**
 * 办理回复 that needs a reply document: the lead unit records that it has started a 发文 case
 * (its id allocated beforehand, like a number), so the outgoing draft is linked to this 收文.
 */
export const StartReplyDocument = Schema.TaggedStruct("StartReplyDocument", {
  outgoingCaseId: CaseId.annotations({ title: "发文办理编号 / Outgoing case" }),
  title: Schema.NonEmptyTrimmedString.annotations({ title: "拟发文标题 / Draft title" }),
}).annotations({
  title: "按制文程序起草回复 / Start a reply document",
  description: "需行文回复的，按公文制发程序办理 / The reply goes through 公文制发",
});
export type StartReplyDocument = typeof StartReplyDocument.Type;

/** 办理回复: the lead unit reports what was done, within the time limit. */
export const SubmitReply = Schema.TaggedStruct("SubmitReply", {
  summary: OpinionText.annotations({ title: "办理结果 / Result" }),
  attachments: Schema.Array(AttachmentInput).annotations({
    title: "回复材料 / Reply documents",
  }),
}).annotations({
  title: "办理回复 / Reply",
  description: "由相关单位按制文程序和规定时限办理 / The unit replies within the time limit",
});
export type SubmitReply = typeof SubmitReply.Type;

/** 存档备查: the document returns to the confidential office and is filed. */
export const FileDocument = Schema.TaggedStruct("FileDocument", {
  note: Schema.optional(NoteText),
}).annotations({
  title: "存档备查 / File",
  description: "相关处理或文件办毕后退回机要室存档 / Filed by the confidential office when done",
});
export type FileDocument = typeof FileDocument.Type;

export const IncomingCommand = Schema.Union(
  RegisterDocument,
  SubmitToLeader,
  PassToLeader,
  GiveApproval,
  GiveReadingInstruction,
  Dispatch,
  AcceptAssignment,
  StartReplyDocument,
  SubmitReply,
  FileDocument,
  Press,
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
export type IncomingCommand = typeof IncomingCommand.Type;

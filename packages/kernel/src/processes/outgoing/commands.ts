import { Schema } from "effect";
import { AttachmentInput } from "../../shared/attachment.js";
import { Classification, DocumentKind, SecrecyYears, Urgency } from "../../shared/document.js";
import { CaseId, LocalDate, UnitId } from "../../shared/ids.js";
import {
  AddComment,
  ApproveExtension,
  AttachFile,
  Circulate,
  ConfirmRead,
  Countersign,
  NoteText,
  PersonRef,
  Press,
  Reassign,
  RecordDeadlineAlert,
  RefuseExtension,
  ReplaceAttachment,
  RequestCountersign,
  RequestExtension,
  ReturnCountersign,
  SendBack,
  Withdraw,
} from "../../shared/operations/index.js";
import { OpinionText } from "../../shared/opinion.js";

/**
 * The commands of 公文制发 (spec/processes.md §5), one per step of the chart, plus the generic
 * operations the process offers. Titles are "中文 / English": front ends draw forms from them.
 */

// ── The document's own data (《党政机关公文处理工作条例》第九条: 公文的组成) ─────────────────────

/** 行文方向: to a superior (上行文), to an organ of the same level (平行文), to a subordinate (下行文). */
export const Direction = Schema.Literal("上行文", "平行文", "下行文").annotations({
  title: "行文方向 / Direction",
  description: "上行文 to a superior · 平行文 to a peer · 下行文 to a subordinate",
});
export type Direction = typeof Direction.Type;

/** An organ a document is addressed or copied to (主送机关 / 抄送机关), by its name. */
export const Organ = Schema.NonEmptyTrimmedString.annotations({ title: "机关 / Organ" });

/** 收〔YYYY〕N号: the 收文 case a reply document answers (收文「办理回复」 starts a 发文 case). */
export const IncomingReference = Schema.Struct({
  caseId: CaseId.annotations({ title: "收文案件 / Incoming case" }),
  number: Schema.String.pipe(Schema.pattern(/^收〔\d{4}〕[1-9]\d*号$/)).annotations({
    title: "收文编号 / Incoming register number",
  }),
  senderNumber: Schema.optional(
    Schema.NonEmptyTrimmedString.annotations({ title: "来文字号 / Sender's number" }),
  ),
}).annotations({ title: "答复的收文 / Incoming document replied to" });
export type IncomingReference = typeof IncomingReference.Type;

/** 正文: kept verbatim, like an opinion — a blank text is no text. */
export const BodyText = OpinionText.annotations({ title: "正文 / Body" });

/** The 送审稿 as the drafting unit writes it; the same fields on a revision (退回修改). */
export const draftFields = {
  title: Schema.NonEmptyTrimmedString.annotations({ title: "标题 / Title" }),
  kind: DocumentKind,
  direction: Direction,
  /** 重要公文: needs the principal leader's signature (条例第二十二条). */
  important: Schema.Boolean.annotations({
    title: "重要公文 / Important document",
    description: "重要公文和上行文由主要领导签发 / Signed by the principal leader",
  }),
  mainTo: Schema.Array(Organ).annotations({ title: "主送 / Addressed to" }),
  copyTo: Schema.Array(Organ).annotations({ title: "抄送 / Copied to" }),
  urgency: Schema.optional(Urgency),
  classification: Schema.optional(Classification),
  secrecyYears: Schema.optional(SecrecyYears),
  body: BodyText,
};

/** The 发文稿纸 header: what a document is (the data the checks of decider.ts read). */
export const DraftData = Schema.Struct(draftFields).annotations({ title: "送审稿 / Draft" });
export type DraftData = typeof DraftData.Type;

/** 发文字号 `机关代字〔YYYY〕N号` (GB/T 9704-2012 7.2.4), allocated by the 发文 register. */
export const DocumentNumber = Schema.String.pipe(
  Schema.pattern(/^\p{Script=Han}{1,12}〔\d{4}〕[1-9]\d*号$/u),
).annotations({
  title: "发文字号 / Document number",
  description: "机关代字〔YYYY〕N号，由发文字号登记簿分配 / Allocated by the register",
});

// ── The steps ─────────────────────────────────────────────────────────────────────────────────

/** 起草: a division or unit drafts the 送审稿 and sends it for 核稿; this opens the case. */
export const DraftDocument = Schema.TaggedStruct("DraftDocument", {
  ...draftFields,
  unitName: Schema.NonEmptyTrimmedString.annotations({ title: "起草单位 / Drafting unit" }),
  replyTo: Schema.optional(IncomingReference),
  dueOn: Schema.optional(
    LocalDate.annotations({
      title: "办理时限 / Due date",
      description: "如收文办理回复的时限 / e.g. the time limit to reply to an incoming document",
    }),
  ),
  attachments: Schema.Array(AttachmentInput).annotations({ title: "附件 / Attachments" }),
}).annotations({
  title: "起草 / Draft",
  description: "由各处室、单位起草文稿送审稿 / A division drafts the text for review",
});
export type DraftDocument = typeof DraftDocument.Type;

/**
 * 办理回复 that needs a reply document (spec §6.5): when the 收文's lead unit starts a reply
 * (`StartReplyDocument`, on a 发文 case id allocated beforehand), the process manager opens that
 * 发文 case linked to the 收文, waiting for the unit's 起草. Only the system actor issues it.
 */
export const OpenReplyDraft = Schema.TaggedStruct("OpenReplyDraft", {
  replyTo: IncomingReference,
  title: Schema.NonEmptyTrimmedString.annotations({ title: "拟发文标题 / Draft title" }),
  unitId: UnitId.annotations({ title: "起草单位 / Drafting unit" }),
  unitName: Schema.NonEmptyTrimmedString.annotations({ title: "起草单位名称 / Unit name" }),
  dueOn: Schema.optional(LocalDate.annotations({ title: "回复时限 / Reply due" })),
}).annotations({
  title: "开启回复发文 / Open a reply draft",
  description: "由流程管理器根据收文「按制文程序起草回复」开启 / Issued by the process manager",
});
export type OpenReplyDraft = typeof OpenReplyDraft.Type;

/** 退回修改: the drafting unit revises the returned draft; it goes round again from 核稿. */
export const ReviseDraft = Schema.TaggedStruct("ReviseDraft", {
  ...draftFields,
  note: Schema.optional(NoteText.annotations({ title: "修改说明 / What changed" })),
}).annotations({
  title: "修改送审稿 / Revise draft",
  description: "退回修改后重新送核稿 / Revised after a return, sent to 核稿 again",
});
export type ReviseDraft = typeof ReviseDraft.Type;

/** 核稿: the drafting unit's principal head checks it and gives the 签定意见. */
export const CheckDraft = Schema.TaggedStruct("CheckDraft", {
  opinion: OpinionText.annotations({ title: "签定意见 / Check opinion" }),
}).annotations({
  title: "核稿 / Check draft",
  description: "由各处室、单位主要负责人核稿，拟定签定意见 / The division head checks it",
});
export type CheckDraft = typeof CheckDraft.Type;

/** 审稿: the office reviewer checks it (条例第二十条) and passes it to the office head. */
export const ReviewDraft = Schema.TaggedStruct("ReviewDraft", {
  opinion: OpinionText.annotations({ title: "审核意见 / Review opinion" }),
  important: Schema.optional(
    Schema.Boolean.annotations({
      title: "认定为重要公文 / Judged important",
      description: "审核人可改定是否重要公文 / The reviewer may decide whether it is important",
    }),
  ),
}).annotations({
  title: "审稿 / Review draft",
  description: "由局办公室审核人核稿，呈送办公室负责人审签 / The office reviewer checks it",
});
export type ReviewDraft = typeof ReviewDraft.Type;

/** 送审 (1): the office head signs it off and submits it to the leader in charge. */
export const SubmitForSignature = Schema.TaggedStruct("SubmitForSignature", {
  opinion: OpinionText.annotations({ title: "办公室负责人审签意见 / Office head's opinion" }),
  leader: PersonRef.annotations({ title: "呈送分管领导 / Leader in charge" }),
}).annotations({
  title: "送审 / Submit for signature",
  description: "由办公室负责人呈送局分管领导审签 / The office head submits it to the leader",
});
export type SubmitForSignature = typeof SubmitForSignature.Type;

/** 送审 (2): the leader in charge signs it and sends it on to the principal leader. */
export const ForwardToPrincipal = Schema.TaggedStruct("ForwardToPrincipal", {
  opinion: OpinionText.annotations({ title: "审签意见 / Signing opinion" }),
  principal: PersonRef.annotations({ title: "呈送主要领导 / Principal leader" }),
}).annotations({
  title: "审签并呈主要领导 / Sign and forward to the principal",
  description: "由局分管领导审签后，呈送局主要领导审签 / Signed, then sent to the principal",
});
export type ForwardToPrincipal = typeof ForwardToPrincipal.Type;

/** 签发: the last signature — the principal's, or the leader in charge's for a routine document. */
export const SignDraft = Schema.TaggedStruct("SignDraft", {
  opinion: OpinionText.annotations({ title: "签发意见 / Signing opinion" }),
}).annotations({
  title: "签发 / Sign for issue",
  description: "签发人签署意见、姓名和日期 / The signer signs, with opinion, name and date",
});
export type SignDraft = typeof SignDraft.Type;

/** 编号: the confidential office gives the 发文字号 the register allocated. */
export const AssignNumber = Schema.TaggedStruct("AssignNumber", {
  number: DocumentNumber,
}).annotations({
  title: "编号 / Assign number",
  description: "由局机要室编号 / By the confidential office",
});
export type AssignNumber = typeof AssignNumber.Type;

/** 印文: the print room typesets and prints it in the official format. */
export const PrintDocument = Schema.TaggedStruct("PrintDocument", {
  copies: Schema.Int.pipe(Schema.greaterThanOrEqualTo(1)).annotations({
    title: "印制份数 / Copies",
  }),
  note: Schema.optional(NoteText),
}).annotations({
  title: "印文 / Print",
  description:
    "由局文印室按照公文规定格式统一排版印制 / Typeset and printed in the official format",
});
export type PrintDocument = typeof PrintDocument.Type;

/** 用印: the confidential office seals it and keeps the file copy (存档 → archive). */
export const SealDocument = Schema.TaggedStruct("SealDocument", {
  note: Schema.optional(NoteText),
}).annotations({
  title: "用印 / Seal and file",
  description: "由局机要室用印后存档 / Sealed by the confidential office, the file copy kept",
});
export type SealDocument = typeof SealDocument.Type;

/** How a document goes out; a classified one only through the confidential channel. */
export const DistributionMethod = Schema.Literal(
  "电子公文系统",
  "机要交换",
  "专人送达",
  "邮寄",
).annotations({ title: "分发方式 / Method" });
export type DistributionMethod = typeof DistributionMethod.Type;

/** 分发: the drafting unit sends it to the addressees it determines. */
export const DistributeDocument = Schema.TaggedStruct("DistributeDocument", {
  recipients: Schema.NonEmptyArray(Organ).annotations({ title: "分发对象 / Recipients" }),
  method: DistributionMethod,
  note: Schema.optional(NoteText),
}).annotations({
  title: "分发 / Distribute",
  description: "由文稿起草单位按对象确定分发 / The drafting unit distributes it",
});
export type DistributeDocument = typeof DistributeDocument.Type;

export const OutgoingCommand = Schema.Union(
  DraftDocument,
  OpenReplyDraft,
  ReviseDraft,
  CheckDraft,
  ReviewDraft,
  SubmitForSignature,
  ForwardToPrincipal,
  SignDraft,
  AssignNumber,
  PrintDocument,
  SealDocument,
  DistributeDocument,
  RequestCountersign,
  Countersign,
  ReturnCountersign,
  SendBack,
  Withdraw,
  Reassign,
  Press,
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
export type OutgoingCommand = typeof OutgoingCommand.Type;

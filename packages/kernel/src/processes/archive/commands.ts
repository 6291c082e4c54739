import { Schema } from "effect";
import { AttachmentInput } from "../../shared/attachment.js";
import { CaseId, LocalDate } from "../../shared/ids.js";
import { ArchiveCategory, NumberYear, OrgCode, RetentionPeriod } from "../../shared/numbering.js";
import {
  AddComment,
  ApproveExtension,
  ArchiveHandoff,
  AttachFile,
  assignmentFields,
  Circulate,
  ConfirmRead,
  NoteText,
  PersonRef,
  Press,
  ReasonText,
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
 * The commands of 档案管理 (spec/processes.md §4), one per step of the chart, plus the generic
 * operations the process offers. One case is one archival item (件). Titles are
 * "中文 / English": front ends draw forms from them.
 */

/** 收集 (文书档案): what was collected, as the seed's 「收集」 box lists it. */
export const WsKind = Schema.Literal(
  "本局印发文件",
  "重大会议及领导讲话",
  "专项工作",
  "收文办理",
).annotations({
  title: "文书档案类别 / Kind of administrative record",
  description:
    "本局印发文件、重大会议及领导讲话、专项工作；收文办理 for handled incoming documents",
});
export type WsKind = typeof WsKind.Type;

/** 借阅局长办公会及重大专题会记录须由局办公室主要负责人提出意见 (seed 「借阅」). */
export const MeetingMinutes = Schema.Literal("局长办公会", "重大专题会").annotations({
  title: "会议记录 / Minutes of",
  description:
    "借阅须由局办公室主要负责人提出意见 / Borrowing needs the office head's opinion first",
});
export type MeetingMinutes = typeof MeetingMinutes.Type;

/**
 * The 「三合一」 document applied: the bureau's classification scheme, filing scope and retention
 * schedule in one, versioned per year (spec: "Archives"). The version is configuration outside
 * the kernel; the event records which one was applied.
 */
export const SchemeVersion = Schema.Struct({
  year: NumberYear.annotations({ title: "「三合一」年度 / Scheme year" }),
  version: Schema.NonEmptyTrimmedString.annotations({
    title: "版本 / Version",
    description: "e.g. 2026-1",
  }),
}).annotations({ title: "「三合一」制度版本 / 「三合一」 version applied" });
export type SchemeVersion = typeof SchemeVersion.Type;

const IndexTerm = Schema.NonEmptyTrimmedString.annotations({ title: "检索词 / Index term" });

/** 整理: the data of the catalogue entry and the index (检索工具), and the retention assigned. */
export const organisationFields = {
  classCode: Schema.NonEmptyTrimmedString.annotations({
    title: "分类号 / Class",
    description: "档案分类方案中的类目 / The class of the classification scheme",
  }),
  retention: RetentionPeriod,
  orgCode: OrgCode,
  pages: Schema.Int.pipe(Schema.greaterThanOrEqualTo(1)).annotations({ title: "页数 / Pages" }),
  indexTerms: Schema.NonEmptyArray(IndexTerm).annotations({
    title: "检索词（索引）/ Index terms",
  }),
};

/** 收集: the archivist collects an item by hand. */
export const CollectItem = Schema.TaggedStruct("CollectItem", {
  category: ArchiveCategory,
  kind: Schema.optional(WsKind),
  title: Schema.NonEmptyTrimmedString.annotations({ title: "题名 / Title" }),
  responsible: Schema.NonEmptyTrimmedString.annotations({
    title: "责任者 / Responsible",
    description: "形成或来源单位 / The body that formed or sent it",
  }),
  year: NumberYear.annotations({
    title: "年度 / Year",
    description: "形成年度；会计档案为会计年度 / Year formed; accounting year for 会计档案",
  }),
  date: Schema.optional(LocalDate.annotations({ title: "形成日期 / Date" })),
  documentNumber: Schema.optional(
    Schema.NonEmptyTrimmedString.annotations({ title: "文号 / Document number" }),
  ),
  /** 专业/会计档案: the owning division organises it, by this date, then hands it over. */
  division: Schema.optional(
    Schema.Struct(assignmentFields).annotations({
      title: "整理移交处室 / Division that organises and hands over",
      description: "专业档案、会计档案由相关处室整理后移交",
    }),
  ),
  attachments: Schema.Array(AttachmentInput).annotations({ title: "附件 / Attachments" }),
}).annotations({
  title: "收集 / Collect",
  description: "收集文书档案、专业档案、会计档案 / Collect an archival item",
});
export type CollectItem = typeof CollectItem.Type;

/**
 * 收集 by itself: a closed 督办 / 发文 / 收文 case hands its material over. The process manager
 * issues it as the system actor (`systemActor`, shared/actor.ts), on a case id derived from the source
 * case, so that a redelivered hand-off is refused as CaseAlreadyExists and collected only once.
 */
export const CollectFromCase = Schema.TaggedStruct("CollectFromCase", {
  sourceCaseId: CaseId.annotations({ title: "来源案件 / Source case" }),
  handoff: ArchiveHandoff,
}).annotations({
  title: "收集（自动移交） / Collect from a closed case",
  description: "由流程管理器代为收集 / Issued by the process manager",
});
export type CollectFromCase = typeof CollectFromCase.Type;

/** 整理 (文书档案): strictly by the bureau's 「三合一」, with the retrieval tools. */
export const OrganiseItem = Schema.TaggedStruct("OrganiseItem", {
  scheme: SchemeVersion,
  ...organisationFields,
  meeting: Schema.optional(MeetingMinutes),
}).annotations({
  title: "整理 / Organise",
  description: "严格按照局「三合一」制度整理、装订，制作检索工具",
});
export type OrganiseItem = typeof OrganiseItem.Type;

/** 不归档: the 「三合一」's filing scope does not cover the item. */
export const ExcludeItem = Schema.TaggedStruct("ExcludeItem", {
  scheme: SchemeVersion,
  reason: ReasonText.annotations({ title: "不归档理由 / Why it is not filed" }),
}).annotations({ title: "不归档 / Not to be filed" });
export type ExcludeItem = typeof ExcludeItem.Type;

/** 移交 (division side): the division has organised its 专业/会计档案 and hands it over. */
export const HandOver = Schema.TaggedStruct("HandOver", {
  scheme: Schema.optional(SchemeVersion),
  ...organisationFields,
  note: Schema.optional(NoteText.annotations({ title: "移交说明 / Note" })),
  attachments: Schema.Array(AttachmentInput).annotations({
    title: "移交清单等 / Transfer list and files",
  }),
}).annotations({
  title: "整理移交 / Organise and hand over",
  description: "专业档案、会计档案由相关处室整理后移交",
});
export type HandOver = typeof HandOver.Type;

/** 移交 (archive side): the archivist accepts the hand-over. */
export const AcceptHandover = Schema.TaggedStruct("AcceptHandover", {
  note: Schema.optional(NoteText),
}).annotations({ title: "接收 / Accept hand-over" });
export type AcceptHandover = typeof AcceptHandover.Type;

/** 档号, `全宗号-门类代码·年度-保管期限-机构代码-件号`, allocated by the 档号 register first. */
export const ArchivalCodeText = Schema.String.pipe(
  Schema.pattern(/^[A-Z0-9]{1,8}-(WS|ZY|KJ)·\d{4}-(Y|D30|D10)-[A-Z0-9]{1,8}-\d{4}$/),
).annotations({
  title: "档号 / Archival code",
  description: "DA/T 22-2015，由档号登记簿分配 / Allocated by the 档号 register",
});

/** 归档: the item takes its 档号. */
export const FileItem = Schema.TaggedStruct("FileItem", {
  archivalCode: ArchivalCodeText,
}).annotations({ title: "归档 / File" });
export type FileItem = typeof FileItem.Type;

/** Where an item is kept in the repository. */
export const Location = Schema.Struct({
  repository: Schema.NonEmptyTrimmedString.annotations({ title: "库房 / Repository" }),
  shelf: Schema.NonEmptyTrimmedString.annotations({ title: "架（柜）号 / Shelf" }),
  box: Schema.optional(Schema.NonEmptyTrimmedString.annotations({ title: "盒号 / Box" })),
}).annotations({ title: "存放位置 / Location" });
export type Location = typeof Location.Type;

/** 档案入库. */
export const StoreItem = Schema.TaggedStruct("StoreItem", {
  location: Location,
}).annotations({ title: "档案入库 / Put into the repository" });
export type StoreItem = typeof StoreItem.Type;

/** 借阅: anyone working in the bureau asks to borrow the item. */
export const RequestLoan = Schema.TaggedStruct("RequestLoan", {
  purpose: OpinionText.annotations({ title: "借阅事由 / Purpose" }),
}).annotations({ title: "借阅申请 / Request a loan" });
export type RequestLoan = typeof RequestLoan.Type;

/** 借阅: the office head's (会议记录) or owning division's (专业/会计) opinion. */
export const ApproveLoan = Schema.TaggedStruct("ApproveLoan", {
  opinion: OpinionText.annotations({ title: "审批意见 / Opinion" }),
}).annotations({ title: "同意借阅 / Approve loan" });
export type ApproveLoan = typeof ApproveLoan.Type;

export const RefuseLoan = Schema.TaggedStruct("RefuseLoan", {
  reason: ReasonText.annotations({ title: "不同意理由 / Reason" }),
}).annotations({ title: "不同意借阅 / Refuse loan" });
export type RefuseLoan = typeof RefuseLoan.Type;

/** 出借: the archivist hands it out; without a date the loan is for the default 7 日. */
export const LendItem = Schema.TaggedStruct("LendItem", {
  dueOn: Schema.optional(
    LocalDate.annotations({
      title: "归还期限 / Due back",
      description: "默认 7 日 / 7 days by default",
    }),
  ),
}).annotations({ title: "出借 / Lend" });
export type LendItem = typeof LendItem.Type;

/** 续借: the borrower asks for more time, before the loan is due. */
export const RequestRenewal = Schema.TaggedStruct("RequestRenewal", {
  newDueOn: LocalDate.annotations({ title: "续借至 / Renew until" }),
  reason: ReasonText.annotations({ title: "续借理由 / Reason" }),
}).annotations({ title: "申请续借 / Request renewal" });
export type RequestRenewal = typeof RequestRenewal.Type;

export const ApproveRenewal = Schema.TaggedStruct("ApproveRenewal", {
  note: Schema.optional(NoteText.annotations({ title: "审批意见 / Note" })),
}).annotations({ title: "同意续借 / Approve renewal" });
export type ApproveRenewal = typeof ApproveRenewal.Type;

export const RefuseRenewal = Schema.TaggedStruct("RefuseRenewal", {
  reason: ReasonText.annotations({ title: "不同意理由 / Reason" }),
}).annotations({ title: "不同意续借 / Refuse renewal" });
export type RefuseRenewal = typeof RefuseRenewal.Type;

/** 归还. */
export const ReturnItem = Schema.TaggedStruct("ReturnItem", {
  note: Schema.optional(NoteText.annotations({ title: "归还情况 / Condition on return" })),
}).annotations({ title: "归还 / Return" });
export type ReturnItem = typeof ReturnItem.Type;

/** 销毁 (1/4): at the end of retention, the archivist lists the item on a 销毁清册. */
export const ProposeDestruction = Schema.TaggedStruct("ProposeDestruction", {
  listNumber: Schema.NonEmptyTrimmedString.annotations({ title: "销毁清册编号 / List number" }),
  reason: ReasonText.annotations({ title: "鉴定意见 / Appraisal" }),
}).annotations({
  title: "列入销毁清册 / Propose destruction",
  description: "保管期满方可销毁；永久档案不得销毁",
});
export type ProposeDestruction = typeof ProposeDestruction.Type;

/** 销毁 (2/4): the appraisal group reviews and signs, naming the 监销人. */
export const ApproveDestruction = Schema.TaggedStruct("ApproveDestruction", {
  opinion: OpinionText.annotations({ title: "审签意见 / Opinion" }),
  witnesses: Schema.Array(PersonRef).pipe(Schema.minItems(2)).annotations({
    title: "监销人 / Supervising witnesses",
    description: "至少两人 / At least two",
  }),
}).annotations({ title: "鉴定小组审签 / Approve destruction" });
export type ApproveDestruction = typeof ApproveDestruction.Type;

export const RejectDestruction = Schema.TaggedStruct("RejectDestruction", {
  reason: ReasonText.annotations({ title: "不同意销毁理由 / Reason" }),
}).annotations({ title: "不同意销毁 / Reject destruction" });
export type RejectDestruction = typeof RejectDestruction.Type;

/** 销毁 (3/4): each 监销人 signs the 销毁清册. */
export const WitnessDestruction = Schema.TaggedStruct("WitnessDestruction", {
  note: Schema.optional(NoteText),
}).annotations({ title: "监销签字 / Sign as supervising witness" });
export type WitnessDestruction = typeof WitnessDestruction.Type;

/** 销毁 (4/4): the archivist records the destruction. */
export const DestroyItem = Schema.TaggedStruct("DestroyItem", {
  method: Schema.NonEmptyTrimmedString.annotations({
    title: "销毁方式 / Method",
    description: "e.g. 粉碎、化浆",
  }),
  note: Schema.optional(NoteText),
}).annotations({ title: "销毁 / Destroy" });
export type DestroyItem = typeof DestroyItem.Type;

export const ArchiveCommand = Schema.Union(
  CollectItem,
  CollectFromCase,
  OrganiseItem,
  ExcludeItem,
  HandOver,
  AcceptHandover,
  FileItem,
  StoreItem,
  RequestLoan,
  ApproveLoan,
  RefuseLoan,
  LendItem,
  RequestRenewal,
  ApproveRenewal,
  RefuseRenewal,
  ReturnItem,
  ProposeDestruction,
  ApproveDestruction,
  RejectDestruction,
  WitnessDestruction,
  DestroyItem,
  SendBack,
  Withdraw,
  Reassign,
  SubmitCoOpinion,
  ReportProgress,
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
export type ArchiveCommand = typeof ArchiveCommand.Type;

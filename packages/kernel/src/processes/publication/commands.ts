import { Schema } from "effect";
import { AttachmentInput } from "../../shared/attachment.js";
import { DeclaredClassification } from "../../shared/document.js";
import { LocalDate, UnitId } from "../../shared/ids.js";
import {
  AddComment,
  AttachFile,
  Circulate,
  ConfirmRead,
  NoteText,
  ReasonText,
  RecordDeadlineAlert,
  ReplaceAttachment,
  Withdraw,
} from "../../shared/operations/index.js";
import { OpinionText } from "../../shared/opinion.js";
import { Column } from "./state.js";

/**
 * The commands of 政务信息上载 (spec/processes.md §7), one per box of the chart, plus the generic
 * operations the process offers. Titles are "中文 / English": front ends draw forms from them.
 */

export const DraftingUnitInput = Schema.Struct({
  unitId: UnitId.annotations({ title: "单位 / Unit" }),
  unitName: Schema.NonEmptyTrimmedString.annotations({ title: "单位名称 / Unit name" }),
}).annotations({ title: "草拟信息单位 / Drafting division" });
export type DraftingUnitInput = typeof DraftingUnitInput.Type;

const itemTitle = Schema.NonEmptyTrimmedString.pipe(Schema.maxLength(200)).annotations({
  title: "标题 / Title",
});
const itemBody = Schema.NonEmptyTrimmedString.annotations({ title: "正文 / Body" });

/** 上载至系统: the data-entry clerk enters the drafted information into the bureau's CMS. */
export const UploadItem = Schema.TaggedStruct("UploadItem", {
  column: Column,
  title: itemTitle,
  body: itemBody,
  draftingUnit: DraftingUnitInput,
  /** The portal takes only 非密 information: 涉密 items are refused at entry. */
  classification: DeclaredClassification,
  formedOn: LocalDate.annotations({
    title: "信息形成日期 / Formed on",
    description: "主动公开的期限自此起算 / The publication period counts from this day",
  }),
  mustDisclose: Schema.Boolean.annotations({
    title: "属于主动公开范围 / Must be made public",
    description: "须自形成之日起 20 个工作日内公开 / To be published within 20 working days",
  }),
  attachments: Schema.Array(AttachmentInput).annotations({
    title: "附件、图片 / Attachments and images",
  }),
}).annotations({
  title: "上载至系统 / Enter information",
  description:
    "由录入员将拟好的政务信息上载至局CMS系统 / The data-entry clerk enters the drafted information",
});
export type UploadItem = typeof UploadItem.Type;

/** 处长审核: the head of the drafting division checks the content. */
export const ReviewByDivisionHead = Schema.TaggedStruct("ReviewByDivisionHead", {
  opinion: OpinionText.annotations({ title: "审核意见 / Review opinion" }),
}).annotations({
  title: "处长审核通过 / Division head approves",
  description: "由草拟信息单位的处长审核把关信息内容 / The drafting division's head checks it",
});
export type ReviewByDivisionHead = typeof ReviewByDivisionHead.Type;

/** 信息员审核: the office's information officer checks the content. */
export const ReviewByInformationOfficer = Schema.TaggedStruct("ReviewByInformationOfficer", {
  opinion: OpinionText.annotations({ title: "审核意见 / Review opinion" }),
}).annotations({
  title: "信息员审核通过 / Information officer approves",
  description: "办公室信息员根据信息内容进行审核 / The information officer checks the content",
});
export type ReviewByInformationOfficer = typeof ReviewByInformationOfficer.Type;

/** 局办公室主任审核: the office director checks it against the column's nature. */
export const ReviewByOfficeDirector = Schema.TaggedStruct("ReviewByOfficeDirector", {
  opinion: OpinionText.annotations({ title: "审核意见 / Review opinion" }),
}).annotations({
  title: "局办公室主任审核通过 / Office director approves",
  description: "着眼栏目性质和内容进行审核 / Checked against the column's nature and the content",
});
export type ReviewByOfficeDirector = typeof ReviewByOfficeDirector.Type;

/** Why an item does not fit its column (「因内容或格式等原因不符合栏目要求」). */
export const RejectionGround = Schema.Literal("内容", "格式", "其他").annotations({
  title: "驳回原因类别 / Ground",
  description: "内容 content · 格式 format · 其他 other",
});
export type RejectionGround = typeof RejectionGround.Type;

/** 驳回至录入员: any reviewer returns it to the clerk, with the reason. */
export const RejectToClerk = Schema.TaggedStruct("RejectToClerk", {
  grounds: Schema.NonEmptyArray(RejectionGround).annotations({
    title: "不符合栏目要求之处 / Grounds",
  }),
  reason: ReasonText.annotations({ title: "驳回理由 / Reason" }),
}).annotations({
  title: "驳回至录入员 / Reject to the data-entry clerk",
  description:
    "因内容或格式等原因不符合栏目要求驳回至录入员 / Content or format does not fit the column",
});
export type RejectToClerk = typeof RejectToClerk.Type;

/** The clerk's revision after a 驳回 (or after taking the item back), submitted to the 处长 again. */
export const ResubmitItem = Schema.TaggedStruct("ResubmitItem", {
  column: Column,
  title: itemTitle,
  body: itemBody,
  note: Schema.optional(NoteText.annotations({ title: "修改说明 / What was changed" })),
}).annotations({
  title: "修改后重新提交 / Revise and resubmit",
  description: "修改后重新送处长审核 / Revised and sent to the division head again",
});
export type ResubmitItem = typeof ResubmitItem.Type;

/** 政务信息上载 (1/2): the office director submits the approved item to the information centre. */
export const SubmitToInformationCentre = Schema.TaggedStruct("SubmitToInformationCentre", {
  note: Schema.optional(NoteText),
}).annotations({
  title: "提交信息中心 / Submit to the information centre",
  description: "局办公室主任将审核通过的信息提交信息中心 / The director submits the approved item",
});
export type SubmitToInformationCentre = typeof SubmitToInformationCentre.Type;

/** The address the information centre gives for the published page. */
export const PortalUrl = Schema.String.pipe(
  Schema.pattern(/^https?:\/\/[^\s/?#]+[^\s]*$/, {
    message: () => "须为 http(s) 网址 / An http(s) address",
  }),
).annotations({ title: "发布网址 / Published at (URL)" });

/** 政务信息上载 (2/2): the office records the centre's publication in the column. */
export const RecordPublication = Schema.TaggedStruct("RecordPublication", {
  publishedOn: LocalDate.annotations({ title: "发布日期 / Published on" }),
  url: PortalUrl,
}).annotations({
  title: "登记上载发布 / Record publication",
  description: "信息中心上载至门户网站相应栏目 / Published in the portal's column",
});
export type RecordPublication = typeof RecordPublication.Type;

/** 撤销: the clerk withdraws the item altogether before it goes to the information centre. */
export const CancelItem = Schema.TaggedStruct("CancelItem", {
  reason: ReasonText.annotations({ title: "撤销理由 / Reason" }),
}).annotations({
  title: "撤销 / Cancel",
  description: "发布前撤销该信息，不再上载 / Withdraw the item before publication",
});
export type CancelItem = typeof CancelItem.Type;

export const PublicationCommand = Schema.Union(
  UploadItem,
  ReviewByDivisionHead,
  ReviewByInformationOfficer,
  ReviewByOfficeDirector,
  RejectToClerk,
  ResubmitItem,
  SubmitToInformationCentre,
  RecordPublication,
  CancelItem,
  Withdraw,
  Circulate,
  ConfirmRead,
  RecordDeadlineAlert,
  AddComment,
  AttachFile,
  ReplaceAttachment,
);
export type PublicationCommand = typeof PublicationCommand.Type;

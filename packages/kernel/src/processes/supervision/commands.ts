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
  GiveInstruction,
  NoteText,
  Press,
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
 * The commands of 政务督查 (spec/processes.md §1), one per step of the chart, plus the generic
 * operations the process offers. Titles are "中文 / English": front ends draw forms from them.
 */

/** 督〔YYYY〕N号, allocated by the 督办 numbering register before the command is sent. */
export const SupervisionNumber = Schema.String.pipe(
  Schema.pattern(/^督〔\d{4}〕[1-9]\d*号$/),
).annotations({
  title: "录入编号 / Register number",
  description: "督〔YYYY〕N号，由督办登记簿分配 / Allocated by the 督办 register",
});

export const SupervisionKind = Schema.Literal("督办件", "督办电话记录").annotations({
  title: "来件类型 / Kind",
  description: "督办件 written item · 督办电话记录 phone record",
});

/** 拟办 (1/2): the office registers and numbers the item from the superior. */
export const RegisterItem = Schema.TaggedStruct("RegisterItem", {
  number: SupervisionNumber,
  superiorNumber: Schema.optional(
    Schema.NonEmptyTrimmedString.annotations({ title: "上级督办号 / Superior's number" }),
  ),
  kind: SupervisionKind,
  sourceOrgan: Schema.NonEmptyTrimmedString.annotations({ title: "督办单位 / Source organ" }),
  title: Schema.NonEmptyTrimmedString.annotations({ title: "标题 / Title" }),
  content: Schema.NonEmptyTrimmedString.annotations({ title: "督办内容 / Content" }),
  receivedOn: LocalDate.annotations({ title: "收到日期 / Received on" }),
  timeLimit: Schema.optional(
    LocalDate.annotations({
      title: "上级规定时限 / Time limit set by the superior",
    }),
  ),
  attachments: Schema.Array(AttachmentInput).annotations({ title: "附件 / Attachments" }),
}).annotations({
  title: "拟办：登记督办件 / Register supervision item",
  description: "将上级督办件或督办电话记录录入编号 / Register and number the superior's item",
});
export type RegisterItem = typeof RegisterItem.Type;

/** 拟办 (2/2): the office director's proposed handling. */
export const ProposeHandling = Schema.TaggedStruct("ProposeHandling", {
  opinion: OpinionText.annotations({ title: "拟办意见 / Proposed handling" }),
}).annotations({ title: "拟办意见 / Propose handling" });
export type ProposeHandling = typeof ProposeHandling.Type;

/** 登记: the office records the leader's instruction. */
export const RecordInstruction = Schema.TaggedStruct("RecordInstruction", {
  note: Schema.optional(NoteText),
}).annotations({ title: "登记批示 / Record instruction" });
export type RecordInstruction = typeof RecordInstruction.Type;

/** 交办: to the lead unit and co-handling units, each with a due date. */
export const AssignUnits = Schema.TaggedStruct("AssignUnits", assignmentFields).annotations({
  title: "交办 / Assign",
  description: "按局领导批示交相应处室或单位办理 / Assign as the instruction says",
});
export type AssignUnits = typeof AssignUnits.Type;

/** 协调: the office coordinates on problems the units report (repeatable). */
export const RecordCoordination = Schema.TaggedStruct("RecordCoordination", {
  problem: OpinionText.annotations({ title: "反映的问题 / Problem reported" }),
  outcome: OpinionText.annotations({ title: "协调意见 / Coordination" }),
  unitIds: Schema.Array(UnitId).annotations({ title: "涉及单位 / Units concerned" }),
}).annotations({ title: "协调 / Coordinate" });
export type RecordCoordination = typeof RecordCoordination.Type;

/** 反馈: the lead unit's written report, sent to the superior; copies to the office. */
export const SubmitFeedback = Schema.TaggedStruct("SubmitFeedback", {
  summary: OpinionText.annotations({ title: "完成情况 / Result" }),
  reportedToSuperiorOn: LocalDate.annotations({
    title: "报送上级日期 / Sent to the superior on",
  }),
  attachments: Schema.Array(AttachmentInput).annotations({
    title: "书面材料（纸质及电子版）/ Written report (paper and electronic)",
  }),
}).annotations({ title: "反馈 / Report result" });
export type SubmitFeedback = typeof SubmitFeedback.Type;

/** 存查并归档: the office keeps the copies and hands the case to the archive. */
export const FileCase = Schema.TaggedStruct("FileCase", {
  note: Schema.optional(NoteText),
}).annotations({ title: "存查并归档 / File" });
export type FileCase = typeof FileCase.Type;

export const SupervisionCommand = Schema.Union(
  RegisterItem,
  ProposeHandling,
  SubmitForInstruction,
  GiveInstruction,
  RecordInstruction,
  AssignUnits,
  AcceptAssignment,
  RecordCoordination,
  Press,
  SubmitFeedback,
  FileCase,
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
export type SupervisionCommand = typeof SupervisionCommand.Type;

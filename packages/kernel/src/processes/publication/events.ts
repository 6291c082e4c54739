import { Schema } from "effect";
import { Attachment } from "../../shared/attachment.js";
import { ScheduledDeadline } from "../../shared/deadline.js";
import { DeclaredClassification } from "../../shared/document.js";
import { LocalDate } from "../../shared/ids.js";
import {
  AttachmentReplaced,
  Circulated,
  CommentAdded,
  DeadlineAlerted,
  FileAttached,
  makeWithdrawn,
  ReadConfirmed,
  recordedFields,
} from "../../shared/operations/index.js";
import { Opinion } from "../../shared/opinion.js";
import { DraftingUnitInput, RejectionGround } from "./commands.js";
import { Column, PublicationStatus } from "./state.js";

/**
 * The facts of 政务信息上载. Each records who (and for whom), when, and what was decided — never
 * a derived figure (the round of the 驳回 loop is counted from the log, not stored). Stored as
 * "publication.<Tag>".
 */
export const ItemUploaded = Schema.TaggedStruct("ItemUploaded", {
  ...recordedFields,
  column: Column,
  title: Schema.String,
  body: Schema.String,
  draftingUnit: DraftingUnitInput,
  /** Always 非密 once accepted: kept so the record shows the check was made. */
  classification: DeclaredClassification,
  formedOn: LocalDate,
  mustDisclose: Schema.Boolean,
  /** Fixed at entry on the calendar data of the day, with that data's version. */
  deadline: Schema.optional(ScheduledDeadline),
  attachments: Schema.Array(Attachment),
});
export type ItemUploaded = typeof ItemUploaded.Type;

export const ApprovedByDivisionHead = Schema.TaggedStruct("ApprovedByDivisionHead", {
  ...recordedFields,
  opinion: Opinion,
});
export type ApprovedByDivisionHead = typeof ApprovedByDivisionHead.Type;

export const ApprovedByInformationOfficer = Schema.TaggedStruct("ApprovedByInformationOfficer", {
  ...recordedFields,
  opinion: Opinion,
});
export type ApprovedByInformationOfficer = typeof ApprovedByInformationOfficer.Type;

export const ApprovedByOfficeDirector = Schema.TaggedStruct("ApprovedByOfficeDirector", {
  ...recordedFields,
  opinion: Opinion,
});
export type ApprovedByOfficeDirector = typeof ApprovedByOfficeDirector.Type;

/** 驳回至录入员: from which review, on which grounds, why. */
export const RejectedToClerk = Schema.TaggedStruct("RejectedToClerk", {
  ...recordedFields,
  from: PublicationStatus,
  grounds: Schema.Array(RejectionGround),
  reason: Schema.String,
});
export type RejectedToClerk = typeof RejectedToClerk.Type;

/** The revised text, in full, as submitted to 「处长审核」 again. */
export const ItemResubmitted = Schema.TaggedStruct("ItemResubmitted", {
  ...recordedFields,
  column: Column,
  title: Schema.String,
  body: Schema.String,
  note: Schema.optional(Schema.String),
});
export type ItemResubmitted = typeof ItemResubmitted.Type;

export const SubmittedToInformationCentre = Schema.TaggedStruct("SubmittedToInformationCentre", {
  ...recordedFields,
  note: Schema.optional(Schema.String),
});
export type SubmittedToInformationCentre = typeof SubmittedToInformationCentre.Type;

/** Published: the column, the title as published, the date and address the centre gave. */
export const PublicationRecorded = Schema.TaggedStruct("PublicationRecorded", {
  ...recordedFields,
  column: Column,
  title: Schema.String,
  publishedOn: LocalDate,
  url: Schema.String,
});
export type PublicationRecorded = typeof PublicationRecorded.Type;

export const ItemCancelled = Schema.TaggedStruct("ItemCancelled", {
  ...recordedFields,
  from: PublicationStatus,
  reason: Schema.String,
});
export type ItemCancelled = typeof ItemCancelled.Type;

export const Withdrawn = makeWithdrawn(PublicationStatus);
export type Withdrawn = typeof Withdrawn.Type;

export const PublicationEvent = Schema.Union(
  ItemUploaded,
  ApprovedByDivisionHead,
  ApprovedByInformationOfficer,
  ApprovedByOfficeDirector,
  RejectedToClerk,
  ItemResubmitted,
  SubmittedToInformationCentre,
  PublicationRecorded,
  ItemCancelled,
  Withdrawn,
  // The generic operations this process offers (no 交办, 催办, 延期 or 会签 here).
  Circulated,
  ReadConfirmed,
  CommentAdded,
  FileAttached,
  AttachmentReplaced,
  // The deadline monitor's 临期提醒/逾期催办 (the 20 工作日 publication limit).
  DeadlineAlerted,
);
export type PublicationEvent = typeof PublicationEvent.Type;

/** Schema version of each stored event type; bump one when its shape changes, and upcast. */
export const eventVersions: { readonly [K in PublicationEvent["_tag"]]: number } = {
  ItemUploaded: 1,
  ApprovedByDivisionHead: 1,
  ApprovedByInformationOfficer: 1,
  ApprovedByOfficeDirector: 1,
  RejectedToClerk: 1,
  ItemResubmitted: 1,
  SubmittedToInformationCentre: 1,
  PublicationRecorded: 1,
  ItemCancelled: 1,
  Withdrawn: 1,
  Circulated: 1,
  ReadConfirmed: 1,
  CommentAdded: 1,
  FileAttached: 1,
  AttachmentReplaced: 1,
  DeadlineAlerted: 1,
};

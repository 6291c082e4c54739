import { Schema } from "effect";
import { Attachment } from "../../shared/attachment.js";
import { LocalDate, UnitId } from "../../shared/ids.js";
import {
  ArchiveHandoff,
  handlingEventSchemas,
  handlingEventVersions,
  makeSentBack,
  makeWithdrawn,
  PersonRef,
  recordedFields,
} from "../../shared/operations/index.js";
import { Opinion } from "../../shared/opinion.js";
import { DistributionMethod, draftFields, IncomingReference } from "./commands.js";
import { OutgoingStatus } from "./state.js";

/**
 * The facts of 公文制发. Each records who (and for whom), when, and what was decided — never a
 * derived figure. Opinions are stored verbatim with signer, role and time: together they are the
 * 发文稿纸. Stored as "outgoing.<Tag>".
 */
export const DocumentDrafted = Schema.TaggedStruct("DocumentDrafted", {
  ...recordedFields,
  ...draftFields,
  unitId: UnitId,
  unitName: Schema.String,
  replyTo: Schema.optional(IncomingReference),
  dueOn: Schema.optional(LocalDate),
  attachments: Schema.Array(Attachment),
});
export type DocumentDrafted = typeof DocumentDrafted.Type;

/** A reply to a 收文 opened by the process manager: linked, titled, waiting for its 起草. */
export const ReplyDraftOpened = Schema.TaggedStruct("ReplyDraftOpened", {
  ...recordedFields,
  replyTo: IncomingReference,
  title: Schema.String,
  unitId: UnitId,
  unitName: Schema.String,
  dueOn: Schema.optional(LocalDate),
});
export type ReplyDraftOpened = typeof ReplyDraftOpened.Type;

export const DraftRevised = Schema.TaggedStruct("DraftRevised", {
  ...recordedFields,
  ...draftFields,
  note: Schema.optional(Schema.String),
});
export type DraftRevised = typeof DraftRevised.Type;

/** 核稿: the division head's 签定意见. */
export const DraftChecked = Schema.TaggedStruct("DraftChecked", {
  ...recordedFields,
  opinion: Opinion,
});
export type DraftChecked = typeof DraftChecked.Type;

/** 审稿: the office reviewer's 审核意见, and whether the reviewer judged it important. */
export const DraftReviewed = Schema.TaggedStruct("DraftReviewed", {
  ...recordedFields,
  opinion: Opinion,
  important: Schema.optional(Schema.Boolean),
});
export type DraftReviewed = typeof DraftReviewed.Type;

/** 送审: the office head's 审签 and the leader in charge it went to. */
export const SubmittedForSignature = Schema.TaggedStruct("SubmittedForSignature", {
  ...recordedFields,
  opinion: Opinion,
  leader: PersonRef,
});
export type SubmittedForSignature = typeof SubmittedForSignature.Type;

/** 送审: the leader in charge's 审签 and the principal leader it went on to. */
export const ForwardedToPrincipal = Schema.TaggedStruct("ForwardedToPrincipal", {
  ...recordedFields,
  opinion: Opinion,
  principal: PersonRef,
});
export type ForwardedToPrincipal = typeof ForwardedToPrincipal.Type;

/** 签发: the signer (签发人) and the rule that made this the last signature. */
export const DocumentSigned = Schema.TaggedStruct("DocumentSigned", {
  ...recordedFields,
  opinion: Opinion,
  rule: Schema.String,
});
export type DocumentSigned = typeof DocumentSigned.Type;

export const NumberAssigned = Schema.TaggedStruct("NumberAssigned", {
  ...recordedFields,
  number: Schema.String,
});
export type NumberAssigned = typeof NumberAssigned.Type;

export const DocumentPrinted = Schema.TaggedStruct("DocumentPrinted", {
  ...recordedFields,
  copies: Schema.Int,
  note: Schema.optional(Schema.String),
});
export type DocumentPrinted = typeof DocumentPrinted.Type;

/** 用印 存档: carries what the archive needs to open its 收集 item by itself. */
export const DocumentSealed = Schema.TaggedStruct("DocumentSealed", {
  ...recordedFields,
  note: Schema.optional(Schema.String),
  archive: ArchiveHandoff,
});
export type DocumentSealed = typeof DocumentSealed.Type;

export const DocumentDistributed = Schema.TaggedStruct("DocumentDistributed", {
  ...recordedFields,
  recipients: Schema.Array(Schema.String),
  method: DistributionMethod,
  note: Schema.optional(Schema.String),
});
export type DocumentDistributed = typeof DocumentDistributed.Type;

export const SentBack = makeSentBack(OutgoingStatus);
export type SentBack = typeof SentBack.Type;
export const Withdrawn = makeWithdrawn(OutgoingStatus);
export type Withdrawn = typeof Withdrawn.Type;

export const OutgoingEvent = Schema.Union(
  DocumentDrafted,
  ReplyDraftOpened,
  DraftRevised,
  DraftChecked,
  DraftReviewed,
  SubmittedForSignature,
  ForwardedToPrincipal,
  DocumentSigned,
  NumberAssigned,
  DocumentPrinted,
  DocumentSealed,
  DocumentDistributed,
  SentBack,
  Withdrawn,
  ...handlingEventSchemas,
);
export type OutgoingEvent = typeof OutgoingEvent.Type;

/** Schema version of each stored event type; bump one when its shape changes, and upcast. */
export const eventVersions: { readonly [K in OutgoingEvent["_tag"]]: number } = {
  DocumentDrafted: 1,
  ReplyDraftOpened: 1,
  DraftRevised: 1,
  DraftChecked: 1,
  DraftReviewed: 1,
  SubmittedForSignature: 1,
  ForwardedToPrincipal: 1,
  DocumentSigned: 1,
  NumberAssigned: 1,
  DocumentPrinted: 1,
  DocumentSealed: 1,
  DocumentDistributed: 1,
  SentBack: 1,
  Withdrawn: 1,
  ...handlingEventVersions,
};

import { Schema } from "effect";
import { Attachment } from "../../shared/attachment.js";
import { Classification, DocumentKind, SecrecyYears, Urgency } from "../../shared/document.js";
import { CaseId, LocalDate, UnitId } from "../../shared/ids.js";
import {
  ArchiveHandoff,
  AssignmentAccepted,
  handlingEventSchemas,
  handlingEventVersions,
  makeSentBack,
  makeWithdrawn,
  PersonRef,
  recordedFields,
} from "../../shared/operations/index.js";
import { Opinion } from "../../shared/opinion.js";
import { DispatchKind, IncomingNumber, LeaderRoute } from "./commands.js";
import { IncomingStatus } from "./state.js";

/**
 * The facts of 公文收文处理. Each records who (and for whom), when, and what was decided — never
 * a derived figure. Stored as "incoming.<Tag>".
 */
export const DocumentRegistered = Schema.TaggedStruct("DocumentRegistered", {
  ...recordedFields,
  number: IncomingNumber,
  senderOrgan: Schema.String,
  senderNumber: Schema.optional(Schema.String),
  title: Schema.String,
  documentKind: DocumentKind,
  urgency: Schema.optional(Urgency),
  classification: Schema.optional(Classification),
  secrecyYears: Schema.optional(SecrecyYears),
  copies: Schema.optional(Schema.Int),
  receivedOn: LocalDate,
  timeLimit: Schema.optional(LocalDate),
  attachments: Schema.Array(Attachment),
});
export type DocumentRegistered = typeof DocumentRegistered.Type;

/** 呈报意见 and the branch taken: the route and the leader named. */
export const SubmittedToLeader = Schema.TaggedStruct("SubmittedToLeader", {
  ...recordedFields,
  opinion: Opinion,
  route: LeaderRoute,
  leader: PersonRef,
});
export type SubmittedToLeader = typeof SubmittedToLeader.Type;

export const PassedToLeader = Schema.TaggedStruct("PassedToLeader", {
  ...recordedFields,
  fromRoute: LeaderRoute,
  route: LeaderRoute,
  leader: PersonRef,
  opinion: Schema.optional(Opinion),
});
export type PassedToLeader = typeof PassedToLeader.Type;

/** 分管领导审批: the 审批意见, and the time limit it sets, if any. */
export const ApprovalGiven = Schema.TaggedStruct("ApprovalGiven", {
  ...recordedFields,
  opinion: Opinion,
  dueOn: Schema.optional(LocalDate),
});
export type ApprovalGiven = typeof ApprovalGiven.Type;

/** 主要领导阅批: the 阅批意见, and the time limit it sets, if any. */
export const ReadingInstructionGiven = Schema.TaggedStruct("ReadingInstructionGiven", {
  ...recordedFields,
  opinion: Opinion,
  dueOn: Schema.optional(LocalDate),
});
export type ReadingInstructionGiven = typeof ReadingInstructionGiven.Type;

/**
 * 阅办处理: the office's reading of the instruction (阅件 or 办件) and the readers it goes to. For a
 * 办件 the units follow as the shared fact `UnitsAssigned`, recorded by the same command.
 */
export const Dispatched = Schema.TaggedStruct("Dispatched", {
  ...recordedFields,
  kind: DispatchKind,
  /** The readers it is sent to (传阅, with receipts); those already on the list are not repeated. */
  readers: Schema.Array(PersonRef),
  note: Schema.optional(Schema.String),
});
export type Dispatched = typeof Dispatched.Type;

/** The link from this 收文 to the 发文 case that drafts its reply. */
export const ReplyDocumentStarted = Schema.TaggedStruct("ReplyDocumentStarted", {
  ...recordedFields,
  unitId: UnitId,
  unitName: Schema.String,
  outgoingCaseId: CaseId,
  title: Schema.String,
});
export type ReplyDocumentStarted = typeof ReplyDocumentStarted.Type;

export const ReplySubmitted = Schema.TaggedStruct("ReplySubmitted", {
  ...recordedFields,
  unitId: UnitId,
  unitName: Schema.String,
  summary: Schema.String,
  attachments: Schema.Array(Attachment),
});
export type ReplySubmitted = typeof ReplySubmitted.Type;

/** 存档备查: carries what the archive needs to open its 收集 item by itself. */
export const DocumentFiled = Schema.TaggedStruct("DocumentFiled", {
  ...recordedFields,
  note: Schema.optional(Schema.String),
  archive: ArchiveHandoff,
});
export type DocumentFiled = typeof DocumentFiled.Type;

export const SentBack = makeSentBack(IncomingStatus);
export type SentBack = typeof SentBack.Type;
export const Withdrawn = makeWithdrawn(IncomingStatus);
export type Withdrawn = typeof Withdrawn.Type;

export const IncomingEvent = Schema.Union(
  DocumentRegistered,
  SubmittedToLeader,
  PassedToLeader,
  ApprovalGiven,
  ReadingInstructionGiven,
  Dispatched,
  AssignmentAccepted,
  ReplyDocumentStarted,
  ReplySubmitted,
  DocumentFiled,
  SentBack,
  Withdrawn,
  ...handlingEventSchemas,
);
export type IncomingEvent = typeof IncomingEvent.Type;

/** Schema version of each stored event type; bump one when its shape changes, and upcast. */
export const eventVersions: { readonly [K in IncomingEvent["_tag"]]: number } = {
  DocumentRegistered: 1,
  SubmittedToLeader: 1,
  PassedToLeader: 1,
  ApprovalGiven: 1,
  ReadingInstructionGiven: 1,
  Dispatched: 1,
  AssignmentAccepted: 1,
  ReplyDocumentStarted: 1,
  ReplySubmitted: 1,
  DocumentFiled: 1,
  SentBack: 1,
  Withdrawn: 1,
  ...handlingEventVersions,
};

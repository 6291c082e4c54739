import { Schema } from "effect";
import { Attachment } from "../../shared/attachment.js";
import { LocalDate, UnitId } from "../../shared/ids.js";
import {
  ArchiveHandoff,
  AssignmentAccepted,
  handlingEventSchemas,
  handlingEventVersions,
  InstructionGiven,
  makeSentBack,
  makeWithdrawn,
  recordedFields,
  SubmittedForInstruction,
} from "../../shared/operations/index.js";
import { Opinion } from "../../shared/opinion.js";
import { SupervisionKind, SupervisionNumber } from "./commands.js";
import { SupervisionStatus } from "./state.js";

/**
 * The facts of 政务督查. Each records who (and for whom), when, and what was decided — never a
 * derived figure. Stored as "supervision.<Tag>".
 */
export const ItemRegistered = Schema.TaggedStruct("ItemRegistered", {
  ...recordedFields,
  number: SupervisionNumber,
  superiorNumber: Schema.optional(Schema.String),
  kind: SupervisionKind,
  sourceOrgan: Schema.String,
  title: Schema.String,
  content: Schema.String,
  receivedOn: LocalDate,
  timeLimit: Schema.optional(LocalDate),
  attachments: Schema.Array(Attachment),
});
export type ItemRegistered = typeof ItemRegistered.Type;

export const HandlingProposed = Schema.TaggedStruct("HandlingProposed", {
  ...recordedFields,
  opinion: Opinion,
});
export type HandlingProposed = typeof HandlingProposed.Type;

export const InstructionRecorded = Schema.TaggedStruct("InstructionRecorded", {
  ...recordedFields,
  note: Schema.optional(Schema.String),
});
export type InstructionRecorded = typeof InstructionRecorded.Type;

export const CoordinationRecorded = Schema.TaggedStruct("CoordinationRecorded", {
  ...recordedFields,
  problem: Schema.String,
  outcome: Schema.String,
  unitIds: Schema.Array(UnitId),
});
export type CoordinationRecorded = typeof CoordinationRecorded.Type;

export const FeedbackSubmitted = Schema.TaggedStruct("FeedbackSubmitted", {
  ...recordedFields,
  unitId: UnitId,
  unitName: Schema.String,
  summary: Schema.String,
  reportedToSuperiorOn: LocalDate,
  attachments: Schema.Array(Attachment),
});
export type FeedbackSubmitted = typeof FeedbackSubmitted.Type;

/** 存查并归档: carries what the archive needs to open its 收集 item by itself. */
export const CaseFiled = Schema.TaggedStruct("CaseFiled", {
  ...recordedFields,
  note: Schema.optional(Schema.String),
  archive: ArchiveHandoff,
});
export type CaseFiled = typeof CaseFiled.Type;

export const SentBack = makeSentBack(SupervisionStatus);
export type SentBack = typeof SentBack.Type;
export const Withdrawn = makeWithdrawn(SupervisionStatus);
export type Withdrawn = typeof Withdrawn.Type;

export const SupervisionEvent = Schema.Union(
  ItemRegistered,
  HandlingProposed,
  SubmittedForInstruction,
  InstructionGiven,
  InstructionRecorded,
  AssignmentAccepted,
  CoordinationRecorded,
  FeedbackSubmitted,
  CaseFiled,
  SentBack,
  Withdrawn,
  ...handlingEventSchemas,
);
export type SupervisionEvent = typeof SupervisionEvent.Type;

/** Schema version of each stored event type; bump one when its shape changes, and upcast. */
export const eventVersions: { readonly [K in SupervisionEvent["_tag"]]: number } = {
  ItemRegistered: 1,
  HandlingProposed: 1,
  SubmittedForInstruction: 1,
  InstructionGiven: 1,
  InstructionRecorded: 1,
  AssignmentAccepted: 1,
  CoordinationRecorded: 1,
  FeedbackSubmitted: 1,
  CaseFiled: 1,
  SentBack: 1,
  Withdrawn: 1,
  ...handlingEventVersions,
};

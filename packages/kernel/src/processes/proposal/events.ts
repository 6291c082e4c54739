import { Schema } from "effect";
import { Attachment } from "../../shared/attachment.js";
import { ScheduledDeadline } from "../../shared/deadline.js";
import { LocalDate, UnitId } from "../../shared/ids.js";
import {
  AssignmentAccepted,
  handlingEventSchemas,
  handlingEventVersions,
  makeSentBack,
  makeWithdrawn,
  recordedFields,
} from "../../shared/operations/index.js";
import {
  ConsultedUnit,
  MeetingDecision,
  Organ,
  ProposalKind,
  ReplyClass,
  ReturnOrgan,
  Satisfaction,
  UnitRef,
} from "./commands.js";
import { ProposalStatus } from "./state.js";

/**
 * The facts of 议提案办理. Each records who (and for whom), when, and what was decided — never a
 * derived figure. Stored as "proposal.<Tag>".
 */
export const ItemRecorded = Schema.TaggedStruct("ItemRecorded", {
  ...recordedFields,
  proposalNumber: Schema.String,
  kind: ProposalKind,
  title: Schema.String,
  proposer: Schema.String,
  content: Schema.optional(Schema.String),
  publishedOn: LocalDate,
  attachments: Schema.Array(Attachment),
});
export type ItemRecorded = typeof ItemRecorded.Type;

export const IdentificationConfirmed = Schema.TaggedStruct("IdentificationConfirmed", {
  ...recordedFields,
  withinDuties: Schema.Boolean,
  divisions: Schema.Array(UnitRef),
  opinion: Schema.String,
});
export type IdentificationConfirmed = typeof IdentificationConfirmed.Type;

export const ItemSignedFor = Schema.TaggedStruct("ItemSignedFor", {
  ...recordedFields,
  note: Schema.optional(Schema.String),
});
export type ItemSignedFor = typeof ItemSignedFor.Type;

/** A return records the time limit it was measured against (and the calendar data used). */
export const ItemReturned = Schema.TaggedStruct("ItemReturned", {
  ...recordedFields,
  returnTo: ReturnOrgan,
  reason: Schema.String,
  lateReason: Schema.optional(Schema.String),
  returnBy: ScheduledDeadline,
});
export type ItemReturned = typeof ItemReturned.Type;

export const FirstRoundConsulted = Schema.TaggedStruct("FirstRoundConsulted", {
  ...recordedFields,
  category: Schema.String,
  units: Schema.Array(ConsultedUnit),
  summary: Schema.String,
});
export type FirstRoundConsulted = typeof FirstRoundConsulted.Type;

export const SecondRoundConsulted = Schema.TaggedStruct("SecondRoundConsulted", {
  ...recordedFields,
  units: Schema.Array(ConsultedUnit),
  summary: Schema.String,
});
export type SecondRoundConsulted = typeof SecondRoundConsulted.Type;

export const PlanDrafted = Schema.TaggedStruct("PlanDrafted", {
  ...recordedFields,
  plan: Schema.String,
  lead: UnitRef,
  coUnits: Schema.Array(UnitRef),
  complex: Schema.Boolean,
});
export type PlanDrafted = typeof PlanDrafted.Type;

export const PlanSubmitted = Schema.TaggedStruct("PlanSubmitted", {
  ...recordedFields,
  note: Schema.optional(Schema.String),
});
export type PlanSubmitted = typeof PlanSubmitted.Type;

export const MeetingDecisionRecorded = Schema.TaggedStruct("MeetingDecisionRecorded", {
  ...recordedFields,
  decision: MeetingDecision,
  meetingOn: LocalDate,
  minutes: Schema.String,
});
export type MeetingDecisionRecorded = typeof MeetingDecisionRecorded.Type;

/**
 * Recorded with 交办: the statutory time limits counted from that day, each with its legal basis
 * and the calendar data it was counted on — so a later change of holiday data never moves them.
 * `answer` is the lead unit's limit (3 个月, or 6 个月 for a complex item), `ceiling` the latest
 * any extension may reach (6 个月), `coOpinion` the co-handling units' limit (1 个月).
 */
export const TimeLimitsScheduled = Schema.TaggedStruct("TimeLimitsScheduled", {
  ...recordedFields,
  answer: ScheduledDeadline,
  ceiling: ScheduledDeadline,
  coOpinion: ScheduledDeadline,
});
export type TimeLimitsScheduled = typeof TimeLimitsScheduled.Type;

export const CoordinationRecorded = Schema.TaggedStruct("CoordinationRecorded", {
  ...recordedFields,
  problem: Schema.String,
  outcome: Schema.String,
  unitIds: Schema.Array(UnitId),
});
export type CoordinationRecorded = typeof CoordinationRecorded.Type;

export const ReplySubmitted = Schema.TaggedStruct("ReplySubmitted", {
  ...recordedFields,
  unitId: UnitId,
  unitName: Schema.String,
  replyClass: ReplyClass,
  summary: Schema.String,
  attachments: Schema.Array(Attachment),
});
export type ReplySubmitted = typeof ReplySubmitted.Type;

export const ReplyUploaded = Schema.TaggedStruct("ReplyUploaded", {
  ...recordedFields,
  organs: Schema.Array(Organ),
  uploadedOn: LocalDate,
  note: Schema.optional(Schema.String),
});
export type ReplyUploaded = typeof ReplyUploaded.Type;

export const SatisfactionRecorded = Schema.TaggedStruct("SatisfactionRecorded", {
  ...recordedFields,
  satisfaction: Satisfaction,
  remarks: Schema.optional(Schema.String),
  secondAnswerDueOn: Schema.optional(LocalDate),
});
export type SatisfactionRecorded = typeof SatisfactionRecorded.Type;

export const LookBackCalled = Schema.TaggedStruct("LookBackCalled", {
  ...recordedFields,
  organ: Organ,
  noticeOn: LocalDate,
  requirement: Schema.String,
  dueOn: Schema.optional(LocalDate),
});
export type LookBackCalled = typeof LookBackCalled.Type;

export const LookBackSubmitted = Schema.TaggedStruct("LookBackSubmitted", {
  ...recordedFields,
  unitId: UnitId,
  unitName: Schema.String,
  summary: Schema.String,
  attachments: Schema.Array(Attachment),
});
export type LookBackSubmitted = typeof LookBackSubmitted.Type;

export const CaseClosed = Schema.TaggedStruct("CaseClosed", {
  ...recordedFields,
  note: Schema.optional(Schema.String),
});
export type CaseClosed = typeof CaseClosed.Type;

export const SentBack = makeSentBack(ProposalStatus);
export type SentBack = typeof SentBack.Type;
export const Withdrawn = makeWithdrawn(ProposalStatus);
export type Withdrawn = typeof Withdrawn.Type;

export const ProposalEvent = Schema.Union(
  ItemRecorded,
  IdentificationConfirmed,
  ItemSignedFor,
  ItemReturned,
  FirstRoundConsulted,
  SecondRoundConsulted,
  PlanDrafted,
  PlanSubmitted,
  MeetingDecisionRecorded,
  TimeLimitsScheduled,
  AssignmentAccepted,
  CoordinationRecorded,
  ReplySubmitted,
  ReplyUploaded,
  SatisfactionRecorded,
  LookBackCalled,
  LookBackSubmitted,
  CaseClosed,
  SentBack,
  Withdrawn,
  ...handlingEventSchemas,
);
export type ProposalEvent = typeof ProposalEvent.Type;

/** Schema version of each stored event type; bump one when its shape changes, and upcast. */
export const eventVersions: { readonly [K in ProposalEvent["_tag"]]: number } = {
  ItemRecorded: 1,
  IdentificationConfirmed: 1,
  ItemSignedFor: 1,
  ItemReturned: 1,
  FirstRoundConsulted: 1,
  SecondRoundConsulted: 1,
  PlanDrafted: 1,
  PlanSubmitted: 1,
  MeetingDecisionRecorded: 1,
  TimeLimitsScheduled: 1,
  AssignmentAccepted: 1,
  CoordinationRecorded: 1,
  ReplySubmitted: 1,
  ReplyUploaded: 1,
  SatisfactionRecorded: 1,
  LookBackCalled: 1,
  LookBackSubmitted: 1,
  CaseClosed: 1,
  SentBack: 1,
  Withdrawn: 1,
  ...handlingEventVersions,
};

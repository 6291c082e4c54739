import { Schema } from "effect";
import { Attachment } from "../../shared/attachment.js";
import { ScheduledDeadline } from "../../shared/deadline.js";
import { LocalDate, UnitId } from "../../shared/ids.js";
import {
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
import {
  Importance,
  PetitionChannel,
  Petitioner,
  PetitionNumber,
  PetitionOrigin,
} from "./commands.js";
import { PetitionStatus } from "./state.js";

/** The facts of 来信来访. Stored as "petition.<Tag>". */
export const PetitionRegistered = Schema.TaggedStruct("PetitionRegistered", {
  ...recordedFields,
  number: PetitionNumber,
  channel: PetitionChannel,
  origin: PetitionOrigin,
  referenceNumber: Schema.optional(Schema.String),
  petitioner: Petitioner,
  subject: Schema.String,
  content: Schema.String,
  receivedOn: LocalDate,
  attachments: Schema.Array(Attachment),
});
export type PetitionRegistered = typeof PetitionRegistered.Type;

export const HandlingProposed = Schema.TaggedStruct("HandlingProposed", {
  ...recordedFields,
  opinion: Opinion,
});
export type HandlingProposed = typeof HandlingProposed.Type;

/** Accepted (受理) on the day of review: the 60 日 run from it (信访工作条例 art. 35). */
export const ProposalReviewed = Schema.TaggedStruct("ProposalReviewed", {
  ...recordedFields,
  importance: Importance,
  opinion: Opinion,
  acceptedOn: LocalDate,
  deadline: ScheduledDeadline,
  /**
   * The 15 日 from receipt within which the petitioner is told whether the matter is accepted
   * (absent from events recorded before the rule was checked), and why, when it was missed.
   */
  noticeDeadline: Schema.optional(ScheduledDeadline),
  lateReason: Schema.optional(Schema.String),
});
export type ProposalReviewed = typeof ProposalReviewed.Type;

export const ResultReported = Schema.TaggedStruct("ResultReported", {
  ...recordedFields,
  unitId: UnitId,
  unitName: Schema.String,
  result: Schema.String,
  attachments: Schema.Array(Attachment),
});
export type ResultReported = typeof ResultReported.Type;

export const PetitionConcluded = Schema.TaggedStruct("PetitionConcluded", {
  ...recordedFields,
  answer: Schema.String,
  answeredOn: LocalDate,
});
export type PetitionConcluded = typeof PetitionConcluded.Type;

export const MailboxReplied = Schema.TaggedStruct("MailboxReplied", {
  ...recordedFields,
  reply: Schema.String,
  repliedOn: LocalDate,
});
export type MailboxReplied = typeof MailboxReplied.Type;

export const SentBack = makeSentBack(PetitionStatus);
export type SentBack = typeof SentBack.Type;
export const Withdrawn = makeWithdrawn(PetitionStatus);
export type Withdrawn = typeof Withdrawn.Type;

export const PetitionEvent = Schema.Union(
  PetitionRegistered,
  HandlingProposed,
  ProposalReviewed,
  SubmittedForInstruction,
  InstructionGiven,
  AssignmentAccepted,
  ResultReported,
  PetitionConcluded,
  MailboxReplied,
  SentBack,
  Withdrawn,
  ...handlingEventSchemas,
);
export type PetitionEvent = typeof PetitionEvent.Type;

export const eventVersions: { readonly [K in PetitionEvent["_tag"]]: number } = {
  PetitionRegistered: 1,
  HandlingProposed: 1,
  ProposalReviewed: 1,
  SubmittedForInstruction: 1,
  InstructionGiven: 1,
  AssignmentAccepted: 1,
  ResultReported: 1,
  PetitionConcluded: 1,
  MailboxReplied: 1,
  SentBack: 1,
  Withdrawn: 1,
  ...handlingEventVersions,
};

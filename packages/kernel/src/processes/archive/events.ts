import { Schema } from "effect";
import { Attachment } from "../../shared/attachment.js";
import { ScheduledDeadline } from "../../shared/deadline.js";
import { CaseId, LocalDate, UnitId, UserId } from "../../shared/ids.js";
import { ArchiveCategory, RetentionPeriod } from "../../shared/numbering.js";
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
import { Location, MeetingMinutes, SchemeVersion, WsKind } from "./commands.js";
import { ArchiveStatus } from "./state.js";

/**
 * The facts of 档案管理. Each records who (and for whom), when, and what was decided — never a
 * derived figure. Stored as "archive.<Tag>". An item's log is its archival record: it is kept
 * after destruction, with the 销毁清册 entry, forever.
 */

/** 收集 by hand. */
export const ItemCollected = Schema.TaggedStruct("ItemCollected", {
  ...recordedFields,
  category: ArchiveCategory,
  kind: Schema.optional(WsKind),
  title: Schema.String,
  responsible: Schema.String,
  year: Schema.Number,
  date: Schema.optional(LocalDate),
  documentNumber: Schema.optional(Schema.String),
  attachments: Schema.Array(Attachment),
});
export type ItemCollected = typeof ItemCollected.Type;

/** 收集 by itself: the closed case's hand-off, verbatim, with the case it came from. */
export const HandoffCollected = Schema.TaggedStruct("HandoffCollected", {
  ...recordedFields,
  sourceCaseId: CaseId,
  handoff: ArchiveHandoff,
  kind: WsKind,
});
export type HandoffCollected = typeof HandoffCollected.Type;

const organisationFacts = {
  scheme: Schema.optional(SchemeVersion),
  classCode: Schema.String,
  retention: RetentionPeriod,
  orgCode: Schema.String,
  pages: Schema.Number,
  indexTerms: Schema.Array(Schema.String),
};

/** 整理 by the archivist under the 「三合一」 version named. */
export const ItemOrganised = Schema.TaggedStruct("ItemOrganised", {
  ...recordedFields,
  ...organisationFacts,
  scheme: SchemeVersion,
  meeting: Schema.optional(MeetingMinutes),
});
export type ItemOrganised = typeof ItemOrganised.Type;

export const ItemExcluded = Schema.TaggedStruct("ItemExcluded", {
  ...recordedFields,
  scheme: SchemeVersion,
  reason: Schema.String,
});
export type ItemExcluded = typeof ItemExcluded.Type;

/** 移交: the division that organised it and hands it over (it owns the item thereafter). */
export const ItemHandedOver = Schema.TaggedStruct("ItemHandedOver", {
  ...recordedFields,
  ...organisationFacts,
  unitId: UnitId,
  unitName: Schema.String,
  note: Schema.optional(Schema.String),
  attachments: Schema.Array(Attachment),
});
export type ItemHandedOver = typeof ItemHandedOver.Type;

export const HandoverAccepted = Schema.TaggedStruct("HandoverAccepted", {
  ...recordedFields,
  unitId: UnitId,
  unitName: Schema.String,
  note: Schema.optional(Schema.String),
});
export type HandoverAccepted = typeof HandoverAccepted.Type;

export const ItemFiled = Schema.TaggedStruct("ItemFiled", {
  ...recordedFields,
  archivalCode: Schema.String,
  rule: Schema.String,
});
export type ItemFiled = typeof ItemFiled.Type;

export const ItemStored = Schema.TaggedStruct("ItemStored", {
  ...recordedFields,
  location: Location,
});
export type ItemStored = typeof ItemStored.Type;

/** Whose opinion the loan needs, as the rule stood when it was asked for. */
export const LoanApprovalRule = Schema.Union(
  Schema.Struct({ kind: Schema.Literal("office-director") }),
  Schema.Struct({ kind: Schema.Literal("division"), unitId: UnitId, unitName: Schema.String }),
  Schema.Struct({ kind: Schema.Literal("none") }),
);

export const LoanRequested = Schema.TaggedStruct("LoanRequested", {
  ...recordedFields,
  borrower: Schema.Struct({ userId: UserId, name: Schema.String, unitId: UnitId }),
  purpose: Schema.String,
  approval: LoanApprovalRule,
  rule: Schema.String,
});
export type LoanRequested = typeof LoanRequested.Type;

export const LoanApproved = Schema.TaggedStruct("LoanApproved", {
  ...recordedFields,
  opinion: Opinion,
});
export type LoanApproved = typeof LoanApproved.Type;

export const LoanRefused = Schema.TaggedStruct("LoanRefused", {
  ...recordedFields,
  reason: Schema.String,
});
export type LoanRefused = typeof LoanRefused.Type;

/** 出借: the due date, and — when it is the default 7 日 — how it was counted and on which data. */
export const ItemLent = Schema.TaggedStruct("ItemLent", {
  ...recordedFields,
  borrower: PersonRef,
  dueOn: LocalDate,
  deadline: Schema.optional(ScheduledDeadline),
});
export type ItemLent = typeof ItemLent.Type;

export const RenewalRequested = Schema.TaggedStruct("RenewalRequested", {
  ...recordedFields,
  currentDueOn: LocalDate,
  newDueOn: LocalDate,
  reason: Schema.String,
});
export type RenewalRequested = typeof RenewalRequested.Type;

export const RenewalApproved = Schema.TaggedStruct("RenewalApproved", {
  ...recordedFields,
  previousDueOn: LocalDate,
  newDueOn: LocalDate,
  note: Schema.optional(Schema.String),
});
export type RenewalApproved = typeof RenewalApproved.Type;

export const RenewalRefused = Schema.TaggedStruct("RenewalRefused", {
  ...recordedFields,
  reason: Schema.String,
});
export type RenewalRefused = typeof RenewalRefused.Type;

export const ItemReturned = Schema.TaggedStruct("ItemReturned", {
  ...recordedFields,
  borrower: PersonRef,
  note: Schema.optional(Schema.String),
});
export type ItemReturned = typeof ItemReturned.Type;

/** The 销毁清册 entry as listed: it is kept forever, so it is recorded as it was written. */
export const DestructionListEntry = Schema.Struct({
  archivalCode: Schema.String,
  title: Schema.String,
  year: Schema.Number,
  retention: RetentionPeriod,
  destroyableFrom: LocalDate,
});

export const DestructionProposed = Schema.TaggedStruct("DestructionProposed", {
  ...recordedFields,
  listNumber: Schema.String,
  reason: Schema.String,
  entry: DestructionListEntry,
});
export type DestructionProposed = typeof DestructionProposed.Type;

export const DestructionApproved = Schema.TaggedStruct("DestructionApproved", {
  ...recordedFields,
  opinion: Opinion,
  witnesses: Schema.Array(PersonRef),
});
export type DestructionApproved = typeof DestructionApproved.Type;

export const DestructionRejected = Schema.TaggedStruct("DestructionRejected", {
  ...recordedFields,
  reason: Schema.String,
});
export type DestructionRejected = typeof DestructionRejected.Type;

export const DestructionWitnessed = Schema.TaggedStruct("DestructionWitnessed", {
  ...recordedFields,
  witness: PersonRef,
  note: Schema.optional(Schema.String),
});
export type DestructionWitnessed = typeof DestructionWitnessed.Type;

export const ItemDestroyed = Schema.TaggedStruct("ItemDestroyed", {
  ...recordedFields,
  listNumber: Schema.String,
  method: Schema.String,
  note: Schema.optional(Schema.String),
});
export type ItemDestroyed = typeof ItemDestroyed.Type;

export const SentBack = makeSentBack(ArchiveStatus);
export type SentBack = typeof SentBack.Type;
export const Withdrawn = makeWithdrawn(ArchiveStatus);
export type Withdrawn = typeof Withdrawn.Type;

export const ArchiveEvent = Schema.Union(
  ItemCollected,
  HandoffCollected,
  ItemOrganised,
  ItemExcluded,
  ItemHandedOver,
  HandoverAccepted,
  ItemFiled,
  ItemStored,
  LoanRequested,
  LoanApproved,
  LoanRefused,
  ItemLent,
  RenewalRequested,
  RenewalApproved,
  RenewalRefused,
  ItemReturned,
  DestructionProposed,
  DestructionApproved,
  DestructionRejected,
  DestructionWitnessed,
  ItemDestroyed,
  SentBack,
  Withdrawn,
  ...handlingEventSchemas,
);
export type ArchiveEvent = typeof ArchiveEvent.Type;

/** Schema version of each stored event type; bump one when its shape changes, and upcast. */
export const eventVersions: { readonly [K in ArchiveEvent["_tag"]]: number } = {
  ItemCollected: 1,
  HandoffCollected: 1,
  ItemOrganised: 1,
  ItemExcluded: 1,
  ItemHandedOver: 1,
  HandoverAccepted: 1,
  ItemFiled: 1,
  ItemStored: 1,
  LoanRequested: 1,
  LoanApproved: 1,
  LoanRefused: 1,
  ItemLent: 1,
  RenewalRequested: 1,
  RenewalApproved: 1,
  RenewalRefused: 1,
  ItemReturned: 1,
  DestructionProposed: 1,
  DestructionApproved: 1,
  DestructionRejected: 1,
  DestructionWitnessed: 1,
  ItemDestroyed: 1,
  SentBack: 1,
  Withdrawn: 1,
  ...handlingEventVersions,
};

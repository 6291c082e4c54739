import { Schema } from "effect";
import { type Actor, hasRole } from "../actor.js";
import type { Attachment } from "../attachment.js";
import { type Instant, LocalDate, UnitId, UserId } from "../ids.js";
import type { Label } from "../process.js";
import { PersonRef } from "./text.js";

/**
 * The "handling" sub-state every process embeds: who handles the case (主办/协办) and by when,
 * the presses (催办), a pending extension (延期), circulation receipts (传阅), a countersign
 * round (会签), the attachments — and the last hand-off (撤回). It is folded from the generic
 * operations' events only. The shapes live here, below the operations, so that no operation
 * file imports another.
 */

/** 主办/协办: a unit given part of the case, with its own due date. */
export const UnitAssignment = Schema.Struct({
  unitId: UnitId.annotations({ title: "单位 / Unit" }),
  unitName: Schema.NonEmptyTrimmedString.annotations({ title: "单位名称 / Unit name" }),
  dueOn: LocalDate.annotations({ title: "办理期限 / Due date" }),
  /** 转办 to a named person within the unit. */
  assignee: Schema.optional(PersonRef.annotations({ title: "经办人 / Assignee" })),
}).annotations({ title: "承办单位 / Handling unit" });
export type UnitAssignment = typeof UnitAssignment.Type;

export const PressLevel = Schema.Literal("催办", "督办").annotations({
  title: "级别 / Level",
  description: "催办 press · 督办 supervise (the raised level)",
});
export type PressLevel = typeof PressLevel.Type;

/** 会签: a unit (any handler or head of it signs for it) or a named person (a leader). */
export const Signatory = Schema.Struct({
  unitId: UnitId.annotations({ title: "单位 / Unit" }),
  userId: Schema.optional(UserId.annotations({ title: "签署人 / Person" })),
  name: Schema.NonEmptyTrimmedString.annotations({ title: "名称 / Name" }),
}).annotations({ title: "会签方 / Signatory" });
export type Signatory = typeof Signatory.Type;

export interface CoOpinion {
  readonly unitId: UnitId;
  readonly unitName: string;
  readonly opinion: string;
  readonly at: Instant;
}

export interface PressRecord {
  readonly unitId: UnitId;
  readonly level: PressLevel;
  readonly at: Instant;
}

export interface PendingExtension {
  readonly unitId: UnitId;
  readonly currentDueOn: LocalDate;
  readonly newDueOn: LocalDate;
  readonly reason: string;
}

export interface CirculationEntry {
  readonly reader: PersonRef;
  readonly sentAt: Instant;
  readonly readAt: Instant | undefined;
}

export interface CountersignState {
  readonly signatories: ReadonlyArray<Signatory>;
  readonly signed: ReadonlyArray<Signatory>;
}

/**
 * Who a hand-off went to: a unit (any member acting ends it), a person, or "the next step" —
 * a group such as the office, whose acting shows only as the case moving on.
 */
export type Receiver =
  | { readonly kind: "unit"; readonly unitId: UnitId }
  | { readonly kind: "person"; readonly userId: UserId }
  | { readonly kind: "next-step" };

/** 撤回 is possible while the receiver of the last hand-off has not acted. */
export interface HandOff<Status extends string> {
  /** The sender whose authority was used (the principal when a deputy sent it). */
  readonly by: UserId;
  readonly from: Status;
  readonly to: Status;
  readonly receiver: Receiver;
}

export interface Handling {
  readonly lead: UnitAssignment | undefined;
  readonly coUnits: ReadonlyArray<UnitAssignment>;
  readonly coOpinions: ReadonlyArray<CoOpinion>;
  readonly presses: ReadonlyArray<PressRecord>;
  readonly pendingExtension: PendingExtension | undefined;
  readonly extensionsGranted: number;
  readonly circulation: ReadonlyArray<CirculationEntry>;
  readonly countersign: CountersignState | undefined;
  readonly attachments: ReadonlyArray<Attachment>;
}

export const initialHandling: Handling = {
  lead: undefined,
  coUnits: [],
  coOpinions: [],
  presses: [],
  pendingExtension: undefined,
  extensionsGranted: 0,
  circulation: [],
  countersign: undefined,
  attachments: [],
};

/** The state shape the generic operations need of a process: its status, handling, hand-off. */
export interface CaseState<Status extends string> {
  readonly status: Status;
  readonly handling: Handling;
  /** The last hand-off, kept while its receiver has not acted, so the sender may 撤回. */
  readonly handOff: HandOff<Status> | undefined;
}

/** A member of the unit acts for it; when a person is named (转办 to a person), only they or the head. */
export const actsForUnit = (actor: Actor, assignment: UnitAssignment): boolean =>
  actor.unitId === assignment.unitId &&
  hasRole(actor, "division-handler", "division-head") &&
  (assignment.assignee === undefined ||
    assignment.assignee.userId === actor.userId ||
    hasRole(actor, "division-head"));

export const isLeadHandler = (handling: Handling, actor: Actor): boolean =>
  handling.lead !== undefined && actsForUnit(actor, handling.lead);

export const coAssignmentOf = (handling: Handling, actor: Actor): UnitAssignment | undefined =>
  handling.coUnits.find((co) => actsForUnit(actor, co));

export const assignedUnits = (handling: Handling): ReadonlyArray<UnitAssignment> =>
  handling.lead === undefined ? handling.coUnits : [handling.lead, ...handling.coUnits];

export const findAssignment = (handling: Handling, unitId: UnitId): UnitAssignment | undefined =>
  assignedUnits(handling).find((a) => a.unitId === unitId);

/** The "who" rules the operations share, worded once. */
export const leadUnitOnly = {
  test: <S extends { readonly handling: Handling }>(state: S, actor: Actor) =>
    isLeadHandler(state.handling, actor),
  why: { zh: "只有主办单位可以办理", en: "Only the lead unit may do this" } satisfies Label,
};

export const assignedUnitOnly = {
  test: <S extends { readonly handling: Handling }>(state: S, actor: Actor) =>
    isLeadHandler(state.handling, actor) || coAssignmentOf(state.handling, actor) !== undefined,
  why: { zh: "只有承办单位可以办理", en: "Only an assigned unit may do this" } satisfies Label,
};

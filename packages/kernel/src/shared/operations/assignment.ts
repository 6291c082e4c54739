import { Either, Schema } from "effect";
import { type CommandHandler, principalOf } from "../command-table.js";
import type { CommandMeta } from "../decider.js";
import type { InvalidCommand } from "../errors.js";
import { type LocalDate, UnitId } from "../ids.js";
import { OpinionText } from "../opinion.js";
import type { HistoryEntry } from "../process.js";
import { invalid } from "../refusals.js";
import type { OperationConfig } from "./config.js";
import { dateOf, isBefore } from "./dates.js";
import { entry, fact, recorded, recordedFields } from "./delegation.js";
import {
  actsForUnit,
  type CaseState,
  coAssignmentOf,
  type Handling,
  leadUnitOnly,
  UnitAssignment,
} from "./handling-state.js";

/**
 * 主办/协办: one lead unit answers; co-handling units contribute opinions that reach the lead.
 * 交办 itself is each process's own command (its data and due-date rule differ); this file gives
 * the shared assignment shape, its checks and the `UnitsAssigned` fact.
 */
export const assignmentFields = {
  lead: UnitAssignment.annotations({ title: "主办单位 / Lead unit" }),
  coUnits: Schema.Array(UnitAssignment).annotations({ title: "协办单位 / Co-handling units" }),
};

export const UnitsAssigned = Schema.TaggedStruct("UnitsAssigned", {
  ...recordedFields,
  ...assignmentFields,
  /** The rule the due dates come from (e.g. 督办: the superior's time limit). */
  rule: Schema.String,
});
export type UnitsAssigned = typeof UnitsAssigned.Type;

/**
 * The checks every 交办 makes: no unit twice, no due date before the day of assignment, and —
 * when the superior or the instruction set a time limit — no due date after it.
 */
export const checkAssignment = (
  command: string,
  assignment: { readonly lead: UnitAssignment; readonly coUnits: ReadonlyArray<UnitAssignment> },
  meta: CommandMeta,
  limit: LocalDate | undefined,
): Either.Either<void, InvalidCommand> => {
  const all = [assignment.lead, ...assignment.coUnits];
  const ids = new Set(all.map((a) => a.unitId));
  if (ids.size !== all.length) {
    return Either.left(
      invalid(command, "coUnits", {
        zh: "同一单位不能重复交办（主办单位不能同时为协办单位）",
        en: "A unit may be assigned only once (the lead cannot also co-handle)",
      }),
    );
  }
  const today = dateOf(meta.at);
  if (all.some((a) => isBefore(a.dueOn, today))) {
    return Either.left(
      invalid(command, "dueOn", {
        zh: "办理期限不能早于交办日期",
        en: "A due date cannot be before the day of assignment",
      }),
    );
  }
  if (limit !== undefined && all.some((a) => isBefore(limit, a.dueOn))) {
    return Either.left(
      invalid(command, "dueOn", {
        zh: `办理期限不能晚于上级或领导规定的时限（${limit}）`,
        en: `A due date cannot be after the time limit set (${limit})`,
      }),
    );
  }
  return Either.void;
};

export const unitsAssigned = (
  meta: CommandMeta,
  assignment: { readonly lead: UnitAssignment; readonly coUnits: ReadonlyArray<UnitAssignment> },
  rule: string,
): UnitsAssigned => ({
  _tag: "UnitsAssigned",
  ...recorded(meta),
  lead: assignment.lead,
  coUnits: assignment.coUnits,
  rule,
});

export const applyUnitsAssigned = (handling: Handling, event: UnitsAssigned): Handling => ({
  ...handling,
  lead: event.lead,
  coUnits: event.coUnits,
});

/** Undoes an assignment (撤回 of a 交办, or a lead unit's 退回): the case awaits a new 交办. */
export const clearAssignment = (handling: Handling): Handling => ({
  ...handling,
  lead: undefined,
  coUnits: [],
  coOpinions: [],
  pendingExtension: undefined,
});

const unitNames = (event: UnitsAssigned): string =>
  [event.lead.unitName, ...event.coUnits.map((co) => co.unitName)].join("、");

export const describeUnitsAssigned = (event: UnitsAssigned): HistoryEntry =>
  entry(
    event,
    { zh: "交办", en: "Assigned" },
    {
      details: {
        zh: `主办：${event.lead.unitName}（${event.lead.dueOn} 前）${
          event.coUnits.length > 0
            ? `；协办：${event.coUnits.map((co) => co.unitName).join("、")}`
            : ""
        }`,
        en: `Lead: ${event.lead.unitName} (due ${event.lead.dueOn}); units: ${unitNames(event)}`,
      },
    },
  );

// ── 协办意见: a co-handling unit's opinion reaches the lead ────────────────────────────────

export const SubmitCoOpinion = Schema.TaggedStruct("SubmitCoOpinion", {
  opinion: OpinionText.annotations({ title: "协办意见 / Co-handling opinion" }),
}).annotations({
  title: "提交协办意见 / Submit co-handling opinion",
  description: "协办单位将意见送主办单位 / A co-handling unit sends its opinion to the lead unit",
});
export type SubmitCoOpinion = typeof SubmitCoOpinion.Type;

export const CoOpinionSubmitted = Schema.TaggedStruct("CoOpinionSubmitted", {
  ...recordedFields,
  unitId: UnitId,
  unitName: Schema.String,
  opinion: Schema.String,
});
export type CoOpinionSubmitted = typeof CoOpinionSubmitted.Type;

export const coOpinionCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<SubmitCoOpinion, S, CoOpinionSubmitted, Status> => ({
  schema: SubmitCoOpinion,
  label: config.label ?? { zh: "提交协办意见", en: "Submit co-handling opinion" },
  at: config.at,
  roles: config.roles ?? ["division-handler", "division-head"],
  who: {
    test: (state, actor) => coAssignmentOf(state.handling, actor) !== undefined,
    why: { zh: "只有协办单位可以提交协办意见", en: "Only a co-handling unit may do this" },
  },
  // The guard has established the actor is in a co-unit; the event names that unit.
  decide: (payload, state, meta) =>
    Either.right(
      state.handling.coUnits
        .filter((co) => actsForUnit(principalOf(meta), co))
        .slice(0, 1)
        .map((co) => ({
          ...fact("CoOpinionSubmitted", meta, payload),
          unitId: co.unitId,
          unitName: co.unitName,
        })),
    ),
});

/** A unit sends a new opinion to replace its earlier one: the lead reads the latest. */
export const applyCoOpinionSubmitted = (
  handling: Handling,
  event: CoOpinionSubmitted,
): Handling => ({
  ...handling,
  coOpinions: [
    ...handling.coOpinions.filter((o) => o.unitId !== event.unitId),
    { unitId: event.unitId, unitName: event.unitName, opinion: event.opinion, at: event.at },
  ],
});

export const describeCoOpinionSubmitted = (event: CoOpinionSubmitted): HistoryEntry =>
  entry(
    event,
    { zh: `协办意见（${event.unitName}）`, en: `Co-handling opinion (${event.unitName})` },
    { opinion: event.opinion },
  );

// ── 承办: the lead unit accepts the case ──────────────────────────────────────────────────

export const AcceptAssignment = Schema.TaggedStruct("AcceptAssignment", {}).annotations({
  title: "承办 / Accept and handle",
  description: "主办单位签收并办理 / The lead unit accepts the case",
});
export type AcceptAssignment = typeof AcceptAssignment.Type;

export const AssignmentAccepted = Schema.TaggedStruct("AssignmentAccepted", {
  ...recordedFields,
  unitId: UnitId,
  unitName: Schema.String,
});
export type AssignmentAccepted = typeof AssignmentAccepted.Type;

export const acceptAssignmentCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<AcceptAssignment, S, AssignmentAccepted, Status> => ({
  schema: AcceptAssignment,
  label: config.label ?? { zh: "承办", en: "Accept and handle" },
  at: config.at,
  roles: config.roles ?? ["division-handler", "division-head"],
  who: leadUnitOnly,
  decide: (_payload, state, meta) =>
    Either.right(
      [state.handling.lead].flatMap((lead) =>
        lead === undefined
          ? []
          : [
              {
                _tag: "AssignmentAccepted" as const,
                ...recorded(meta),
                unitId: lead.unitId,
                unitName: lead.unitName,
              },
            ],
      ),
    ),
});

export const describeAssignmentAccepted = (event: AssignmentAccepted): HistoryEntry =>
  entry(event, { zh: `承办（${event.unitName}）`, en: `Accepted (${event.unitName})` });

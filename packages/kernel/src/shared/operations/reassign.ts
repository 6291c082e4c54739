import { Either, Schema } from "effect";
import type { CommandHandler } from "../command-table.js";
import { UnitId } from "../ids.js";
import type { HistoryEntry } from "../process.js";
import { invalid } from "../refusals.js";
import type { OperationConfig } from "./config.js";
import { entry, fact, recordedFields } from "./delegation.js";
import type { UnitAssignment } from "./handling-state.js";
import { type CaseState, findAssignment, type Handling } from "./handling-state.js";
import { PersonRef, ReasonText } from "./text.js";

/**
 * 转办: the office moves one assigned unit's part to another unit, or names the person within
 * the unit who handles it. The due date stays: a reassignment is not an extension.
 */
const reassignFields = {
  fromUnitId: UnitId.annotations({ title: "原承办单位 / From unit" }),
  toUnitId: UnitId.annotations({ title: "转办至单位 / To unit" }),
  toUnitName: Schema.NonEmptyTrimmedString.annotations({ title: "单位名称 / Unit name" }),
  assignee: Schema.optional(PersonRef.annotations({ title: "经办人 / Person" })),
  reason: ReasonText.annotations({ title: "转办理由 / Reason" }),
};

export const Reassign = Schema.TaggedStruct("Reassign", reassignFields).annotations({
  title: "转办 / Reassign",
  description:
    "改由其他单位或人员办理，期限不变 / Another unit or person handles it; the due date stays",
});
export type Reassign = typeof Reassign.Type;

export const Reassigned = Schema.TaggedStruct("Reassigned", {
  ...recordedFields,
  ...reassignFields,
  fromUnitName: Schema.String,
  /** Whether the lead unit's part moved — the new lead must then accept the case (承办). */
  lead: Schema.Boolean,
});
export type Reassigned = typeof Reassigned.Type;

export const reassignCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<Reassign, S, Reassigned, Status> => ({
  schema: Reassign,
  label: config.label ?? { zh: "转办", en: "Reassign" },
  at: config.at,
  roles: config.roles ?? ["office-clerk", "office-director"],
  who: config.who,
  decide: (payload, state, meta) => {
    const from = findAssignment(state.handling, payload.fromUnitId);
    if (from === undefined) {
      return Either.left(
        invalid("Reassign", "fromUnitId", {
          zh: "原单位不是本件的承办单位",
          en: "The unit is not handling this case",
        }),
      );
    }
    const moving = payload.toUnitId !== payload.fromUnitId;
    if (moving && findAssignment(state.handling, payload.toUnitId) !== undefined) {
      return Either.left(
        invalid("Reassign", "toUnitId", {
          zh: "该单位已是本件的承办单位",
          en: "That unit already handles this case",
        }),
      );
    }
    if (!moving && payload.assignee === undefined) {
      return Either.left(
        invalid("Reassign", "assignee", {
          zh: "转办至同一单位时须指定经办人",
          en: "Within the same unit, name the person",
        }),
      );
    }
    return Either.right([
      {
        ...fact("Reassigned", meta, payload),
        fromUnitName: from.unitName,
        lead: state.handling.lead?.unitId === from.unitId,
      },
    ]);
  },
});

export const applyReassigned = (handling: Handling, event: Reassigned): Handling => {
  const move = (a: UnitAssignment): UnitAssignment => {
    if (a.unitId !== event.fromUnitId) return a;
    const { assignee: _previous, ...rest } = a;
    return {
      ...rest,
      unitId: event.toUnitId,
      unitName: event.toUnitName,
      ...(event.assignee === undefined ? {} : { assignee: event.assignee }),
    };
  };
  return {
    ...handling,
    lead: handling.lead === undefined ? undefined : move(handling.lead),
    coUnits: handling.coUnits.map(move),
  };
};

export const describeReassigned = (event: Reassigned): HistoryEntry =>
  entry(
    event,
    { zh: "转办", en: "Reassigned" },
    {
      opinion: event.reason,
      details: {
        zh: `${event.fromUnitName} → ${event.toUnitName}${event.assignee === undefined ? "" : `（${event.assignee.name}）`}`,
        en: `${event.fromUnitName} → ${event.toUnitName}${event.assignee === undefined ? "" : ` (${event.assignee.name})`}`,
      },
    },
  );

import { Either, Schema } from "effect";
import { type CommandHandler, principalOf } from "../command-table.js";
import { UnitId } from "../ids.js";
import type { HistoryEntry } from "../process.js";
import type { OperationConfig } from "./config.js";
import { entry, fact, recordedFields } from "./delegation.js";
import { actsForUnit, assignedUnitOnly, assignedUnits, type CaseState } from "./handling-state.js";

/**
 * 反馈 as the chart's side arrow: a handling unit may report progress at any time while it
 * handles the case. Recorded; it does not end the handling (the final 反馈 is the process's own).
 */
export const ReportProgress = Schema.TaggedStruct("ReportProgress", {
  text: Schema.NonEmptyTrimmedString.annotations({ title: "进展情况 / Progress" }),
}).annotations({
  title: "反馈进展 / Report progress",
  description: "承办单位随时反馈办理进展 / A handling unit reports progress at any time",
});
export type ReportProgress = typeof ReportProgress.Type;

export const ProgressReported = Schema.TaggedStruct("ProgressReported", {
  ...recordedFields,
  unitId: UnitId,
  unitName: Schema.String,
  text: Schema.String,
});
export type ProgressReported = typeof ProgressReported.Type;

export const progressCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<ReportProgress, S, ProgressReported, Status> => ({
  schema: ReportProgress,
  label: config.label ?? { zh: "反馈进展", en: "Report progress" },
  at: config.at,
  roles: config.roles ?? ["division-handler", "division-head"],
  who: assignedUnitOnly,
  decide: (payload, state, meta) =>
    Either.right(
      assignedUnits(state.handling)
        .filter((a) => actsForUnit(principalOf(meta), a))
        .slice(0, 1)
        .map((a) => ({
          ...fact("ProgressReported", meta, payload),
          unitId: a.unitId,
          unitName: a.unitName,
        })),
    ),
});

export const describeProgressReported = (event: ProgressReported): HistoryEntry =>
  entry(
    event,
    { zh: `反馈进展（${event.unitName}）`, en: `Progress reported (${event.unitName})` },
    { opinion: event.text },
  );

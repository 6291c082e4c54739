import { Either, Schema } from "effect";
import type { CommandHandler } from "../command-table.js";
import { UnitId } from "../ids.js";
import type { HistoryEntry } from "../process.js";
import { invalid } from "../refusals.js";
import type { OperationConfig } from "./config.js";
import { entry, fact, recordedFields } from "./delegation.js";
import { type CaseState, findAssignment, type Handling, PressLevel } from "./handling-state.js";

/**
 * 催办/督办: the office presses a handling unit. A press is recorded (who, whom, level, note) and
 * counted; it NEVER moves a due date — only an approved 延期 does (spec: 催办 never changes a
 * due date).
 */
const pressFields = {
  unitId: UnitId.annotations({ title: "被催办单位 / Unit pressed" }),
  level: PressLevel,
  /** The press relays a 催办通知 from the superior organ rather than the office's own. */
  fromSuperior: Schema.Boolean.annotations({
    title: "上级催办通知 / Relays the superior's notice",
  }),
  note: Schema.optional(Schema.String.annotations({ title: "催办内容 / Note" })),
};

export const Press = Schema.TaggedStruct("Press", pressFields).annotations({
  title: "催办或督办 / Press",
  description: "催办不改变办理期限 / A press never changes the due date",
});
export type Press = typeof Press.Type;

export const Pressed = Schema.TaggedStruct("Pressed", {
  ...recordedFields,
  ...pressFields,
  unitName: Schema.String,
});
export type Pressed = typeof Pressed.Type;

export const pressCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<Press, S, Pressed, Status> => ({
  schema: Press,
  label: config.label ?? { zh: "催办或督办", en: "Press" },
  at: config.at,
  roles: config.roles ?? ["office-clerk", "office-director"],
  who: config.who,
  decide: (payload, state, meta) => {
    const unit = findAssignment(state.handling, payload.unitId);
    return unit === undefined
      ? Either.left(
          invalid("Press", "unitId", {
            zh: "只能催办本件的承办单位",
            en: "Only a unit handling this case can be pressed",
          }),
        )
      : Either.right([{ ...fact("Pressed", meta, payload), unitName: unit.unitName }]);
  },
});

export const applyPressed = (handling: Handling, event: Pressed): Handling => ({
  ...handling,
  presses: [...handling.presses, { unitId: event.unitId, level: event.level, at: event.at }],
});

/** How many times the case (or one unit) has been pressed: the figure the statistics show. */
export const pressCount = (handling: Handling, unitId?: UnitId): number =>
  handling.presses.filter((p) => unitId === undefined || p.unitId === unitId).length;

/** The highest level reached: once 督办, the case stays under supervision. */
export const pressLevel = (handling: Handling): PressLevel | undefined =>
  handling.presses.some((p) => p.level === "督办")
    ? "督办"
    : handling.presses.length > 0
      ? "催办"
      : undefined;

export const describePressed = (event: Pressed): HistoryEntry =>
  entry(
    event,
    {
      zh: event.level === "督办" ? "督办" : "催办",
      en: event.level === "督办" ? "Supervised" : "Pressed",
    },
    {
      opinion: event.note,
      details: {
        zh: `${event.unitName}${event.fromSuperior ? "（根据上级催办通知）" : ""}`,
        en: `${event.unitName}${event.fromSuperior ? " (on the superior's notice)" : ""}`,
      },
    },
  );

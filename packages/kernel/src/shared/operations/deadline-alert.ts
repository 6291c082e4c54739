import { Either, Schema } from "effect";
import { isSystemActor } from "../actor.js";
import type { CommandHandler } from "../command-table.js";
import { LocalDate } from "../ids.js";
import type { HistoryEntry } from "../process.js";
import type { OperationConfig } from "./config.js";
import { entry, fact, recordedFields } from "./delegation.js";

/**
 * The deadline monitor's record (spec: "Traffic lights: green on track, yellow when 3 working
 * days or fewer remain, red when overdue"): when a case turns yellow the system records a
 * 临期提醒, when it turns red a 逾期催办. Only the process manager issues it (`systemActor`): the
 * server's monitor, once per threshold and due date. Like every 催办 it never moves a due date;
 * unlike the office's 催办 (`Press`) it is addressed to the case, not to one unit, and is not
 * counted among the office's presses.
 */
export const DeadlineAlertLevel = Schema.Literal("临期提醒", "逾期催办").annotations({
  title: "提醒类别 / Alert",
  description: "临期提醒: 黄灯（剩余三个工作日以内）· 逾期催办: 红灯（已过期限）",
});
export type DeadlineAlertLevel = typeof DeadlineAlertLevel.Type;

const alertFields = {
  level: DeadlineAlertLevel,
  dueOn: LocalDate.annotations({ title: "办理期限 / Due date" }),
};

export const RecordDeadlineAlert = Schema.TaggedStruct(
  "RecordDeadlineAlert",
  alertFields,
).annotations({
  title: "期限提醒 / Deadline alert",
  description: "由系统按工作日历自动记录 / Recorded by the system from the working-day calendar",
});
export type RecordDeadlineAlert = typeof RecordDeadlineAlert.Type;

export const DeadlineAlerted = Schema.TaggedStruct("DeadlineAlerted", {
  ...recordedFields,
  ...alertFields,
});
export type DeadlineAlerted = typeof DeadlineAlerted.Type;

export const deadlineAlertCommand = <S, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<RecordDeadlineAlert, S, DeadlineAlerted, Status> => ({
  schema: RecordDeadlineAlert,
  label: config.label ?? { zh: "期限提醒", en: "Deadline alert" },
  at: config.at,
  // The system actor holds the archivist's role, so "staff" lets it through; the person check
  // then admits it alone — no login can produce its id.
  roles: "staff",
  who: {
    test: (_state, actor) => isSystemActor(actor),
    why: {
      zh: "期限提醒由系统按工作日历自动记录，人工请使用「催办」",
      en: "Deadline alerts are recorded by the system; press the unit instead",
    },
  },
  decide: (payload, _state, meta) => Either.right([fact("DeadlineAlerted", meta, payload)]),
});

export const describeDeadlineAlerted = (event: DeadlineAlerted): HistoryEntry =>
  entry(
    event,
    event.level === "逾期催办"
      ? { zh: "逾期催办", en: "Overdue: pressed" }
      : { zh: "临期提醒", en: "Due soon: reminded" },
    { details: { zh: `办理期限 ${event.dueOn}`, en: `Due ${event.dueOn}` } },
  );

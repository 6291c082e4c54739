import {
  defaultYellowWithin,
  LocalDate,
  type TrafficLight,
  trafficLight,
  type WorkingDayCalendar,
} from "@banli/kernel";
import type { CaseSummary } from "@banli/projections";
import { Either } from "effect";
import type { ManagedCommand } from "./policy.js";

/**
 * The deadline monitor's rule (spec: yellow when 3 working days or fewer remain, red when
 * overdue; 催办 never moves a due date): an open case that is yellow today gets a 临期提醒, a red
 * one a 逾期催办 — each once per due date, since the command id is the case, the due date and the
 * threshold. A case first seen already red gets only the 逾期催办: a reminder of a passed
 * threshold would tell no one anything. An approved 延期 gives a new due date, and so new alerts.
 */
const levelOf: Partial<Record<TrafficLight, "临期提醒" | "逾期催办">> = {
  yellow: "临期提醒",
  red: "逾期催办",
};

export const deadlineAlertFor = (
  summary: CaseSummary,
  today: string,
  calendar: WorkingDayCalendar,
): ManagedCommand | undefined => {
  if (summary.closed || summary.dueOn === undefined) return undefined;
  // A year the calendar does not cover has no light; the monitor says nothing rather than guess.
  const light = Either.getOrUndefined(
    trafficLight(LocalDate.make(summary.dueOn), LocalDate.make(today), calendar),
  );
  const level = light === undefined ? undefined : levelOf[light];
  if (level === undefined || light === undefined) return undefined;
  return {
    process: summary.process,
    caseId: summary.caseId,
    commandId: `pm:deadline:${summary.process}-${summary.caseId}:${summary.dueOn}:${light}`,
    payload: { _tag: "RecordDeadlineAlert", level, dueOn: summary.dueOn },
  };
};

/**
 * The last due date that can be yellow today: due dates after it are green. One working day past
 * the yellow window, so a due date on the rest days just before it is still looked at (the light
 * itself decides).
 */
export const yellowHorizon = (
  today: string,
  calendar: WorkingDayCalendar,
  yellowWithin: number = defaultYellowWithin,
): string | undefined =>
  Either.getOrUndefined(calendar.addWorkingDays(LocalDate.make(today), yellowWithin + 1));

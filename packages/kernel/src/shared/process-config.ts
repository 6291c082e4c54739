import { chineseDaysCalendar, type WorkingDayCalendar } from "./calendar.js";

/**
 * What every process is built on and an administrator may change without a new kernel (spec:
 * "figures are defaults that an administrator can change"). Above all the working-day calendar:
 * the package data ends with the last State Council holiday notice it carries, so once the next
 * year's notice is published the administrator loads it (`CalendarData`, `extendCalendarData`)
 * and every process counts on it — until then a deadline in that year is refused, never guessed.
 * A process with settings of its own extends this (`ProposalConfig`, `OutgoingConfig`).
 */
export interface ProcessConfig {
  /** The calendar every deadline is counted on (民法典 arts. 201–203, 调休 included). */
  readonly calendar: WorkingDayCalendar;
}

export const defaultProcessConfig: ProcessConfig = { calendar: chineseDaysCalendar };

import type { Instant } from "../ids.js";
import { LocalDate } from "../ids.js";

/**
 * What `shared/calendar.ts` does not offer and the operations need: the Shanghai date of an
 * instant, and plain calendar days between two dates (for limits such as "延期 up to 30 日").
 * Pure: `Date` is used only to parse and format fixed values, never to read the clock.
 */
const DAY_MS = 86_400_000;
/** The bureau's time zone, Asia/Shanghai, has been UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const toUtcMs = (date: LocalDate): number => Date.parse(`${date}T00:00:00Z`);
const fromUtcMs = (ms: number): LocalDate =>
  LocalDate.make(new Date(ms).toISOString().slice(0, 10));

/** The date in Shanghai of an instant (the day an act counts for). */
export const dateOf = (at: Instant): LocalDate => fromUtcMs(Date.parse(at) + SHANGHAI_OFFSET_MS);

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);

/** ISO dates compare as strings. */
export const isBefore = (a: LocalDate, b: LocalDate): boolean => a < b;

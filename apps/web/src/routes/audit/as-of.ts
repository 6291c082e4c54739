/**
 * Helpers for the replay page's picker. The replay itself is the server's (`cases.asOf` folds the
 * case's own events up to the instant, as `banli audit replay --at` does offline); the picker
 * speaks the office's wall clock, so its value is read and written as Beijing time.
 */

/** Beijing time, the office's clock: a picked local time means the time on the office's wall. */
export const officeOffset = "+08:00";

/**
 * A `datetime-local` value (YYYY-MM-DDTHH:mm[:ss]) read as office time, in epoch milliseconds;
 * undefined for an empty or malformed value, which means "now" (no cut).
 */
export const instantOfLocal = (value: string): number | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const withSeconds = value.length === 16 ? `${value}:00` : value;
  const ms = Date.parse(`${withSeconds}${officeOffset}`);
  return Number.isNaN(ms) ? undefined : ms;
};

/** The instant (with the office's offset) the server replays to, for a picked local time. */
export const instantTextOfLocal = (value: string): string | undefined => {
  if (instantOfLocal(value) === undefined) return undefined;
  return `${value.length === 16 ? `${value}:00` : value}${officeOffset}`;
};

/** The office-time `datetime-local` value of an instant (to start the picker at the last entry). */
export const localOfInstant = (instant: string): string => {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return "";
  const shifted = new Date(ms + 8 * 3_600_000).toISOString();
  return shifted.slice(0, 16);
};

import { Instant, LocalDate } from "@banli/kernel";

// The bureau works on Beijing time, which has had no daylight saving since 1991.
const offsetMs = 8 * 60 * 60_000;

/** `2026-11-25T18:30:00.000+08:00`: the instant as the office reads it. */
export const instantOf = (date: Date): Instant =>
  Instant.make(`${new Date(date.getTime() + offsetMs).toISOString().slice(0, 23)}+08:00`);

/** Today's date in the bureau's time zone. */
export const localDateOf = (date: Date): LocalDate =>
  LocalDate.make(new Date(date.getTime() + offsetMs).toISOString().slice(0, 10));

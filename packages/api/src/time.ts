import { Instant, LocalDate } from "@banli/kernel";

// The bureau works on Beijing time, which has had no daylight saving since 1991.
const offsetMs = 8 * 60 * 60_000;

/** The date as `toISOString` gives it, moved to Beijing time (its `Z` then means +08:00). */
const beijingIso = (date: Date): string => new Date(date.getTime() + offsetMs).toISOString();

/**
 * `toISOString` gives `YYYY-MM-DDTHH:mm:ss.sssZ` (24 characters) for the years 0–9999, from which
 * both functions below cut a string their schema accepts by construction: checking it again ran
 * the schema's pattern on every command (~1% of its CPU). Only an expanded year (`±YYYYYY`) is
 * left to the schema, which refuses it as it always has.
 */
const wellFormed = (iso: string) => ({ disableValidation: iso.length === 24 });

/** `2026-11-25T18:30:00.000+08:00`: the instant as the office reads it. */
export const instantOf = (date: Date): Instant => {
  const iso = beijingIso(date);
  return Instant.make(`${iso.slice(0, 23)}+08:00`, wellFormed(iso));
};

/** Today's date in the bureau's time zone. */
export const localDateOf = (date: Date): LocalDate => {
  const iso = beijingIso(date);
  return LocalDate.make(iso.slice(0, 10), wellFormed(iso));
};

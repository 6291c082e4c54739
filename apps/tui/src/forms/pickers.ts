import type { Reference } from "@banli/client";
import type { Directory, DirectoryEntry } from "../data/data-source.js";

/**
 * Pickers: what ←/→ do on a field that is not a free text. A unit or a person is chosen from
 * the server's directory (the id is what the command carries); a date steps a day at a time.
 */

/**
 * Which name a picked id fills beside it is a rule of the shared form model (the web console
 * follows it too); re-exported so the screens keep one import for their pickers.
 */
export { namePathFor } from "@banli/client";

/** The entries a reference field picks from; cases and attachments are typed, not picked. */
export const entriesFor = (
  directory: Directory | undefined,
  refersTo: Reference | undefined,
): ReadonlyArray<DirectoryEntry> | undefined => {
  if (directory === undefined) return undefined;
  if (refersTo === "unit") return directory.units;
  if (refersTo === "user") return directory.users;
  return undefined;
};

/** The next (or previous) entry after the one whose id is typed; the first when none is. */
export const cycleEntry = (
  entries: ReadonlyArray<DirectoryEntry>,
  currentId: string,
  step: 1 | -1,
): DirectoryEntry | undefined => {
  if (entries.length === 0) return undefined;
  const index = entries.findIndex((entry) => entry.id === currentId);
  if (index === -1) return step === 1 ? entries[0] : entries[entries.length - 1];
  return entries[(index + step + entries.length) % entries.length];
};

const day = 86_400_000;
/** The bureau's clock is UTC+8 (the kernel's LocalDate is an Asia/Shanghai date). */
const bureauOffset = 8 * 3_600_000;

export const bureauToday = (now: Date = new Date()): string =>
  new Date(now.getTime() + bureauOffset).toISOString().slice(0, 10);

/** A date a day (or `days`) later; an empty or unreadable one starts from today. */
export const shiftDate = (value: string, days: number, today: string): string => {
  const base = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  if (base === undefined) return today;
  const time = Date.parse(`${base}T00:00:00Z`);
  if (Number.isNaN(time)) return today;
  return new Date(time + days * day).toISOString().slice(0, 10);
};

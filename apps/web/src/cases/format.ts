/**
 * Dates as the server sends them: `LocalDate` (YYYY-MM-DD) as is, instants (ISO-8601 with the
 * server's +08:00 offset) as their local wall time "YYYY-MM-DD HH:mm" — the time the office saw
 * on its clock, whatever the browser's own time zone.
 */
export const wallTime = (instant: string | undefined): string => {
  if (instant === undefined) return "";
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(instant);
  return match === null ? instant : `${match[1]} ${match[2]}`;
};

/** A state key as words when no label is known: `sourceOrgan` → "source organ". */
export const humanKey = (key: string): string =>
  key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

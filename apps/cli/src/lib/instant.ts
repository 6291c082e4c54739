import { UsageError } from "../cli/command.js";

/** The bureau's zone: a time typed without an offset means Shanghai time, as on its papers. */
const OFFSET = "+08:00";

/**
 * `--at`: an ISO time with or without offset, or a date meaning the end of that day (so
 * `--at 2026-03-03` includes everything recorded on the 3rd). Returns epoch milliseconds and
 * the normalised text for messages.
 */
export const parseAt = (text: string): { readonly ms: number; readonly text: string } => {
  const normalised = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? `${text}T23:59:59.999${OFFSET}`
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)
      ? `${text}${OFFSET}`
      : text;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(normalised) ? Date.parse(normalised) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new UsageError(
      `--at '${text}' is not a time (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][±HH:MM])`,
    );
  }
  return { ms, text: normalised };
};

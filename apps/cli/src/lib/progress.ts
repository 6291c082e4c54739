import type { Io } from "../cli/command.js";

export interface Progress {
  /** `done` of `total` units (events, bytes …); throttled, so call it as often as you like. */
  readonly update: (done: number, total?: number) => void;
  /** Clears the line (on a terminal) so the command's own output starts clean. */
  readonly finish: () => void;
}

const silent: Progress = { update: () => undefined, finish: () => undefined };

/**
 * Progress on stderr, never stdout (which may be an export being piped). On a terminal it
 * redraws one line; forced with `--progress` onto a file or CI log it prints a line per second
 * instead, since carriage returns there would pile up into one unreadable line.
 */
export const makeProgress = (
  io: Io,
  label: string,
  forced: boolean,
  now: () => number = Date.now,
): Progress => {
  if (!io.stderrIsTTY && !forced) return silent;
  const tty = io.stderrIsTTY;
  const every = tty ? 100 : 1000;
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  const render = (done: number, total?: number) =>
    total === undefined || total === 0
      ? `${label}: ${done.toLocaleString("en")}`
      : `${label}: ${Math.floor((done / total) * 100)}%`;
  return {
    update: (done, total) => {
      const t = now();
      if (t - last < every) return;
      last = t;
      drawn = true;
      io.stderr(tty ? `\r\x1b[K${render(done, total)}` : `${render(done, total)}\n`);
    },
    finish: () => {
      if (tty && drawn) io.stderr("\r\x1b[K");
    },
  };
};

/** The option that forces progress where stderr is not a terminal. */
export const progressOption = {
  progress: {
    type: "boolean",
    help: "show progress on stderr even when it is not a terminal",
  },
} as const;

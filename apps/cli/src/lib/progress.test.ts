import { describe, expect, it } from "vitest";
import type { Io } from "../cli/command.js";
import { makeProgress } from "./progress.js";

const ioWith = (tty: boolean) => {
  const written: Array<string> = [];
  const io: Io = {
    stdout: () => undefined,
    stderr: (chunk) => {
      written.push(chunk);
    },
    env: {},
    cwd: "/",
    stderrIsTTY: tty,
    version: "1",
  };
  return { io, written };
};

describe("makeProgress", () => {
  it("stays silent off a terminal unless forced", () => {
    const { io, written } = ioWith(false);
    const progress = makeProgress(io, "x", false);
    progress.update(1, 2);
    progress.finish();
    expect(written).toEqual([]);
  });

  it("redraws one throttled line on a terminal and clears it at the end", () => {
    const { io, written } = ioWith(true);
    let now = 0;
    const progress = makeProgress(io, "verifying", false, () => now);
    progress.update(1, 4);
    now = 50;
    progress.update(2, 4); // within 100 ms: skipped
    now = 150;
    progress.update(3, 4);
    progress.finish();
    expect(written).toEqual(["\r\u001b[Kverifying: 25%", "\r\u001b[Kverifying: 75%", "\r\u001b[K"]);
  });

  it("prints a plain line per second when forced onto a file, with counts when there is no total", () => {
    const { io, written } = ioWith(false);
    let now = 0;
    const progress = makeProgress(io, "importing events", true, () => now);
    progress.update(1000);
    now = 500;
    progress.update(2000);
    now = 1000;
    progress.update(3000);
    progress.finish();
    expect(written).toEqual(["importing events: 1,000\n", "importing events: 3,000\n"]);
  });
});

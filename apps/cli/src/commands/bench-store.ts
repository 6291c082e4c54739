import { runStoreSuite } from "@banli/store-sqlite/bench";
import { benchOptions, progressTo, sizesOf, verdict, writeResults } from "../bench/output.js";
import { defineCommand } from "../cli/command.js";

export const benchStore = defineCommand({
  path: ["bench", "store"],
  summary: "benchmark SQLite appends against a raw better-sqlite3 reference",
  description: `Appends one-event commands in WAL mode with synchronous=FULL and compares, round by
round, with the raw reference (UPDATE streams … WHERE version=? + INSERT, one transaction per
command): one command at a time (target ≥ 0.8×), 50 concurrent callers each with one command
in flight (group commit; target ≥ 3× with p99 ≤ 10 ms), and a burst of all commands at once
(no target; shows the most group commit wins and what a long queue costs in latency).
Each ratio is the median of the per-round ratios. Results: bench-results/store.json.

Example: banli bench store --commands 20000 --serial 4000 --rounds 10`,
  positionals: [],
  options: {
    commands: {
      type: "string",
      value: "n",
      help: "commands of the 50-caller run and of the burst (default 20000)",
    },
    serial: {
      type: "string",
      value: "n",
      help: "commands of the reference and one-at-a-time runs (default 4000)",
    },
    ...benchOptions,
  },
  run: async ({ args, io }) => {
    const sizes = sizesOf(
      args,
      { commands: 20_000, serial: 4_000, rounds: 10 },
      { commands: 200, serial: 40, rounds: 2 },
    );
    const result = await runStoreSuite({
      concurrentCommands: sizes.commands,
      serialCommands: sizes.serial,
      rounds: sizes.rounds,
      log: progressTo(io, "store"),
    });
    const path = writeResults(io, args, "store", result);
    const { oneAtATime: one, concurrent50: c50, burst } = result;
    await io.stdout(
      [
        `SQLite appends, FULL, vs raw better-sqlite3 (${result.reference.perSecond} commands/s)`,
        `  one at a time   ${one.ratio}×  (target ≥ 0.8×: ${verdict(one.ratio >= 0.8)})`,
        `  50 concurrent   ${c50.ratio}×  p99 ${c50.p99Ms} ms  (target ≥ 3×, p99 ≤ 10 ms: ${verdict(c50.ratio >= 3 && c50.p99Ms <= 10)})`,
        `  burst           ${burst.ratio}×  p99 ${burst.p99Ms} ms  (no target)`,
        `results: ${path}`,
        "",
      ].join("\n"),
    );
    return 0;
  },
});

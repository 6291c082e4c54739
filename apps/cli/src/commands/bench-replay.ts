import { runReplaySuite } from "@banli/store-sqlite/bench";
import { benchOptions, progressTo, sizesOf, verdict, writeResults } from "../bench/output.js";
import { defineCommand } from "../cli/command.js";

export const benchReplay = defineCommand({
  path: ["bench", "replay"],
  summary: "benchmark replay through the kernel's schemas against the raw floor",
  description: `Fills a SQLite log with real kernel events (政务督查 and 来信来访 cases decided by the
kernel's deciders, one command per event), then rebuilds every case twice per round: through
the store's replay (read through the port, decode with the kernel's schemas, fold with the
kernel's evolve) and through the raw floor (scan + JSON.parse + the same fold into a Map, same
file). Target ≥ 0.5×. Also reports the file size per million events.
Results: bench-results/replay.json.

Example: banli bench replay --events 1000000`,
  positionals: [],
  options: {
    events: { type: "string", value: "n", help: "events in the log (default 1000000)" },
    ...benchOptions,
  },
  run: async ({ args, io }) => {
    const sizes = sizesOf(args, { events: 1_000_000, rounds: 3 }, { events: 2_000, rounds: 1 });
    const result = await runReplaySuite({ ...sizes, log: progressTo(io, "replay") });
    const path = writeResults(io, args, "replay", result);
    await io.stdout(
      [
        `replay of ${result.events} kernel events: ${result.store.perSecond} events/s, raw floor ${result.reference.perSecond} events/s`,
        `  ratio ${result.ratio}×  (target ≥ 0.5×: ${verdict(result.ratio >= 0.5)})`,
        `  SQLite file ${result.sqliteBytesPerMillionEvents} bytes per million events`,
        `results: ${path}`,
        "",
      ].join("\n"),
    );
    return 0;
  },
});

import { runVerifySuite } from "@banli/store-sqlite/bench";
import { benchOptions, progressTo, sizesOf, verdict, writeResults } from "../bench/output.js";
import { defineCommand } from "../cli/command.js";

export const benchVerify = defineCommand({
  path: ["bench", "verify"],
  summary: "benchmark the offline verifier on an export of real kernel events",
  description: `Fills a SQLite log with real kernel events, exports it (JSON Lines, signed
checkpoint) and verifies the file, alternating with the floor any verifier pays (read, parse
and SHA-256 every line). Target ≥ 100,000 events/s; the events per CPU second are reported
too, since the machine may be shared. Also reports the export's size per million events.
Results: bench-results/verify.json.

Example: banli bench verify --events 1000000`,
  positionals: [],
  options: {
    events: { type: "string", value: "n", help: "events in the export (default 1000000)" },
    ...benchOptions,
  },
  run: async ({ args, io }) => {
    const sizes = sizesOf(args, { events: 1_000_000, rounds: 3 }, { events: 2_000, rounds: 1 });
    const result = await runVerifySuite({ ...sizes, log: progressTo(io, "verify") });
    const path = writeResults(io, args, "verify", result);
    await io.stdout(
      [
        `verify of ${result.events} events: ${result.eventsPerSecond} events/s (${result.eventsPerCpuSecond} per CPU second)`,
        `  target ≥ 100000 events/s: ${verdict(result.eventsPerSecond >= 100_000)}`,
        `  ${result.ratio}× the floor (read + parse + hash: ${result.reference.perSecond} lines/s)`,
        `  export ${result.exportBytesPerMillionEvents} bytes per million events, SQLite ${result.sqliteBytesPerMillionEvents}`,
        `results: ${path}`,
        "",
      ].join("\n"),
    );
    return 0;
  },
});

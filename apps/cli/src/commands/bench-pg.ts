import { benchPostgres } from "@banli/store-postgres/bench";
import { benchOptions, progressTo, sizesOf, verdict, writeResults } from "../bench/output.js";
import { defineCommand } from "../cli/command.js";

export const benchPg = defineCommand({
  path: ["bench", "pg"],
  summary: "benchmark PostgreSQL appends against a raw single-statement CTE",
  description: `Appends one-event commands over 16 connections (synchronous_commit=on) through the
store and through the raw reference (one CTE: stream version check, gap-free position, insert),
alternating round by round on fresh schemas that are dropped afterwards. Target ≥ 0.8×. Both
sides get 16 concurrent callers and a 16-connection pool; the store sends the appends waiting at
once as one batch in one transaction (group commit), the reference one statement each. Also
reports the tables' size per million events. The server: --pg, else the PG* environment
variables, else postgres@127.0.0.1:5432. Results: bench-results/pg.json.

Example: banli bench pg --pg postgres://postgres@127.0.0.1/postgres`,
  positionals: [],
  options: {
    pg: { type: "string", value: "url", help: "PostgreSQL URL (the bench's schemas go there)" },
    commands: { type: "string", value: "n", help: "commands per round (default 10000)" },
    ...benchOptions,
  },
  run: async ({ args, io }) => {
    const sizes = sizesOf(args, { commands: 10_000, rounds: 3 }, { commands: 160, rounds: 1 });
    const url = args.string("pg") ?? io.env.BANLI_PG_URL;
    const result = await benchPostgres({
      ...sizes,
      ...(url === undefined ? {} : { url }),
      log: progressTo(io, "pg"),
    });
    const path = writeResults(io, args, "pg", result);
    await io.stdout(
      [
        `PostgreSQL appends, 16 connections: store ${result.store.perSecond} commands/s, raw CTE ${result.reference.perSecond} commands/s`,
        `  ratio ${result.ratio}×  p99 ${result.store.p99Ms} ms  (target ≥ 0.8×: ${verdict(result.ratio >= 0.8)})`,
        `  tables ${result.tableBytesPerMillionEvents} bytes per million events`,
        `results: ${path}`,
        "",
      ].join("\n"),
    );
    return 0;
  },
});

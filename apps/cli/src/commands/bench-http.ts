import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { runHttpBench } from "../bench-http/run-bench.js";
import { defineCommand, UsageError } from "../cli/command.js";
import { userPath } from "../lib/data-dir.js";

const positive = (raw: string | undefined, fallback: number, name: string, integer: boolean) => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be a ${integer ? "whole " : ""}number ≥ 0, not '${raw}'`);
  }
  return value;
};

export const benchHttp = defineCommand({
  path: ["bench", "http"],
  summary: "measure the HTTP paths against plain Fastify routes (writes bench-results/http.json)",
  description: `Starts, in this process on loopback: Banli's real server on a temporary SQLite store
with the demo bureau and signed-in sessions; a plain Fastify route doing the raw SQLite append
of the store benchmark (WAL, synchronous=FULL, one transaction per request); and a plain
Fastify hello route. autocannon fires at each from a worker thread, same connections and
duration, in alternating rounds (hello/tRPC health/inbox.list, then raw append/command); the
median run of each is kept and the ratios are reported:
  command    cases.open (a new 发文 draft) through HTTP → tRPC → session → decide → durable
             append → inline projections → reply, vs. the raw append route (goal ≥ 1.0)
  inbox.list the director's 待办 vs. the hello route (goal ≥ 0.8); nothing is written during
             these rounds, so with the query cache on (as served) this is its hit path —
             --query-cache off measures the read computed afresh
  health     a trivial tRPC query vs. the hello route: the tRPC HTTP path alone (reference)
Enough connections let concurrent commands share one fsync (the store's group commit); the raw
route fsyncs once per request.

Example: banli bench http --duration 10 --rounds 3 --connections 64`,
  positionals: [],
  options: {
    out: {
      type: "string",
      value: "file",
      help: "where to write the JSON (bench-results/http.json)",
    },
    duration: { type: "string", value: "s", help: "seconds per run (default 10)" },
    rounds: { type: "string", value: "n", help: "alternating rounds per pair (default 3)" },
    connections: { type: "string", value: "n", help: "concurrent connections (default 64)" },
    warmup: {
      type: "string",
      value: "s",
      help: "unmeasured seconds per workload first (default 3)",
    },
    adapter: {
      type: "string",
      value: "lean|stock",
      help: "Banli's tRPC HTTP path: lean (default, as served) or tRPC's stock adapter",
    },
    "query-cache": {
      type: "string",
      value: "on|off",
      help: "the lean path's per-viewer query cache: on (default, as served) or off",
    },
  },
  run: async ({ args, io }) => {
    const adapter = args.string("adapter") ?? "lean";
    if (adapter !== "lean" && adapter !== "stock") {
      throw new UsageError(`--adapter is lean or stock, not '${adapter}'`);
    }
    const queryCache = args.string("query-cache") ?? "on";
    if (queryCache !== "on" && queryCache !== "off") {
      throw new UsageError(`--query-cache is on or off, not '${queryCache}'`);
    }
    const duration = positive(args.string("duration"), 10, "duration", false);
    const rounds = positive(args.string("rounds"), 3, "rounds", true);
    const connections = positive(args.string("connections"), 64, "connections", true);
    if (duration === 0 || rounds === 0 || connections === 0) {
      throw new UsageError("--duration, --rounds and --connections must be above 0");
    }
    const settings = {
      duration,
      rounds,
      connections,
      warmup: positive(args.string("warmup"), 3, "warmup", false),
      adapter,
      queryCache: queryCache === "on",
    } as const;
    const result = await runHttpBench(settings, (line) => io.stderr(`${line}\n`));
    const out = userPath(io, args.string("out") ?? "bench-results/http.json");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    const { ratios, targets } = result;
    const mark = (met: boolean) => (met ? "met" : "NOT met");
    await io.stdout(
      [
        `command vs raw append: ${ratios.commandVsRawAppend}× (goal ≥ 1.0, ${mark(targets.commandVsRawAppend.met)})`,
        `inbox.list vs hello:   ${ratios.inboxListVsHello}× (goal ≥ 0.8, ${mark(targets.inboxListVsHello.met)})`,
        `tRPC health vs hello:  ${ratios.trpcHealthVsHello}× (reference)`,
        `written to ${out}`,
        "",
      ].join("\n"),
    );
    return 0;
  },
});

/**
 * `pnpm bench`: all SQLite benchmarks in one run, each side by side with its reference (see the
 * issue's "Benchmarks"), results in `bench-results/sqlite.json`. `banli bench store|replay|verify`
 * run the same functions one at a time. Sizes, for a quick run: BENCH_COMMANDS (default 20,000),
 * BENCH_SERIAL (4,000), BENCH_ROUNDS (append rounds, 10), BENCH_REPLAY_EVENTS (1,000,000),
 * BENCH_LOG_ROUNDS (replay and verify rounds, 3).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchAppends } from "./append-bench.js";
import { benchReplay } from "./replay-bench.js";
import { benchVerify } from "./verify-bench.js";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const sizes = {
  concurrentCommands: env("BENCH_COMMANDS", 20_000),
  serialCommands: env("BENCH_SERIAL", 4_000),
  rounds: env("BENCH_ROUNDS", 10),
  replayEvents: env("BENCH_REPLAY_EVENTS", 1_000_000),
  logRounds: env("BENCH_LOG_ROUNDS", 3),
};
const log = (message: string) => console.info(message);

const dir = mkdtempSync(join(tmpdir(), "banli-bench-"));
try {
  console.info("SQLite benchmarks in", dir);
  const appends = await benchAppends({ dir, ...sizes, log });
  const db = join(dir, "log.db");
  const replay = await benchReplay(db, sizes.replayEvents, sizes.logRounds, log);
  const verify = await benchVerify(db, join(dir, "export.jsonl"), sizes.logRounds, log);
  const results = {
    at: new Date().toISOString(),
    node: process.version,
    sizes,
    ...appends,
    replay,
    verify,
    fileSize: {
      sqliteBytesPerMillionEvents: replay.sqliteBytesPerMillionEvents,
      exportBytesPerMillionEvents: verify.exportBytesPerMillionEvents,
    },
  };
  const out = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bench-results");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "sqlite.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.info(
    `ratios: 50 concurrent ${appends.concurrent50.ratio}x (p99 ${appends.concurrent50.p99Ms} ms), ` +
      `one at a time ${appends.oneAtATime.ratio}x, burst ${appends.burst.ratio}x ` +
      `(p99 ${appends.burst.p99Ms} ms), replay ${replay.ratio}x, verify ` +
      `${verify.eventsPerSecond} events/s (${verify.eventsPerCpuSecond} per CPU second)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

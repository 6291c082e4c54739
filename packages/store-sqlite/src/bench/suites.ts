import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AppendBenchResult, benchAppends } from "./append-bench.js";
import { benchReplay, fillKernelLog, type ReplayBenchResult } from "./replay-bench.js";
import { benchVerify, type VerifyBenchResult } from "./verify-bench.js";

/**
 * The SQLite benchmarks as the CLI and `pnpm bench` run them: each in a temporary directory of
 * its own (removed afterwards, also on failure), with the sizes unless told otherwise.
 */

export interface SuiteOptions {
  readonly rounds?: number;
  /** Where the temporary directory goes; default the OS's. */
  readonly tmp?: string;
  readonly log?: (message: string) => void;
}

const inTempDir = async <A>(options: SuiteOptions, run: (dir: string) => Promise<A>) => {
  const dir = mkdtempSync(join(options.tmp ?? tmpdir(), "banli-bench-"));
  try {
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export interface StoreSuiteOptions extends SuiteOptions {
  /** Commands of the 50-caller run and of the burst (default 20,000). */
  readonly concurrentCommands?: number;
  /** Commands of the reference and of the one-at-a-time run (default 4,000). */
  readonly serialCommands?: number;
}

export type StoreSuiteResult = AppendBenchResult & {
  readonly sizes: { concurrentCommands: number; serialCommands: number; rounds: number };
};

/** Appends: the raw reference, one at a time, 50 concurrent, a burst (FULL throughout). */
export const runStoreSuite = (options: StoreSuiteOptions = {}): Promise<StoreSuiteResult> =>
  inTempDir(options, async (dir) => {
    const sizes = {
      concurrentCommands: options.concurrentCommands ?? 20_000,
      serialCommands: options.serialCommands ?? 4_000,
      rounds: options.rounds ?? 10,
    };
    const result = await benchAppends({
      dir,
      ...sizes,
      ...(options.log === undefined ? {} : { log: options.log }),
    });
    return { sizes, ...result };
  });

export interface LogSuiteOptions extends SuiteOptions {
  /** Events in the log (default 1,000,000). */
  readonly events?: number;
}

/** Replay of a kernel log through the kernel's schemas against the raw floor. */
export const runReplaySuite = (options: LogSuiteOptions = {}): Promise<ReplayBenchResult> =>
  inTempDir(options, (dir) =>
    benchReplay(join(dir, "log.db"), options.events ?? 1_000_000, options.rounds ?? 3, options.log),
  );

/** `verify` of a whole-log export of a kernel log. */
export const runVerifySuite = (
  options: LogSuiteOptions = {},
): Promise<VerifyBenchResult & { readonly sqliteBytesPerMillionEvents: number }> =>
  inTempDir(options, async (dir) => {
    const db = join(dir, "log.db");
    const events = await fillKernelLog(db, options.events ?? 1_000_000);
    options.log?.(`filled ${events} kernel events`);
    const result = await benchVerify(
      db,
      join(dir, "export.jsonl"),
      options.rounds ?? 3,
      options.log,
    );
    return {
      ...result,
      sqliteBytesPerMillionEvents: Math.round((statSync(db).size / events) * 1_000_000),
    };
  });

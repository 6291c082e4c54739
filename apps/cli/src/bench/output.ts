import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type Args, CliError, type Io, type OptionSpec, UsageError } from "../cli/command.js";
import { userPath } from "../lib/data-dir.js";
import { reasonOf } from "../lib/fs-error.js";

/**
 * What every `banli bench <what>` shares: `--out`, `--quick`, `--rounds`, writing the results
 * file and printing ratios. Each benchmark itself lives in its adapter package
 * (`@banli/store-sqlite/bench`, `@banli/store-postgres/bench`); the commands only choose sizes
 * and report.
 */
export const benchOptions: Readonly<Record<string, OptionSpec>> = {
  out: {
    type: "string",
    value: "file",
    help: "where to write the results (default bench-results/<name>.json)",
  },
  quick: {
    type: "boolean",
    help: "tiny sizes and one round: checks the benchmark runs, the figures mean nothing",
  },
  rounds: { type: "string", value: "n", help: "alternating rounds of reference and store" },
};

/** A positive whole number option, or `fallback` when it is absent. */
export const countOption = (args: Args, name: string, fallback: number): number => {
  const text = args.string(name);
  if (text === undefined) return fallback;
  const value = Number(text.replaceAll("_", ""));
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`--${name} must be a whole number of at least 1, not '${text}'`);
  }
  return value;
};

/** `full` sizes normally, `quick` ones with --quick; any size given explicitly wins over both. */
export const sizesOf = <K extends string>(
  args: Args,
  full: Readonly<Record<K, number>>,
  quick: Readonly<Record<K, number>>,
): Record<K, number> => {
  const base = args.flag("quick") ? quick : full;
  const sizes = {} as Record<K, number>;
  for (const key of Object.keys(base) as Array<K>) sizes[key] = countOption(args, key, base[key]);
  return sizes;
};

/** Progress lines go to stderr, so stdout carries only the summary. */
export const progressTo =
  (io: Io, name: string) =>
  (message: string): void =>
    io.stderr(`banli bench ${name}: ${message}\n`);

/** Writes `{ bench, at, node, quick, ...result }` as JSON; returns the path written. */
export const writeResults = (io: Io, args: Args, name: string, result: object): string => {
  const path = userPath(io, args.string("out") ?? `bench-results/${name}.json`);
  const document = {
    bench: name,
    at: new Date().toISOString(),
    node: process.version,
    quick: args.flag("quick"),
    ...result,
  };
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${reasonOf(error)}`);
  }
  return path;
};

/** `1.23× (target ≥ 0.8×) ok` — a ratio line of the summary. */
export const verdict = (met: boolean): string => (met ? "meets the target" : "MISSES the target");

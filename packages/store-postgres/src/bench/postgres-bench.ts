/**
 * `pnpm bench`: the PostgreSQL benchmark (see bench.ts) against the local server, results in
 * `bench-results/postgres.json`. Sizes: BENCH_PG_COMMANDS (default 10,000), BENCH_PG_CLIENTS
 * (default 16), BENCH_ROUNDS (default 3); the server from PG* variables or BENCH_PG_URL.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchPostgres } from "./bench.js";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const results = await benchPostgres({
  ...(process.env.BENCH_PG_URL === undefined ? {} : { url: process.env.BENCH_PG_URL }),
  commands: env("BENCH_PG_COMMANDS", 10_000),
  clients: env("BENCH_PG_CLIENTS", 16),
  rounds: env("BENCH_ROUNDS", 3),
  log: (message) => console.info(message),
});
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bench-results");
mkdirSync(out, { recursive: true });
const json = { at: new Date().toISOString(), node: process.version, ...results };
writeFileSync(join(out, "postgres.json"), `${JSON.stringify(json, null, 2)}\n`);
console.info(
  `ratio: PostgreSQL store ${results.ratio}x the raw CTE append (p99 ${results.store.p99Ms} ms), ` +
    `${results.tableBytesPerMillionEvents} table bytes per million events`,
);

// `@banli/store-sqlite/bench`: the SQLite benchmarks, for `pnpm bench` and `banli bench`.
export * from "./append-bench.js";
export * from "./raw-reference.js";
export * from "./replay-bench.js";
export * from "./suites.js";
export * from "./verify-bench.js";

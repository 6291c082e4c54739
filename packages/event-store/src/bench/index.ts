// What the adapters' benchmarks share: a log of real kernel events and the figures' arithmetic.
export * from "./kernel-log.js";
export * from "./stats.js";

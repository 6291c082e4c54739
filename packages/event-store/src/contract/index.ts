export * from "./concurrency.js";
export * from "./fixtures.js";
export * from "./run-contract.js";

export * from "./client.js";
export * from "./delegations.js";
export * from "./forms/index.js";

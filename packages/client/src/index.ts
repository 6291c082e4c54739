export * from "./client.js";
export * from "./forms/index.js";

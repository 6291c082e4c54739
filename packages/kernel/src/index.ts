export * from "./shared/actor.js";
export * from "./shared/decider.js";
export * from "./shared/errors.js";
export * from "./shared/ids.js";
export * from "./shared/process.js";
export * from "./shared/roles.js";

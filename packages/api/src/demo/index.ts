export * from "./bureau.js";
export * from "./cases.js";
export * from "./seed.js";
export * from "./synthetic.js";

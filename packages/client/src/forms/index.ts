export * from "./commands.js";
export * from "./derive.js";
export * from "./draft.js";
export * from "./label.js";
export * from "./model.js";
export * from "./optional-field.js";
export * from "./refusal.js";
export * from "./validate.js";

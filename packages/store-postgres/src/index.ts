export * from "./postgres-store.js";
export { assertIdentifier } from "./schema.js";

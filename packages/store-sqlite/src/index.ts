export * from "./sqlite-store.js";

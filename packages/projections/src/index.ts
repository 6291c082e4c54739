export * from "./projection.js";

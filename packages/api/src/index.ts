export { type AppRouter, appRouter } from "./router.js";
export { type ApiContext, createCallerFactory } from "./trpc.js";

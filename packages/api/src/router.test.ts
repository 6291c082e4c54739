import { describe, expect, it } from "vitest";
import { appRouter } from "./router.js";
import { createCallerFactory } from "./trpc.js";

const caller = createCallerFactory(appRouter)({ version: "1.2.3" });

describe("health", () => {
  it("reports ok with the running version", async () => {
    expect(await caller.health()).toEqual({ status: "ok", version: "1.2.3" });
  });
});

import { describe, expect, it } from "vitest";
import { buildServer } from "./server.js";

describe("buildServer", () => {
  it("answers /health", async () => {
    const app = await buildServer({ version: "9.9.9" });
    const res = await app.inject({ method: "GET", url: "/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok", version: "9.9.9" });
    await app.close();
  });

  it("serves the tRPC API under /trpc", async () => {
    const app = await buildServer({ version: "9.9.9" });
    const res = await app.inject({ method: "GET", url: "/trpc/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ result: { data: { status: "ok", version: "9.9.9" } } });
    await app.close();
  });
});

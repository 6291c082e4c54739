import { createBanliClient } from "@banli/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./server.js";

// The real @trpc/client over a real socket on an ephemeral loopback port.
const app = await buildServer({ version: "int" });
let url = "";
beforeAll(async () => {
  url = await app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(() => app.close());

describe("the server over HTTP", () => {
  it("answers the typed client", async () => {
    const client = createBanliClient({ url });
    expect(await client.health.query()).toEqual({ status: "ok", version: "int" });
  });
});

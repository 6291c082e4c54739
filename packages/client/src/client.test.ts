import { appRouter } from "@banli/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { createBanliClient } from "./client.js";

// The real router behind tRPC's fetch adapter, in process: the client's wire format is tested
// without opening a port. `health` needs nothing of the server's dependencies.
const inProcessFetch: typeof fetch = (input, init) =>
  fetchRequestHandler({
    endpoint: "/trpc",
    req: new Request(input, init),
    router: appRouter,
    createContext: () =>
      ({
        deps: { version: "test" },
        cookies: {
          sessionId: undefined,
          setSession: () => undefined,
          clearSession: () => undefined,
        },
        address: "test",
      }) as never,
  });

describe("createBanliClient", () => {
  it("calls the server's procedures through tRPC's HTTP protocol", async () => {
    const client = createBanliClient({ url: "http://banli.test/", fetch: inProcessFetch });
    expect(await client.health.query()).toEqual({ status: "ok", version: "test" });
  });
});

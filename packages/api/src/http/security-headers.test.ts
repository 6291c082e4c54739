import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import helmet from "helmet";
import { describe, expect, it } from "vitest";
import { makeMemoryDeps } from "../testing/harness.js";
import { apiReplyHeaders, documentSecurityHeaders, helmetHeaders } from "./security-headers.js";
import { createHttpServer } from "./server.js";

const options = {
  contentSecurityPolicy: {
    directives: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"] },
  },
};

describe("security headers computed once", () => {
  it("are exactly the headers Helmet sets on a real response", () => {
    const res = new ServerResponse(new IncomingMessage(new Socket()));
    res.setHeader("X-Powered-By", "something");
    helmet(options)(res.req, res, () => {});
    const real = Object.fromEntries(
      Object.entries(res.getHeaders()).map(([k, v]) => [k, String(v)]),
    );
    expect(helmetHeaders(options)).toEqual(real);
    expect(real["content-security-policy"]).toContain("style-src 'self' 'unsafe-inline'");
  });

  it("go out on every reply of the server: the API's set on tRPC, the console's elsewhere", async () => {
    const app = await createHttpServer(makeMemoryDeps());
    try {
      for (const url of ["/health", "/nowhere"]) {
        const res = await app.inject({ method: "GET", url });
        expect(res.headers).toMatchObject(documentSecurityHeaders);
        expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
        expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
      }
      for (const url of ["/trpc/health", "/trpc/inbox.list", "/trpc/nowhere"]) {
        const res = await app.inject({ method: "GET", url });
        expect(res.headers).toMatchObject(apiReplyHeaders);
        expect(res.headers["x-content-type-options"]).toBe("nosniff");
        expect(res.headers["cross-origin-resource-policy"]).toBe("same-origin");
        expect(res.headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
        expect(res.headers["content-security-policy"]).toBe(
          "default-src 'self';frame-ancestors 'self'",
        );
        expect(res.headers["cache-control"]).toBe("no-store");
        // Document-only headers stay off the API's replies.
        expect(res.headers["x-frame-options"]).toBeUndefined();
        expect(res.headers["cross-origin-opener-policy"]).toBeUndefined();
      }
      // A refused mutation (CSRF) carries the API's set too.
      const refused = await app.inject({ method: "POST", url: "/trpc/auth.logout" });
      expect(refused.statusCode).toBe(403);
      expect(refused.headers).toMatchObject(apiReplyHeaders);
    } finally {
      await app.close();
    }
  });
});

import { Agent, get } from "node:http";
import { describe, expect, it } from "vitest";
import { seedDirectory } from "../demo/seed.js";
import { makeMemoryDeps } from "../testing/harness.js";
import { createHttpServer } from "./server.js";

describe("stopping the server", () => {
  it("drops the consoles' live streams and closes, instead of waiting on them", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    const app = await createHttpServer(deps);
    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-banli-csrf": "1" },
      body: JSON.stringify({ username: "zhuren", password: "demo12345" }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    // As a browser tab: the stream stays open while the tab does, and the connection is kept
    // for reuse afterwards (this agent never drops an idle one by itself).
    const agent = new Agent({ keepAlive: true });
    const stream = await new Promise<{ readonly type: string; readonly ended: Promise<string> }>(
      (resolve, reject) => {
        get(
          `${base}/trpc/events.live`,
          { agent, headers: { cookie, accept: "text/event-stream" } },
          (res) => {
            let text = "";
            res.on("data", (chunk: Buffer) => {
              text += chunk.toString();
            });
            // Dropped, not ended: `close` comes either way, `end` only after a clean end.
            const ended = new Promise<string>((done) => res.on("close", () => done(text)));
            resolve({ type: String(res.headers["content-type"]), ended });
          },
        ).on("error", reject);
      },
    );
    expect(stream.type).toContain("text/event-stream");
    // Without dropping the stream and then the idle connections, this waits as long as the tab.
    await app.close();
    const read = await stream.ended;
    expect(read).toContain("event: connected");
    // No clean end (tRPC's `return` event), which would tell the console not to reconnect.
    expect(read).not.toContain("event: return");
    agent.destroy();
  });
});

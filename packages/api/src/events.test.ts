import { describe, expect, it } from "vitest";
import { demoCases } from "./demo/cases.js";
import { seedDirectory } from "./demo/seed.js";
import { signedIn } from "./testing/caller.js";
import { makeMemoryDeps } from "./testing/harness.js";

describe("events.live", () => {
  it("tells a user of changes to cases they may see, and nobody else", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    // A caller's signal is what a closed SSE connection is to the server.
    const controller = new AbortController();
    const director = await signedIn(deps, "zhuren", "demo12345", controller.signal);
    const printRoom = await signedIn(deps, "wenyin", "demo12345", controller.signal);
    const forDirector = (await director.events.live())[Symbol.asyncIterator]();
    const forPrintRoom = (await printRoom.events.live())[Symbol.asyncIterator]();
    const next = forDirector.next();
    const other = forPrintRoom.next();
    const clerk = await signedIn(deps, "bangongshi");
    const first = demoCases[0]?.steps[0];
    if (first === undefined) throw new Error("demo case");
    const opened = await clerk.cases.open({ process: "supervision", command: first.command });
    expect((await next).value).toEqual({
      caseId: opened.caseId,
      process: "supervision",
      version: 1,
      status: "Registered",
    });
    controller.abort();
    // The print room saw nothing before the stream closed.
    expect((await other).done).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { demoCases } from "./demo/cases.js";
import { seedDirectory } from "./demo/seed.js";
import { signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
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

  it("tells of a change made as soon as the subscription is answered, before it is first read", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    const controller = new AbortController();
    const director = await signedIn(deps, "zhuren", "demo12345", controller.signal);
    const clerk = await signedIn(deps, "bangongshi");
    // Over SSE the answer is the stream's headers: a console that has them must hear what follows.
    const stream = (await director.events.live())[Symbol.asyncIterator]();
    const first = demoCases[0]?.steps[0];
    if (first === undefined) throw new Error("demo case");
    const opened = await clerk.cases.open({ process: "supervision", command: first.command });
    const unheard = new Promise<"unheard">((resolve) =>
      setTimeout(() => resolve("unheard"), 2_000),
    );
    const heard = await Promise.race([stream.next(), unheard]);
    controller.abort();
    expect(heard).toEqual({
      done: false,
      value: { caseId: opened.caseId, process: "supervision", version: 1, status: "Registered" },
    });
  });
});

describe("events.live for a deputy (委托)", () => {
  it("tells the deputy of the principal's cases while a grant holds, and stops when it is revoked", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    const first = demoCases[0]?.steps[0];
    if (first === undefined) throw new Error("demo case");
    const controller = new AbortController();
    // The print room sees no 督办件 of its own: what it is told of is the clerk's.
    const deputy = await signedIn(deps, "wenyin", "demo12345", controller.signal);
    const clerk = await signedIn(deps, "bangongshi");
    const forClerk = { onBehalfOf: "bangongshi" } as const;
    const notices = async (input?: typeof forClerk) =>
      (await deputy.events.live(input))[Symbol.asyncIterator]();

    // No grant: refused as inbox.list is.
    expect((await refusalOf(notices(forClerk))).tag).toBe("NotAuthorised");

    const grant = await clerk.delegations.grant({ deputy: "wenyin" });
    const asClerk = await notices(forClerk);
    const own = await notices();
    const next = asClerk.next();
    const ownNext = own.next();
    const opened = await clerk.cases.open({ process: "supervision", command: first.command });
    expect((await next).value).toMatchObject({ caseId: opened.caseId, version: 1 });

    // Revoked: the next notice in the clerk's name is refused, and the stream ends.
    await clerk.delegations.revoke({ grantId: grant.grantId });
    const after = asClerk.next();
    await clerk.cases.open({ process: "supervision", command: first.command });
    expect((await refusalOf(after)).tag).toBe("NotAuthorised");
    controller.abort();
    // The deputy's own stream was never told of the clerk's cases.
    expect((await ownNext).done).toBe(true);
  });
});

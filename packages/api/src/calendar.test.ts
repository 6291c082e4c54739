import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "./demo/seed.js";
import { signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
import { makeMemoryDeps } from "./testing/harness.js";

const caseIds = (rows: ReadonlyArray<{ readonly caseId: string }>) => rows.map((r) => r.caseId);

describe("委托: a deputy's 临期与超期", () => {
  // Mid-December the demo's 督办 cases have turned red and yellow for the office clerk; the print
  // room sees none of them, so the two lists tell apart whose list was answered.
  const deps = makeMemoryDeps({ now: () => new Date("2026-12-16T10:00:00+08:00") });
  const forClerk = { onBehalfOf: "bangongshi" } as const;
  beforeAll(() => seedDemo(deps));

  it("lists the principal's pressing cases only while a grant holds", async () => {
    const clerk = await signedIn(deps, "bangongshi");
    const deputy = await signedIn(deps, "wenyin");
    const clerksList = await clerk.calendar.pressing();
    const ownList = await deputy.calendar.pressing();
    expect(clerksList.length).toBeGreaterThan(0);
    expect(caseIds(ownList)).not.toEqual(caseIds(clerksList));

    // No grant: refused in the same words as inbox.list and cases.get.
    expect(await refusalOf(deputy.calendar.pressing(forClerk))).toEqual({
      code: "FORBIDDEN",
      tag: "NotAuthorised",
    });

    const grant = await clerk.delegations.grant({ deputy: "wenyin", until: "2026-12-31" });
    expect(await deputy.calendar.pressing(forClerk)).toEqual(clerksList);
    expect(await deputy.calendar.pressing({ ...forClerk, limit: 1 })).toEqual(
      clerksList.slice(0, 1),
    );
    // Without `onBehalfOf` (or naming oneself) the deputy's own list is unchanged.
    expect(caseIds(await deputy.calendar.pressing())).toEqual(caseIds(ownList));
    expect(caseIds(await deputy.calendar.pressing({ onBehalfOf: "wenyin" }))).toEqual(
      caseIds(ownList),
    );

    await clerk.delegations.revoke({ grantId: grant.grantId });
    expect((await refusalOf(deputy.calendar.pressing(forClerk))).tag).toBe("NotAuthorised");
  });

  it("refuses a principal who is not in the directory", async () => {
    const deputy = await signedIn(deps, "wenyin");
    expect((await refusalOf(deputy.calendar.pressing({ onBehalfOf: "nobody" }))).tag).toBe(
      "NotAuthorised",
    );
  });
});

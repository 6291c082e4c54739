import { describe, expect, it } from "vitest";
import { seedDirectory } from "./demo/seed.js";
import { signedIn } from "./testing/caller.js";
import { makeMemoryDeps } from "./testing/harness.js";

describe("directory: the pickers' data", () => {
  it("lists the people a form can name, by role or unit, without deactivated users", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    const clerk = await signedIn(deps, "bangongshi");
    expect(await clerk.directory.people({ role: "leader-in-charge" })).toEqual([
      {
        userId: "fenguan",
        name: "张副局长",
        unitId: "lingdao",
        unitName: "局领导",
        roles: ["leader-in-charge"],
      },
    ]);
    expect((await clerk.directory.people({ unitId: "chengguo" })).map((p) => p.userId)).toEqual([
      "chengban",
      "chuzhang",
      "luru",
    ]);
    await (await signedIn(deps, "admin")).admin.deactivateUser({ userId: "luru" });
    expect((await clerk.directory.people({ unitId: "chengguo" })).map((p) => p.userId)).toEqual([
      "chengban",
      "chuzhang",
    ]);
    expect((await clerk.directory.units()).find((u) => u.unitId === "chengguo")?.unitName).toBe(
      "成果转化处",
    );
    expect(JSON.stringify(await clerk.directory.people({}))).not.toMatch(/hash|password|active/);
  });
});

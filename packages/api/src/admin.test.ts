import { describe, expect, it } from "vitest";
import { seedDirectory } from "./demo/seed.js";
import { browser, signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
import { makeMemoryDeps } from "./testing/harness.js";

describe("admin", () => {
  it("records every directory change as an event with the administrator's name", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    const admin = await signedIn(deps, "admin");
    await admin.admin.registerUser({
      userId: "kejiyuan",
      name: "新科员",
      unitId: "chanye",
      roles: ["division-handler"],
      password: "a-long-password",
    });
    const newcomer = await signedIn(deps, "kejiyuan", "a-long-password");
    expect((await newcomer.auth.me()).unitName).toBe("产业发展处");
    await admin.admin.deactivateUser({ userId: "kejiyuan" });
    // Deactivation ends the session at once and the password no longer works.
    expect((await refusalOf(newcomer.auth.me())).code).toBe("UNAUTHORIZED");
    const { caller } = browser(deps, "10.9.9.9");
    expect(
      (await refusalOf(caller.auth.login({ username: "kejiyuan", password: "a-long-password" })))
        .tag,
    ).toBe("LoginFailed");
    const log = await deps.store.readStream("directory-bureau");
    const last = log[log.length - 1];
    expect(last?.type).toBe("directory.UserDeactivated");
    expect(last?.data).toMatchObject({ by: { userId: "admin" } });
  });

  it("refuses everyone but an administrator", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    const director = await signedIn(deps, "zhuren");
    expect(await refusalOf(director.admin.users())).toEqual({
      code: "FORBIDDEN",
      tag: "NotAuthorised",
    });
    expect(
      (await refusalOf(director.admin.changeRoles({ userId: "zhuren", roles: ["administrator"] })))
        .code,
    ).toBe("FORBIDDEN");
  });
});

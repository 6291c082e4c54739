import { makeMemoryEventStore } from "@banli/event-store";
import { memoryReadModel } from "@banli/projections";
import { describe, expect, it } from "vitest";
import { memoryBlobs } from "./attachments/blob-store.js";
import { memoryCredentials } from "./auth/credentials.js";
import { seedDirectory } from "./demo/seed.js";
import { composeApi } from "./host/compose.js";
import { securityStreamId } from "./security-log.js";
import { calendar2027 } from "./testing/calendar-2027.js";
import { signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
import { makeMemoryDeps } from "./testing/harness.js";

const adminChanges = async (deps: ReturnType<typeof makeMemoryDeps>) =>
  (await deps.store.readStream(securityStreamId))
    .filter((e) => e.type === "security.AdminChanged")
    .map((e) => e.data as { change: string; target: string; userId: string });

describe("admin: users, registers and the calendar, each change in the security log", () => {
  it("records every administrator change, and never a password", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    const admin = await signedIn(deps, "admin");
    await admin.admin.defineUnit({ unitId: "zhengce", name: "政策法规处" });
    await admin.admin.registerUser({
      userId: "fagui",
      name: "法规科员",
      unitId: "zhengce",
      roles: ["division-handler"],
      password: "first-password-1",
    });
    await admin.admin.changeRoles({ userId: "fagui", roles: ["division-head"] });
    await admin.admin.setPassword({ userId: "fagui", password: "second-password-2" });
    await admin.admin.deactivateUser({ userId: "fagui" });
    expect((await adminChanges(deps)).map((c) => [c.change, c.target, c.userId])).toEqual([
      ["defineUnit", "zhengce", "admin"],
      ["registerUser", "fagui", "admin"],
      ["changeRoles", "fagui", "admin"],
      ["setPassword", "fagui", "admin"],
      ["deactivateUser", "fagui", "admin"],
    ]);
    const everything = JSON.stringify(await deps.store.readAll({ limit: 100_000 }));
    expect(everything).not.toContain("first-password-1");
    expect(everything).not.toContain("second-password-2");
  });

  it("a reset password works at once and ends the user's sessions", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    const clerk = await signedIn(deps, "bangongshi");
    const admin = await signedIn(deps, "admin");
    await admin.admin.setPassword({ userId: "bangongshi", password: "reset-password-9" });
    expect((await refusalOf(clerk.auth.me())).code).toBe("UNAUTHORIZED");
    const again = await signedIn(deps, "bangongshi", "reset-password-9");
    expect((await again.auth.me()).userId).toBe("bangongshi");
  });

  it("changes the 机关代字: 发文字号 are taken under the new one, the old one is refused", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    const admin = await signedIn(deps, "admin");
    const config = await admin.admin.registers();
    expect(config.agencyPrefixes).toEqual(["武科", "武科函", "武科办"]);
    await admin.admin.configureRegisters({ ...config, agencyPrefixes: ["武科技", "武科技函"] });
    expect(deps.registers.agencyPrefixes).toEqual(["武科技", "武科技函"]);
    expect((await adminChanges(deps)).map((c) => c.change)).toEqual(["configureRegisters"]);
    const director = await signedIn(deps, "zhuren");
    expect(
      (await refusalOf(director.admin.configureRegisters({ ...config, agencyPrefixes: ["X"] })))
        .code,
    ).toBe("FORBIDDEN");
  });

  it("carries a register over from paper, only before its first number", async () => {
    const deps = makeMemoryDeps({ now: () => new Date("2026-11-02T10:00:00+08:00") });
    await seedDirectory(deps);
    const admin = await signedIn(deps, "admin");
    expect(
      await admin.admin.carryOverRegister({
        register: { kind: "督办", year: 2026 },
        carriedOver: 11,
      }),
    ).toEqual({ nextSequence: 12 });
    expect(await admin.admin.registerStatus({ register: { kind: "督办", year: 2026 } })).toEqual({
      last: 11,
      allocated: 0,
      next: "督〔2026〕12号",
    });
    const clerk = await signedIn(deps, "bangongshi");
    const opened = await clerk.cases.open({
      process: "supervision",
      command: {
        _tag: "RegisterItem",
        kind: "督办件",
        sourceOrgan: "市政府督查室",
        title: "续号测试",
        content: "……",
        receivedOn: "2026-11-02",
        timeLimit: "2026-12-18",
        attachments: [],
      },
    });
    expect(opened.number).toBe("督〔2026〕12号");
    expect(
      await refusalOf(
        admin.admin.carryOverRegister({ register: { kind: "督办", year: 2026 }, carriedOver: 20 }),
      ),
    ).toEqual({ code: "CONFLICT", tag: "WrongStep" });
  });

  it("loads a year's holidays: due dates count on it now and after a restart", async () => {
    const store = makeMemoryEventStore();
    const deps = makeMemoryDeps({ store });
    await seedDirectory(deps);
    const side = () => ({
      readModel: memoryReadModel(),
      credentials: memoryCredentials(),
      blobs: memoryBlobs(),
    });
    // A second server already running on the same log.
    const other = await composeApi(store, side(), { version: "test" });
    const admin = await signedIn(deps, "admin");
    const due = { start: "2027-02-04", amount: 2, unit: "工作日" } as const;
    expect((await refusalOf(admin.calendar.due(due))).tag).toBe("CalendarOutOfRange");
    expect((await admin.admin.loadCalendar(calendar2027)).coverage.lastYear).toBe(2027);
    // 2 working days after Thu 4 Feb 2027 with 春节 from 5 to 12 Feb: 15 and 16 Feb (14 is 调休).
    expect((await admin.calendar.due(due)).due).toBe("2027-02-15");
    expect((await adminChanges(deps)).map((c) => [c.change, c.target])).toEqual([
      ["loadCalendar", "2027-2027"],
    ]);
    // A gap (2029 without 2028) is refused and nothing is recorded.
    const gap = { ...calendar2027, coverage: { firstYear: 2029, lastYear: 2029 } };
    expect((await refusalOf(admin.admin.loadCalendar(gap))).tag).toBe("InvalidCalendarInput");
    expect(await adminChanges(deps)).toHaveLength(1);

    // The running server follows the change through the store's subscription…
    while (other.deps.settings.current().calendarData.coverage.lastYear !== 2027) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await other.close();
    // …and one started later (or this one restarted) applies it at startup.
    const restarted = await composeApi(store, side(), { version: "test" });
    expect(restarted.deps.settings.current().calendarData.coverage.lastYear).toBe(2027);
    expect(restarted.deps.calendar.addWorkingDays("2027-02-04" as never, 2)).toMatchObject({
      right: "2027-02-15",
    });
    await restarted.close();
  });
});

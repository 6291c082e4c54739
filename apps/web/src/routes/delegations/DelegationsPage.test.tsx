import { cleanup, configure, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { chief, directorMe, grant, leader, director as zhuren } from "../../api/acting-fixtures.js";
import { type Handler, refusal, renderConsole } from "../../test-support.jsx";

// The page loads lazily (its chunk is transformed on first use): waits allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

const people = [
  { userId: "admin", name: "系统管理员", unitId: "xinxizhongxin", unitName: "信息中心", roles: [] },
  { userId: "fenguan", name: "张副局长", unitId: "lingdao", unitName: "局领导", roles: [] },
  { userId: "juzhang", name: "陈局长", unitId: "lingdao", unitName: "局领导", roles: [] },
  { userId: "zhuren", name: "李主任", unitId: "bangongshi", unitName: "局办公室", roles: [] },
];

const leaderMe = {
  userId: "fenguan",
  name: "张副局长",
  unitId: "lingdao",
  unitName: "局领导",
  roles: ["leader-in-charge"],
  roleLabels: [{ zh: "分管局领导", en: "Leader in charge" }],
};

const adminMe = {
  userId: "admin",
  name: "系统管理员",
  unitId: "xinxizhongxin",
  roles: ["administrator"],
  roleLabels: [{ zh: "系统管理员", en: "Administrator" }],
};

const page = (grants: () => ReadonlyArray<unknown>, more: Record<string, Handler> = {}) => ({
  "delegations.list": () => grants(),
  "directory.people": () => people,
  "directory.units": () => [],
  ...more,
});

const table = (name: string) => screen.getByRole("table", { name });
/** A person picker of the form, once the directory's names have arrived (ids typed before). */
const picker = (form: HTMLElement, name: string) =>
  waitFor(() => {
    const select = within(form).getByRole("combobox", { name }) as HTMLSelectElement;
    expect(select.disabled).toBe(false);
    return select;
  });

describe("委托", () => {
  it("grants the leader's authority to a deputy until a date, then lists it", async () => {
    let grants: ReadonlyArray<unknown> = [];
    const server = renderConsole(
      "/delegations",
      page(() => grants, {
        "delegations.grant": (input) => {
          grants = [grant("g1", leader, zhuren, { until: "2026-12-31" })];
          return input;
        },
      }),
      leaderMe,
    );
    const form = await screen.findByRole("form", { name: "新增委托" });
    // The principal is oneself; only the administrator chooses it.
    expect(within(form).queryByLabelText("委托人")).toBeNull();
    const deputy = await picker(form, "受托人");
    expect([...deputy.options].map((o) => o.textContent)).toEqual([
      "请选择人员",
      "系统管理员（信息中心）",
      "陈局长（局领导）",
      "李主任（局办公室）",
    ]);
    fireEvent.click(within(form).getByRole("button", { name: "委托" }));
    expect(await within(form).findByText("请选择受托人。")).toBeTruthy();
    expect(server.calls.some((c) => c.path === "delegations.grant")).toBe(false);

    fireEvent.change(deputy, { target: { value: "zhuren" } });
    fireEvent.input(within(form).getByLabelText("截止日期（含当日）"), {
      target: { value: "2026-12-31" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "委托" }));
    expect(await within(form).findByText("已委托 李主任 代 张副局长 办理。")).toBeTruthy();
    // The form stays (with its note) while the lists are read again.
    await waitFor(() => expect(within(table("我委托的")).getByText("李主任")).toBeTruthy());
    expect(screen.getByRole("form", { name: "新增委托" })).toBe(form);
    expect(form.isConnected).toBe(true);
    expect(server.calls.find((c) => c.path === "delegations.grant")?.input).toEqual({
      deputy: "zhuren",
      until: "2026-12-31",
    });
    await waitFor(() => expect(within(table("我委托的")).getByText("李主任")).toBeTruthy());
    const line = within(table("我委托的")).getByRole("row", { name: /李主任/ });
    expect(line.textContent).toContain("2026-12-31");
    expect(line.textContent).toContain("有效");
  });

  it("shows the server's refusal in words", async () => {
    renderConsole(
      "/delegations",
      page(() => [], {
        "delegations.grant": () => {
          throw refusal(
            "InvalidCommand",
            "委托截止日期已过",
            "The delegation would end in the past",
          );
        },
      }),
      leaderMe,
    );
    const form = await screen.findByRole("form", { name: "新增委托" });
    fireEvent.change(await picker(form, "受托人"), { target: { value: "zhuren" } });
    fireEvent.click(within(form).getByRole("button", { name: "委托" }));
    expect((await within(form).findByRole("alert")).textContent).toBe("未能保存：委托截止日期已过");
  });

  it("revokes a grant one gave; an ended or revoked one stays listed without the button", async () => {
    let grants: ReadonlyArray<unknown> = [
      grant("g1", leader, zhuren),
      grant("g0", leader, chief, { active: false, until: "2026-11-01" }),
    ];
    const server = renderConsole(
      "/delegations",
      page(() => grants, {
        "delegations.revoke": () => {
          grants = [
            grant("g1", leader, zhuren, { revokedAt: "2026-11-21T09:00:00+08:00" }),
            grants[1],
          ];
          return grants[0];
        },
      }),
      leaderMe,
    );
    await screen.findByRole("table", { name: "我委托的" });
    expect(within(table("我委托的")).getByRole("row", { name: /陈局长/ }).textContent).toContain(
      "已到期",
    );
    fireEvent.click(screen.getByRole("button", { name: "撤销对 李主任 的委托" }));
    expect(await screen.findByText("已撤销委托。")).toBeTruthy();
    expect(server.calls.find((c) => c.path === "delegations.revoke")?.input).toEqual({
      grantId: "g1",
    });
    await waitFor(() =>
      expect(within(table("我委托的")).getByRole("row", { name: /李主任/ }).textContent).toContain(
        "已撤销",
      ),
    );
    expect(screen.queryByRole("button", { name: /撤销对/ })).toBeNull();
  });

  it("takes a typed user id when the directory cannot be read", async () => {
    // The directory's failure is logged; this test expects it.
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    onTestFinished(() => warn.mockRestore());
    const server = renderConsole(
      "/delegations",
      page(() => [], {
        "directory.people": () => {
          throw refusal("Unavailable", "通讯录暂不可用");
        },
        "delegations.grant": (input) => input,
      }),
      leaderMe,
    );
    const form = await screen.findByRole("form", { name: "新增委托" });
    const deputy = await within(form).findByRole("textbox", { name: "受托人" });
    fireEvent.input(deputy, { target: { value: "zhuren" } });
    fireEvent.click(within(form).getByRole("button", { name: "委托" }));
    // Without the directory the id stands for the name in the note; the server checked it.
    expect(await within(form).findByText("已委托 zhuren 代 张副局长 办理。")).toBeTruthy();
    expect(server.calls.find((c) => c.path === "delegations.grant")?.input).toEqual({
      deputy: "zhuren",
    });
  });

  it("lets a deputy start acting for a principal from the grants they hold", async () => {
    renderConsole(
      "/delegations",
      page(() => [grant("g1", leader, zhuren)], {
        "inbox.counts": () => ({ todo: 1, done: 0, toRead: 0, read: 0, started: 0 }),
        "inbox.list": () => ({ total: 0, rows: [] }),
        "calendar.pressing": () => [],
      }),
      directorMe,
    );
    await screen.findByRole("table", { name: "委托给我的" });
    expect(screen.getByText("暂无委托")).toBeTruthy(); // none given
    fireEvent.click(screen.getByRole("button", { name: "以 张副局长 的名义办理" }));
    expect((await screen.findByRole("heading", { level: 1, name: /工作台/ })).textContent).toBe(
      "工作台 · 代 张副局长",
    );
  });

  it("lets the administrator record a grant for a principal and see everyone's", async () => {
    const server = renderConsole(
      "/delegations",
      page(() => [grant("g1", chief, leader)], {
        "delegations.grant": (input) => input,
      }),
      adminMe,
    );
    const form = await screen.findByRole("form", { name: "新增委托" });
    const principal = await picker(form, "委托人");
    // Oneself by default: the administrator records a grant of their own unless they choose.
    expect(principal.value).toBe("admin");
    fireEvent.change(principal, { target: { value: "juzhang" } });
    const deputy = await picker(form, "受托人");
    // The principal is no choice of deputy.
    expect([...deputy.options].map((o) => o.value)).not.toContain("juzhang");
    fireEvent.change(deputy, { target: { value: "fenguan" } });
    fireEvent.click(within(form).getByRole("button", { name: "委托" }));
    expect(await within(form).findByText("已委托 张副局长 代 陈局长 办理。")).toBeTruthy();
    expect(server.calls.find((c) => c.path === "delegations.grant")?.input).toEqual({
      deputy: "fenguan",
      principal: "juzhang",
    });
    const all = table("全部委托");
    expect(within(all).getByRole("row", { name: /陈局长.*张副局长/ })).toBeTruthy();
    expect(within(all).getByRole("button", { name: "撤销对 张副局长 的委托" })).toBeTruthy();
  });

  it("tells an auditor that they delegate nothing", async () => {
    const server = renderConsole(
      "/delegations",
      page(() => []),
      {
        ...adminMe,
        userId: "shenji",
        roles: ["auditor"],
      },
    );
    expect((await screen.findByRole("alert")).textContent).toBe(
      "审计人员只读，不能委托或受托办理。",
    );
    expect(server.calls.some((c) => c.path === "directory.people")).toBe(false);
  });
});

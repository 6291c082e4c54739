import { cleanup, configure, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clerk, refusal, renderConsole } from "../../test-support.jsx";
import { adminMe } from "./fixtures.js";

// Pages load lazily (their chunk is transformed on first use): waits allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const units = [
  { unitId: "bangongshi", name: "局办公室" },
  { unitId: "chengguo", name: "成果转化处" },
];
const users = () => [
  {
    userId: "bangongshi",
    name: "王经办",
    unitId: "bangongshi",
    roles: ["office-clerk"],
    active: true,
  },
  {
    userId: "chengban",
    name: "周科员",
    unitId: "chengguo",
    roles: ["division-handler", "division-head"],
    active: true,
  },
  { userId: "old", name: "老用户", unitId: "chengguo", roles: [], active: false },
];

const directory = (extra: Record<string, (input: unknown) => unknown> = {}) => ({
  "admin.users": users,
  "admin.units": () => units,
  ...extra,
});

describe("管理 · 用户", () => {
  it("is for administrators only, and asks the server nothing for anyone else", async () => {
    const { calls } = renderConsole("/admin", directory(), clerk);
    expect((await screen.findByRole("alert")).textContent).toBe("只有系统管理员可以使用此页面。");
    expect(calls.some((c) => c.path.startsWith("admin."))).toBe(false);
  });

  it("lists the directory with unit names, role names and who is deactivated", async () => {
    renderConsole("/admin", directory(), adminMe);
    const table = await screen.findByRole("table", { name: "用户" });
    const row = within(table).getByRole("row", { name: /周科员/ });
    expect(row.textContent).toContain("成果转化处");
    expect(row.textContent).toContain("承办处室（经办人）、处长");
    const old = within(table).getByRole("row", { name: /老用户/ });
    expect(old.textContent).toContain("已停用");
    // A deactivated user has nothing left to change.
    expect(within(old).queryByRole("button")).toBeNull();
  });

  it("checks a new user before sending and names each field to fix", async () => {
    const { calls } = renderConsole("/admin", directory(), adminMe);
    const form = (await screen.findByRole("heading", { name: "新增用户" })).closest("form");
    if (form === null) throw new Error("no form");
    fireEvent.input(within(form).getByLabelText("用户名"), { target: { value: "Wang" } });
    fireEvent.submit(form);
    expect(within(form).getByLabelText("用户名").getAttribute("aria-invalid")).toBe("true");
    expect(form.textContent).toContain("用户名须以小写字母开头");
    expect(form.textContent).toContain("请至少选择一个角色");
    expect(form.textContent).toContain("密码至少 8 位");
    expect(calls.some((c) => c.path === "admin.registerUser")).toBe(false);
  });

  it("registers a user and reads the directory again", async () => {
    const registered: Array<unknown> = [];
    const { calls } = renderConsole(
      "/admin",
      directory({ "admin.registerUser": (input) => registered.push(input) && { changed: 1 } }),
      adminMe,
    );
    const form = (await screen.findByRole("heading", { name: "新增用户" })).closest("form");
    if (form === null) throw new Error("no form");
    const field = (label: string | RegExp) => within(form).getByLabelText(label);
    fireEvent.input(field("用户名"), { target: { value: "li.si" } });
    fireEvent.input(field("姓名"), { target: { value: "李四" } });
    fireEvent.change(field("单位"), { target: { value: "chengguo" } });
    fireEvent.input(field(/初始密码/), { target: { value: "secret-123" } });
    fireEvent.click(field("处长"));
    fireEvent.submit(form);
    await waitFor(() => expect(registered).toHaveLength(1));
    expect(registered[0]).toEqual({
      userId: "li.si",
      name: "李四",
      unitId: "chengguo",
      roles: ["division-head"],
      password: "secret-123",
    });
    await waitFor(() => expect(calls.filter((c) => c.path === "admin.users")).toHaveLength(2));
    expect(await within(form).findByRole("status")).toBeTruthy();
  });

  it("shows the server's refusal in words and keeps what was typed", async () => {
    renderConsole(
      "/admin",
      directory({
        "admin.registerUser": () => {
          throw refusal("InvalidCommand", "用户名已存在", "The user name is taken");
        },
      }),
      adminMe,
    );
    const form = (await screen.findByRole("heading", { name: "新增用户" })).closest("form");
    if (form === null) throw new Error("no form");
    const field = (label: string | RegExp) => within(form).getByLabelText(label);
    fireEvent.input(field("用户名"), { target: { value: "chengban" } });
    fireEvent.input(field("姓名"), { target: { value: "周科员" } });
    fireEvent.change(field("单位"), { target: { value: "chengguo" } });
    fireEvent.input(field(/初始密码/), { target: { value: "secret-123" } });
    fireEvent.click(field("处长"));
    fireEvent.submit(form);
    expect((await within(form).findByRole("alert")).textContent).toBe("未能保存：用户名已存在");
    expect((field("用户名") as HTMLInputElement).value).toBe("chengban");
  });

  it("changes a user's roles starting from the roles they hold", async () => {
    const changed: Array<unknown> = [];
    renderConsole(
      "/admin",
      directory({ "admin.changeRoles": (input) => changed.push(input) && { changed: 1 } }),
      adminMe,
    );
    fireEvent.click(await screen.findByRole("button", { name: "修改角色：周科员" }));
    const form = screen.getByRole("heading", { name: /修改角色：周科员/ }).closest("form");
    if (form === null) throw new Error("no form");
    // The keyboard goes to the form that opened, above the table.
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe("修改角色：周科员（chengban）"),
    );
    expect((within(form).getByLabelText("处长") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByLabelText("处长"));
    fireEvent.click(within(form).getByLabelText("审计"));
    fireEvent.submit(form);
    await waitFor(() =>
      expect(changed).toEqual([{ userId: "chengban", roles: ["division-handler", "auditor"] }]),
    );
  });

  it("deactivates only after the administrator confirms", async () => {
    const deactivated: Array<unknown> = [];
    const confirm = vi
      .spyOn(window, "confirm")
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    renderConsole(
      "/admin",
      directory({ "admin.deactivateUser": (input) => deactivated.push(input) && { changed: 1 } }),
      adminMe,
    );
    const button = await screen.findByRole("button", { name: "停用：王经办" });
    fireEvent.click(button);
    expect(deactivated).toEqual([]);
    fireEvent.click(button);
    await waitFor(() => expect(deactivated).toEqual([{ userId: "bangongshi" }]));
    expect(confirm.mock.calls[0]?.[0]).toContain("王经办（bangongshi）");
  });
});

describe("管理 · 单位、角色、登记簿", () => {
  it("defines a unit after checking it has a code and a name", async () => {
    const defined: Array<unknown> = [];
    renderConsole(
      "/admin/units",
      directory({ "admin.defineUnit": (input) => defined.push(input) && { changed: 1 } }),
      adminMe,
    );
    const form = (await screen.findByRole("heading", { name: "新增或更名单位" })).closest("form");
    if (form === null) throw new Error("no form");
    fireEvent.submit(form);
    expect(form.textContent).toContain("请填写单位代码");
    fireEvent.input(within(form).getByLabelText("单位代码"), { target: { value: "keji" } });
    fireEvent.input(within(form).getByLabelText("单位名称"), { target: { value: " 科技处 " } });
    fireEvent.submit(form);
    await waitFor(() => expect(defined).toEqual([{ unitId: "keji", name: "科技处" }]));
    expect(screen.getByRole("table", { name: "单位" }).textContent).toContain("成果转化处");
  });

  it("shows who holds each role (active users only)", async () => {
    renderConsole("/admin/roles", directory(), adminMe);
    const table = await screen.findByRole("table", { name: "角色" });
    expect(within(table).getByRole("row", { name: /^处长/ }).textContent).toContain(
      "周科员（chengban）",
    );
    expect(within(table).getAllByRole("row")).toHaveLength(16); // header + the kernel's 15 roles
  });

  const numbering = {
    agencyPrefixes: ["武科", "武科函"],
    fonds: "Z109",
    orgCodes: ["BGS", "CGC"],
    allocators: { 发文: ["confidential-office"] },
  };

  it("shows the numbering configuration and changes it from the current one", async () => {
    const configured: Array<unknown> = [];
    renderConsole(
      "/admin/registers",
      directory({
        "admin.registers": () => numbering,
        "admin.configureRegisters": (input) => configured.push(input) && input,
      }),
      adminMe,
    );
    const table = await screen.findByRole("table", { name: "编号配置" });
    expect(within(table).getByRole("row", { name: /机关代字/ }).textContent).toContain(
      "武科、武科函",
    );
    expect(table.textContent).toContain("发文字号：局机要室");
    const form = screen.getByRole("heading", { name: "修改编号配置" }).closest("form");
    if (form === null) throw new Error("no form");
    const prefixes = within(form).getByLabelText("机关代字") as HTMLInputElement;
    expect(prefixes.value).toBe("武科、武科函");
    fireEvent.input(prefixes, { target: { value: "武科、武科函，武科办" } });
    fireEvent.submit(form);
    // The allocators are sent back as they were: the form changes only what it shows.
    await waitFor(() =>
      expect(configured).toEqual([
        {
          agencyPrefixes: ["武科", "武科函", "武科办"],
          fonds: "Z109",
          orgCodes: ["BGS", "CGC"],
          allocators: { 发文: ["confidential-office"] },
        },
      ]),
    );
  });

  it("carries a register over from paper, naming the register by its kind", async () => {
    const carried: Array<unknown> = [];
    renderConsole(
      "/admin/registers",
      directory({
        "admin.registers": () => numbering,
        "admin.carryOverRegister": (input) => {
          carried.push(input);
          return { nextSequence: 12 };
        },
      }),
      adminMe,
    );
    const form = (
      await screen.findByRole("heading", { name: "设置登记簿（承接纸质编号）" })
    ).closest("form");
    if (form === null) throw new Error("no form");
    const field = (label: string) => within(form).getByLabelText(label);
    fireEvent.input(field("年度"), { target: { value: "2026" } });
    fireEvent.input(field("纸质编号已用至"), { target: { value: "x" } });
    fireEvent.submit(form);
    expect(form.textContent).toContain("请填写 0–99999 的整数");
    expect(carried).toEqual([]);
    fireEvent.change(field("登记簿"), { target: { value: "档号" } });
    fireEvent.change(field("保管期限"), { target: { value: "D30" } });
    fireEvent.change(field("机构代码"), { target: { value: "CGC" } });
    fireEvent.input(field("纸质编号已用至"), { target: { value: "11" } });
    fireEvent.submit(form);
    await waitFor(() =>
      expect(carried).toEqual([
        {
          register: {
            kind: "档号",
            fonds: "Z109",
            category: "WS",
            year: 2026,
            retention: "D30",
            org: "CGC",
          },
          carriedOver: 11,
        },
      ]),
    );
    expect((await within(form).findByRole("status")).textContent).toBe("该登记簿下一号为 12。");
  });

  it("shows the server's refusal of a carry-over in words", async () => {
    renderConsole(
      "/admin/registers",
      directory({
        "admin.registers": () => numbering,
        "admin.carryOverRegister": () => {
          throw refusal("InvalidCommand", "该登记簿已开始取号，不能再设置");
        },
      }),
      adminMe,
    );
    const form = (
      await screen.findByRole("heading", { name: "设置登记簿（承接纸质编号）" })
    ).closest("form");
    if (form === null) throw new Error("no form");
    fireEvent.input(within(form).getByLabelText("纸质编号已用至"), { target: { value: "3" } });
    fireEvent.submit(form);
    expect((await within(form).findByRole("alert")).textContent).toBe(
      "未能保存：该登记簿已开始取号，不能再设置",
    );
  });
});

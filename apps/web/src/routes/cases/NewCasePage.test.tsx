import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grant } from "../../api/acting-fixtures.js";
import { row } from "../../test-fixtures.js";
import { clerk, type Handler, renderConsole } from "../../test-support.jsx";

// The act-for choice is remembered per tab: no test may inherit another's.
beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

const served = () => [
  {
    name: "supervision",
    title: { zh: "政务督查", en: "Supervision" },
    commands: [],
    numberedBy: "RegisterItem",
  },
  { name: "petition", title: { zh: "来信来访", en: "Petitions" }, commands: [] },
];

const slow = { timeout: 60_000 };
const find = { timeout: 50_000 };

/** The start choices offered, as the address keeps them. */
const offered = async () => {
  const choice = await screen.findByLabelText("选择要发起的事项", {}, find);
  return within(choice)
    .getAllByRole("option")
    .map((o) => (o as HTMLOptionElement).value)
    .filter((v) => v !== "");
};

/** Fills 登记督办件's required fields (the number is left to the register). */
const fillSupervisionItem = (form: HTMLElement) => {
  fireEvent.change(within(form).getByLabelText(/来件类型/), { target: { value: "督办件" } });
  fireEvent.input(within(form).getByLabelText(/督办单位/), {
    target: { value: "市政府督查室" },
  });
  fireEvent.input(within(form).getByLabelText(/^标题/), {
    target: { value: "关于某项工作的督办" },
  });
  fireEvent.input(within(form).getByLabelText(/督办内容/), {
    target: { value: "请按期报送。" },
  });
  fireEvent.input(within(form).getByLabelText(/收到日期/), { target: { value: "2026-11-20" } });
};

describe("starting a case", () => {
  it("offers only what the kernel lets this user start", slow, async () => {
    renderConsole("/cases/new", { "processes.list": served });
    const options = await offered();
    // The office clerk registers 督办件, 信访件 and records 议提案; never 收文 or 发文.
    expect(options).toContain("supervision/RegisterItem");
    expect(options).toContain("petition/RegisterPetition");
    expect(options).not.toContain("incoming/RegisterDocument");
    expect(options).not.toContain("outgoing/DraftDocument");
  });

  it(
    "fills the first form, leaves the number to the register, shows the number given",
    slow,
    async () => {
      const server = renderConsole("/cases/new?start=supervision%2FRegisterItem", {
        "processes.list": served,
        "cases.open": () => row(3, { number: "督〔2026〕3号" }),
      });
      const form = await screen.findByRole("form", { name: "拟办：登记督办件" }, find);
      // The server allocates the register number: the field is optional here.
      expect(within(form).getByText("留空则由登记簿自动分配编号")).toBeTruthy();
      fillSupervisionItem(form);
      fireEvent.click(within(form).getByRole("button", { name: "提交" }));
      expect(await screen.findByText("已发起，编号：督〔2026〕3号")).toBeTruthy();
      expect(screen.getByRole("link", { name: "打开案件" }).getAttribute("href")).toBe(
        "/cases/case-3",
      );
      const opened = server.calls.find((c) => c.path === "cases.open")?.input as {
        process: string;
        command: Record<string, unknown>;
      };
      expect(opened.process).toBe("supervision");
      expect(opened.command).toMatchObject({
        _tag: "RegisterItem",
        kind: "督办件",
        sourceOrgan: "市政府督查室",
        receivedOn: "2026-11-20",
      });
      expect(opened.command).not.toHaveProperty("number");
    },
  );

  it("tells a user who may start nothing", slow, async () => {
    renderConsole(
      "/cases/new",
      { "processes.list": served },
      {
        ...clerk,
        userId: "shenji",
        roles: ["auditor"],
      },
    );
    expect(await screen.findByText("您的角色不能发起任何流程。", {}, find)).toBeTruthy();
  });
});

describe("starting a case for a principal (代理)", () => {
  const clerkRef = { userId: clerk.userId, name: clerk.name, unitId: clerk.unitId };
  const head = { userId: "chuzhang", name: "赵处长", unitId: "yichu" };
  /** The fake server of a clerk who holds 赵处长's delegation; the directory gives his roles. */
  const acting = (roles: ReadonlyArray<string>): Record<string, Handler> => ({
    "processes.list": served,
    "delegations.list": () => [grant("g1", head, clerkRef)],
    "directory.people": (input) =>
      (input as { unitId?: string }).unitId === head.unitId
        ? [{ ...head, unitName: "一处", roles }]
        : [],
    "cases.open": () => row(4, { number: "督〔2026〕4号" }),
  });
  const actFor = async (userId: string) =>
    fireEvent.change(await screen.findByLabelText("代理", {}, find), {
      target: { value: userId },
    });

  it("offers what the principal may start, not what the deputy may", slow, async () => {
    renderConsole("/cases/new", acting(["division-head"]), clerk);
    expect(await offered()).toContain("supervision/RegisterItem");
    expect(screen.queryByRole("note")).toBeNull();

    await actFor("chuzhang");
    expect((await screen.findByRole("note", {}, find)).textContent).toContain(
      "您正在代 赵处长 办理",
    );
    // A division head drafts 发文 and registers no 督办件, whatever the clerk may do.
    await waitFor(async () => expect(await offered()).toContain("outgoing/DraftDocument"), find);
    expect(await offered()).not.toContain("supervision/RegisterItem");
  });

  it("tells whose roles start nothing", slow, async () => {
    renderConsole("/cases/new", acting(["auditor"]), clerk);
    await actFor("chuzhang");
    expect(await screen.findByText("赵处长 的角色不能发起任何流程。", {}, find)).toBeTruthy();
  });

  it("opens the case in the principal's name", slow, async () => {
    const server = renderConsole(
      "/cases/new?start=supervision%2FRegisterItem",
      acting(["office-clerk", "division-head"]),
      clerk,
    );
    await actFor("chuzhang");
    await screen.findByRole("note", {}, find);
    const form = await screen.findByRole("form", { name: "拟办：登记督办件" }, find);
    fillSupervisionItem(form);
    fireEvent.click(within(form).getByRole("button", { name: "提交" }));
    expect(await screen.findByText("已发起，编号：督〔2026〕4号", {}, find)).toBeTruthy();
    expect(server.calls.find((c) => c.path === "cases.open")?.input).toMatchObject({
      process: "supervision",
      onBehalfOf: "chuzhang",
      command: { _tag: "RegisterItem", title: "关于某项工作的督办" },
    });
  });
});

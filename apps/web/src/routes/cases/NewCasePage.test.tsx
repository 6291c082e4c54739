import { cleanup, fireEvent, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { row } from "../../test-fixtures.js";
import { clerk, renderConsole } from "../../test-support.jsx";

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

describe("starting a case", () => {
  it("offers only what the kernel lets this user start", slow, async () => {
    renderConsole("/cases/new", { "processes.list": served });
    const choice = await screen.findByLabelText("选择要发起的事项", {}, find);
    const options = within(choice)
      .getAllByRole("option")
      .map((o) => (o as HTMLOptionElement).value)
      .filter((v) => v !== "");
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

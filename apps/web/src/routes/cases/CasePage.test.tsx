import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import {
  directorMe as director,
  grant,
  leader,
  director as zhuren,
} from "../../api/acting-fixtures.js";
import { row } from "../../test-fixtures.js";
import { refusal, renderConsole } from "../../test-support.jsx";

afterEach(cleanup);

/** A registered 督办件 as `cases.get` answers it for the office director. */
const view = (extra: Record<string, unknown> = {}) => ({
  ...row(1, { status: "Registered", statusLabel: { zh: "待拟办", en: "Awaiting proposal" } }),
  state: {
    status: "Registered",
    sourceOrgan: "市政府督查室",
    title: "关于第1项工作的督办",
    content: "请按期报送落实情况。",
    handling: {
      lead: undefined,
      coUnits: [],
      attachments: [
        {
          id: "notice",
          name: "督办通知.pdf",
          mediaType: "application/pdf",
          size: 2048,
          sha256: "a".repeat(64),
          medium: "electronic",
          version: 2,
        },
      ],
    },
    timeLimit: {
      amount: 60,
      unit: "日",
      basis: "《信访工作条例》第三十五条",
      start: "2026-11-20",
      due: "2027-01-19",
    },
  },
  actions: [{ command: "ProposeHandling", label: { zh: "拟办意见", en: "Proposed handling" } }],
  history: [
    {
      at: "2026-11-20T09:00:00+08:00",
      actor: "王经办",
      label: { zh: "拟办：登记督办件", en: "Register" },
      details: { zh: "督〔2026〕1号", en: "督〔2026〕1号" },
    },
  ],
  ...extra,
});

// The case page loads the kernel's definitions and schemas on demand: its first render waits
// for that chunk (a wait, not a timing assertion).
const slow = { timeout: 60_000 };
const find = { timeout: 50_000 };

describe("the case page", () => {
  it(
    "shows fields, deadline with its basis, attachments, the flow and the 处理单",
    slow,
    async () => {
      renderConsole("/cases/case-1", { "cases.get": () => view() }, director);
      expect((await screen.findByRole("heading", { level: 1 }, find)).textContent).toContain(
        "督〔2026〕1号",
      );
      expect(screen.getByText("市政府督查室")).toBeTruthy();
      expect(screen.getByText(/《信访工作条例》第三十五条/)).toBeTruthy();
      expect(document.querySelector(".attachments__name")?.textContent).toBe("督办通知.pdf");
      expect(screen.getByText(/第 2 版/)).toBeTruthy();
      const sheet = screen.getByRole("table", { name: "处理单" });
      expect(within(sheet).getByText("王经办")).toBeTruthy();
      expect(within(sheet).getByText("拟办：登记督办件")).toBeTruthy();
      expect(screen.getByRole("link", { name: "打印处理单" }).getAttribute("href")).toBe(
        "/print/case/case-1",
      );
      const current = document.querySelectorAll('.flow-diagram svg [aria-current="step"]');
      expect(current).toHaveLength(1);
      expect(current[0]?.textContent).toContain("拟办");
    },
  );

  it("sends an available action from its generated form, checked first", slow, async () => {
    const server = renderConsole(
      "/cases/case-1",
      {
        "cases.get": () => view(),
        "cases.act": () =>
          view({
            status: "Proposed",
            statusLabel: { zh: "待报批", en: "To submit" },
            version: 2,
            actions: [],
          }),
      },
      director,
    );
    fireEvent.click(await screen.findByRole("button", { name: "拟办意见" }, find));
    const form = await screen.findByRole("form", { name: "拟办意见" });
    fireEvent.click(within(form).getByRole("button", { name: "提交" }));
    // An empty opinion is refused before anything is sent.
    expect(await within(form).findByText(/请更正以下 1 处/)).toBeTruthy();
    expect(server.calls.some((c) => c.path === "cases.act")).toBe(false);
    fireEvent.input(within(form).getByLabelText(/拟办意见/), {
      target: { value: "拟请分管领导阅示。" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "提交" }));
    expect(await screen.findByText("已办理：拟办意见")).toBeTruthy();
    expect(server.calls.find((c) => c.path === "cases.act")?.input).toEqual({
      caseId: "case-1",
      command: { _tag: "ProposeHandling", opinion: "拟请分管领导阅示。" },
      expectedVersion: 1,
    });
    await waitFor(() =>
      expect(document.querySelector("[data-field=status]")?.textContent).toBe("待报批"),
    );
    expect(screen.getByText("您当前无需办理此案件。")).toBeTruthy();
  });

  it("shows the server's refusal in words in the form", slow, async () => {
    renderConsole(
      "/cases/case-1",
      {
        "cases.get": () => view(),
        "cases.act": () => {
          throw refusal(
            "WrongStep",
            "当前环节不能办理此操作",
            "This action is not possible at the current step",
          );
        },
      },
      director,
    );
    fireEvent.click(await screen.findByRole("button", { name: "拟办意见" }, find));
    const form = await screen.findByRole("form", { name: "拟办意见" });
    fireEvent.input(within(form).getByLabelText(/拟办意见/), { target: { value: "同意" } });
    fireEvent.click(within(form).getByRole("button", { name: "提交" }));
    expect((await within(form).findByText(/未能办理/)).textContent).toBe(
      "未能办理：当前环节不能办理此操作",
    );
  });

  it("reads the case again when someone else moves it", slow, async () => {
    let version = 1;
    const server = renderConsole(
      "/cases/case-1",
      { "cases.get": () => view({ version }) },
      director,
    );
    await screen.findByRole("button", { name: "拟办意见" }, find);
    const reads = () => server.calls.filter((c) => c.path === "cases.get").length;
    const before = reads();
    // A notice for another case changes nothing here.
    server.push({ caseId: "case-2", process: "supervision", version: 5, status: "Proposed" });
    version = 2;
    server.push({ caseId: "case-1", process: "supervision", version: 2, status: "Proposed" });
    expect(await screen.findByText("此案件已被他人办理，已刷新为最新情况。")).toBeTruthy();
    expect(reads()).toBe(before + 1);
  });

  it("says so when the case is not there (or not visible)", slow, async () => {
    renderConsole(
      "/cases/nope",
      {
        "cases.get": () => {
          throw refusal("NotFound", "案件不存在", "No such case");
        },
      },
      director,
    );
    expect((await screen.findByRole("alert", {}, find)).textContent).toContain("案件不存在");
  });
});

describe("the case page, acting for someone (代理)", () => {
  it(
    "reads the case and sends its actions in the principal's name, and the 处理单 says 代",
    slow,
    async () => {
      sessionStorage.clear();
      const server = renderConsole(
        "/cases/case-1",
        {
          "delegations.list": () => [grant("g1", leader, zhuren)],
          "cases.get": () => view(),
          "cases.act": () =>
            view({
              version: 2,
              actions: [],
              history: [
                ...view().history,
                {
                  at: "2026-11-21T09:00:00+08:00",
                  actor: "李主任",
                  onBehalfOf: "张副局长",
                  label: { zh: "拟办意见", en: "Proposed handling" },
                  opinion: "拟请分管领导阅示。",
                },
              ],
            }),
        },
        director,
      );
      await screen.findByRole("button", { name: "拟办意见" }, find);
      expect(server.calls.find((c) => c.path === "cases.get")?.input).toEqual({
        caseId: "case-1",
      });
      // Choosing the principal in the header reads the case again, as they see it.
      fireEvent.change(screen.getByLabelText("代理"), { target: { value: "fenguan" } });
      await waitFor(() =>
        expect(server.calls.filter((c) => c.path === "cases.get").at(-1)?.input).toEqual({
          caseId: "case-1",
          onBehalfOf: "fenguan",
        }),
      );
      expect((await screen.findByRole("note")).textContent).toContain("您正在代 张副局长 办理");
      fireEvent.click(await screen.findByRole("button", { name: "拟办意见" }));
      const form = await screen.findByRole("form", { name: "拟办意见" });
      fireEvent.input(within(form).getByLabelText(/拟办意见/), {
        target: { value: "拟请分管领导阅示。" },
      });
      fireEvent.click(within(form).getByRole("button", { name: "提交" }));
      expect(await screen.findByText("已办理：拟办意见")).toBeTruthy();
      expect(server.calls.find((c) => c.path === "cases.act")?.input).toMatchObject({
        caseId: "case-1",
        onBehalfOf: "fenguan",
      });
      const sheet = screen.getByRole("table", { name: "处理单" });
      expect(within(sheet).getByText(/代 张副局长/)).toBeTruthy();
      sessionStorage.clear();
    },
  );
});

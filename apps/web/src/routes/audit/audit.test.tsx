import { cleanup, configure, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { clerk, renderConsole } from "../../test-support.jsx";
import { auditorMe } from "../admin/fixtures.js";

// Pages load lazily (their chunk is transformed on first use): waits allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 });

afterEach(cleanup);

const row = (caseId: string, number: string, title: string) => ({
  caseId,
  process: "supervision",
  processLabel: { zh: "政务督查", en: "Supervision" },
  number,
  title,
  status: "Handling",
  statusLabel: { zh: "承办中", en: "Being handled" },
  openedAt: "2026-09-01T09:00:00.000+08:00",
});

const view = {
  ...row("k1", "督〔2026〕1号", "关于推进科技成果转化工作的督办"),
  history: [
    {
      at: "2026-09-01T09:00:00.000+08:00",
      actor: "王经办",
      label: { zh: "登记", en: "Registered" },
    },
    {
      at: "2026-09-01T11:00:00.000+08:00",
      actor: "李主任",
      label: { zh: "拟办意见", en: "Handling proposed" },
      opinion: "拟请张副局长阅示。",
    },
    { at: "2026-09-02T10:00:00.000+08:00", actor: "王经办", label: { zh: "交办", en: "Assigned" } },
  ],
};

describe("审计", () => {
  it("is for auditors only", async () => {
    renderConsole("/audit", {}, clerk);
    expect((await screen.findByRole("alert")).textContent).toBe("只有审计人员可以使用此页面。");
  });

  it("lists every case, pages through them and searches by words", async () => {
    const { calls } = renderConsole(
      "/audit",
      {
        "cases.list": () => ({
          total: 120,
          rows: [row("k1", "督〔2026〕1号", "关于推进科技成果转化工作的督办")],
        }),
        "search.query": () => ({ total: 1, rows: [row("k9", "督〔2026〕9号", "科技企业孵化器")] }),
      },
      auditorMe,
    );
    const table = await screen.findByRole("table", { name: "共 120 件" });
    const link = within(table).getByRole("link", { name: "督〔2026〕1号" });
    expect(link.getAttribute("href")).toBe("/audit/case/k1");
    expect(screen.getByText("第 1–1 件，共 120 件")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "下一页" }));
    await waitFor(() =>
      expect(calls.filter((c) => c.path === "cases.list").map((c) => c.input)).toEqual([
        { limit: 50, offset: 0 },
        { limit: 50, offset: 50 },
      ]),
    );
    fireEvent.input(screen.getByLabelText("按编号或标题查找"), { target: { value: " 孵化器 " } });
    const form = screen.getByRole("button", { name: "查找" }).closest("form");
    if (form === null) throw new Error("no form");
    fireEvent.submit(form);
    expect(await screen.findByRole("link", { name: "督〔2026〕9号" })).toBeTruthy();
    expect(calls.find((c) => c.path === "search.query")?.input).toEqual({
      q: "孵化器",
      limit: 50,
      offset: 0,
    });
  });

  it("replays a case as of the moment picked, through the server's replay, in office time", async () => {
    const asOf = (input: unknown) => {
      const { at } = input as { at: string };
      const upTo = view.history.filter((e) => Date.parse(e.at) <= Date.parse(at));
      return {
        ...view,
        at,
        history: upTo,
        statusLabel: upTo.length === 0 ? undefined : { zh: "待拟办", en: "To propose" },
        stepLabel: upTo.length === 0 ? undefined : { zh: "拟办", en: "Propose" },
      };
    };
    const { calls } = renderConsole(
      "/audit/case/k1",
      { "cases.get": () => view, "cases.asOf": asOf },
      auditorMe,
    );
    const timeline = await screen.findByRole("list", { name: "过程回放" });
    expect(within(timeline).getAllByRole("listitem")).toHaveLength(3);
    const picker = screen.getByLabelText("回放至");
    fireEvent.input(picker, { target: { value: "2026-09-01T11:00" } });
    await waitFor(() => expect(within(timeline).getAllByRole("listitem")).toHaveLength(2));
    expect(calls.find((c) => c.path === "cases.asOf")?.input).toEqual({
      caseId: "k1",
      at: "2026-09-01T11:00:00+08:00",
    });
    expect(screen.getByRole("status").textContent).toBe(
      "显示 2026-09-01 11:00 之前记录的 2 条（共 3 条）。 该时刻状态：待拟办，当时步骤：拟办 最后一步：拟办意见（李主任，2026-09-01 11:00）",
    );
    fireEvent.input(picker, { target: { value: "2026-08-31T12:00" } });
    await waitFor(() => expect(within(timeline).queryAllByRole("listitem")).toHaveLength(0));
    expect(screen.getByRole("status").textContent).toContain("该时刻案件尚未登记。");
    fireEvent.click(screen.getByRole("button", { name: "当前" }));
    await waitFor(() => expect(within(timeline).getAllByRole("listitem")).toHaveLength(3));
  });
});

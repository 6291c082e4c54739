import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { row } from "../../test-fixtures.js";
import { renderConsole } from "../../test-support.jsx";

afterEach(cleanup);

const processes = () => [
  { name: "supervision", title: { zh: "政务督查", en: "Supervision" }, commands: [] },
  { name: "petition", title: { zh: "来信来访", en: "Petitions" }, commands: [] },
];

describe("案件 list", () => {
  it("filters and pages on the server, keeping the filters in the address", async () => {
    const server = renderConsole("/cases", {
      "processes.list": processes,
      "cases.list": (input) => {
        const { offset = 0 } = input as { offset?: number };
        return { total: 3000, rows: [row(offset + 1)] };
      },
    });
    expect(await screen.findByText("第 1–50 条，共 3000 条")).toBeTruthy();
    const process = await screen.findByLabelText("流程");
    await within(process).findByRole("option", { name: "来信来访" });
    fireEvent.change(process, { target: { value: "petition" } });
    fireEvent.change(screen.getByLabelText("办理状态"), { target: { value: "open" } });
    fireEvent.click(screen.getByLabelText("仅看逾期"));
    fireEvent.change(screen.getByLabelText("排序"), { target: { value: "due" } });
    fireEvent.click(screen.getByRole("button", { name: "查询" }));
    await waitFor(() =>
      expect(server.calls.at(-1)?.input).toEqual({
        process: "petition",
        open: true,
        overdue: true,
        sort: "due",
        offset: 0,
        limit: 50,
      }),
    );
    fireEvent.click(screen.getByRole("button", { name: "下一页" }));
    await waitFor(() => expect(server.calls.at(-1)?.input).toMatchObject({ offset: 50 }));
    expect(new URLSearchParams(window.location.search).get("process")).toBe("petition");
    expect(await screen.findByText("第 51–100 条，共 3000 条")).toBeTruthy();
  });

  it("searches Chinese substrings through search.query", async () => {
    const server = renderConsole("/cases", {
      "processes.list": processes,
      "cases.list": () => ({ total: 0, rows: [] }),
      "search.query": () => ({ total: 120, rows: [row(7, { title: "关于科技成果转化的督办" })] }),
    });
    fireEvent.input(await screen.findByLabelText("搜索"), { target: { value: " 成果转化 " } });
    fireEvent.click(screen.getByRole("button", { name: "查询" }));
    expect(await screen.findByText("关于科技成果转化的督办")).toBeTruthy();
    expect(server.calls.find((c) => c.path === "search.query")?.input).toEqual({
      q: "成果转化",
      limit: 50,
      offset: 0,
    });
    expect(screen.getByText("第 1–50 条，共 120 条")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "下一页" }));
    await waitFor(() =>
      expect(server.calls.at(-1)).toEqual({
        path: "search.query",
        input: { q: "成果转化", limit: 50, offset: 50 },
      }),
    );
  });

  it("says when nothing matches", async () => {
    renderConsole("/cases", {
      "processes.list": processes,
      "cases.list": () => ({ total: 0, rows: [] }),
    });
    expect(await screen.findByText("没有符合条件的案件。")).toBeTruthy();
  });
});

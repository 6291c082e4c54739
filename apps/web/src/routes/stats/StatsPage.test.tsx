import { cleanup, configure, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { clerk, refusal, renderConsole } from "../../test-support.jsx";

// Pages load lazily (their chunk is transformed on first use): waits allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 });

afterEach(cleanup);

const noProposals = {
  answered: 0,
  classes: { A: 0, B: 0, C: 0, D: 0 },
  classRates: { A: undefined, B: undefined, C: undefined, D: undefined },
  rated: 0,
  verdicts: { 满意: 0, 基本满意: 0, 不满意: 0 },
  satisfactionRate: undefined,
};

/** Four proposals answered 3 × A and 1 × B; verdicts 2 满意, 1 基本满意, 1 不满意. */
const someProposals = {
  answered: 4,
  classes: { A: 3, B: 1, C: 0, D: 0 },
  classRates: { A: 0.75, B: 0.25, C: 0, D: 0 },
  rated: 4,
  verdicts: { 满意: 2, 基本满意: 1, 不满意: 1 },
  satisfactionRate: 0.75,
};

const tally = (total: number, closed: number, onTime: number, days?: number) => ({
  total,
  closed,
  overdueOpen: 0,
  completionRate: total === 0 ? undefined : closed / total,
  onTimeRate: closed === 0 ? undefined : onTime / closed,
  averageDays: days,
  proposals: noProposals,
});

const summary = {
  all: { ...tally(4, 2, 1, 6.5), proposals: someProposals },
  byProcess: [
    { process: "petition", ...tally(1, 0, 0) },
    { process: "supervision", ...tally(3, 2, 1, 6.5) },
  ],
  byStatus: [
    { key: "petition/Registered", label: { zh: "待拟办", en: "Awaiting proposal" }, count: 1 },
    { key: "supervision/Filed", label: { zh: "已办结", en: "Concluded" }, count: 2 },
  ],
  byUnit: [{ unitId: "chengguo", ...tally(3, 2, 1, 6.5) }],
  byMonth: [
    { month: "2026-09", ...tally(2, 2, 1, 6.5) },
    { month: "2026-10", ...tally(2, 0, 0), proposals: someProposals },
  ],
};

const processes = [
  { name: "supervision", title: { zh: "政务督查", en: "Supervision" }, commands: [] },
  { name: "petition", title: { zh: "来信来访", en: "Petitions" }, commands: [] },
];

const units = [
  { unitId: "bangongshi", unitName: "局办公室" },
  { unitId: "chengguo", unitName: "成果转化处" },
];

const render = (locale: "zh-CN" | "en" = "zh-CN") =>
  renderConsole(
    "/stats",
    {
      "stats.summary": () => summary,
      "processes.list": () => processes,
      "directory.units": () => units,
    },
    clerk,
    locale,
  );

describe("统计", () => {
  it("draws 办结率 and 按期办结率 per process, with the figures in a table", async () => {
    render();
    const section = (await screen.findByRole("heading", { name: "按流程" })).closest("section");
    if (section === null) throw new Error("no section");
    const chart = within(section).getByRole("img", { name: "办结率（流程）" });
    const bars = chart.querySelectorAll("g.chart__row");
    expect([...bars].map((g) => g.querySelector("text")?.textContent)).toEqual([
      "来信来访",
      "政务督查",
    ]);
    // 2 of 3 closed: a bar two thirds of the axis, labelled with its figure.
    const supervision = chart.querySelector('[data-key="supervision"]');
    expect(supervision?.querySelector(".chart__value")?.textContent).toBe("66.7%");
    const table = within(section).getByRole("table", { name: "按流程" });
    const row = within(table).getByRole("row", { name: /政务督查/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["3", "2", "66.7%", "50%", "6.5", "0"]);
  });

  it("draws no bar where there is nothing to measure, and says so in the table", async () => {
    render();
    const chart = await screen.findByRole("img", { name: "按期办结率（流程）" });
    const petition = chart.querySelector('[data-key="petition"]');
    expect(petition?.querySelector("rect")).toBeNull();
    expect(petition?.querySelector(".chart__value")?.textContent).toBe("—");
  });

  it("shows months as columns, statuses by process and unit figures", async () => {
    render();
    const months = await screen.findByRole("img", { name: "办结率（月份）" });
    expect(months.querySelectorAll("rect.chart__bar")).toHaveLength(2);
    const statuses = screen.getByRole("table", { name: "按状态" });
    expect(within(statuses).getByRole("row", { name: /政务督查.*已办结.*2/ })).toBeTruthy();
    // Units by their names from the directory, in the chart and in the table.
    const byUnit = screen.getByRole("img", { name: "办结率（单位）" });
    expect([...byUnit.querySelectorAll("g.chart__row text")][0]?.textContent).toBe("成果转化处");
    const unitTable = screen.getByRole("table", { name: "按单位" });
    expect(unitTable.textContent).toContain("成果转化处");
    expect(unitTable.textContent).not.toContain("chengguo");
  });

  it("shows a unit by its code when the directory does not name it", async () => {
    renderConsole("/stats", {
      "stats.summary": () => summary,
      "processes.list": () => processes,
      "directory.units": () => [],
    });
    const table = await screen.findByRole("table", { name: "按单位" });
    expect(table.textContent).toContain("chengguo");
  });

  it("draws 议提案 answers by class and 满意率, overall and for months that have any", async () => {
    render();
    const classes = await screen.findByRole("img", { name: "议提案答复类别（A/B/C）" });
    // A, B, C always; D only where it occurs.
    expect([...classes.querySelectorAll(".chart__legend text")].map((t) => t.textContent)).toEqual([
      "A 类",
      "B 类",
      "C 类",
    ]);
    expect(
      [...classes.querySelectorAll("g.chart__row")].map((g) => g.getAttribute("data-key")),
    ).toEqual(["all", "2026-10"]);
    const table = screen.getByRole("table", { name: "议提案办理" });
    const overall = within(table).getByRole("row", { name: /总体/ });
    expect(
      within(overall)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["3", "1", "0", "2", "1", "1", "75%"]);
  });

  it("leaves 议提案 out when no visible proposal has been answered", async () => {
    renderConsole("/stats", {
      "stats.summary": () => ({ ...summary, all: tally(4, 2, 1, 6.5), byMonth: [] }),
      "processes.list": () => processes,
    });
    await screen.findByRole("heading", { name: "按流程" });
    expect(screen.queryByRole("heading", { name: "议提案办理" })).toBeNull();
  });

  it("asks again for one process when chosen", async () => {
    const { calls } = render();
    const select = await screen.findByRole("combobox", { name: "流程" });
    await screen.findByRole("heading", { name: "按流程" });
    fireEvent.change(select, { target: { value: "petition" } });
    await waitFor(() =>
      expect(calls.filter((c) => c.path === "stats.summary").map((c) => c.input)).toEqual([
        {},
        { process: "petition" },
      ]),
    );
  });

  it("narrows to a period of opening, and asks nothing for an inverted one", async () => {
    const { calls } = render();
    await screen.findByRole("heading", { name: "按流程" });
    fireEvent.change(screen.getByLabelText("登记日期自"), { target: { value: "2026-09-01" } });
    fireEvent.change(screen.getByLabelText("至"), { target: { value: "2026-09-30" } });
    await waitFor(() =>
      expect(calls.filter((c) => c.path === "stats.summary").at(-1)?.input).toEqual({
        from: "2026-09-01",
        to: "2026-09-30",
      }),
    );
    const asked = calls.filter((c) => c.path === "stats.summary").length;
    fireEvent.change(screen.getByLabelText("至"), { target: { value: "2026-08-01" } });
    expect((await screen.findByRole("alert")).textContent).toBe("起始日期晚于截止日期，请调整。");
    expect(calls.filter((c) => c.path === "stats.summary")).toHaveLength(asked);
  });

  it("speaks English when chosen", async () => {
    render("en");
    expect(await screen.findByRole("img", { name: "Completion rate (Process)" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Statistics");
  });

  it("shows the server's refusal in words with a way to try again", async () => {
    renderConsole("/stats", {
      "stats.summary": () => {
        throw Object.assign(new Error("boom"), {
          data: { refusal: { tag: "StoreError", message: "Store down", messageZh: "存储不可用" } },
        });
      },
      "processes.list": () => processes,
    });
    expect((await screen.findByRole("alert")).textContent).toContain("存储不可用");
    expect(screen.getByRole("button", { name: "重试" })).toBeTruthy();
  });

  it("sends the user to log in when the session has lapsed", async () => {
    renderConsole("/stats", {
      "stats.summary": () => {
        throw refusal("Unauthenticated", "请先登录", "Please sign in");
      },
      "processes.list": () => processes,
    });
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("统计");
    await waitFor(() => expect(window.location.pathname).toBe("/login"));
    expect(new URLSearchParams(window.location.search).get("next")).toBe("/stats");
  });
});

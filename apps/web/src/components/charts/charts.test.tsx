import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { BarChart } from "./BarChart.jsx";
import { ColumnChart } from "./ColumnChart.jsx";
import { DataTable } from "./DataTable.jsx";
import { barSpan, rowHeight } from "./layout.js";
import { StackedBarChart } from "./StackedBarChart.jsx";

afterEach(cleanup);

const widthOf = (element: Element | null | undefined) => Number(element?.getAttribute("width"));

describe("BarChart", () => {
  it("draws one bar per category, as long as its share of the axis, with its figure", () => {
    render(() => (
      <BarChart
        title="办结率"
        kind="rate"
        data={[
          { key: "a", label: "成果转化处", value: 1 },
          { key: "b", label: "产业处", value: 0.25 },
        ]}
      />
    ));
    const chart = screen.getByRole("img", { name: "办结率" });
    const bars = chart.querySelectorAll("rect.chart__bar");
    expect([...bars].map(widthOf)).toEqual([barSpan, barSpan / 4]);
    expect([...chart.querySelectorAll(".chart__value")].map((t) => t.textContent)).toEqual([
      "100%",
      "25%",
    ]);
  });

  it("is as tall as its rows, whatever the figures (no jump when they change)", () => {
    render(() => (
      <BarChart
        title="天数"
        kind="amount"
        data={[
          { key: "a", label: "甲", value: 3 },
          { key: "b", label: "乙", value: undefined },
          { key: "c", label: "丙", value: 17 },
        ]}
      />
    ));
    const chart = screen.getByRole("img", { name: "天数" });
    const [, , , height] = (chart.getAttribute("viewBox") ?? "").split(" ").map(Number);
    expect(height).toBeGreaterThanOrEqual(3 * rowHeight);
    // Amounts get a nice axis: 17 → 20, so 17 is 85 % of the span; the missing one has no bar.
    expect([...chart.querySelectorAll("rect.chart__bar")].map(widthOf)).toEqual([
      (3 / 20) * barSpan,
      (17 / 20) * barSpan,
    ]);
    expect(chart.querySelector('[data-key="b"] .chart__value')?.textContent).toBe("—");
  });

  it("cuts a long label in the drawing and keeps it whole for a pointer", () => {
    render(() => (
      <BarChart
        title="按单位"
        kind="rate"
        data={[{ key: "u", label: "科技成果转化与产业促进处", value: 0.5 }]}
      />
    ));
    const row = screen.getByRole("img").querySelector('[data-key="u"]');
    expect(row?.querySelector("text")?.textContent).toBe("科技成果转化与产业…");
    expect(row?.querySelector("title")?.textContent).toBe("科技成果转化与产业促进处");
  });
});

describe("ColumnChart", () => {
  it("puts the columns in order and measures them against the axis", () => {
    render(() => (
      <ColumnChart
        title="按月"
        kind="rate"
        data={[
          { key: "2026-09", label: "2026-09", value: 0.5 },
          { key: "2026-10", label: "2026-10", value: 1 },
        ]}
      />
    ));
    const columns = [...screen.getByRole("img").querySelectorAll("rect.chart__bar")];
    const heights = columns.map((c) => Number(c.getAttribute("height")));
    expect(heights[1]).toBe(2 * (heights[0] ?? 0));
    const xs = columns.map((c) => Number(c.getAttribute("x")));
    expect(xs[0]).toBeLessThan(xs[1] ?? 0);
  });
});

describe("StackedBarChart", () => {
  it("splits a whole into its parts in order, with a legend and the counts inside", () => {
    render(() => (
      <StackedBarChart
        title="A/B/C"
        series={["A 类", "B 类", "C 类"]}
        data={[{ key: "p", label: "议提案", parts: [2, 1, 1] }]}
      />
    ));
    const chart = screen.getByRole("img", { name: "A/B/C" });
    const parts = [...chart.querySelectorAll('[data-key="p"] rect')];
    expect(parts.map(widthOf)).toEqual([barSpan / 2, barSpan / 4, barSpan / 4]);
    expect(parts.map((p) => p.getAttribute("class"))).toEqual([
      "chart__part chart__part--0",
      "chart__part chart__part--1",
      "chart__part chart__part--2",
    ]);
    expect([...chart.querySelectorAll(".chart__part-value")].map((t) => t.textContent)).toEqual([
      "2",
      "1",
      "1",
    ]);
    expect(chart.querySelector(".chart__legend")?.textContent).toBe("A 类B 类C 类");
  });
});

describe("DataTable", () => {
  it("is a captioned table with column headers and a header cell per row", () => {
    render(() => (
      <DataTable
        caption="按流程"
        rows={[{ name: "政务督查", n: 3 }]}
        columns={[
          { header: "流程", cell: (r) => r.name },
          { header: "件数", cell: (r) => r.n, numeric: true },
        ]}
      />
    ));
    const table = screen.getByRole("table", { name: "按流程" });
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["流程", "件数"]);
    expect(screen.getByRole("rowheader").textContent).toBe("政务督查");
    expect(table.querySelector("td.is-numeric")?.textContent).toBe("3");
  });
});

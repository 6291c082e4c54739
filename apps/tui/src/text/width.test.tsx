import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { type Column, Table } from "../components/Table.js";
import { renderWithProviders } from "../test/render-with-providers.js";
import { displayWidth, padToWidth, truncate } from "./width.js";

interface Row {
  readonly number: string;
  readonly title: string;
  readonly unit: string;
}

const columns: ReadonlyArray<Column<Row>> = [
  { header: "编号", width: 14, value: (r) => r.number },
  { header: "Title", width: 20, value: (r) => r.title },
  { header: "单位", width: 8, value: (r) => r.unit },
];

const rows: ReadonlyArray<Row> = [
  { number: "信〔2026〕3号", title: "反映科技项目补贴发放问题", unit: "科技处" },
  { number: "ABC-12", title: "Lab equipment", unit: "IT" },
  { number: "督〔2026〕14号", title: "AI 产业政策落实情况", unit: "产业处" },
];

describe("display width", () => {
  it("counts a CJK character as two columns", () => {
    expect(displayWidth("信〔2026〕3号")).toBe(13);
    expect(displayWidth("abc")).toBe(3);
  });

  it("cuts on whole characters and pads to the exact width", () => {
    expect(truncate("反映科技项目", 7)).toBe("反映科…");
    expect(displayWidth(padToWidth("反映科技项目", 7))).toBe(7);
    expect(displayWidth(padToWidth("abc", 7))).toBe(7);
  });
});

describe("Table", () => {
  it("aligns mixed Chinese and ASCII rows to the same columns", () => {
    const { frame } = renderWithProviders(
      <Table columns={columns} rows={rows} rowKey={(r) => r.number} />,
    );
    const lines = frame()
      .split("\n")
      .map((line) => line.trimEnd());
    // Exactly as a clerk would line it up by hand.
    expect(lines).toEqual([
      "  编号            Title                 单位",
      "  信〔2026〕3号   反映科技项目补贴发…   科技处",
      "  ABC-12          Lab equipment         IT",
      "  督〔2026〕14号  AI 产业政策落实情况   产业处",
    ]);
    // Each column starts at the same display column on every line.
    const startOf = (line: string, text: string) => stringWidth(line.slice(0, line.indexOf(text)));
    const titleStarts = [
      startOf(lines[0] ?? "", "Title"),
      startOf(lines[1] ?? "", "反映"),
      startOf(lines[2] ?? "", "Lab"),
      startOf(lines[3] ?? "", "AI"),
    ];
    expect(new Set(titleStarts)).toEqual(new Set([18]));
    const unitStarts = ["单位", "科技处", "IT", "产业处"].map((text, i) =>
      startOf(lines[i] ?? "", text),
    );
    expect(new Set(unitStarts)).toEqual(new Set([40]));
  });
});

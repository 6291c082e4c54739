import { describe, expect, it } from "vitest";
import type { StatRow } from "./case-query.js";
import { statisticsOf, tallyOf } from "./statistics.js";

const label = { zh: "状态", en: "Status" };
const row = (over: Partial<StatRow>): StatRow => ({
  process: "supervision",
  status: "Handling",
  statusLabel: label,
  openedAt: "2026-03-02T09:00:00.000+08:00",
  closedAt: undefined,
  dueOn: undefined,
  units: [],
  replyClass: undefined,
  satisfaction: undefined,
  ...over,
});

// A known set: 3 closed (one late), 2 open (one overdue on 2026-06-15), 4 议提案 answered.
const rows: ReadonlyArray<StatRow> = [
  row({
    closedAt: "2026-03-12T09:00:00.000+08:00",
    dueOn: "2026-03-12",
    status: "Filed",
    units: ["a"],
  }),
  row({
    closedAt: "2026-03-22T21:00:00.000+08:00",
    dueOn: "2026-03-20",
    status: "Filed",
    units: ["a", "b"],
  }),
  row({ dueOn: "2026-06-01", units: ["b"] }),
  row({ openedAt: "2026-04-01T09:00:00.000+08:00", dueOn: "2026-07-01" }),
  row({
    process: "proposal",
    status: "Closed",
    openedAt: "2026-04-10T09:00:00.000+08:00",
    closedAt: "2026-04-15T09:00:00.000+08:00",
    replyClass: "A",
    satisfaction: "满意",
  }),
  row({
    process: "proposal",
    openedAt: "2026-04-11T09:00:00.000+08:00",
    replyClass: "A",
    satisfaction: "基本满意",
  }),
  row({
    process: "proposal",
    openedAt: "2026-04-12T09:00:00.000+08:00",
    replyClass: "B",
    satisfaction: "不满意",
  }),
  row({ process: "proposal", openedAt: "2026-04-13T09:00:00.000+08:00", replyClass: "C" }),
];

describe("statistics", () => {
  it("办结率, 按期办结率 (the due day counts as on time), average days, overdue", () => {
    const all = tallyOf(rows, "2026-06-15");
    expect(all).toMatchObject({
      total: 8,
      closed: 3,
      overdueOpen: 1,
      completionRate: Math.round((3 / 8) * 1000) / 1000,
      onTimeRate: Math.round((2 / 3) * 1000) / 1000,
      // 10 + 20.5 + 5 days over three closed cases.
      averageDays: Math.round((35.5 / 3) * 10) / 10,
    });
  });

  it("议提案 A/B/C shares among answered items and 满意率 among rated ones", () => {
    const { proposals } = tallyOf(rows, "2026-06-15");
    expect(proposals).toEqual({
      answered: 4,
      classes: { A: 2, B: 1, C: 1, D: 0 },
      classRates: { A: 0.5, B: 0.25, C: 0.25, D: 0 },
      rated: 3,
      verdicts: { 满意: 1, 基本满意: 1, 不满意: 1 },
      satisfactionRate: 0.667,
    });
  });

  it("nothing to divide by is undefined, not zero", () => {
    expect(tallyOf([], "2026-06-15")).toMatchObject({
      total: 0,
      completionRate: undefined,
      onTimeRate: undefined,
      averageDays: undefined,
      proposals: { satisfactionRate: undefined, classRates: { A: undefined } },
    });
  });

  it("groups by process, status, each unit taking part, and month opened", () => {
    const stats = statisticsOf(rows, "2026-06-15");
    expect(stats.byProcess.map((g) => [g.process, g.total, g.closed])).toEqual([
      ["proposal", 4, 1],
      ["supervision", 4, 2],
    ]);
    expect(stats.byStatus.map((g) => [g.key, g.count])).toEqual([
      ["proposal/Closed", 1],
      ["proposal/Handling", 3],
      ["supervision/Filed", 2],
      ["supervision/Handling", 2],
    ]);
    // The case of units a and b counts for both.
    expect(stats.byUnit.map((g) => [g.unitId, g.total, g.onTimeRate])).toEqual([
      ["a", 2, 0.5],
      ["b", 2, 0],
    ]);
    expect(stats.byMonth.map((g) => [g.month, g.total])).toEqual([
      ["2026-03", 3],
      ["2026-04", 5],
    ]);
  });
});

import type { Label } from "@banli/kernel";
import type { Api } from "../../api/ApiProvider.jsx";

/** What `stats.summary` answers (the server's type: a change there breaks the build here). */
export type StatsSummary = Awaited<ReturnType<Api["stats"]["summary"]["query"]>>;
export type Tally = StatsSummary["all"];
export type ProcessList = Awaited<ReturnType<Api["processes"]["list"]["query"]>>;

/** A category of a chart: its key, its words, and the tally measured for it. */
export interface Category {
  readonly key: string;
  readonly label: Label;
  readonly tally: Tally;
}

const plain = (text: string): Label => ({ zh: text, en: text });

/** Processes by their title from `processes.list`; an unknown name is shown as it is. */
export const byProcess = (summary: StatsSummary, processes: ProcessList): ReadonlyArray<Category> =>
  summary.byProcess.map(({ process, ...tally }) => ({
    key: process,
    label: processes.find((p) => p.name === process)?.title ?? plain(process),
    tally,
  }));

/** `directory.units`: every unit's id and name. */
export type UnitList = Awaited<ReturnType<Api["directory"]["units"]["query"]>>;

/** Units by their name in the directory; a unit it does not know (since removed) by its code. */
export const byUnit = (summary: StatsSummary, units: UnitList): ReadonlyArray<Category> => {
  const names = new Map<string, string>(units.map((u) => [u.unitId, u.unitName]));
  return summary.byUnit.map(({ unitId, ...tally }) => ({
    key: unitId,
    label: plain(names.get(unitId) ?? unitId),
    tally,
  }));
};

export const byMonth = (summary: StatsSummary): ReadonlyArray<Category> =>
  summary.byMonth.map(({ month, ...tally }) => ({ key: month, label: plain(month), tally }));

/** Statuses are counted per process: "来信来访 · 办理中". */
export interface StatusCount {
  readonly key: string;
  readonly process: Label;
  readonly status: Label;
  readonly count: number;
}

export const byStatus = (
  summary: StatsSummary,
  processes: ProcessList,
): ReadonlyArray<StatusCount> =>
  summary.byStatus.map((row) => {
    const [process = "", status = ""] = row.key.split("/");
    return {
      key: row.key,
      process: processes.find((p) => p.name === process)?.title ?? plain(process),
      status: row.label ?? plain(status),
      count: row.count,
    };
  });

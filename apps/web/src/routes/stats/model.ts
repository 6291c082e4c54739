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

/** Units by name when the server gives one, else by their code. */
export const byUnit = (summary: StatsSummary): ReadonlyArray<Category> =>
  summary.byUnit.map((row) => {
    const { unitId, ...tally } = row;
    const name = "unitName" in row && typeof row.unitName === "string" ? row.unitName : unitId;
    return { key: unitId, label: plain(name), tally };
  });

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

import { type Label, RetentionPeriod, retentionPeriodLabels } from "@banli/kernel";
import type { Api } from "../../api/ApiProvider.jsx";
import type { CaseView } from "../../api/types.js";

/**
 * One line of the 归档文件目录 (DA/T 22—2015 归档文件整理规则: 序号, 档号, 文号, 责任者,
 * 题名, 日期, 页数, 备注), read from a 档案管理 case's state: `item` as collected, `organisation`
 * as organised, `archivalCode` once filed. The state carries no document date, so the column
 * shows the 年度 instead (the 档号 holds it too).
 */
export interface CatalogueEntry {
  readonly caseId: string;
  readonly archivalCode: string | undefined;
  readonly documentNumber: string;
  readonly responsible: string;
  readonly title: string;
  readonly year: number | undefined;
  readonly pages: number | undefined;
  readonly retention: Label | undefined;
  readonly category: string | undefined;
  readonly status: Label;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;
const count = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

const isRetention = (value: string | undefined): value is RetentionPeriod =>
  (RetentionPeriod.literals as ReadonlyArray<string | undefined>).includes(value);

/** The catalogue line of an archive case, or none for a case of another process or no item. */
export const entryOf = (view: CaseView): CatalogueEntry | undefined => {
  const state: unknown = view.state;
  if (view.process !== "archive" || !isRecord(state) || !isRecord(state.item)) return undefined;
  const item = state.item;
  const organisation = isRecord(state.organisation) ? state.organisation : {};
  const retention = text(organisation.retention);
  return {
    caseId: view.caseId,
    archivalCode: text(state.archivalCode),
    documentNumber: text(item.documentNumber) ?? "",
    responsible: text(item.responsible) ?? "",
    title: text(item.title) ?? view.title ?? "",
    year: count(item.year),
    pages: count(organisation.pages),
    // 保管期限 in the kernel's words (永久, 30年, 10年).
    retention: isRetention(retention) ? retentionPeriodLabels[retention] : undefined,
    category: text(item.category),
    status: view.statusLabel,
  };
};

/**
 * The catalogue's order: by year, then by 档号 (filed items), then items still without a code
 * by title — the order the 档号's 件号 gives on the shelf.
 */
export const catalogueOrder = (a: CatalogueEntry, b: CatalogueEntry): number =>
  (a.year ?? 0) - (b.year ?? 0) ||
  (a.archivalCode === undefined ? 1 : 0) - (b.archivalCode === undefined ? 1 : 0) ||
  (a.archivalCode ?? "").localeCompare(b.archivalCode ?? "") ||
  a.title.localeCompare(b.title, "zh-CN");

/** The list's page size the server allows (`cases.list` limit ≤ 200). */
const pageSize = 200;
/**
 * Case details are asked for a few at a time: the client batches concurrent calls into one URL,
 * and the server refuses a URL naming more than about eight procedures (HTTP 414).
 */
const detailsAtOnce = 4;

/**
 * The archive cases this user may see, with their state (the list, then each case's detail).
 * A filed item's 档号 is its case number in the list (the read model takes `archivalCode` as the
 * number), so for the filed-only catalogue only those are read in detail.
 */
export const loadCatalogue = async (
  client: Api,
  filedOnly: boolean,
): Promise<ReadonlyArray<CatalogueEntry>> => {
  const ids: Array<string> = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await client.cases.list.query({ process: "archive", limit: pageSize, offset });
    ids.push(
      ...page.rows.filter((row) => !filedOnly || row.number !== undefined).map((row) => row.caseId),
    );
    if (page.rows.length < pageSize || offset + pageSize >= page.total) break;
  }
  const entries: Array<CatalogueEntry> = [];
  for (let i = 0; i < ids.length; i += detailsAtOnce) {
    const views = await Promise.all(
      ids.slice(i, i + detailsAtOnce).map((caseId) => client.cases.get.query({ caseId })),
    );
    for (const view of views) {
      const entry = entryOf(view);
      if (entry !== undefined && (!filedOnly || entry.archivalCode !== undefined)) {
        entries.push(entry);
      }
    }
  }
  return entries.sort(catalogueOrder);
};

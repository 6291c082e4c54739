import { trafficLightLabels } from "@banli/kernel";
import type { Column } from "../components/Table.js";
import type { CaseRow } from "../data/data-source.js";
import type { LocaleTools } from "../i18n/LocaleContext.js";
import { lightColour, type Theme } from "../theme/theme.js";

/** Frame, padding, selection gutter and the gaps between five columns. */
const chrome = 4 + 2 + 4 * 2;
// Register numbers run long (市政协十四届五次会议第0123号): the number takes 20, truncated past it.
const fixed = 20 + 12 + 16 + 22;

/** The inbox's columns in terminal columns; the title takes what the terminal has left. */
export const inboxColumns = (
  { t, l }: LocaleTools,
  theme: Theme,
  terminalWidth: number,
): ReadonlyArray<Column<CaseRow>> => [
  { header: t("colNumber"), width: 20, value: (row) => row.number },
  {
    header: t("colTitle"),
    width: Math.max(12, terminalWidth - chrome - fixed),
    value: (row) => row.title,
  },
  { header: t("colProcess"), width: 12, value: (row) => l(row.processTitle) },
  { header: t("colStatus"), width: 16, value: (row) => l(row.status) },
  {
    header: t("colDue"),
    width: 22,
    value: (row) => (row.due ? `● ${l(trafficLightLabels[row.due.light])} ${row.due.due}` : "—"),
    colour: (row) => (row.due ? lightColour(theme, row.due.light) : theme.muted),
  },
];

/** Typing filters what is shown (a view, not a query): number, title or status contain it. */
export const matchesFilter = (row: CaseRow, filter: string, l: LocaleTools["l"]): boolean => {
  const needle = filter.trim().toLowerCase();
  return (
    needle === "" ||
    [row.number, row.title, l(row.status), l(row.processTitle)].some((text) =>
      text.toLowerCase().includes(needle),
    )
  );
};

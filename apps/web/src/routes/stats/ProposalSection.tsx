import { Show } from "solid-js";
import { BarChart } from "../../components/charts/BarChart.jsx";
import { DataTable } from "../../components/charts/DataTable.jsx";
import { StackedBarChart } from "../../components/charts/StackedBarChart.jsx";
import { formatRate } from "../../components/charts/scale.js";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { bo } from "../../i18n/messages-back-office.js";
import type { StatsSummary } from "./model.js";
import { type ProposalRow, proposalRows, shownClasses, verdicts } from "./proposals.js";

/** 议提案: answers by class (A/B/C) and the proposers' verdicts with 满意率, overall and by month. */
export const ProposalSection = (props: { readonly data: StatsSummary }) => {
  const { t } = useI18n();
  const rows = () => proposalRows(props.data, bo.overall);
  const classes = () => shownClasses(rows());
  const satisfactionTitle = () =>
    fill(t(bo.chartOf), { what: t(bo.satisfaction), by: t(bo.month) });
  return (
    <Show when={rows().length > 0}>
      <section class="stats-section" aria-labelledby="stats-proposals-title">
        <h2 id="stats-proposals-title">{t(bo.proposals)}</h2>
        <div class="stats-charts">
          <figure>
            <figcaption>{t(bo.proposalClasses)}</figcaption>
            <StackedBarChart
              title={t(bo.proposalClasses)}
              series={classes().map((c) => `${c} 类`)}
              data={rows().map((row) => ({
                key: row.key,
                label: t(row.label),
                parts: classes().map((c) => row.tally.classes[c]),
              }))}
            />
          </figure>
          <figure>
            <figcaption>{satisfactionTitle()}</figcaption>
            <BarChart
              title={satisfactionTitle()}
              kind="rate"
              data={rows().map((row) => ({
                key: row.key,
                label: t(row.label),
                value: row.tally.satisfactionRate,
              }))}
            />
          </figure>
        </div>
        <DataTable
          caption={t(bo.proposals)}
          rows={rows()}
          rowKey={(row) => row.key}
          columns={[
            { header: t(bo.month), cell: (row: ProposalRow) => t(row.label) },
            ...classes().map((c) => ({
              header: `${c} 类`,
              cell: (row: ProposalRow) => row.tally.classes[c],
              numeric: true,
            })),
            ...verdicts.map((v) => ({
              header: v,
              cell: (row: ProposalRow) => row.tally.verdicts[v],
              numeric: true,
            })),
            {
              header: t(bo.satisfaction),
              cell: (row: ProposalRow) => formatRate(row.tally.satisfactionRate),
              numeric: true,
            },
          ]}
        />
      </section>
    </Show>
  );
};

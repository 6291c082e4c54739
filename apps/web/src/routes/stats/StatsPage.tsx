import type { Label } from "@banli/kernel";
import { createResource, createSignal, For, Show } from "solid-js";
import { useClient } from "../../api/ApiProvider.jsx";
import { RequireLogin } from "../../auth/RequireLogin.jsx";
import { BarChart } from "../../components/charts/BarChart.jsx";
import { ColumnChart } from "../../components/charts/ColumnChart.jsx";
import { DataTable } from "../../components/charts/DataTable.jsx";
import { formatAmount, formatRate } from "../../components/charts/scale.js";
import "../../components/charts/charts.css";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { bo } from "../../i18n/messages-back-office.js";
import { Loaded } from "../admin/Loading.jsx";
import {
  byMonth,
  byProcess,
  byStatus,
  byUnit,
  type Category,
  type StatsSummary,
  type UnitList,
} from "./model.js";
import { ProposalSection } from "./ProposalSection.jsx";
import "./stats.css";

/** 统计: 办结率, 按期办结率 and handling days by process, unit and month; counts by status. */
export const StatsPage = () => (
  <RequireLogin>
    <StatsContent />
  </RequireLogin>
);

/** The filter as `stats.summary` takes it: only what is set. */
export const statsInput = (filter: {
  readonly process: string;
  readonly from: string;
  readonly to: string;
}) => ({
  ...(filter.process === "" ? {} : { process: filter.process }),
  ...(filter.from === "" ? {} : { from: filter.from }),
  ...(filter.to === "" ? {} : { to: filter.to }),
});

const StatsContent = () => {
  const { t } = useI18n();
  const client = useClient();
  const [process, setProcess] = createSignal("");
  const [from, setFrom] = createSignal("");
  const [to, setTo] = createSignal("");
  // An inverted period asks nothing: the page says why instead of showing empty charts.
  const inverted = () => from() !== "" && to() !== "" && from() > to();
  const [processes] = createResource(() => client.processes.list.query());
  // Names for the by-unit chart; without them (a failed call) units are shown by their code.
  const [units] = createResource(() => client.directory.units.query().catch((): UnitList => []));
  const [summary, { refetch }] = createResource(
    () => (inverted() ? false : statsInput({ process: process(), from: from(), to: to() })),
    (input) => client.stats.summary.query(input),
  );
  return (
    <section class="page stats-page" aria-labelledby="stats-title">
      <h1 id="stats-title">{t(bo.statistics)}</h1>
      <p class="page-note">{t(bo.statsIntro)}</p>
      <div class="stats-filter">
        <label>
          {t(bo.filterProcess)}{" "}
          <select value={process()} onChange={(event) => setProcess(event.currentTarget.value)}>
            <option value="">{t(bo.allProcesses)}</option>
            <For each={processes() ?? []}>
              {(p) => <option value={p.name}>{t(p.title)}</option>}
            </For>
          </select>
        </label>
        <label>
          {t(bo.openedFrom)}{" "}
          <input type="date" value={from()} onChange={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          {t(bo.openedTo)}{" "}
          <input type="date" value={to()} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      <Show
        when={!inverted()}
        fallback={
          <p class="page-note" role="alert">
            {t(bo.invertedPeriod)}
          </p>
        }
      >
        <Loaded resource={summary} retry={refetch}>
          {(data) => (
            <StatsFigures data={data} processes={processes() ?? []} units={units() ?? []} />
          )}
        </Loaded>
      </Show>
    </section>
  );
};

const tallyColumns = (t: (label: Label) => string) => [
  { header: t(bo.total), cell: (c: Category) => c.tally.total, numeric: true },
  { header: t(bo.closed), cell: (c: Category) => c.tally.closed, numeric: true },
  {
    header: t(bo.completionRate),
    cell: (c: Category) => formatRate(c.tally.completionRate),
    numeric: true,
  },
  {
    header: t(bo.onTimeRate),
    cell: (c: Category) => formatRate(c.tally.onTimeRate),
    numeric: true,
  },
  {
    header: t(bo.averageDays),
    cell: (c: Category) => formatAmount(c.tally.averageDays),
    numeric: true,
  },
  { header: t(bo.overdueOpen), cell: (c: Category) => c.tally.overdueOpen, numeric: true },
];

/** One dimension: 办结率 and 按期办结率 pictures side by side, the full table under them. */
const Dimension = (props: {
  readonly id: string;
  readonly title: Label;
  readonly dimension: Label;
  readonly categories: ReadonlyArray<Category>;
  readonly columns?: "time";
}) => {
  const { t } = useI18n();
  const chartTitle = (what: Label) =>
    fill(t(bo.chartOf), { what: t(what), by: t(props.dimension) });
  const bars = (pick: (c: Category) => number | undefined) =>
    props.categories.map((c) => ({ key: c.key, label: t(c.label), value: pick(c) }));
  const Chart = props.columns === "time" ? ColumnChart : BarChart;
  return (
    <section class="stats-section" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{t(props.title)}</h2>
      <Show when={props.categories.length > 0} fallback={<p class="page-note">{t(bo.none)}</p>}>
        <div class="stats-charts">
          <figure>
            <figcaption>{chartTitle(bo.completionRate)}</figcaption>
            <Chart
              title={chartTitle(bo.completionRate)}
              kind="rate"
              data={bars((c) => c.tally.completionRate)}
            />
          </figure>
          <figure>
            <figcaption>{chartTitle(bo.onTimeRate)}</figcaption>
            <Chart
              title={chartTitle(bo.onTimeRate)}
              kind="rate"
              data={bars((c) => c.tally.onTimeRate)}
            />
          </figure>
        </div>
        <DataTable
          caption={t(props.title)}
          rowKey={(c) => c.key}
          rows={props.categories}
          columns={[
            { header: t(props.dimension), cell: (c: Category) => t(c.label) },
            ...tallyColumns(t),
          ]}
        />
      </Show>
    </section>
  );
};

const StatsFigures = (props: {
  readonly data: StatsSummary;
  readonly processes: Parameters<typeof byProcess>[1];
  readonly units: UnitList;
}) => {
  const { t } = useI18n();
  const all = () => props.data.all;
  return (
    <>
      <dl class="stats-overall" aria-label={t(bo.overall)}>
        <div>
          <dt>{t(bo.total)}</dt>
          <dd>{all().total}</dd>
        </div>
        <div>
          <dt>{t(bo.completionRate)}</dt>
          <dd>{formatRate(all().completionRate)}</dd>
        </div>
        <div>
          <dt>{t(bo.onTimeRate)}</dt>
          <dd>{formatRate(all().onTimeRate)}</dd>
        </div>
        <div>
          <dt>{t(bo.averageDays)}</dt>
          <dd>{formatAmount(all().averageDays)}</dd>
        </div>
        <div>
          <dt>{t(bo.overdueOpen)}</dt>
          <dd>{all().overdueOpen}</dd>
        </div>
      </dl>
      <Dimension
        id="stats-process"
        title={bo.byProcess}
        dimension={bo.process}
        categories={byProcess(props.data, props.processes)}
      />
      <Dimension
        id="stats-unit"
        title={bo.byUnit}
        dimension={bo.unit}
        categories={byUnit(props.data, props.units)}
      />
      <Dimension
        id="stats-month"
        title={bo.byMonth}
        dimension={bo.month}
        categories={byMonth(props.data)}
        columns="time"
      />
      <StatusSection data={props.data} processes={props.processes} />
      <ProposalSection data={props.data} />
    </>
  );
};

const StatusSection = (props: {
  readonly data: StatsSummary;
  readonly processes: Parameters<typeof byProcess>[1];
}) => {
  const { t } = useI18n();
  const rows = () => byStatus(props.data, props.processes);
  const title = () => fill(t(bo.chartOf), { what: t(bo.count), by: t(bo.status) });
  return (
    <section class="stats-section" aria-labelledby="stats-status-title">
      <h2 id="stats-status-title">{t(bo.byStatus)}</h2>
      <Show when={rows().length > 0} fallback={<p class="page-note">{t(bo.none)}</p>}>
        <figure>
          <figcaption>{title()}</figcaption>
          <BarChart
            title={title()}
            kind="amount"
            data={rows().map((r) => ({
              key: r.key,
              label: `${t(r.process)}·${t(r.status)}`,
              value: r.count,
            }))}
          />
        </figure>
        <DataTable
          caption={t(bo.byStatus)}
          rowKey={(r) => r.key}
          rows={rows()}
          columns={[
            { header: t(bo.process), cell: (r) => t(r.process) },
            { header: t(bo.status), cell: (r) => t(r.status) },
            { header: t(bo.count), cell: (r) => r.count, numeric: true },
          ]}
        />
      </Show>
    </section>
  );
};

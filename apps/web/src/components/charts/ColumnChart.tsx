import { For, Show } from "solid-js";
import type { BarDatum } from "./BarChart.jsx";
import { axisHeight, chartWidth } from "./layout.js";
import { axisMax, barLength, formatAmount, formatRate, ticks } from "./scale.js";

export interface ColumnChartProps {
  readonly title: string;
  /** In time order (e.g. months), left to right. */
  readonly data: ReadonlyArray<BarDatum>;
  readonly kind: "rate" | "amount";
}

const plotHeight = 160;
const top = 16;
const left = 48;

/** Columns over time (a month per column), the figure above each; the axis on the left. */
export const ColumnChart = (props: ColumnChartProps) => {
  const max = () =>
    axisMax(
      props.data.map((d) => d.value),
      props.kind,
    );
  const slot = () => (chartWidth - left) / Math.max(1, props.data.length);
  const format = (value: number | undefined) =>
    props.kind === "rate" ? formatRate(value) : formatAmount(value);
  const height = top + plotHeight + axisHeight;
  return (
    <svg
      class="chart chart--columns"
      role="img"
      aria-label={props.title}
      viewBox={`0 0 ${chartWidth} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <For each={ticks(max())}>
        {(tick) => {
          const y = top + plotHeight - barLength(tick, max(), plotHeight);
          return (
            <g class="chart__tick">
              <line x1={left} x2={chartWidth} y1={y} y2={y} />
              <text x={left - 6} y={y + 4} text-anchor="end">
                {format(tick)}
              </text>
            </g>
          );
        }}
      </For>
      <For each={props.data}>
        {(datum, index) => {
          const length = () => barLength(datum.value, max(), plotHeight);
          const width = () => Math.min(40, slot() * 0.6);
          const x = () => left + index() * slot() + (slot() - width()) / 2;
          return (
            <g class="chart__row" data-key={datum.key}>
              <Show when={datum.value !== undefined}>
                <rect
                  class="chart__bar"
                  x={x()}
                  y={top + plotHeight - length()}
                  width={width()}
                  height={length()}
                />
              </Show>
              <text
                class="chart__value"
                x={x() + width() / 2}
                y={top + plotHeight - length() - 4}
                text-anchor="middle"
              >
                {format(datum.value)}
              </text>
              <text x={x() + width() / 2} y={height - 6} text-anchor="middle">
                {datum.label}
              </text>
            </g>
          );
        }}
      </For>
    </svg>
  );
};

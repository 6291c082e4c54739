import { For, Show } from "solid-js";
import {
  axisHeight,
  barSpan,
  barThickness,
  chartWidth,
  fitLabel,
  labelWidth,
  rowHeight,
} from "./layout.js";
import { axisMax, barLength, formatAmount, formatRate, ticks } from "./scale.js";

export interface BarDatum {
  readonly key: string;
  readonly label: string;
  /** Missing when there is nothing to measure (e.g. 按期办结率 with no closed case). */
  readonly value: number | undefined;
}

export interface BarChartProps {
  /** The chart's name, read out for the picture (the table beside it says the figures). */
  readonly title: string;
  readonly data: ReadonlyArray<BarDatum>;
  /** Rates go on a fixed 0–100 % axis; amounts (counts, days) on a nice ceiling. */
  readonly kind: "rate" | "amount";
}

/**
 * Horizontal bars, one per category, each with its figure written at its end: a picture of
 * what the table beside it says. Rows have a fixed height, so the drawing's size depends only
 * on how many categories there are (no jump when the numbers arrive).
 */
export const BarChart = (props: BarChartProps) => {
  const max = () =>
    axisMax(
      props.data.map((d) => d.value),
      props.kind,
    );
  const height = () => props.data.length * rowHeight + axisHeight;
  const format = (value: number | undefined) =>
    props.kind === "rate" ? formatRate(value) : formatAmount(value);
  return (
    <svg
      class="chart chart--bars"
      role="img"
      aria-label={props.title}
      viewBox={`0 0 ${chartWidth} ${height()}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <For each={ticks(max())}>
        {(tick) => {
          const x = labelWidth + barLength(tick, max(), barSpan);
          return (
            <g class="chart__tick">
              <line x1={x} x2={x} y1={0} y2={height() - axisHeight + 4} />
              <text x={x} y={height() - 6} text-anchor="middle">
                {format(tick)}
              </text>
            </g>
          );
        }}
      </For>
      <For each={props.data}>
        {(datum, index) => {
          const y = () => index() * rowHeight;
          const length = () => barLength(datum.value, max(), barSpan);
          return (
            <g class="chart__row" data-key={datum.key}>
              {/* The whole label for a pointer, as the drawing may cut it. */}
              <title>{datum.label}</title>
              <text x={labelWidth - 8} y={y() + rowHeight / 2 + 5} text-anchor="end">
                {fitLabel(datum.label)}
              </text>
              <Show when={datum.value !== undefined}>
                <rect
                  class="chart__bar"
                  x={labelWidth}
                  y={y() + (rowHeight - barThickness) / 2}
                  width={length()}
                  height={barThickness}
                />
              </Show>
              <text class="chart__value" x={labelWidth + length() + 6} y={y() + rowHeight / 2 + 5}>
                {format(datum.value)}
              </text>
            </g>
          );
        }}
      </For>
    </svg>
  );
};

import { For } from "solid-js";
import {
  axisHeight,
  barSpan,
  barThickness,
  chartWidth,
  fitLabel,
  labelWidth,
  rowHeight,
} from "./layout.js";
import { stack } from "./scale.js";

export interface StackedDatum {
  readonly key: string;
  readonly label: string;
  /** One count per series, in the order of `series`. */
  readonly parts: ReadonlyArray<number>;
}

export interface StackedBarChartProps {
  readonly title: string;
  /** The names of the parts (e.g. A 类 / B 类 / C 类), shown in the legend. */
  readonly series: ReadonlyArray<string>;
  readonly data: ReadonlyArray<StackedDatum>;
}

/**
 * Each row one whole split into its parts (议提案 answers by A/B/C class, 满意 / 基本满意 /
 * 不满意): segments are told apart by fill and by the count written inside, never by colour
 * alone, and the legend repeats the series' names.
 */
export const StackedBarChart = (props: StackedBarChartProps) => {
  const legendHeight = 24;
  const height = () => legendHeight + props.data.length * rowHeight + axisHeight / 2;
  return (
    <svg
      class="chart chart--stacked"
      role="img"
      aria-label={props.title}
      viewBox={`0 0 ${chartWidth} ${height()}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <g class="chart__legend">
        <For each={props.series}>
          {(name, index) => (
            <g transform={`translate(${labelWidth + index() * 110} 4)`}>
              <rect class={`chart__part chart__part--${index()}`} width={14} height={14} />
              <text x={20} y={12}>
                {name}
              </text>
            </g>
          )}
        </For>
      </g>
      <For each={props.data}>
        {(datum, row) => {
          const y = () => legendHeight + row() * rowHeight;
          return (
            <g class="chart__row" data-key={datum.key}>
              {/* The whole label for a pointer, as the drawing may cut it. */}
              <title>{datum.label}</title>
              <text x={labelWidth - 8} y={y() + rowHeight / 2 + 5} text-anchor="end">
                {fitLabel(datum.label)}
              </text>
              <For each={stack(datum.parts, barSpan)}>
                {(segment, index) => (
                  <g>
                    <rect
                      class={`chart__part chart__part--${index()}`}
                      x={labelWidth + segment.start}
                      y={y() + (rowHeight - barThickness) / 2}
                      width={segment.length}
                      height={barThickness}
                    />
                    {/* The count inside its segment when there is room for it. */}
                    {segment.length >= 18 ? (
                      <text
                        class="chart__part-value"
                        x={labelWidth + segment.start + segment.length / 2}
                        y={y() + rowHeight / 2 + 4}
                        text-anchor="middle"
                      >
                        {datum.parts[index()]}
                      </text>
                    ) : null}
                  </g>
                )}
              </For>
            </g>
          );
        }}
      </For>
    </svg>
  );
};

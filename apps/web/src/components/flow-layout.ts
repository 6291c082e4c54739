import type { FlowDefinition, FlowStep, FlowTransition, Label } from "@banli/kernel";

/**
 * Where the boxes and arrows of a flow diagram go, computed from the kernel's definition alone
 * (no measuring of the page), so the diagram has its final size from the first paint.
 *
 * The main and end steps stand in one column in the kernel's order; a loop step (协调, 催办)
 * stands to the right of the step it is beside; arrows between steps that are not next to each
 * other (branches that skip ahead, 退回 going back) run in lanes to the left of the column.
 */

export const box = { width: 168, height: 40, rowGap: 30, loopWidth: 136, loopGap: 10 } as const;
const laneGap = 14;
const loopOffset = 56;
const margin = 16;

type AnyFlow = FlowDefinition<string, string>;

export interface NodeLayout {
  readonly id: string;
  readonly step: FlowStep<string>;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface EdgeLayout {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly kind: FlowTransition<string>["kind"];
  /** The commands taking this arrow (several when two commands lead the same way). */
  readonly labels: ReadonlyArray<Label>;
  /** SVG path data. */
  readonly path: string;
  /** Where a short label goes, for arrows straight down the column; none for the others. */
  readonly labelAt?: { readonly x: number; readonly y: number };
}

export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: ReadonlyArray<NodeLayout>;
  readonly edges: ReadonlyArray<EdgeLayout>;
}

/** One arrow per pair of steps: two commands taking the same way share it. */
const mergeTransitions = (transitions: AnyFlow["transitions"]) => {
  const merged = new Map<string, { t: FlowTransition<string>; labels: Label[] }>();
  for (const t of transitions) {
    const key = `${t.from}→${t.to}`;
    const existing = merged.get(key);
    if (existing === undefined) merged.set(key, { t, labels: [t.label] });
    else if (!existing.labels.some((l) => l.zh === t.label.zh)) existing.labels.push(t.label);
  }
  return [...merged.entries()];
};

/** Interval colouring: each skipping arrow gets the first lane free over its rows. */
const assignLanes = (spans: ReadonlyArray<{ key: string; top: number; bottom: number }>) => {
  const lanes: Array<Array<{ top: number; bottom: number }>> = [];
  const laneOf = new Map<string, number>();
  const sorted = [...spans].sort((a, b) => a.bottom - a.top - (b.bottom - b.top) || a.top - b.top);
  for (const span of sorted) {
    let lane = lanes.findIndex((used) =>
      used.every((other) => span.bottom < other.top || span.top > other.bottom),
    );
    if (lane === -1) {
      lane = lanes.length;
      lanes.push([]);
    }
    lanes[lane]?.push(span);
    laneOf.set(span.key, lane);
  }
  return { laneOf, count: lanes.length };
};

export const makeFlowLayout = (definition: AnyFlow): FlowLayout => {
  const column = definition.steps.filter((step) => step.kind !== "loop");
  const rowOf = new Map(column.map((step, row) => [step.id, row]));
  const transitions = mergeTransitions(definition.transitions);

  const spans = transitions.flatMap(([key, { t }]) => {
    const from = rowOf.get(t.from);
    const to = rowOf.get(t.to);
    if (from === undefined || to === undefined || to === from + 1 || to === from) return [];
    return [{ key, top: Math.min(from, to), bottom: Math.max(from, to) }];
  });
  const { laneOf, count: laneCount } = assignLanes(spans);

  const columnX = margin + laneCount * laneGap + (laneCount > 0 ? laneGap : 0);
  const pitch = box.height + box.rowGap;
  const rowY = (row: number) => row * pitch;

  const nodes = new Map<string, NodeLayout>();
  column.forEach((step, row) => {
    nodes.set(step.id, { id: step.id, step, x: columnX, y: rowY(row), ...sizeOf(step) });
  });
  // Loops beside one step are stacked, centred on its row.
  const loopsBeside = new Map<string, FlowStep<string>[]>();
  for (const step of definition.steps) {
    if (step.kind !== "loop") continue;
    const beside = step.beside ?? column[0]?.id ?? step.id;
    loopsBeside.set(beside, [...(loopsBeside.get(beside) ?? []), step]);
  }
  for (const [beside, loops] of loopsBeside) {
    const row = rowOf.get(beside) ?? 0;
    loops.forEach((step, index) => {
      const offset = (index - (loops.length - 1) / 2) * (box.height + box.loopGap);
      nodes.set(step.id, {
        id: step.id,
        step,
        x: columnX + box.width + loopOffset,
        y: rowY(row) + offset,
        ...sizeOf(step),
      });
    });
  }

  const edges = transitions.flatMap(([key, { t, labels }]): EdgeLayout[] => {
    const from = nodes.get(t.from);
    const to = nodes.get(t.to);
    if (from === undefined || to === undefined) return [];
    const base = { key, from: t.from, to: t.to, kind: t.kind, labels };
    return [{ ...base, ...route(from, to, laneOf.get(key), columnX) }];
  });

  // Loops stacked above the first row move everything down; the box is then fixed.
  const all = [...nodes.values()];
  const top = Math.min(0, ...all.map((n) => n.y)) - margin;
  const right = Math.max(...all.map((n) => n.x + n.width)) + margin + 24;
  const bottom = Math.max(...all.map((n) => n.y + n.height)) + margin;
  const shifted = all.map((n) => ({ ...n, y: n.y - top }));
  return {
    width: right,
    height: bottom - top,
    nodes: shifted,
    edges: edges.map((edge) => shiftEdge(edge, -top)),
  };
};

const sizeOf = (step: FlowStep<string>) => ({
  width: step.kind === "loop" ? box.loopWidth : box.width,
  height: box.height,
});

const isColumn = (node: NodeLayout) => node.step.kind !== "loop";

const route = (
  from: NodeLayout,
  to: NodeLayout,
  lane: number | undefined,
  columnX: number,
): Pick<EdgeLayout, "path" | "labelAt"> => {
  const cx = (n: NodeLayout) => n.x + n.width / 2;
  const cy = (n: NodeLayout) => n.y + n.height / 2;
  if (from.id === to.id) {
    // A step repeated in place (e.g. 报批 again): a small arc on its right.
    const x = from.x + from.width;
    return {
      path: `M${x},${from.y + 10} C${x + 34},${from.y - 8} ${x + 34},${from.y + from.height + 8} ${x},${from.y + from.height - 10}`,
    };
  }
  if (isColumn(from) && isColumn(to)) {
    if (lane === undefined) {
      // Next in the column: straight down, labelled beside the line.
      const x = cx(from);
      const y1 = from.y + from.height;
      return { path: `M${x},${y1} L${x},${to.y}`, labelAt: { x: x + 8, y: (y1 + to.y) / 2 + 4 } };
    }
    const laneX = columnX - laneGap * (lane + 1);
    // Arrows meeting at one box come in at slightly different heights, so none hides another.
    const nudge = ((lane % 3) - 1) * 7;
    return {
      path: `M${from.x},${cy(from) + nudge} L${laneX},${cy(from) + nudge} L${laneX},${cy(to) + nudge} L${to.x},${cy(to) + nudge}`,
    };
  }
  if (isColumn(from)) {
    // Out to a loop beside the column: right, then up or down to it.
    const x1 = from.x + from.width;
    const elbow = x1 + 22;
    return {
      path: `M${x1},${cy(from) - 5} L${elbow},${cy(from) - 5} L${elbow},${cy(to) - 5} L${to.x},${cy(to) - 5}`,
    };
  }
  if (isColumn(to)) {
    const sameRow = Math.abs(cy(from) - cy(to)) < 1;
    if (sameRow || to.x + to.width + 22 < from.x) {
      // Back from a loop to a column step: the lower of two parallel lines.
      const elbow = to.x + to.width + 34;
      return {
        path: `M${from.x},${cy(from) + 5} L${elbow},${cy(from) + 5} L${elbow},${cy(to) + 5} L${to.x + to.width},${cy(to) + 5}`,
      };
    }
  }
  // Loop to loop (or anything unforeseen): a plain line between the box edges.
  return { path: `M${cx(from)},${from.y + from.height} L${cx(to)},${to.y}` };
};

const shiftEdge = (edge: EdgeLayout, dy: number): EdgeLayout => ({
  ...edge,
  path: edge.path.replace(
    /(-?[\d.]+),(-?[\d.]+)/g,
    (_m, x: string, y: string) => `${x},${Number(y) + dy}`,
  ),
  ...(edge.labelAt === undefined ? {} : { labelAt: { x: edge.labelAt.x, y: edge.labelAt.y + dy } }),
});

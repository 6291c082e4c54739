/**
 * The arithmetic of the console's charts, kept apart from drawing so it can be tested alone.
 * Rates (办结率, 按期办结率, 满意率) are drawn on a fixed 0–100 % axis so charts side by side
 * compare; counts and days get a "nice" upper bound (1, 2, 2.5 or 5 × a power of ten).
 */

/** The smallest nice number (1, 2, 2.5, 5 × 10^k) at or above `value`; 1 for nothing to show. */
export const niceCeiling = (value: number): number => {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
};

/** The axis maximum for these values: 1 for rates, a nice ceiling otherwise. */
export const axisMax = (
  values: ReadonlyArray<number | undefined>,
  kind: "rate" | "amount",
): number => {
  if (kind === "rate") return 1;
  return niceCeiling(Math.max(0, ...values.filter((v): v is number => v !== undefined)));
};

/** `count + 1` evenly spaced ticks from 0 to `max` inclusive. */
export const ticks = (max: number, count = 4): ReadonlyArray<number> =>
  Array.from({ length: count + 1 }, (_, i) => (max * i) / count);

/** The length of a bar for `value` on an axis `max` long drawn over `span` units, clamped. */
export const barLength = (value: number | undefined, max: number, span: number): number => {
  if (value === undefined || !Number.isFinite(value) || max <= 0) return 0;
  return Math.max(0, Math.min(span, (value / max) * span));
};

/**
 * Splits `span` among the parts of a whole in proportion (stacked bars, e.g. 议提案 A/B/C);
 * each part starts where the previous one ends, so the segments never overlap.
 */
export const stack = (
  parts: ReadonlyArray<number>,
  span: number,
): ReadonlyArray<{ readonly start: number; readonly length: number }> => {
  const total = parts.reduce((sum, part) => sum + Math.max(0, part), 0);
  let start = 0;
  return parts.map((part) => {
    const length = total === 0 ? 0 : (Math.max(0, part) / total) * span;
    const segment = { start, length };
    start += length;
    return segment;
  });
};

/** A rate as a percentage with one decimal when needed: 0.875 → "87.5%", 1 → "100%". */
export const formatRate = (rate: number | undefined): string =>
  rate === undefined ? "—" : `${Number((rate * 100).toFixed(1))}%`;

/** A plain number for a chart's label: at most one decimal. */
export const formatAmount = (value: number | undefined): string =>
  value === undefined ? "—" : String(Number(value.toFixed(1)));

/** Small helpers shared by the benchmarks. */
export const percentile = (sorted: ReadonlyArray<number>, p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

export interface Throughput {
  readonly operations: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms?: number;
  readonly p99Ms?: number;
}

export const throughput = (
  operations: number,
  millis: number,
  latencies?: Array<number>,
): Throughput => {
  const sorted = latencies?.sort((a, b) => a - b);
  return {
    operations,
    seconds: round(millis / 1000, 3),
    perSecond: round((operations / millis) * 1000, 1),
    ...(sorted === undefined
      ? {}
      : { p50Ms: round(percentile(sorted, 50), 3), p99Ms: round(percentile(sorted, 99), 3) }),
  };
};

/** The run with the median throughput (its latencies are kept with it). */
export const median = (runs: ReadonlyArray<Throughput>): Throughput => {
  const sorted = [...runs].sort((a, b) => a.perSecond - b.perSecond);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error("no runs");
  return middle;
};

export const medianOf = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error("no values");
  return middle;
};

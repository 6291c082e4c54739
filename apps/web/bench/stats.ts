/** Order statistics of a handful of runs (the median is the figure reported). */
export const summarise = (samples: ReadonlyArray<number>) => {
  if (samples.length === 0) throw new Error("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    runs: sorted.length,
    medianMs: round(median),
    minMs: round(sorted[0] ?? 0),
    p90Ms: round(at(0.9)),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
  };
};

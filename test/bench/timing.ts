// Timing helpers the ratio benchmarks share (engine-ratios.ts, validation-ratios.ts).

/** The median of some timings. */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Milliseconds one run of `fn` takes. */
export function time(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

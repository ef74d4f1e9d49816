// Timing and heap helpers the benchmarks share (the ratio and the memory benchmarks).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

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

let collect: (() => void) | undefined;

/**
 * Bytes of heap in use after two forced collections, so that garbage waiting to be
 * collected does not count. Works with or without `--expose-gc`.
 */
export function heapUsedAfterGc(): number {
  if (collect === undefined) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) collect = exposed;
    else {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    }
  }
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

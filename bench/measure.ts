/** Timing helpers: medians of repeated runs after a warm-up, in milliseconds. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  min: number;
  runs: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` (at least 1) times measured; returns the last result. */
export function timeSync<T>(fn: () => T, runs: number, warmup = 1): { timing: Timing; last: T } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  let t0 = performance.now();
  let last = fn();
  times.push(performance.now() - t0);
  for (let i = 1; i < runs; i++) {
    t0 = performance.now();
    last = fn();
    times.push(performance.now() - t0);
  }
  return { timing: { median: median(times), min: Math.min(...times), runs: times.length }, last };
}

/**
 * Runs per size: many at district size, fewer at national size, but enough there (21) that the
 * median is not one run's garbage collection: at 10,000 units a collection of the grid's
 * 2.6 million cells takes longer than the scoring itself, and comes every few runs.
 */
export function runsFor(units: number): number {
  if (units <= 100) return 41;
  if (units <= 2000) return 25;
  return 21;
}

export const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) + ' ms';
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

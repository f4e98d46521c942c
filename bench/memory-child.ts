/**
 * Run as its own process (node --expose-gc memory-child.js <units>), so nothing else is on the
 * heap: measures the grid's own size and the peak memory the engine adds while scoring it, then
 * while building the write plan. Prints one JSON line.
 *
 * Memory is the V8 heap in use plus external memory, that is array buffers (the engine keeps
 * scores in typed arrays).
 * The peak is sampled before every garbage collection during the call (v8.GCProfiler) and at its
 * end; the sample before a collection includes garbage not yet collected, so the peak is an upper
 * bound of what the engine really holds at once.
 */
import v8 from 'node:v8';
import { buildWritePlan } from '../src/appendix';
import { scoreSheet } from '../src/engine/score';
import { syntheticGrid, syntheticSheet } from './sheet';

export interface MemoryFigures {
  units: number;
  gridBytes: number;
  scorePeakBytes: number;
  /** Memory the result keeps once scoring is over (after a collection). */
  resultBytes: number;
  planPeakBytes: number;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
}

/** V8 heap in use plus external memory (array buffers), as the GC profiler reports them. */
function inUse(): number {
  const h = v8.getHeapStatistics();
  return h.used_heap_size + h.external_memory;
}

/** Peak memory in use while `fn` runs, above what was in use before it. */
function peakDuring<T>(fn: () => T): { value: T; peak: number } {
  collect();
  const before = inUse();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const value = fn();
  const atEnd = inUse();
  const stats = profiler.stop().statistics;
  let peak = atEnd;
  for (const s of stats) {
    const h = s.beforeGC.heapStatistics;
    peak = Math.max(peak, h.usedHeapSize + h.externalMemory);
  }
  return { value, peak: peak - before };
}

function main(): void {
  const units = Number(process.argv[2]);
  if (!Number.isInteger(units) || units <= 0) throw new Error('usage: memory-child.js <units>');
  const sheet = syntheticSheet(units);
  // A small grid is smaller than the heap's own noise between two collections (compiled code,
  // feedback): measure enough copies to reach about a million cells and divide.
  const copies = Math.max(1, Math.ceil(1_000_000 / (units * sheet.rows.length)));
  collect();
  const empty = inUse();
  const grids = Array.from({ length: copies }, () => syntheticGrid(sheet));
  collect();
  const gridBytes = (inUse() - empty) / copies;
  const grid = grids[0];
  grids.length = 1;
  collect();
  const afterGrid = inUse();
  scoreSheet(grid); // compile the code first, as the timed runs do
  const scored = peakDuring(() => scoreSheet(grid));
  const outcome = scored.value;
  if (!outcome.ok) throw new Error('the synthetic sheet did not score');
  collect();
  const resultBytes = inUse() - afterGrid;
  const planned = peakDuring(() => buildWritePlan(outcome.result));
  const figures: MemoryFigures = {
    units, gridBytes, scorePeakBytes: scored.peak, resultBytes, planPeakBytes: planned.peak,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  void planned.value.sheets.length;
}

main();

/**
 * Tells the preview's workbook view when the fake workbook may have changed: after every
 * `Excel.run` (the pane's reads, writes and selections, and anything the browser test runs through
 * the handle). It wraps the fake's `run` in place, so every caller goes through it.
 */
import type { FakeExcel, FakeRunOptions } from '../../office-fake';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface RunFeed {
  /** Calls `listener` after each run, failed or not; returns the unsubscription. */
  subscribe(listener: () => void): () => void;
}

export function observeRuns(fake: FakeExcel): RunFeed {
  const listeners = new Set<() => void>();
  const inner = fake.run;
  const notify = () => listeners.forEach((listener) => listener());
  function run<T>(batch: Batch<T>): Promise<T>;
  function run<T>(options: FakeRunOptions, batch: Batch<T>): Promise<T>;
  function run<T>(first: FakeRunOptions | Batch<T>, second?: Batch<T>): Promise<T> {
    const ran = typeof first === 'function' ? inner(first) : inner(first, second as Batch<T>);
    return ran.finally(notify);
  }
  fake.run = run;
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

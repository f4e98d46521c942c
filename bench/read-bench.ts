/**
 * The two readers of the command line's files side by side on the same .xlsx: the package reader
 * (src/workbook/package) and the ExcelJS reader (src/workbook/xlsx). Each read is a fresh process
 * (read-child.ts), with Node's default heap limit, as a user runs the command line; the figures
 * are the median time and the largest peak resident memory over the runs.
 */
import { ChildFailure, runChild } from './child';
import { median } from './measure';
import type { ReadFigures, Reader } from './read-child';

export interface ReaderFigures {
  units: number;
  reader: Reader;
  runs: number;
  medianMs: number;
  medianCpuMs: number;
  maxRssBytes: number;
  cells: number;
}

export type ReadResult = ReaderFigures | { units: number; reader: Reader; error: string };

export async function benchRead(script: string, input: string, units: number, reader: Reader, runs: number): Promise<ReadResult> {
  const figures: ReadFigures[] = [];
  try {
    for (let i = 0; i < runs; i++) figures.push((await runChild<ReadFigures>(script, [reader, input], { timeoutMs: 15 * 60 * 1000 })).value);
  } catch (e) {
    if (!(e instanceof ChildFailure)) throw e;
    return { units, reader, error: e.message.split('\n').slice(0, 3).join(' ') };
  }
  return {
    units, reader, runs,
    medianMs: median(figures.map((f) => f.ms)),
    medianCpuMs: median(figures.map((f) => f.cpuMs)),
    maxRssBytes: Math.max(...figures.map((f) => f.maxRssBytes)),
    cells: figures[0].rows * figures[0].cols,
  };
}

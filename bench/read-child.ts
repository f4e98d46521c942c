/**
 * One read of a workbook file in a fresh process, as the command line reads it: the file's bytes,
 * the workbook opened, its active sheet read into a grid. Run as
 *
 *   node read-child.js <package|exceljs> <file.xlsx>
 *
 * and prints one JSON line: the time from reading the file to the grid, and the process's peak
 * resident memory (everything: Node itself, the file, the package, the grid).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { SheetGrid } from '../src/engine/grid';

export type Reader = 'package' | 'exceljs';

export interface ReadFigures {
  reader: Reader;
  /** Wall time from reading the file (modules loaded on the way) to the grid. */
  ms: number;
  /** CPU time of the whole process, user + system (the wall time suffers on a loaded machine). */
  cpuMs: number;
  maxRssBytes: number;
  rows: number;
  cols: number;
}

async function read(reader: Reader, file: string): Promise<SheetGrid> {
  if (reader === 'package') {
    // Loaded here, so the ExcelJS run does not load the package reader and the other way round.
    const { PackageWorkbook } = await import('../src/workbook/package');
    const wb = PackageWorkbook.fromBytes(readFileSync(file), file);
    return wb.readSheet(await wb.activeSheetName());
  }
  const { XlsxWorkbook } = await import('../src/workbook/xlsx');
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file), file);
  return wb.readSheet(await wb.activeSheetName());
}

async function main(): Promise<void> {
  const [reader, file] = process.argv.slice(2);
  if ((reader !== 'package' && reader !== 'exceljs') || !file) throw new Error('usage: read-child.js <package|exceljs> <file.xlsx>');
  const t0 = performance.now();
  const grid = await read(reader, file);
  const ms = performance.now() - t0;
  const usage = process.resourceUsage();
  const figures: ReadFigures = {
    reader, ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssBytes: usage.maxRSS * 1024,
    rows: grid.values.length, cols: grid.values[0]?.length ?? 0,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});

/**
 * Fuzzing the engine with the two shared sample workbooks, changed at random the way sheets are
 * changed between offices: a cell retyped (number, text, error, KPS, emoji ...), a row deleted,
 * inserted or duplicated, columns swapped or deleted, a row cut short, a cell turned into an
 * error value. scoreSheet never throws and always returns a result or findings, quickly.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import path from 'path';
import type { SheetGrid } from '../../src/engine/grid';
import { readWorksheet } from '../../src/workbook/xlsx/read-sheet';
import { mutate, mutationArb } from './arbitraries';
import { describeStats, newStats, scoreAndCheck } from './check-outcome';

const report = (line: string): void => { if (process.env.FUZZ_STATS) process.stdout.write(`${line}\n`); };

async function sampleGrid(file: string): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, '../../samples', file));
  return readWorksheet(wb.worksheets[0], false);
}

describe.each([
  ['thanh-tri-2021.xlsx', 20240511],
  ['dam-ha-2018-tham-dinh.xlsx', 20240512],
])('%s mutated at random', (file, seed) => {
  let sample: SheetGrid;
  beforeAll(async () => { sample = await sampleGrid(file); });

  it('the sample itself scores', () => {
    expect(scoreAndCheck(sample, newStats()).ok).toBe(true);
  });

  it('1 to 6 random changes: a result or findings, never a throw, in bounded time', () => {
    const stats = newStats();
    const rows = sample.values.length;
    const cols = Math.max(...sample.values.map((r) => r.length));
    const arb = fc.array(mutationArb(rows, cols), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(arb, fc.constantFrom('dense' as const, 'competition' as const), (mutations, ranking) => {
      scoreAndCheck(mutate(sample, mutations), stats, { ranking });
    }), { seed, numRuns: 1000 });
    report(describeStats(`${file} mutations`, stats));
    expect(stats.ok).toBeGreaterThan(0);
    expect(stats.failed).toBeGreaterThan(0);
  });
});

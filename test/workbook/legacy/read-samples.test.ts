/**
 * The shared sample saved as .xls and .ods by LibreOffice reads to the grid the xlsx adapter reads
 * from the .xlsx, and scores to the same units, totals and ranks.
 */
import type { SheetGrid } from '../../../src/engine/grid';
import { scoreSheet } from '../../../src/engine/score';
import type { ScoreOutcome } from '../../../src/engine/types';
import { readLegacyWorkbook, type LegacyWorkbook } from '../../../src/workbook/legacy';
import { openXlsx } from '../../../src/workbook/xlsx';
import { at, fixture, SAMPLE } from './helpers';

let original: SheetGrid;
let expected: ScoreOutcome;

beforeAll(async () => {
  const wb = await openXlsx(SAMPLE);
  original = await wb.readSheet('Bảng chấm điểm');
  expected = scoreSheet(original);
  if (!expected.ok) throw new Error('the sample should score');
});

describe.each([
  ['thanh-tri-2021.xls', 'xls'],
  ['thanh-tri-2021.ods', 'ods'],
] as const)('%s', (file, kind) => {
  let workbook: LegacyWorkbook;
  let grid: SheetGrid;
  beforeAll(async () => {
    workbook = await readLegacyWorkbook(fixture(file), kind);
    grid = workbook.sheets[0].grid;
  });

  it('one visible sheet, the scoring sheet; formulas and formats are not carried over', () => {
    expect(workbook.sheets.map((s) => [s.name, s.visible])).toEqual([['Bảng chấm điểm', true]]);
    expect(workbook.notCarried).toEqual(['formulas', 'formats']);
    expect(workbook.date1904).toBe(false);
  });

  it('the grid the xlsx adapter reads: from A1 to T55, values, kinds, formula flags, no merges', () => {
    expect(grid.originRow).toBe(0);
    expect(grid.originCol).toBe(0);
    expect(grid.values).toEqual(original.values);
    expect(grid.kinds).toEqual(original.kinds);
    expect(grid.formulas).toEqual(original.formulas);
    expect(grid.merges).toEqual([]);
    expect(grid.hiddenRows).toEqual([]);
    expect(grid.hiddenCols).toEqual([]);
    expect(grid.uncached).toBeUndefined();
  });

  it('cached values of formulas, flagged; numbers as numbers; codes as text', () => {
    expect(at(grid, 'D5')).toEqual({ value: 13, kind: 'Double', formula: true });
    expect(at(grid, 'D7')).toEqual({ value: 0.75, kind: 'Double', formula: false });
    expect(at(grid, 'A6')).toEqual({ value: '1.1', kind: 'String', formula: false });
    expect(at(grid, 'A3')).toEqual({ value: '', kind: 'Empty', formula: false });
  });

  it('scores to the same units, totals and ranks as the .xlsx', () => {
    const outcome = scoreSheet(grid);
    if (!outcome.ok || !expected.ok) throw new Error('both should score');
    const summary = (o: typeof outcome) => o.result.units.map((u) => [u.name, u.total, u.rank]);
    expect(summary(outcome)).toEqual(summary(expected));
    expect(summary(outcome)).toHaveLength(16);
    // The whole outcome, as the spec's JSON has it (the result caches some sums internally).
    expect(JSON.parse(JSON.stringify(outcome))).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});

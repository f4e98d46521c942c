/**
 * Last year's result on a sheet of the same workbook (the pane's option): its ranking table, or
 * why there is none; and what a summary says once this year's units are matched with it.
 */
import type { ScoreResult } from '../../src/engine/types';
import { comparisonOf, defaultEngine, loadPreviousSheet } from '../../src/usecase';
import { WorkbookError } from '../../src/workbook/port';
import { standardSheet } from '../helpers/grid';
import { lastYearRanking, notesSheet } from './fixtures';
import { MemoryWorkbook } from './memory-workbook';

const workbook = () => new MemoryWorkbook([
  { name: 'Chấm điểm', grid: standardSheet() },
  { name: 'Năm 2020', grid: lastYearRanking() },
  { name: 'Ghi chú', grid: notesSheet() },
]);

describe('last year’s result from a sheet', () => {
  it('the units of its ranking table', async () => {
    expect(await loadPreviousSheet(workbook(), defaultEngine, 'Năm 2020', ['Chấm điểm'])).toEqual({
      sheet: 'Năm 2020',
      units: [
        { name: 'Xã An', rank: 1, index: 90, group: null },
        { name: 'Xã Cường', rank: 2, index: 82.5, group: null },
        { name: 'Xã Dương', rank: 3, index: 70, group: null },
      ],
    });
  });

  it('the scoring sheet itself, whatever the case: not read, a problem', async () => {
    const port = workbook();
    expect(await loadPreviousSheet(port, defaultEngine, 'CHẤM ĐIỂM', ['Chấm điểm'])).toEqual({ sheet: 'CHẤM ĐIỂM', problem: 'same-sheet' });
    expect(port.reads).toEqual([]);
  });

  it('a sheet gone since, or without a table: a problem, not a failure', async () => {
    expect(await loadPreviousSheet(workbook(), defaultEngine, 'Năm 2019', ['Chấm điểm'])).toEqual({ sheet: 'Năm 2019', problem: 'sheet-gone' });
    expect(await loadPreviousSheet(workbook(), defaultEngine, 'Ghi chú', ['Chấm điểm'])).toEqual({ sheet: 'Ghi chú', problem: 'no-table' });
  });

  it('any other read failure is thrown as it came', async () => {
    const port = workbook();
    const failure = new WorkbookError('read-failed', 'GeneralException');
    port.failNext('readSheet', failure);
    await expect(loadPreviousSheet(port, defaultEngine, 'Năm 2020', ['Chấm điểm'])).rejects.toBe(failure);
  });
});

describe('the comparison a summary states', () => {
  const result = (units: { name: string; previous?: { rank: number; index: number } }[]) => [{ name: null, result: { units } as unknown as ScoreResult }];

  it('counts the units matched by name and names the others', () => {
    const load = { sheet: 'Năm 2020', units: [] };
    const units = [{ name: 'Xã An', previous: { rank: 1, index: 90 } }, { name: 'Xã Bình' }, { name: 'Xã Cường', previous: { rank: 2, index: 82.5 } }];
    expect(comparisonOf(load, result(units))).toEqual({ sheet: 'Năm 2020', matched: 2, total: 3, unmatched: ['Xã Bình'] });
  });

  it('counts the units of every group', () => {
    const load = { sheet: 'Năm 2020', units: [] };
    const groups = [
      { name: 'Khối phòng', result: { units: [{ name: 'Phòng Nội vụ' }] } as unknown as ScoreResult },
      { name: 'Khối xã', result: { units: [{ name: 'Xã An', previous: { rank: 1, index: 90 } }] } as unknown as ScoreResult },
    ];
    expect(comparisonOf(load, groups)).toEqual({ sheet: 'Năm 2020', matched: 1, total: 2, unmatched: ['Phòng Nội vụ'] });
  });

  it('passes a problem on', () => {
    expect(comparisonOf({ sheet: 'Năm 2020', problem: 'no-table' }, result([]))).toEqual({ sheet: 'Năm 2020', problem: 'no-table' });
  });
});

/**
 * Reading a scoring sheet through the Office adapter: values at their sheet coordinates, error
 * values and formulas flagged, merged and hidden cells listed, in one sync, the same on a host
 * with getSpecialCells (ExcelApi 1.9+) as on one without.
 */
import type { SheetGrid } from '../../../src/engine/grid';
import { createFakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';

function seededFake(apiVersion: string) {
  const fake = createFakeExcel({ apiVersion });
  fake.seed({ name: 'Khác', values: [['x']] });
  fake.seed({
    name: 'Chấm điểm 2022',
    originRow: 1,
    originCol: 1,
    values: [
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã Đồng Tâm', 'Xã An Đức'],
      ['I', 'Công tác chỉ đạo', 3, 2.5, '#DIV/0!'],
      ['1.1', 'Kế hoạch', 1, 0.5, '1,25'],
      ['1.2', 'Thực hiện', 2, 2, true],
    ],
    formulas: [[], [null, null, null, '=SUM(E4:E5)', '=1/0']],
    merges: [{ row: 1, col: 4, rows: 1, cols: 2 }],
    hiddenRows: [3],
    hiddenCols: [2],
  });
  return fake;
}

describe('OfficeWorkbook.readSheet', () => {
  const grids: Record<string, SheetGrid> = {};

  test.each(['1.17', '1.8'])('ExcelApi %s: one sync gives values, kinds, formulas, merges', async (apiVersion) => {
    const fake = seededFake(apiVersion);
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    const grid = await port.readSheet('Chấm điểm 2022');
    expect(fake.syncs).toHaveLength(1);
    expect(grid).toMatchObject({ sheetName: 'Chấm điểm 2022', originRow: 1, originCol: 1 });
    expect(grid.values[1]).toEqual(['I', 'Công tác chỉ đạo', 3, 2.5, '#DIV/0!']);
    expect(grid.values[2][4]).toBe('1,25');
    expect(grid.kinds?.[1]).toEqual(['String', 'String', 'Double', 'Double', 'Error']);
    expect(grid.kinds?.[3][4]).toBe('Boolean');
    expect(grid.formulas?.[1]).toEqual([false, false, false, true, true]);
    expect(grid.formulas?.[2].some(Boolean)).toBe(false);
    grids[apiVersion] = grid;
  });

  test('merged areas and hidden rows and columns are listed where the host can tell (1.9+, 1.13+)', () => {
    expect(grids['1.17'].merges).toEqual([{ row: 1, col: 4, rows: 1, cols: 2 }]);
    expect(grids['1.17'].hiddenRows).toEqual([3]);
    expect(grids['1.17'].hiddenCols).toEqual([2]);
    expect(grids['1.8'].merges).toBeUndefined();
    expect(grids['1.8'].hiddenRows).toBeUndefined();
  });

  test('both ways of reading give the same values, kinds and formula flags', () => {
    const pick = (g: SheetGrid) => ({ values: g.values, kinds: g.kinds, formulas: g.formulas, originRow: g.originRow });
    expect(pick(grids['1.8'])).toEqual(pick(grids['1.17']));
  });

  test('an empty sheet reads as one empty cell, not as a failure', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: 'Trống' });
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    const grid = await port.readSheet('Trống');
    expect(grid.values).toEqual([['']]);
  });

  test('the active sheet and the list of sheets come from the workbook', async () => {
    const fake = seededFake('1.17');
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    expect(await port.activeSheetName()).toBe('Khác');
    expect(await port.listSheets()).toEqual([
      { name: 'Khác', position: 0, visible: true, ownedByUs: false },
      { name: 'Chấm điểm 2022', position: 1, visible: true, ownedByUs: false },
    ]);
  });
});

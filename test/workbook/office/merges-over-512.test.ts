/**
 * A sheet with more than 512 merged areas (Excel refuses them in one getMergedAreasOrNullObject,
 * and the fake with it): readSheet and readSheets still read it, every merged area once and
 * whole, areas crossing the bands' cut included, values intact; a normal sheet's syncs unchanged.
 */
import type { CellBox, CellValue } from '../../../src/engine/grid';
import { createFakeExcel, MAX_MERGED_AREAS, type SeedSheet } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { firstBands } from '../../../src/workbook/office/read-merges';

const ROWS = 1000;
const COLS = 8;

/** 600-odd merged areas over 1,000 rows; several span rows across row 500, where the first bands cut. */
function heavy(name = 'Nhiều ô gộp'): SeedSheet {
  const values: CellValue[][] = Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLS }, (_, c) => (c === 6 ? r * 10 + c : `r${r}c${c}`)));
  const merges: CellBox[] = [];
  for (let r = 0; r < 495; r++) merges.push({ row: r, col: 0, rows: 1, cols: 2 });
  for (let k = 0; k < 10; k++) merges.push({ row: 490 + 3 * k, col: 3, rows: 3, cols: 2 }); // 499-501 crosses
  merges.push({ row: 498, col: 5, rows: 5, cols: 1 }); // 498-502 crosses
  merges.push({ row: 400, col: 2, rows: 200, cols: 1 }); // 400-599 crosses
  merges.push({ row: 495, col: 7, rows: 5, cols: 1 }, { row: 500, col: 7, rows: 3, cols: 1 }); // two areas meeting at the cut
  for (let r = 600; r < 700; r++) merges.push({ row: r, col: 0, rows: 1, cols: 2 });
  merges.push({ row: 1200, col: 0, rows: 2, cols: 3 }); // below the used range
  return { name, values, merges };
}

const sorted = (boxes: readonly CellBox[] = []): CellBox[] => [...boxes].sort((a, b) => a.row - b.row || a.col - b.col);

function small(name: string): SeedSheet {
  return { name, values: [['Tiêu đề', '', ''], ['1', 'Tiêu chí', 5]], merges: [{ row: 0, col: 0, rows: 1, cols: 3 }] };
}

describe('reading a sheet with more than 512 merged areas', () => {
  const sheet = heavy();

  test('the seeded sheet is over the limit and areas cross where the first bands cut', () => {
    expect(sheet.merges!.length).toBeGreaterThan(600);
    const cut = firstBands({ row: 0, col: 0, rows: ROWS, cols: COLS })[1].row;
    expect(cut).toBe(500);
    expect(sheet.merges!.filter((m) => m.row < cut && m.row + m.rows > cut).length).toBeGreaterThanOrEqual(3);
  });

  test.each(['1.13', '1.9'])('readSheet gives every merged area exactly as seeded, values intact (with 1.13; none asked without: %s)', async (apiVersion) => {
    const fake = createFakeExcel({ apiVersion: apiVersion === '1.9' ? '1.9' : '1.17' });
    fake.seed(sheet);
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    const grid = await port.readSheet(sheet.name);
    expect(grid.values).toEqual(sheet.values);
    if (apiVersion === '1.13') {
      expect(sorted(grid.merges)).toEqual(sorted(sheet.merges));
      expect(fake.syncs.filter((s) => s.failed).map((s) => s.failed)).toEqual(['InvalidOperation']);
    } else {
      expect(grid.merges).toBeUndefined();
      expect(fake.syncs.some((s) => s.failed)).toBe(false);
    }
  });

  test('a normal sheet is still read in one sync, merged areas with it', async () => {
    const fake = createFakeExcel({ apiVersion: '1.17' });
    fake.seed(small('Biểu mẫu'));
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    const grid = await port.readSheet('Biểu mẫu');
    expect(grid.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(fake.syncs).toHaveLength(1);
  });

  test('a sheet of exactly 512 merged areas is read in one sync', async () => {
    const fake = createFakeExcel({ apiVersion: '1.17' });
    const values = Array.from({ length: MAX_MERGED_AREAS }, (_, r) => [`r${r}`, '', 1]);
    const merges = Array.from({ length: MAX_MERGED_AREAS }, (_, r) => ({ row: r, col: 0, rows: 1, cols: 2 }));
    fake.seed({ name: 'Vừa đủ', values, merges });
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    const grid = await port.readSheet('Vừa đủ');
    expect(grid.merges).toHaveLength(MAX_MERGED_AREAS);
    expect(fake.syncs.some((s) => s.failed)).toBe(false);
    expect(fake.syncs.reduce((n, s) => n + (s.byMember.getMergedAreasOrNullObject?.count ?? 0), 0)).toBe(1);
  });

  test('readSheets with the heavy sheet among small ones gives each grid readSheet gives', async () => {
    const names = ['Xã 1', sheet.name, 'Xã 2', 'Xã 3'];
    const fake = createFakeExcel({ apiVersion: '1.17' });
    for (const name of names) fake.seed(name === sheet.name ? sheet : small(name));
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    const grids = await port.readSheets(names);
    expect(grids.map((g) => g.sheetName)).toEqual(names);
    expect(grids[1].values).toEqual(sheet.values);
    expect(sorted(grids[1].merges)).toEqual(sorted(sheet.merges));
    for (const i of [0, 2, 3]) {
      expect(grids[i].merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
      expect(grids[i].values[1]).toEqual(['1', 'Tiêu chí', 5]);
    }
    const alone = createFakeExcel({ apiVersion: '1.17' });
    alone.seed(sheet);
    const one = await new OfficeWorkbook({ run: alone.run, isSetSupported: alone.isSetSupported }).readSheet(sheet.name);
    expect(grids[1]).toEqual(one);
  });

  test('small sheets alone are still read together in one sync', async () => {
    const names = ['Xã 1', 'Xã 2', 'Xã 3'];
    const fake = createFakeExcel({ apiVersion: '1.17' });
    for (const name of names) fake.seed(small(name));
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    await port.readSheets(names);
    expect(fake.syncs).toHaveLength(1);
  });
});

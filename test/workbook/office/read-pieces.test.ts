/**
 * Reading sheets bigger than the first sync's head box: the used range's shape comes with the
 * head, the rest is read in pieces sized up front, so that no response is refused; the grid is
 * the same as the sheet, cell for cell, on hosts with and without getSpecialCells.
 */
import type { CellValue } from '../../../src/engine/grid';
import { createFakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { groupPieces, HEAD_COLS, HEAD_ROWS, outsideHead, splitBox } from '../../../src/workbook/office/read-pieces';

describe('the parts of the used range outside the head box', () => {
  const head = { row: 0, col: 0, rows: 300, cols: 2100 };

  test('a used range inside the head leaves nothing', () => {
    expect(outsideHead({ row: 2, col: 1, rows: 260, cols: 2004 }, head)).toEqual([]);
  });

  test('a wide used range leaves the columns right of the head', () => {
    expect(outsideHead({ row: 0, col: 0, rows: 266, cols: 10_004 }, head)).toEqual([{ row: 0, col: 2100, rows: 266, cols: 7904 }]);
  });

  test('a tall and wide used range leaves the right part and the rows below, full width', () => {
    expect(outsideHead({ row: 5, col: 3, rows: 400, cols: 2200 }, head)).toEqual([
      { row: 5, col: 2100, rows: 295, cols: 103 },
      { row: 300, col: 3, rows: 105, cols: 2200 },
    ]);
  });

  test('a head inside the used range leaves four parts: above, left, right, below', () => {
    expect(outsideHead({ row: 0, col: 0, rows: 10, cols: 10 }, { row: 2, col: 3, rows: 4, cols: 5 })).toEqual([
      { row: 0, col: 0, rows: 2, cols: 10 },
      { row: 2, col: 0, rows: 4, cols: 3 },
      { row: 2, col: 8, rows: 4, cols: 2 },
      { row: 6, col: 0, rows: 4, cols: 10 },
    ]);
  });

  test('a used range entirely past the head is left whole', () => {
    expect(outsideHead({ row: 10, col: 3000, rows: 20, cols: 5 }, head)).toEqual([{ row: 10, col: 3000, rows: 20, cols: 5 }]);
  });
});

describe('pieces and syncs', () => {
  test('pieces cover the box exactly, along its longer side, each under the target', () => {
    const box = { row: 0, col: 2100, rows: 266, cols: 7904 };
    const pieces = splitBox(box, 4, 1_000_000);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.row === 0 && p.rows === 266)).toBe(true);
    expect(pieces.reduce((n, p) => n + p.cols, 0)).toBe(7904);
    pieces.forEach((p, i) => expect(p.col).toBe(i === 0 ? 2100 : pieces[i - 1].col + pieces[i - 1].cols));
    expect(Math.max(...pieces.map((p) => p.rows * p.cols * 4 * 1.25))).toBeLessThanOrEqual(1_000_000);
  });

  test('small pieces share a sync; a sync stays under the target', () => {
    const pieces = [
      { row: 0, col: 0, rows: 10, cols: 10 },
      { row: 10, col: 0, rows: 10, cols: 10 },
      { row: 20, col: 0, rows: 100, cols: 100 },
    ];
    expect(groupPieces(pieces, 8, 20_000).map((g) => g.length)).toEqual([2, 1]);
  });
});

/** A sheet past the head box both ways, not starting at A1, with text, numbers and errors. */
function bigSheet(): CellValue[][] {
  const rows = HEAD_ROWS + 40;
  const cols = HEAD_COLS + 150;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c): CellValue => {
      if (r === 0) return `Đơn vị ${c}`;
      if ((r * 7 + c) % 997 === 0) return '#N/A';
      return ((r + c) % 9) * 0.25;
    }),
  );
}

describe('OfficeWorkbook.readSheet on a sheet bigger than the head box', () => {
  const values = bigSheet();

  test.each(['1.17', '1.8'])('ExcelApi %s: every cell read, in several syncs, none refused', async (apiVersion) => {
    const fake = createFakeExcel({ apiVersion });
    fake.seed({ name: 'Lớn', originRow: 2, originCol: 1, values });
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    const grid = await port.readSheet('Lớn');
    expect(fake.syncs.length).toBeGreaterThan(1);
    expect(fake.syncs.filter((s) => s.failed !== undefined)).toEqual([]);
    expect(fake.syncs.every((s) => s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    expect(grid).toMatchObject({ originRow: 2, originCol: 1 });
    expect(grid.values).toEqual(values);
    expect(grid.kinds?.[0][HEAD_COLS + 100]).toBe('String');
    expect(grid.kinds?.[HEAD_ROWS + 10][5]).toBe('Double');
    const r = HEAD_ROWS + 30;
    const c = 997 - ((r * 7) % 997);
    expect(grid.kinds?.[r][c]).toBe('Error');
  }, 60_000);
});

describe('reading a sheet again', () => {
  function smallSheet(units: number): CellValue[][] {
    return Array.from({ length: 30 }, (_, r) => Array.from({ length: 3 + units }, (_, c): CellValue => (r === 0 ? `Cột ${c}` : (r + c) % 4)));
  }

  test('a small sheet is read in one sync with only its own cells sent back, first time and again', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: 'Nhỏ', values: smallSheet(20) });
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    const first = await port.readSheet('Nhỏ');
    const again = await port.readSheet('Nhỏ');
    expect(again).toEqual(first);
    expect(fake.syncs).toHaveLength(2);
    // 30 rows × 23 columns of one-digit numbers and short headers: a few kilobytes, not the
    // 300 × 2,100 head box's empty cells (about 1.9 MB).
    expect(fake.syncs[0].responseBytes).toBeLessThan(20_000);
    expect(fake.syncs[0].responseBytes).toBeLessThan(fake.syncs[1].responseBytes * 2);
  });

  test('a sheet that grew on every side since it was read is read whole, none refused', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: 'Lớn dần', originRow: 5, originCol: 5, values: smallSheet(20) });
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    await port.readSheet('Lớn dần');
    const grown = smallSheet(40).concat(smallSheet(40));
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Lớn dần').getRangeByIndexes(1, 2, grown.length, grown[0].length).values = grown;
      await context.sync();
    });
    const grid = await port.readSheet('Lớn dần');
    expect(grid).toMatchObject({ originRow: 1, originCol: 2 });
    expect(grid.values).toEqual(grown);
    expect(fake.syncs.filter((s) => s.failed !== undefined)).toEqual([]);
  });
});

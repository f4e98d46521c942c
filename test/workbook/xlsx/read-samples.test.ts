/** Reading the shared sample workbooks (LibreOffice files) through the xlsx adapter. */
import { a1, parseA1, type SheetGrid } from '../../../src/engine/grid';
import { openXlsx } from '../../../src/workbook/xlsx';
import { DAM_HA, THANH_TRI } from './helpers';

function at(grid: SheetGrid, address: string): { value: unknown; kind: unknown; formula: unknown } {
  const p = parseA1(address);
  if (!p) throw new Error(address);
  return { value: grid.values[p.row][p.col], kind: grid.kinds?.[p.row][p.col], formula: grid.formulas?.[p.row][p.col] };
}

describe('thanh-tri-2021.xlsx', () => {
  let grid: SheetGrid;
  beforeAll(async () => {
    const wb = await openXlsx(THANH_TRI);
    grid = await wb.readSheet(await wb.activeSheetName());
  });

  test('the grid starts at A1 and ends at the last used cell T55', () => {
    expect(grid.sheetName).toBe('Bảng chấm điểm');
    expect(grid.originRow).toBe(0);
    expect(grid.originCol).toBe(0);
    expect(grid.values).toHaveLength(55);
    for (const row of grid.values) expect(row).toHaveLength(20);
    expect(grid.kinds).toHaveLength(55);
    expect(grid.formulas).toHaveLength(55);
  });

  test('header row 4 (index 3): STT, name, max, 16 units D..S, then "Ghi chú" in T', () => {
    const header = grid.values[3];
    expect(header.slice(0, 3)).toEqual(['STT', 'Nội dung tiêu chí', 'Điểm tối đa']);
    const units = header.slice(3, 19);
    expect(units).toHaveLength(16);
    expect(units[0]).toBe('Thị trấn Văn Điển');
    expect(units[15]).toBe('Xã Đông Mỹ');
    for (const u of units) expect(typeof u === 'string' && u.length > 0).toBe(true);
    expect(at(grid, 'T4').value).toBe('Ghi chú');
  });

  test('formula cells give their cached result and are flagged as formulas', () => {
    expect(at(grid, 'D5')).toEqual({ value: 13, kind: 'Double', formula: true });
    expect(at(grid, 'C5')).toEqual({ value: 15, kind: 'Double', formula: true });
    expect(at(grid, 'E5')).toEqual({ value: 14.25, kind: 'Double', formula: true });
  });

  test('entered numbers and texts keep their types and are not formulas', () => {
    expect(at(grid, 'D7')).toEqual({ value: 0.75, kind: 'Double', formula: false });
    expect(at(grid, 'A6')).toEqual({ value: '1.1', kind: 'String', formula: false });
    expect(at(grid, 'A3')).toEqual({ value: '', kind: 'Empty', formula: false });
  });

  test('no merges, no hidden rows or columns', () => {
    expect(grid.merges).toEqual([]);
    expect(grid.hiddenRows).toEqual([]);
    expect(grid.hiddenCols).toEqual([]);
  });
});

describe('dam-ha-2018-tham-dinh.xlsx', () => {
  let grid: SheetGrid;
  beforeAll(async () => {
    const wb = await openXlsx(DAM_HA);
    grid = await wb.readSheet('Tổng hợp');
  });

  test('unit names merged over two columns, D4:E4 ... R4:S4', () => {
    const expected = ['D4:E4', 'F4:G4', 'H4:I4', 'J4:K4', 'L4:M4', 'N4:O4', 'P4:Q4', 'R4:S4'];
    expect(grid.merges?.map((m) => `${a1(m.row, m.col)}:${a1(m.row + m.rows - 1, m.col + m.cols - 1)}`)).toEqual(expected);
  });

  test('the master cell of a merge holds the name; the other cell reads as "" (ExcelJS repeats the name)', () => {
    expect(at(grid, 'D4')).toEqual({ value: 'Thị trấn Đầm Hà', kind: 'String', formula: false });
    expect(at(grid, 'E4')).toEqual({ value: '', kind: 'Empty', formula: false });
    expect(at(grid, 'S4')).toEqual({ value: '', kind: 'Empty', formula: false });
    expect(at(grid, 'T4').value).toBe('Ghi chú');
  });

  test('the sub-header row 5 has "Tự đánh giá" / "Thẩm định" under every unit', () => {
    const sub = grid.values[4].slice(3, 19);
    expect(sub.filter((v) => v === 'Tự đánh giá')).toHaveLength(8);
    expect(sub.filter((v) => v === 'Thẩm định')).toHaveLength(8);
  });

  test('component subtotal formulas give their cached results', () => {
    expect(at(grid, 'D6')).toEqual({ value: 13.75, kind: 'Double', formula: true });
    expect(at(grid, 'E6')).toEqual({ value: 13.25, kind: 'Double', formula: true });
  });

  test('a sheet name is found without regard to case; an unknown one is a typed error', async () => {
    const wb = await openXlsx(DAM_HA);
    await expect(wb.readSheet('tổng hợp')).resolves.toMatchObject({ sheetName: 'Tổng hợp' });
    await expect(wb.readSheet('Không có')).rejects.toMatchObject({ name: 'WorkbookError', code: 'sheet-not-found' });
  });
});

describe('listing sheets', () => {
  test('one visible sheet, not ours, active', async () => {
    const wb = await openXlsx(THANH_TRI);
    await expect(wb.listSheets()).resolves.toEqual([
      { name: 'Bảng chấm điểm', position: 0, visible: true, ownedByUs: false },
    ]);
    await expect(wb.activeSheetName()).resolves.toBe('Bảng chấm điểm');
  });

  test('an unreadable file is a typed read error', async () => {
    await expect(openXlsx(__filename)).rejects.toMatchObject({ name: 'WorkbookError', code: 'read-failed' });
    await expect(openXlsx('/nonexistent/x.xlsx')).rejects.toMatchObject({ code: 'read-failed' });
  });
});

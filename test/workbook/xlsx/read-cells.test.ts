/**
 * Reading every kind of cell the adapter meets: a workbook is built with ExcelJS, saved to bytes
 * (a real package) and read back through the adapter.
 */
import ExcelJS from 'exceljs';
import { parseA1, type SheetGrid } from '../../../src/engine/grid';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';

async function gridOf(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  build(ws, wb);
  const buffer = await wb.xlsx.writeBuffer();
  const adapter = await XlsxWorkbook.fromBuffer(Buffer.from(buffer));
  return adapter.readSheet('Dữ liệu');
}

function cell(grid: SheetGrid, address: string): [unknown, unknown, unknown] {
  const p = parseA1(address);
  if (!p) throw new Error(address);
  return [grid.values[p.row]?.[p.col], grid.kinds?.[p.row]?.[p.col], grid.formulas?.[p.row]?.[p.col]];
}

describe('cell values as range.values shows them', () => {
  let grid: SheetGrid;
  beforeAll(async () => {
    grid = await gridOf((ws) => {
      ws.getCell('A1').value = { error: '#N/A' };
      ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('A3').value = { richText: [{ text: 'Xã ', font: { bold: true } }, { text: 'Đồng Tâm' }] };
      ws.getCell('A4').value = { text: 'Cổng thông tin', hyperlink: 'https://example.org/' };
      ws.getCell('A5').value = '1,25';
      ws.getCell('A6').value = '1.25';
      ws.getCell('A7').value = new Date(Date.UTC(2021, 11, 31));
      ws.getCell('A8').value = true;
      ws.getCell('A9').value = { formula: 'A5&"x"', result: 'kết quả' };
      ws.getCell('A10').value = { formula: 'A8', result: false };
      ws.getCell('A11').value = { formula: 'Z99' };
      ws.getCell('A12').value = 0.1;
      ws.getCell('A12').numFmt = 'dd/mm/yyyy';
      ws.getCell('A13').value = '   ';
      ws.getCell('A14').value = { formula: 'B1-B1', result: 0 };
      ws.getCell('B1').value = 2;
      ws.getCell('B2').value = 3;
      ws.getCell('C1').value = { formula: 'B1*2', result: 4, shareType: 'shared', ref: 'C1:C2' } as ExcelJS.CellFormulaValue;
      ws.getCell('C2').value = { sharedFormula: 'C1', result: 6 };
      ws.getCell('D1').value = 'Tên gộp';
      ws.mergeCells('D1:E2');
      ws.getCell('F14').value = 'cuối';
      ws.getRow(3).hidden = true;
      ws.getColumn('B').hidden = true;
    });
  });

  test('error values and formulas returning errors are kind "Error" with the error text', () => {
    expect(cell(grid, 'A1')).toEqual(['#N/A', 'Error', false]);
    expect(cell(grid, 'A2')).toEqual(['#DIV/0!', 'Error', true]);
  });

  test('rich text gives its runs joined; a hyperlink gives its text', () => {
    expect(cell(grid, 'A3')).toEqual(['Xã Đồng Tâm', 'String', false]);
    expect(cell(grid, 'A4')).toEqual(['Cổng thông tin', 'String', false]);
  });

  test('numbers stored as text stay strings, as typed', () => {
    expect(cell(grid, 'A5')).toEqual(['1,25', 'String', false]);
    expect(cell(grid, 'A6')).toEqual(['1.25', 'String', false]);
    expect(cell(grid, 'A13')).toEqual(['   ', 'String', false]);
  });

  test('dates are Excel serial numbers; a number in a date format keeps its exact value', () => {
    expect(cell(grid, 'A7')).toEqual([44561, 'Double', false]);
    expect(cell(grid, 'A12')).toEqual([0.1, 'Double', false]);
  });

  test('booleans, and text or boolean results of formulas', () => {
    expect(cell(grid, 'A8')).toEqual([true, 'Boolean', false]);
    expect(cell(grid, 'A9')).toEqual(['kết quả', 'String', true]);
    expect(cell(grid, 'A10')).toEqual([false, 'Boolean', true]);
  });

  test('a cached result of 0 is 0, not missing (ExcelJS\'s cell.value drops it)', () => {
    expect(cell(grid, 'A14')).toEqual([0, 'Double', true]);
  });

  test('a formula without a cached result reads as empty, still flagged', () => {
    expect(cell(grid, 'A11')).toEqual(['', 'Empty', true]);
  });

  test('shared formulas give each cell its own cached result', () => {
    expect(cell(grid, 'C1')).toEqual([4, 'Double', true]);
    expect(cell(grid, 'C2')).toEqual([6, 'Double', true]);
  });

  test('a merged area gives its value in the top-left cell only, and is listed', () => {
    expect(cell(grid, 'D1')).toEqual(['Tên gộp', 'String', false]);
    expect(cell(grid, 'E1')).toEqual(['', 'Empty', false]);
    expect(cell(grid, 'D2')).toEqual(['', 'Empty', false]);
    expect(cell(grid, 'E2')).toEqual(['', 'Empty', false]);
    expect(grid.merges).toEqual([{ row: 0, col: 3, rows: 2, cols: 2 }]);
  });

  test('hidden rows and columns are listed and still read', () => {
    expect(grid.hiddenRows).toEqual([2]);
    expect(grid.hiddenCols).toEqual([1]);
    expect(cell(grid, 'B1')).toEqual([2, 'Double', false]);
    expect(cell(grid, 'A3')[0]).toBe('Xã Đồng Tâm');
  });

  test('the grid reaches the last used cell (F14) and is rectangular', () => {
    expect(grid.values).toHaveLength(14);
    for (const row of grid.values) expect(row).toHaveLength(6);
    expect(cell(grid, 'F14')).toEqual(['cuối', 'String', false]);
  });
});

test('a workbook in the 1904 date system gives 1904 serials', async () => {
  const grid = await gridOf((ws, wb) => {
    wb.properties.date1904 = true;
    ws.getCell('A1').value = new Date(Date.UTC(2021, 11, 31));
  });
  expect(cell(grid, 'A1')).toEqual([44561 - 1462, 'Double', false]);
});

test('an empty sheet is an empty grid', async () => {
  const grid = await gridOf(() => undefined);
  expect(grid.values).toEqual([]);
  expect(grid.merges).toEqual([]);
});

test('reading does not add cells, rows or columns to the workbook', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 1;
  ws.getCell('C3').value = 2;
  const adapter = XlsxWorkbook.fromExcelJs(wb);
  await adapter.readSheet('S');
  expect(ws.getRow(2).cellCount).toBe(0);
  expect(ws.columnCount).toBe(3);
  expect(ws.actualColumnCount).toBe(2);
});

test('fromGrid: a workbook holding a grid reads back as that grid', async () => {
  const source: SheetGrid = {
    sheetName: 'Chấm điểm',
    values: [
      ['STT', 'Tên', 'Điểm tối đa', 'Xã A', ''],
      ['1', 'Tiêu chí', 5, '#REF!', ''],
      ['', '', true, 2.5, '=không phải công thức'],
    ],
    kinds: [
      ['String', 'String', 'String', 'String', 'Empty'],
      ['String', 'String', 'Double', 'Error', 'Empty'],
      ['Empty', 'Empty', 'Boolean', 'Double', 'String'],
    ],
    merges: [{ row: 0, col: 3, rows: 1, cols: 2 }],
    hiddenRows: [1],
    hiddenCols: [2],
  };
  const grid = await XlsxWorkbook.fromGrid(source).readSheet('Chấm điểm');
  expect(grid.values).toEqual(source.values);
  expect(grid.kinds).toEqual(source.kinds);
  expect(grid.merges).toEqual(source.merges);
  expect(grid.hiddenRows).toEqual([1]);
  expect(grid.hiddenCols).toEqual([2]);
});

/**
 * Saving shares style objects between cells (one empty style for the cells without one, one
 * object per merged plan style) without changing what any cell looks like: a styled input cell
 * keeps its style, a date keeps its date format, result cells get the plan's styles.
 */
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../../../src/appendix/types';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';

const INPUT = 'Bảng chấm điểm';

/** An input sheet saved and loaded again, so its cells carry ExcelJS's loaded styles. */
async function inputWorkbook(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(INPUT);
  ws.getCell('A1').value = 'Tiêu chí';
  ws.getCell('A1').font = { name: 'Times New Roman', size: 14, bold: true, color: { argb: 'FFC00000' } };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('B1').value = 'Đơn vị A';
  ws.getCell('C1').value = 'Đơn vị B';
  ws.getCell('A2').value = 1.5;
  ws.getCell('A2').numFmt = '0.00';
  ws.getCell('B2').value = 2;
  ws.getCell('C2').value = 3;
  ws.getCell('D2').value = new Date(Date.UTC(2021, 11, 31));
  ws.getCell('D2').numFmt = 'dd/mm/yyyy';
  const bytes = await wb.xlsx.writeBuffer();
  return XlsxWorkbook.fromBuffer(Buffer.from(bytes));
}

const resultPlan: SheetPlan = {
  key: 'overall',
  name: 'Xếp hạng chung',
  blocks: [{ row: 0, col: 0, values: [['STT', 'Đơn vị', 'Điểm'], [1, 'Đơn vị B', 3], [2, 'Đơn vị A', 2]] }],
  styles: [
    { box: { row: 0, col: 0, rows: 3, cols: 3 }, style: { fontName: 'Times New Roman', fontSize: 13, border: true } },
    { box: { row: 0, col: 0, rows: 1, cols: 3 }, style: { bold: true, fill: '#D9E1F2' } },
    { box: { row: 1, col: 2, rows: 2, cols: 1 }, style: { numberFormat: '0.000' } },
  ],
  merges: [],
  columnWidths: [],
};

async function savedAndReopened(): Promise<{ adapter: XlsxWorkbook; saved: ExcelJS.Workbook }> {
  const adapter = await inputWorkbook();
  await adapter.readSheet(INPUT);
  await adapter.applyPlan({ sheets: [resultPlan] });
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await adapter.toBuffer()) as unknown as ExcelJS.Buffer);
  return { adapter, saved };
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('style sharing when saving', () => {
  let adapter: XlsxWorkbook;
  let saved: ExcelJS.Workbook;
  beforeAll(async () => {
    ({ adapter, saved } = await savedAndReopened());
  });

  test('the unstyled input cells share one empty style object; styled cells keep their own', () => {
    const ws = sheet(adapter.workbook, INPUT);
    expect(ws.getCell('B1').style).toBe(ws.getCell('C2').style);
    expect(ws.getCell('B2').style).toEqual({});
    expect(ws.getCell('A1').style).not.toBe(ws.getCell('B1').style);
    expect(ws.getCell('D2').style).not.toBe(ws.getCell('B1').style);
  });

  test('a styled input cell keeps its font, fill and number format in the saved file', () => {
    const ws = sheet(saved, INPUT);
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true, color: { argb: 'FFC00000' } });
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(ws.getCell('A2').numFmt).toBe('0.00');
    expect(ws.getCell('D2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('D2').value).toEqual(new Date(Date.UTC(2021, 11, 31)));
  });

  test('unstyled input cells are saved without a style', () => {
    const ws = sheet(saved, INPUT);
    for (const address of ['B1', 'C1', 'B2', 'C2']) {
      expect(ws.getCell(address).font).toBeUndefined();
      expect(ws.getCell(address).fill).toBeUndefined();
      expect(ws.getCell(address).border).toBeUndefined();
    }
  });

  test('result cells with the same merged style share one object', () => {
    const ws = sheet(adapter.workbook, 'Xếp hạng chung');
    expect(ws.getCell('A1').style).toBe(ws.getCell('C1').style);
    expect(ws.getCell('A2').style).toBe(ws.getCell('B3').style);
    expect(ws.getCell('A2').style).not.toBe(ws.getCell('A1').style);
    expect(ws.getCell('C2').style).not.toBe(ws.getCell('A2').style);
  });

  test('result cells get the plan styles, later ranges winning', () => {
    const ws = sheet(saved, 'Xếp hạng chung');
    const thin = { style: 'thin', color: { argb: 'FF000000' } };
    expect(ws.getCell('B1').font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
    expect(ws.getCell('B1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('B2').font).toMatchObject({ name: 'Times New Roman', size: 13 });
    expect(ws.getCell('B2').font.bold).toBeFalsy();
    expect(ws.getCell('B2').fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(ws.getCell('C3').numFmt).toBe('0.000');
    expect(ws.getCell('A3').numFmt).toBeUndefined();
    expect(ws.getCell('C3').border).toMatchObject({ top: thin, left: thin, bottom: thin, right: thin });
  });

  test('a shared style cannot be changed through one cell', () => {
    const ws = sheet(adapter.workbook, INPUT);
    expect(() => {
      ws.getCell('B2').font = { bold: true };
    }).toThrow(TypeError);
    expect(ws.getCell('C2').font).toBeUndefined();
  });
});

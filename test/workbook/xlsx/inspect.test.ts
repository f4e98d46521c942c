/** Reading a rendered sheet back in the plan's terms gives the plan, before and after saving. */
import { XlsxWorkbook, renderedCellStyle, renderedSheet } from '../../../src/workbook/xlsx';
import { rankingSheet, UNITS } from './plans';

const plan = rankingSheet(UNITS);

async function rendered(reload: boolean): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.fromGrid({ sheetName: 'Nguồn', values: [['x']] });
  await wb.applyPlan({ sheets: [plan] });
  return reload ? XlsxWorkbook.fromBuffer(await wb.toBuffer()) : wb;
}

describe.each([
  ['in memory', false],
  ['after saving and reading the bytes again', true],
])('%s', (_label, reload) => {
  let wb: XlsxWorkbook;
  beforeAll(async () => {
    wb = await rendered(reload);
  });

  test('values read back with readSheet', async () => {
    const grid = await wb.readSheet(plan.name);
    expect(grid.values[4]).toEqual(['STT', 'Đơn vị', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại']);
    expect(grid.values[5]).toEqual([1, 'Xã Tả Thanh Oai', 100, 92.5, 92.5, 1, 'Tốt']);
    expect(grid.values[0][1]).toBe('');
  });

  test('cell styles in plan terms', () => {
    expect(renderedCellStyle(wb, plan.name, 4, 1)).toEqual({
      fontName: 'Times New Roman',
      fontSize: 13,
      bold: true,
      color: '#1F3864',
      fill: '#D9E1F2',
      hAlign: 'center',
      vAlign: 'middle',
      wrap: true,
      border: true,
    });
    expect(renderedCellStyle(wb, plan.name, 5, 3)).toEqual({
      fontName: 'Times New Roman',
      fontSize: 13,
      border: true,
      numberFormat: '0.00',
    });
    expect(renderedCellStyle(wb, plan.name, 40, 40)).toEqual({});
  });

  test('merges, widths, heights, frozen panes and print settings as planned', () => {
    const sheet = renderedSheet(wb, plan.name);
    expect(sheet.merges).toEqual(plan.merges);
    expect(sheet.columnWidths).toEqual(plan.columnWidths);
    expect(sheet.rowHeights).toEqual(plan.rowHeights);
    expect(sheet.freeze).toEqual(plan.freeze);
    expect(sheet.paperSize).toBe(9);
    expect(sheet.print).toEqual(plan.print);
  });
});

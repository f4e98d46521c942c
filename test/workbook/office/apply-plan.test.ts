/**
 * Rendering a write plan through the Office adapter: what the result sheets look like (styles,
 * number formats, sizes, frozen panes, print settings, the bar chart), progress, and failures.
 */
import { createFakeExcel } from '../../../src/office-fake';
import { charsToPoints, OfficeWorkbook } from '../../../src/workbook/office';
import type { ProgressReport } from '../../../src/workbook/port';
import { realisticPlan, unitNames } from '../contract/fixtures';

function setup(apiVersion = '1.17') {
  const fake = createFakeExcel({ apiVersion });
  fake.seed({ name: 'Chấm điểm 2022', values: [['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã A']] });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, port };
}

describe('OfficeWorkbook.applyPlan renders the plan', () => {
  test('styles, number formats, merges, sizes and frozen panes land on the right cells', async () => {
    const { fake, port } = setup();
    await port.applyPlan(realisticPlan(unitNames(6)));
    const s = 'Xếp hạng chung';
    expect(fake.cell(s, 'A1')).toMatchObject({ value: 'UBND HUYỆN NINH GIANG', merge: { row: 0, col: 0, rows: 1, cols: 8 } });
    expect(fake.cell(s, 'A1').style).toMatchObject({ bold: true, hAlign: 'Center', fontName: 'Times New Roman', fontSize: 13 });
    expect(fake.cell(s, 'C4').style).toMatchObject({
      bold: true,
      hAlign: 'Center',
      vAlign: 'Center',
      wrap: true,
      fill: '#D9E1F2',
      borderTop: 'Continuous',
      borderBottom: 'Continuous',
      borderLeft: 'Continuous',
      borderRight: 'Continuous',
    });
    expect(fake.cell(s, 'D5')).toMatchObject({ numberFormat: '0.00', kind: 'Double' });
    expect(fake.cell(s, 'B5')).toMatchObject({ value: 'Xã Đồng Tâm 1', numberFormat: '@', kind: 'String' });
    expect(fake.sheet(s).columnWidths.get(1)).toBe(charsToPoints(32));
    expect(fake.sheet(s).rowHeights.get(3)).toBe(33);
    expect(fake.sheet(s).freeze).toEqual({ rows: 4, cols: 2 });
    expect(fake.sheet('Tự chấm và thẩm định').freeze).toEqual({ rows: 1, cols: 0 });
  });

  test("sizes beyond Excel's limits are clamped to them instead of failing the run", async () => {
    const { fake, port } = setup();
    const plan = realisticPlan(unitNames(2));
    plan.sheets[3].rowHeights = [{ row: 1, height: 1941 }];
    plan.sheets[3].columnWidths = [{ col: 0, width: 300 }];
    await port.applyPlan(plan);
    expect(fake.sheet('Thống kê').rowHeights.get(1)).toBe(409);
    expect(fake.sheet('Thống kê').columnWidths.get(0)).toBe(charsToPoints(255));
  });

  test('print settings: A4 landscape, one page wide, header row repeated, page numbers, margins', async () => {
    const { fake, port } = setup();
    await port.applyPlan(realisticPlan(unitNames(6)));
    expect(fake.sheet('Xếp hạng chung').pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '4:4',
      centerFooter: 'Trang &P/&N',
      margins: { unit: 'Inches', top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
    });
  });

  test('without ExcelApi 1.9 the print settings are skipped and everything else is written', async () => {
    const { fake, port } = setup('1.8');
    const report = await port.applyPlan(realisticPlan(unitNames(6)));
    expect(report.sheets).toHaveLength(4);
    expect(fake.sheet('Xếp hạng chung').pageLayout).toEqual({});
    expect(fake.cell('Xếp hạng chung', 'B9').value).toBe('Xã Đồng Tâm 5');
  });

  test('the bar chart shows the totals against the unit names, titled, without a legend', async () => {
    const { fake, port } = setup();
    await port.applyPlan(realisticPlan(unitNames(6)));
    const charts = fake.sheet('Xếp hạng chung').charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'BarClustered',
      name: 'CCHC overall 1',
      title: 'Tổng điểm theo đơn vị',
      source: 'D5:D10',
      categories: 'B5:B10',
      legendVisible: false,
      position: { start: 'K5', end: 'R24' },
    });
  });

  test('progress goes from reading to done, never backwards', async () => {
    const { port } = setup();
    const seen: ProgressReport[] = [];
    await port.applyPlan(realisticPlan(unitNames(3)), (p) => seen.push(p));
    expect(seen[0]).toEqual({ fraction: 0, step: 'read' });
    expect(seen[seen.length - 1]).toEqual({ fraction: 1, step: 'done' });
    expect(seen.map((p) => p.step)).toEqual(expect.arrayContaining(['clear', 'write', 'format']));
    seen.slice(1).forEach((p, i) => expect(p.fraction).toBeGreaterThanOrEqual(seen[i].fraction));
  });

  test('a block that is not rectangular is refused before anything is written', async () => {
    const { fake, port } = setup();
    const plan = realisticPlan(unitNames(2));
    plan.sheets[2].blocks.push({ row: 10, col: 0, values: [[1, 2], [3]] });
    await expect(port.applyPlan(plan)).rejects.toMatchObject({ name: 'WorkbookError', code: 'write-failed' });
    expect(fake.sheetNames()).toEqual(['Chấm điểm 2022']);
    expect(fake.syncs).toHaveLength(0);
  });

  test("Excel's refusal becomes a write-failed WorkbookError that keeps Excel's error as cause", async () => {
    const { port } = setup();
    const plan = realisticPlan(unitNames(2));
    plan.sheets[3].styles.push({ box: { row: 0, col: 0, rows: 1, cols: 1 }, style: { fontSize: 500 } });
    const failure = await port.applyPlan(plan).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'WorkbookError', code: 'write-failed' });
    expect((failure as Error).cause).toMatchObject({ code: 'InvalidArgument' });
  });

  test('two plan sheets with the same key, or a sheet name Excel cannot take, are refused up front', async () => {
    const { fake, port } = setup();
    const plan = realisticPlan(unitNames(2));
    plan.sheets[1].key = 'overall';
    await expect(port.applyPlan(plan)).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining('overall') });
    const badName = realisticPlan(unitNames(2));
    badName.sheets[3].name = 'Thống kê: 2022';
    await expect(port.applyPlan(badName)).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining('Thống kê: 2022') });
    expect(fake.syncs).toHaveLength(0);
  });
});

describe('OfficeWorkbook.select', () => {
  test('activates the sheet and selects the cell of a finding', async () => {
    const { fake, port } = setup();
    fake.seed({ name: 'Khác', values: [['x']] });
    await port.select('Khác', 'M24');
    expect(fake.activeSheetName()).toBe('Khác');
    expect(fake.selection()).toEqual({ sheet: 'Khác', address: 'M24' });
  });

  test('a missing sheet is sheet-not-found; a bad address is unsupported', async () => {
    const { port } = setup();
    await expect(port.select('Không có', 'A1')).rejects.toMatchObject({ code: 'sheet-not-found' });
    await expect(port.select('Chấm điểm 2022', 'A1; DROP')).rejects.toMatchObject({ code: 'unsupported' });
  });
});

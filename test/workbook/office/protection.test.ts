/**
 * Issue 14, item 5: protection. The fake refuses what Excel refuses under sheet and workbook
 * (structure) protection, with AccessDenied; the adapter reads the protection in its first sync
 * and refuses a write, or a removal, before anything changed, naming the sheet or the workbook.
 */
import { createFakeExcel, type FakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { ProtectionError, WorkbookError } from '../../../src/workbook/port';
import { realisticPlan, unitNames } from '../contract/fixtures';
import { fullState } from './full-state';

const INPUT = 'Chấm điểm 2022';

function setup() {
  const fake = createFakeExcel();
  fake.seed({ name: INPUT, values: [['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã A']] });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, port };
}

async function userRun(fake: FakeExcel, batch: (context: Excel.RequestContext) => void): Promise<unknown> {
  return fake.run(async (context) => {
    batch(context);
    await context.sync();
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('the fake under protection', () => {
  test('a protected sheet refuses cell, format, merge, chart and page-setup changes with AccessDenied, and applies none', async () => {
    const { fake } = setup();
    fake.protectSheet(INPUT);
    const before = fake.snapshot(INPUT);
    const writes: ((ws: Excel.Worksheet) => void)[] = [
      (ws) => (ws.getRange('A1').values = [['x']]),
      (ws) => (ws.getRange('A1').numberFormat = [['@']]),
      (ws) => (ws.getRange('A1').format.font.bold = true),
      (ws) => ws.getRange('A1:B1').merge(),
      (ws) => ws.getRange().clear('All'),
      (ws) => ws.charts.add('BarClustered', ws.getRange('A1:B2'), 'Columns'),
      (ws) => (ws.pageLayout.orientation = 'Landscape'),
    ];
    for (const write of writes) {
      const error = await userRun(fake, (c) => write(c.workbook.worksheets.getItem(INPUT)));
      expect(error).toMatchObject({ code: 'AccessDenied' });
    }
    expect(fake.snapshot(INPUT)).toBe(before);
  });

  test('a protected sheet can still be selected, renamed and deleted (that is the structure’s business)', async () => {
    const { fake } = setup();
    fake.seed({ name: 'Khác', values: [[1]] });
    fake.protectSheet(INPUT);
    expect(await userRun(fake, (c) => c.workbook.worksheets.getItem(INPUT).getRange('A1').select())).toBeUndefined();
    expect(await userRun(fake, (c) => (c.workbook.worksheets.getItem(INPUT).name = 'Đổi tên'))).toBeUndefined();
    expect(await userRun(fake, (c) => c.workbook.worksheets.getItem('Đổi tên').delete())).toBeUndefined();
    expect(fake.sheetNames()).toEqual(['Khác']);
  });

  test('a protected structure refuses adding, deleting, renaming, moving and hiding sheets; cells stay writable', async () => {
    const { fake } = setup();
    fake.seed({ name: 'Khác', values: [[1]] });
    fake.protectWorkbook();
    const changes: ((c: Excel.RequestContext) => void)[] = [
      (c) => c.workbook.worksheets.add('Mới'),
      (c) => c.workbook.worksheets.getItem('Khác').delete(),
      (c) => (c.workbook.worksheets.getItem('Khác').name = 'Tên khác'),
      (c) => (c.workbook.worksheets.getItem('Khác').position = 0),
      (c) => (c.workbook.worksheets.getItem('Khác').visibility = 'Hidden'),
    ];
    for (const change of changes) expect(await userRun(fake, change)).toMatchObject({ code: 'AccessDenied' });
    expect(fake.sheetNames()).toEqual([INPUT, 'Khác']);
    expect(await userRun(fake, (c) => (c.workbook.worksheets.getItem('Khác').getRange('A1').values = [[2]]))).toBeUndefined();
    expect(fake.cell('Khác', 'A1').value).toBe(2);
  });

  test('protection is read as Excel gives it: workbook.protection and each sheet’s, also through the collection', async () => {
    const { fake } = setup();
    fake.seed({ name: 'Khác', values: [[1]] });
    fake.protectSheet('Khác');
    fake.protectWorkbook();
    const read = await fake.run(async (context) => {
      const wb = context.workbook.protection.load('protected');
      const one = context.workbook.worksheets.getItem(INPUT).protection.load('protected');
      const all = context.workbook.worksheets.load('items/name,items/protection/protected');
      await context.sync();
      return { wb: wb.protected, one: one.protected, all: all.items.map((s) => [s.name, s.protection.protected]) };
    });
    expect(read).toEqual({ wb: true, one: false, all: [[INPUT, false], ['Khác', true]] });
  });
});

describe('protection checked before the first change', () => {
  test('a protected workbook structure: refused in the first sync, naming the workbook; nothing changed', async () => {
    const { fake, port } = setup();
    await port.applyPlan(realisticPlan(unitNames(3)));
    fake.protectWorkbook();
    const before = fullState(fake);
    const start = fake.syncs.length;
    const error = await port.applyPlan(realisticPlan(unitNames(3), 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtectionError);
    expect(error).toMatchObject({ code: 'workbook-protected', sheet: undefined });
    expect(fake.syncs.length - start).toBe(1);
    expect(fullState(fake)).toEqual(before);
  });

  test('a first run into a protected structure is refused too (no sheet can be added)', async () => {
    const { fake, port } = setup();
    fake.protectWorkbook();
    await expect(port.applyPlan(realisticPlan(unitNames(3)))).rejects.toMatchObject({ code: 'workbook-protected' });
    expect(fake.sheetNames()).toEqual([INPUT]);
  });

  test('an earlier result sheet the user protected: refused, naming that sheet; nothing changed', async () => {
    const { fake, port } = setup();
    await port.applyPlan(realisticPlan(unitNames(3)));
    fake.protectSheet('Thống kê');
    const before = fullState(fake);
    const error = await port.applyPlan(realisticPlan(unitNames(3), 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: 'sheet-protected', sheet: 'Thống kê' });
    expect(fullState(fake)).toEqual(before);
  });

  test('protected input and user sheets do not matter: the result is written beside them', async () => {
    const { fake, port } = setup();
    fake.seed({ name: 'Thống kê', values: [['của tôi']] });
    await port.readSheet(INPUT);
    fake.protectSheet(INPUT);
    fake.protectSheet('Thống kê');
    const report = await port.applyPlan(realisticPlan(unitNames(3)));
    expect(report.sheets.map((s) => s.name)).toContain('Thống kê (2)');
    expect(fake.cell('Thống kê', 'A1').value).toBe('của tôi');
  });
});

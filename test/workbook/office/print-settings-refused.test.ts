/**
 * Issue 14, item 3: a host that refuses a print setting (paper size, fit to pages, print titles ...)
 * no longer fails the run after the old result sheets were cleared. The print settings go last in
 * the write; the refused one is skipped on every sheet, the others are applied, the tables are
 * written, and the report's printWarnings names what was skipped. A normal run's syncs are
 * unchanged (the settings ride with the write's last batch).
 */
import type { WritePlan } from '../../../src/appendix/types';
import { createFakeExcel, type FakeErrorCode, type FakeExcel, type PageLayoutSetting } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { realisticPlan, unitNames } from '../contract/fixtures';

const OVERALL = 'Xếp hạng chung';
const SECOND = 'Điểm theo lĩnh vực';

/** Makes the fake host refuse a page-layout member, failing the sync that sets it with `code`. */
function refuse(fake: FakeExcel, member: PageLayoutSetting, code: FakeErrorCode = 'InvalidArgument'): void {
  fake.refusePageLayout(member, code);
}

function setup() {
  const fake = createFakeExcel();
  fake.seed({ name: 'Chấm điểm 2022', values: [['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã A']] });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, port };
}

/** The realistic plan, with the overall sheet's print settings given to a second sheet too. */
function plan(units = 6): WritePlan {
  const p = realisticPlan(unitNames(units));
  p.sheets[1].print = { ...p.sheets[0].print! };
  return p;
}

const ALL = {
  orientation: 'Landscape',
  paperSize: 'A4',
  zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  printTitleRows: '4:4',
  centerFooter: 'Trang &P/&N',
  margins: { unit: 'Inches', top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
};

describe('print settings a host refuses', () => {
  test('the fake refuses the member it was told to, failing the sync with the code given', async () => {
    const { fake } = setup();
    refuse(fake, 'paperSize', 'InvalidOperation');
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Chấm điểm 2022').pageLayout.paperSize = 'A4';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(fake.sheet('Chấm điểm 2022').pageLayout).toEqual({});
  });

  test.each([
    ['paperSize', 'paperSize', 'paperSize'],
    ['zoom', 'fitToPages', 'zoom'],
    ['setPrintTitleRows', 'printTitles', 'printTitleRows'],
    ['centerFooter', 'footer', 'centerFooter'],
  ] as const)('%s refused: the run completes, the tables are written, the other settings applied, the report names %s', async (member, setting, field) => {
    const { fake, port } = setup();
    refuse(fake, member);
    const report = await port.applyPlan(plan());
    expect(report.sheets).toHaveLength(4);
    expect(fake.cell(OVERALL, 'B9').value).toBe('Xã Đồng Tâm 5');
    expect(fake.valuesFromA1(SECOND).length).toBeGreaterThan(6);
    expect(fake.sheet(OVERALL).charts.filter((c) => !c.deleted)).toHaveLength(1);
    const expected: Record<string, unknown> = { ...ALL };
    delete expected[field];
    expect(fake.sheet(OVERALL).pageLayout).toEqual(expected);
    expect(fake.sheet(SECOND).pageLayout).toEqual(expected);
    expect(report.printWarnings).toEqual([
      { sheet: OVERALL, setting },
      { sheet: SECOND, setting },
    ]);
  });

  test('two settings refused: both skipped, one extra sync each, the rest applied', async () => {
    const { fake, port } = setup();
    await port.applyPlan(plan());
    const normal = fake.syncs.length;
    fake.resetSyncs();
    const again = setup();
    refuse(again.fake, 'paperSize');
    refuse(again.fake, 'setPrintMargins', 'ApiNotFound');
    const report = await again.port.applyPlan(plan());
    expect(again.fake.syncs.length).toBe(normal + 2);
    expect(report.printWarnings?.map((w) => w.setting)).toEqual(['paperSize', 'paperSize', 'margins', 'margins']);
    expect(again.fake.sheet(OVERALL).pageLayout).toEqual({ ...ALL, paperSize: undefined, margins: undefined });
    expect(again.fake.cell(OVERALL, 'B9').value).toBe('Xã Đồng Tâm 5');
  });

  test('a normal run takes the syncs it took before and reports no print warnings', async () => {
    const { fake, port } = setup();
    const report = await port.applyPlan(plan());
    // inspect + write: the print settings ride with the write's last batch.
    expect(fake.syncs.length).toBe(2);
    expect(report.printWarnings).toBeUndefined();
    expect(fake.sheet(OVERALL).pageLayout).toEqual(ALL);
  });

  test('a write split over several requests: the refused setting is skipped all the same', async () => {
    const fake = createFakeExcel({ maxRequestBytes: 300 * 1024 });
    fake.seed({ name: 'Chấm điểm 2022', values: [['STT']] });
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported, maxRequestBytes: 200 * 1024 });
    refuse(fake, 'zoom');
    const report = await port.applyPlan(plan(3000));
    expect(report.printWarnings).toEqual([
      { sheet: OVERALL, setting: 'fitToPages' },
      { sheet: SECOND, setting: 'fitToPages' },
    ]);
    expect(fake.cell(SECOND, 'B3004').value).toBe(unitNames(3000)[2999]);
    expect(fake.sheet(OVERALL).pageLayout).toEqual({ ...ALL, zoom: undefined });
  });

  test('a failed sync whose location is not a print setting still fails the run, and the workbook is as before', async () => {
    const { fake, port } = setup();
    const before = fake.sheetNames();
    // The write's first cell values are refused (errorLocation "set values ..."): not a print setting.
    fake.failOperation(1, { member: 'values', code: 'GeneralException' });
    await expect(port.applyPlan(plan())).rejects.toThrow(/GeneralException/);
    // The inspect sync, the refused write (not sent again without a print setting), then the
    // recovery: it reads the workbook and deletes the sheets the write had added.
    expect(fake.syncs.map((s) => s.failed)).toEqual([undefined, 'GeneralException', undefined, undefined]);
    expect(fake.sheetNames()).toEqual(before);
  });
});

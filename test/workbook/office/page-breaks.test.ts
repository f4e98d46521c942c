/**
 * Manual page breaks through the Office adapter (ExcelApi 1.9): recorded on the sheet, replaced
 * (not added to) when the result sheets are written again, queued without a sync of their own,
 * and skipped on a host without 1.9.
 */
import type { WritePlan } from '../../../src/appendix/types';
import { createFakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { realisticPlan, unitNames } from '../contract/fixtures';

const SHEET = 'Xếp hạng chung';

function setup(apiVersion = '1.17') {
  const fake = createFakeExcel({ apiVersion });
  fake.seed({ name: 'Chấm điểm 2022', values: [['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã A']] });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, port };
}

/** The realistic plan of `units` units with `breaks` on the overall sheet. */
function planWithBreaks(units: number, breaks?: number[]): WritePlan {
  const plan = realisticPlan(unitNames(units));
  if (breaks) plan.sheets[0].pageBreaks = breaks;
  return plan;
}

describe('page breaks written by the Office adapter', () => {
  test('the plan\'s breaks are recorded before the plan\'s rows', async () => {
    const { fake, port } = setup();
    await port.applyPlan(planWithBreaks(40, [20, 35]));
    expect(fake.sheet(SHEET).pageBreaks).toEqual([20, 35]);
  });

  test('writing again replaces the breaks of the earlier run, it does not add to them', async () => {
    const { fake, port } = setup();
    await port.applyPlan(planWithBreaks(40, [20, 35]));
    await port.applyPlan(planWithBreaks(30, [25]));
    expect(fake.sheet(SHEET).pageBreaks).toEqual([25]);
    await port.applyPlan(planWithBreaks(6));
    expect(fake.sheet(SHEET).pageBreaks).toEqual([]);
  });

  test('no sync of their own: the run takes as many syncs with breaks as without', async () => {
    const without = setup();
    await without.port.applyPlan(planWithBreaks(40));
    const withBreaks = setup();
    await withBreaks.port.applyPlan(planWithBreaks(40, [10, 20, 30, 40]));
    expect(withBreaks.fake.syncs).toHaveLength(without.fake.syncs.length);
  });

  test('without ExcelApi 1.9 the breaks are skipped and the sheet is still written', async () => {
    const { fake, port } = setup('1.8');
    await port.applyPlan(planWithBreaks(40, [20, 35]));
    expect(fake.sheet(SHEET).pageBreaks).toEqual([]);
    expect(fake.sheet(SHEET).pageLayout).toEqual({});
  });

  test('the fake is strict: horizontalPageBreaks needs ExcelApi 1.9 and a break before the first row is refused', async () => {
    const old = setup('1.8');
    await expect(old.fake.run(async (context) => {
      context.workbook.worksheets.getItem('Chấm điểm 2022').horizontalPageBreaks.add('A5');
      await context.sync();
    })).rejects.toMatchObject({ code: 'ApiNotFound' });
    const { fake } = setup();
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.getItem('Chấm điểm 2022').horizontalPageBreaks.add('A1');
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

/**
 * Issue 14, item 7 (the write's half): in a workbook that calculates manually, the adapter asks
 * Excel to recalculate after the write, so formulas that depend on what it wrote are current, and
 * says so in the report; in automatic mode it asks nothing and takes no extra sync.
 */
import { createFakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { realisticPlan, unitNames } from '../contract/fixtures';

function setup() {
  const fake = createFakeExcel();
  fake.seed({ name: 'Chấm điểm 2022', values: [['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã A']] });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, port };
}

describe('recalculation after the write', () => {
  test('manual mode: Excel is asked to recalculate after the write, in one more sync; nothing is left stale', async () => {
    const { fake, port } = setup();
    fake.setCalculationMode('Manual');
    const report = await port.applyPlan(realisticPlan(unitNames(3)));
    expect(report.recalculated).toBe(true);
    expect(fake.calculation.calculations).toEqual(['Recalculate']);
    expect(fake.calculation.stale).toBe(false);
    expect(fake.syncs).toHaveLength(3);
    expect(fake.calculation.mode).toBe('Manual');
  });

  test('automatic mode: no recalculation asked, no extra sync, nothing in the report', async () => {
    const { fake, port } = setup();
    const report = await port.applyPlan(realisticPlan(unitNames(3)));
    expect(report.recalculated).toBeUndefined();
    expect(fake.calculation.calculations).toEqual([]);
    expect(fake.syncs).toHaveLength(2);
  });

  test('a recalculation Excel refuses does not fail the written result: recalculated is false', async () => {
    const { fake, port } = setup();
    fake.setCalculationMode('Manual');
    fake.failSync(3);
    const report = await port.applyPlan(realisticPlan(unitNames(3)));
    expect(report.recalculated).toBe(false);
    expect(fake.cell('Xếp hạng chung', 'B5').value).toBe(unitNames(3)[0]);
  });
});

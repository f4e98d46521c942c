/**
 * The real chain on the shared samples, inside the fake Excel: the Office adapter reads the
 * scoring sheet, the engine scores it and builds its plan, the adapter writes it; the input sheet
 * is unchanged, the ranking table holds every unit, and the whole run stays within 4 syncs.
 */
import { join } from 'node:path';
import { scoreSheet } from '../../../src/engine/score';
import { buildWritePlan } from '../../../src/appendix';
import { createFakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { openXlsx } from '../../../src/workbook/xlsx';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');

describe.each(['thanh-tri-2021.xlsx', 'dam-ha-2018-tham-dinh.xlsx'])('%s through the Office adapter', (file) => {
  test('read, score, write: input unchanged, every unit written, at most 4 syncs', async () => {
    const source = await openXlsx(join(SAMPLES, file));
    const sheetName = await source.activeSheetName();
    const fake = createFakeExcel();
    fake.seedGrid({ ...(await source.readSheet(sheetName)), sheetName }, { active: true });
    const before = fake.snapshot(sheetName);

    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    const grid = await port.readSheet(await port.activeSheetName());
    const syncsBefore = fake.syncs.length - 1;
    const outcome = scoreSheet(grid);
    if (!outcome.ok) throw new Error(`the sample does not score: ${JSON.stringify(outcome.findings.slice(0, 3))}`);
    const plan = buildWritePlan(outcome.result);
    const report = await port.applyPlan(plan);

    expect(fake.syncs.length - syncsBefore).toBeLessThanOrEqual(4);
    expect(fake.snapshot(sheetName)).toBe(before);
    expect(report.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    const overall = fake.valuesFromA1(report.sheets[0].name).flat();
    for (const unit of outcome.result.units) expect(overall).toContain(unit.name);

    const again = await new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported }).applyPlan(plan);
    expect(again.sheets.every((s) => s.replaced && !s.renamed)).toBe(true);
    expect(fake.sheetNames()).toEqual([sheetName, ...plan.sheets.map((s) => s.name)]);
  });
});

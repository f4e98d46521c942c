/**
 * The acceptance fixtures through the Office adapter on the strict fake Excel, as the pane runs
 * them: each workbook's sheets seeded into the fake, the scope chosen as the pane chooses it
 * (nothing stated), scored and written by the use case with only the not-applicable policy; every
 * figure of expected.json matched, the sheets read in at most two syncs, the input sheets
 * untouched and every group's tables written.
 */
import { toModelJson } from '../../src/engine/json-groups';
import { formatFinding } from '../../src/i18n/findings';
import { createFakeExcel } from '../../src/office-fake';
import { chooseSheet, defaultEngine, PANE_SHEET_CHOICE, scoreAndWrite } from '../../src/usecase';
import { OfficeWorkbook } from '../../src/workbook/office';
import { openXlsx } from '../../src/workbook/xlsx';
import { expectFigures, layoutCase, layoutCases, layoutInput } from './expected';

describe.each(layoutCases())('%s', (name) => {
  const expected = layoutCase(name);

  it('the pane’s run on the fake Excel matches every figure and writes every group’s tables', async () => {
    const fake = createFakeExcel();
    const file = await openXlsx(layoutInput(name));
    for (const s of await file.listSheets()) fake.seedGrid(await file.readSheet(s.name));
    const inputSheets = fake.sheetNames();
    const before = inputSheets.map((s) => fake.snapshot(s));
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });

    fake.resetSyncs();
    const chosen = await chooseSheet(port, defaultEngine, PANE_SHEET_CHOICE);
    const readSyncs = fake.syncs.length;
    if (!chosen.selected) throw new Error('nothing selected');
    const run = await scoreAndWrite(port, defaultEngine, {
      scope: chosen.selected.scope, sheets: chosen.selected.sheets, options: { notApplicable: expected.notApplicable },
    });
    expectFigures(toModelJson(run.scored.outcome, 'dense', 'vi', formatFinding), expected);
    if (!run.written) throw new Error('not written');
    expect(run.report.sheets.length).toBe(4 * expected.groups.length + run.results.filter((r) => r.result.hasSelfScores).length);
    expect(inputSheets.map((s) => fake.snapshot(s))).toEqual(before);
    // The list of sheets, the active sheet, then every sheet read together.
    expect(readSyncs).toBeLessThanOrEqual(4);
  });
});

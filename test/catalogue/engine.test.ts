/**
 * Every catalogue case through the engine: the grid of `input.json` as written, or the sheet of
 * `input.xlsx` as the ExcelJS adapter reads it; the findings (rule and cell), ok, and the result.
 */
import { scoreSheet } from '../../src/engine';
import { openXlsx } from '../../src/workbook/xlsx';
import { type CatalogueCase, loadCatalogue, scoredSheetName } from './catalogue';
import { expectOutcome } from './expectations';
import { jsonSheetToGrid } from './json-input';
import type { SheetGrid } from '../../src/engine/grid';

const cases = loadCatalogue();

async function gridOf(c: CatalogueCase): Promise<SheetGrid> {
  if (c.json) {
    const name = scoredSheetName(c, c.json.sheets.map((s) => s.name));
    const sheet = c.json.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`${c.name}: no sheet ${name}`);
    return jsonSheetToGrid(sheet);
  }
  const wb = await openXlsx(c.xlsx as string);
  const names = (await wb.listSheets()).map((s) => s.name);
  return wb.readSheet(scoredSheetName(c, names));
}

describe('the catalogue', () => {
  it('has at least 30 cases; an "error." name means the case must fail', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) {
      expect({ name: c.name, ok: c.expected.ok }).toEqual({ name: c.name, ok: !c.mustFail });
      expect(c.expected.about.length).toBeGreaterThan(10);
    }
  });
});

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('engine: findings at the right cells, and the expected result', async () => {
    const grid = await gridOf(c);
    expectOutcome(scoreSheet(grid, c.expected.options ?? {}), c.expected);
  });
});

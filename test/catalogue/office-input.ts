/**
 * A catalogue case in the strict fake Excel: every sheet of its input seeded into a fake
 * workbook, as a real workbook opened in Excel would hold it (values, formulas, error values,
 * merges, hidden rows and columns).
 */
import { createFakeExcel, type FakeExcel, type SeedSheet } from '../../src/office-fake';
import { openXlsx } from '../../src/workbook/xlsx';
import type { CatalogueCase, JsonSheet } from './catalogue';
import { parseBox } from './json-input';
import { a1, parseA1 } from '../../src/engine/grid';

function jsonSheetToSeed(sheet: JsonSheet): SeedSheet {
  const formulas = sheet.rows.map((r) => r.map((): string | null => null));
  for (const [address, formula] of Object.entries(sheet.formulas ?? {})) {
    const at = parseA1(address);
    if (!at) throw new Error(`bad address ${address}`);
    while (formulas.length <= at.row) formulas.push([]);
    formulas[at.row][at.col] = formula;
  }
  const errors = new Set(sheet.errors ?? []);
  return {
    name: sheet.name,
    values: sheet.rows,
    formulas,
    errors: sheet.rows.map((r, ri) => r.map((_, ci) => errors.has(a1(ri, ci)))),
    merges: (sheet.merges ?? []).map(parseBox),
    hiddenRows: (sheet.hiddenRows ?? []).map((n) => n - 1),
    hiddenCols: (sheet.hiddenCols ?? []).map((letters) => parseBox(`${letters}1`).col),
  };
}

/** A fake Excel holding the case's workbook; the first sheet is active. */
export async function fakeWorkbookOf(c: CatalogueCase): Promise<FakeExcel> {
  const fake = createFakeExcel();
  if (c.json) {
    for (const sheet of c.json.sheets) fake.seed(jsonSheetToSeed(sheet));
    return fake;
  }
  const file = await openXlsx(c.xlsx as string);
  for (const s of await file.listSheets()) fake.seedGrid(await file.readSheet(s.name));
  return fake;
}

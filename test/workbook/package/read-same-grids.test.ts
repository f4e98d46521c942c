/**
 * The package reader gives the grids the ExcelJS adapter gives, on every workbook the repository
 * holds: the samples, the layouts' inputs and the catalogue's .xlsx inputs (written by ExcelJS,
 * LibreOffice and by hand). Same sheets, same active sheet, same values, kinds, formula flags,
 * merges and hidden rows and columns. (`uncached` is the package reader's own: ExcelJS cannot
 * tell a formula without a value from one whose value is empty.)
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SheetGrid } from '../../../src/engine/grid';
import { PackageWorkbook } from '../../../src/workbook/package';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';

const ROOT = join(__dirname, '..', '..', '..');

function workbookFiles(): string[] {
  const files = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.xlsx')).map((f) => join(ROOT, 'samples', f));
  for (const folder of ['test/fixtures/layouts', 'test/fixtures/catalogue']) {
    for (const name of readdirSync(join(ROOT, folder))) {
      const input = join(ROOT, folder, name, 'input.xlsx');
      if (existsSync(input)) files.push(input);
    }
  }
  return files.sort();
}

const FILES = workbookFiles();

function withoutUncached(grid: SheetGrid): SheetGrid {
  const copy = { ...grid };
  delete copy.uncached;
  return copy;
}

test('there are workbooks to compare (samples, layouts, catalogue)', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(30);
});

describe.each(FILES.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
  let excel: XlsxWorkbook;
  let pkg: PackageWorkbook;
  beforeAll(async () => {
    const bytes = readFileSync(file);
    excel = await XlsxWorkbook.fromBuffer(bytes);
    pkg = PackageWorkbook.fromBytes(bytes);
  });

  test('same sheets and active sheet', async () => {
    expect(await pkg.listSheets()).toEqual(await excel.listSheets());
    expect(await pkg.activeSheetName()).toBe(await excel.activeSheetName());
  });

  test('every sheet reads as the same grid', async () => {
    for (const { name } of await excel.listSheets()) {
      const want = await excel.readSheet(name);
      const got = withoutUncached(await pkg.readSheet(name));
      expect(got).toEqual(want);
    }
  });
});

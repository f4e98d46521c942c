/**
 * The package adapter's workbook: opening (and refusing) packages, the sheet list, the active
 * sheet, ownership marks, the macro-enabled kind, part targets, and files from other programs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackageError, PackageWorkbook, openPackage, savePackageAtomic, OutputIsInputError } from '../../../src/workbook/package';
import { WorkbookError } from '../../../src/workbook/port';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { writeZip } from '../../../src/workbook/package/zip';
import { STRICT, buildPackage, sheetXml } from './read-package-builder';

const ROOT = join(__dirname, '..', '..', '..');
const PROGRAMS = join(ROOT, 'test', 'fixtures', 'programs');
const SAMPLE = join(ROOT, 'samples', 'thanh-tri-2021.xlsx');
const cellA1 = (v: number): string => sheetXml(`<row r="1"><c r="A1"><v>${v}</v></c></row>`);

function failure(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('it did not fail');
}

describe('the sheet list', () => {
  const bytes = buildPackage({
    sheets: [
      { name: 'Biểu đồ', kind: 'chartsheet' },
      { name: 'Chấm điểm', xml: cellA1(1) },
      { name: 'Ẩn', xml: cellA1(2), state: 'hidden' },
      { name: 'Rất ẩn', xml: cellA1(3), state: 'veryHidden' },
      { name: 'Xếp hạng chung', xml: cellA1(4) },
      { name: "Xã 'A' & B", xml: cellA1(5) },
    ],
    activeTab: 4,
    definedNames: [
      '<definedName name="CCHC_OWNED.overall">\'Xếp hạng chung\'!$A$1</definedName>',
      '<definedName name="CCHC_OWNED.by_002dfield" localSheetId="1">\'Chấm điểm\'!$A$1</definedName>',
      '<definedName name="CCHC_OWNED.stale">#REF!$A$1</definedName>',
      '<definedName name="CCHC_OWNED.gone">\'Không còn\'!$A$1</definedName>',
      '<definedName name="cchc_owned.quoted">\'XÃ \'\'A\'\' &amp; B\'!$A$1</definedName>',
      '<definedName name="_xlnm.Print_Titles" localSheetId="4">\'Xếp hạng chung\'!$1:$3</definedName>',
    ].join(''),
  });

  test('worksheets only, in tab order, with visibility and our marks (workbook-scoped, existing sheet)', async () => {
    const wb = PackageWorkbook.fromBytes(bytes);
    expect(await wb.listSheets()).toEqual([
      { name: 'Chấm điểm', position: 0, visible: true, ownedByUs: false },
      { name: 'Ẩn', position: 1, visible: false, ownedByUs: false },
      { name: 'Rất ẩn', position: 2, visible: false, ownedByUs: false },
      { name: 'Xếp hạng chung', position: 3, visible: true, ownedByUs: true },
      { name: "Xã 'A' & B", position: 4, visible: true, ownedByUs: true },
    ]);
    expect(wb.kind).toBe('xlsx');
  });

  test('the active tab counts every sheet; a chartsheet there gives the first worksheet', async () => {
    expect(await PackageWorkbook.fromBytes(bytes).activeSheetName()).toBe('Xếp hạng chung');
    const onChart = buildPackage({ sheets: [{ name: 'Biểu đồ', kind: 'chartsheet' }, { name: 'Một', xml: cellA1(1) }], activeTab: 0 });
    expect(await PackageWorkbook.fromBytes(onChart).activeSheetName()).toBe('Một');
    const outOfRange = buildPackage({ sheets: [{ name: 'Một', xml: cellA1(1) }], activeTab: 7 });
    expect(await PackageWorkbook.fromBytes(outOfRange).activeSheetName()).toBe('Một');
  });

  test('readSheet finds a sheet ignoring case; a chartsheet or a missing name is sheet-not-found', async () => {
    const wb = PackageWorkbook.fromBytes(bytes);
    expect((await wb.readSheet('CHẤM ĐIỂM')).sheetName).toBe('Chấm điểm');
    expect((await wb.readSheets(['Rất ẩn', 'Ẩn'])).map((g) => g.values)).toEqual([[[3]], [[2]]]);
    await expect(wb.readSheet('Biểu đồ')).rejects.toEqual(expect.objectContaining({ code: 'sheet-not-found' }));
    await expect(wb.readSheet('Không có')).rejects.toBeInstanceOf(WorkbookError);
  });

  test('a workbook without worksheets has no active sheet', async () => {
    const charts = buildPackage({ sheets: [{ name: 'Biểu đồ', kind: 'chartsheet' }] });
    await expect(PackageWorkbook.fromBytes(charts).activeSheetName()).rejects.toEqual(expect.objectContaining({ code: 'sheet-not-found' }));
  });
});

test('a workbook part elsewhere, targets absolute: found through the package relationships', async () => {
  const bytes = buildPackage({ sheets: [{ name: 'Một', xml: cellA1(7) }], workbookPart: 'book/main.xml', sharedStrings: '<sst xmlns="x"/>' });
  const wb = PackageWorkbook.fromBytes(bytes);
  expect((await wb.readSheet('Một')).values).toEqual([[7]]);
});

test('a macro-enabled workbook is kind xlsm', () => {
  expect(PackageWorkbook.fromBytes(buildPackage({ sheets: [{ name: 'Một' }], macroEnabled: true })).kind).toBe('xlsm');
});

describe('packages that are refused, with a PackageError (a WorkbookError) saying why', () => {
  test.each([
    ['not a zip', new TextEncoder().encode('STT,Tên\n1,Xã A\n'), 'not-zip', 'read-failed'],
    ['an empty file', new Uint8Array(0), 'not-zip', 'read-failed'],
    ['cut off', readFileSync(SAMPLE).subarray(0, readFileSync(SAMPLE).length >> 1), 'truncated', 'read-failed'],
    ['a zip without a workbook', writeZip(undefined, new Map([['word/document.xml', new TextEncoder().encode('<w:document/>')]])), 'not-a-workbook', 'read-failed'],
    ['Strict Open XML', buildPackage({ sheets: [{ name: 'Một' }], namespace: STRICT }), 'strict', 'unsupported'],
  ])('%s', (_what, bytes, problem, code) => {
    const error = failure(() => PackageWorkbook.fromBytes(bytes));
    expect(error).toBeInstanceOf(PackageError);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toEqual(expect.objectContaining({ problem, code }));
  });
});

describe('files and saving', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'package-open-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('openPackage reads a file and remembers where from; a missing file is read-failed', async () => {
    const wb = await openPackage(SAMPLE);
    expect(wb.sourcePath).toBe(SAMPLE);
    await expect(openPackage(join(dir, 'không có.xlsx'))).rejects.toEqual(expect.objectContaining({ code: 'read-failed' }));
  });

  test('savePackageAtomic writes the package and refuses the input path', async () => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, readFileSync(SAMPLE));
    const wb = await openPackage(input);
    await expect(savePackageAtomic(wb, join(dir, '.', 'in.xlsx'))).rejects.toBeInstanceOf(OutputIsInputError);
    await savePackageAtomic(wb, join(dir, 'out.xlsx'));
    const again = PackageWorkbook.fromBytes(readFileSync(join(dir, 'out.xlsx')));
    expect(await again.readSheet('Bảng chấm điểm')).toEqual(await wb.readSheet('Bảng chấm điểm'));
  });
});

describe('workbooks from other programs (test/fixtures/programs)', () => {
  test('openpyxl-uncached.xlsx: the ExcelJS grid, every formula listed as uncached with its text', async () => {
    const bytes = readFileSync(join(PROGRAMS, 'openpyxl-uncached.xlsx'));
    const grid = await PackageWorkbook.fromBytes(bytes).readSheet('Bảng chấm điểm');
    const excel = await (await XlsxWorkbook.fromBuffer(bytes)).readSheet('Bảng chấm điểm');
    const { uncached, ...rest } = grid;
    expect(rest).toEqual(excel);
    const flagged = grid.formulas?.flatMap((line, r) => line.flatMap((f, c) => (f ? [[r, c]] : []))) ?? [];
    expect(flagged.length).toBeGreaterThan(0);
    expect(uncached?.map((u) => [u.row, u.col])).toEqual(flagged);
    expect(uncached?.every((u) => /^[A-Z(]/.test(u.formula))).toBe(true);
  });

  test('openpyxl-chart.xlsx (ExcelJS cannot open it): the user\'s sheet, its hidden sheet, merges, hidden row and column', async () => {
    const wb = PackageWorkbook.fromBytes(readFileSync(join(PROGRAMS, 'openpyxl-chart.xlsx')));
    const sheets = await wb.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Bảng chấm điểm', 'Theo dõi', 'Danh mục']));
    expect(sheets.find((s) => s.name === 'Danh mục')?.visible).toBe(false);
    const grid = await wb.readSheet('Theo dõi');
    expect(grid.merges).toEqual(expect.arrayContaining([{ row: 0, col: 0, rows: 1, cols: 3 }]));
    expect(grid.hiddenRows).toContain(6);
    expect(grid.hiddenCols).toContain(3);
    expect(grid.uncached).toEqual(expect.arrayContaining([expect.objectContaining({ formula: 'B3/0' })]));
  });

  test('openpyxl-macro.xlsm is kind xlsm and reads as the .xlsx', async () => {
    const xlsm = PackageWorkbook.fromBytes(readFileSync(join(PROGRAMS, 'openpyxl-macro.xlsm')));
    const xlsx = PackageWorkbook.fromBytes(readFileSync(join(PROGRAMS, 'openpyxl-chart.xlsx')));
    expect(xlsm.kind).toBe('xlsm');
    expect(await xlsm.readSheet('Bảng chấm điểm')).toEqual(await xlsx.readSheet('Bảng chấm điểm'));
  });
});

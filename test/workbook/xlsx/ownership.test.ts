/**
 * The ownership scheme of src/workbook/ownership.md on files: our result sheets are replaced on
 * re-runs, the user's sheets are never changed, removed or renamed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxWorkbook, saveXlsxAtomic } from '../../../src/workbook/xlsx';
import { makeTempDir, partText, reopen } from './helpers';
import { rankingSheet, tinySheet, UNITS } from './plans';

/** A workbook with the given sheets (name -> A1 text) and raw <definedName> elements. */
async function book(sheets: [string, string][], names: string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, text] of sheets) wb.addWorksheet(name).getCell('A1').value = text;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const file = zip.file('xl/workbook.xml');
  if (!file) throw new Error('no workbook.xml');
  const xml = (await file.async('string')).replace(/<definedNames\/>|<definedNames>.*?<\/definedNames>/, '');
  const withNames = names.length ? xml.replace('</sheets>', `</sheets><definedNames>${names.join('')}</definedNames>`) : xml;
  zip.file('xl/workbook.xml', withNames);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const mark = (encodedKey: string, formula: string, local?: number): string =>
  `<definedName name="CCHC_OWNED.${encodedKey}"${local === undefined ? '' : ` localSheetId="${local}"`}>${formula}</definedName>`;

async function saveAndReopen(wb: XlsxWorkbook, dir: string, file = 'out.xlsx'): Promise<{ path: string; names: string }> {
  const path = join(dir, file);
  await saveXlsxAtomic(wb, path);
  const workbookXml = await partText(path, 'xl/workbook.xml');
  const names = /<definedNames>(.*?)<\/definedNames>/.exec(workbookXml)?.[1] ?? '';
  return { path, names };
}

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

test('a new result sheet is marked with a workbook-scoped name pointing at its A1', async () => {
  const wb = await XlsxWorkbook.fromBuffer(await book([['Chấm điểm', 'x']]));
  await wb.applyPlan({ sheets: [tinySheet('self-vs-appraisal', "Tự 'chấm' & thẩm định")] });
  const { names } = await saveAndReopen(wb, tmp.dir, 'mark.xlsx');
  expect(names).toBe(
    '<definedName name="CCHC_OWNED.self_002dvs_002dappraisal">&apos;Tự &apos;&apos;chấm&apos;&apos; &amp; thẩm định&apos;!$A$1</definedName>',
  );
  await expect(wb.listSheets()).resolves.toEqual([
    { name: 'Chấm điểm', position: 0, visible: true, ownedByUs: false },
    { name: "Tự 'chấm' & thẩm định", position: 1, visible: true, ownedByUs: true },
  ]);
});

test('re-running on the output replaces our sheet in place: same name, same position, one mark', async () => {
  const first = await XlsxWorkbook.fromBuffer(await book([['Chấm điểm', 'x'], ['Ghi chép', 'của tôi']]));
  await first.applyPlan({ sheets: [rankingSheet(UNITS)] });
  const run1 = await saveAndReopen(first, tmp.dir, 'run1.xlsx');

  const second = await XlsxWorkbook.fromBuffer(readFileSync(run1.path), run1.path);
  await expect(second.listSheets()).resolves.toMatchObject([
    { name: 'Chấm điểm', ownedByUs: false },
    { name: 'Ghi chép', ownedByUs: false },
    { name: 'Xếp hạng chung', ownedByUs: true },
  ]);
  const report = await second.applyPlan({ sheets: [rankingSheet(UNITS.slice(0, 2))] });
  expect(report.sheets).toEqual([{ key: 'overall', name: 'Xếp hạng chung', renamed: false, replaced: true }]);
  const run2 = await saveAndReopen(second, tmp.dir, 'run2.xlsx');

  const saved = await reopen(run2.path);
  expect(saved.worksheets.map((s) => s.name)).toEqual(['Chấm điểm', 'Ghi chép', 'Xếp hạng chung']);
  expect(saved.getWorksheet('Xếp hạng chung')?.getCell('B8').value).toBeNull();
  expect(saved.getWorksheet('Ghi chép')?.getCell('A1').value).toBe('của tôi');
  expect(run2.names.match(/CCHC_OWNED\.overall/g)).toHaveLength(1);
  expect(run2.names.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
});

test('replacing keeps the tab position of our sheet among the user\'s sheets', async () => {
  const buffer = await book(
    [['Chấm điểm', 'x'], ['Kết quả cũ', 'của chúng ta'], ['Ghi chép', 'của tôi']],
    [mark('overall', "'Kết quả cũ'!$A$1")],
  );
  const wb = await XlsxWorkbook.fromBuffer(buffer);
  const report = await wb.applyPlan({ sheets: [tinySheet('overall', 'Xếp hạng chung')] });
  expect(report.sheets).toEqual([{ key: 'overall', name: 'Xếp hạng chung', renamed: false, replaced: true }]);
  const { path, names } = await saveAndReopen(wb, tmp.dir, 'position.xlsx');
  expect((await reopen(path)).worksheets.map((s) => s.name)).toEqual(['Chấm điểm', 'Xếp hạng chung', 'Ghi chép']);
  expect(names).toBe('<definedName name="CCHC_OWNED.overall">&apos;Xếp hạng chung&apos;!$A$1</definedName>');
});

test('a user\'s sheet with the wanted name is left alone; ours becomes "Name (2)" and says so', async () => {
  const wb = await XlsxWorkbook.fromBuffer(await book([['Chấm điểm', 'x'], ['Xếp hạng chung', 'bảng tự làm']]));
  const report = await wb.applyPlan({ sheets: [tinySheet('overall', 'Xếp hạng chung')] });
  expect(report.sheets).toEqual([{ key: 'overall', name: 'Xếp hạng chung (2)', renamed: true, replaced: false }]);
  const { path } = await saveAndReopen(wb, tmp.dir, 'renamed.xlsx');
  const saved = await reopen(path);
  expect(saved.worksheets.map((s) => s.name)).toEqual(['Chấm điểm', 'Xếp hạng chung', 'Xếp hạng chung (2)']);
  expect(saved.getWorksheet('Xếp hạng chung')?.getCell('A1').value).toBe('bảng tự làm');

  // And a second run replaces "(2)", still leaving the user's sheet alone.
  const again = await XlsxWorkbook.fromBuffer(readFileSync(path));
  const report2 = await again.applyPlan({ sheets: [tinySheet('overall', 'Xếp hạng chung')] });
  expect(report2.sheets).toEqual([{ key: 'overall', name: 'Xếp hạng chung (2)', renamed: true, replaced: true }]);
  expect((await again.listSheets()).map((s) => s.name)).toEqual(['Chấm điểm', 'Xếp hạng chung', 'Xếp hạng chung (2)']);
});

test('a name differing only in case is taken too (Excel compares sheet names without case)', async () => {
  const wb = await XlsxWorkbook.fromBuffer(await book([['XẾP HẠNG CHUNG', 'của tôi']]));
  const report = await wb.applyPlan({ sheets: [tinySheet('overall', 'Xếp hạng chung')] });
  expect(report.sheets[0].name).toBe('Xếp hạng chung (2)');
});

test('a stale mark (#REF!, the sheet was deleted) makes no sheet ours', async () => {
  const buffer = await book([['Chấm điểm', 'x'], ['Xếp hạng chung', 'bảng mới của tôi']], [mark('overall', '#REF!$A$1')]);
  const wb = await XlsxWorkbook.fromBuffer(buffer);
  expect((await wb.listSheets()).every((s) => !s.ownedByUs)).toBe(true);
  const report = await wb.applyPlan({ sheets: [tinySheet('overall', 'Xếp hạng chung')] });
  expect(report.sheets).toEqual([{ key: 'overall', name: 'Xếp hạng chung (2)', renamed: true, replaced: false }]);
  const { names } = await saveAndReopen(wb, tmp.dir, 'stale.xlsx');
  expect(names).toBe('<definedName name="CCHC_OWNED.overall">&apos;Xếp hạng chung (2)&apos;!$A$1</definedName>');
});

test('a sheet-scoped copy of a mark (a copied sheet) is the user\'s, and the copy\'s name is kept', async () => {
  const buffer = await book(
    [['Chấm điểm', 'x'], ['Xếp hạng chung', 'của chúng ta'], ['Bản sao', 'bản sao của người dùng']],
    [mark('overall', "'Xếp hạng chung'!$A$1"), mark('overall', "'Bản sao'!$A$1", 2)],
  );
  const wb = await XlsxWorkbook.fromBuffer(buffer);
  await expect(wb.listSheets()).resolves.toMatchObject([
    { name: 'Chấm điểm', ownedByUs: false },
    { name: 'Xếp hạng chung', ownedByUs: true },
    { name: 'Bản sao', ownedByUs: false },
  ]);
  await wb.applyPlan({ sheets: [tinySheet('overall', 'Xếp hạng chung')] });
  const { path, names } = await saveAndReopen(wb, tmp.dir, 'copy.xlsx');
  expect((await reopen(path)).getWorksheet('Bản sao')?.getCell('A1').value).toBe('bản sao của người dùng');
  // Kept exactly as the file had it.
  expect(names).toContain(mark('overall', "'Bản sao'!$A$1", 2));
  expect(names).toContain('<definedName name="CCHC_OWNED.overall">&apos;Xếp hạng chung&apos;!$A$1</definedName>');
});

test('an input sheet is never replaced, even when a mark points at it', async () => {
  const buffer = await book([['Xếp hạng chung', 'bảng chấm điểm']], [mark('overall', "'Xếp hạng chung'!$A$1")]);
  const wb = await XlsxWorkbook.fromBuffer(buffer);
  const before = await wb.readSheet('Xếp hạng chung');
  const report = await wb.applyPlan({ sheets: [tinySheet('overall', 'Xếp hạng chung')] });
  expect(report.sheets).toEqual([{ key: 'overall', name: 'Xếp hạng chung (2)', renamed: true, replaced: false }]);
  expect(await wb.readSheet('Xếp hạng chung')).toEqual(before);
  const { names } = await saveAndReopen(wb, tmp.dir, 'input-marked.xlsx');
  expect(names).toBe('<definedName name="CCHC_OWNED.overall">&apos;Xếp hạng chung (2)&apos;!$A$1</definedName>');
});

test('keys not in the plan keep their sheets and marks; the user\'s names survive as written', async () => {
  const userNames = [
    '<definedName name="HeSo" hidden="1">0.5</definedName>',
    '<definedName name="DanhSach" localSheetId="0">&apos;Chấm điểm&apos;!$A$1:$A$9</definedName>',
  ];
  const buffer = await book(
    [['Chấm điểm', 'x'], ['Thống kê', 'cũ'], ['Xếp hạng chung', 'cũ']],
    [...userNames, mark('stats', "'Thống kê'!$A$1"), mark('overall', "'Xếp hạng chung'!$A$1")],
  );
  const wb = await XlsxWorkbook.fromBuffer(buffer);
  await wb.applyPlan({ sheets: [tinySheet('overall', 'Xếp hạng chung', 'mới')] });
  const { path, names } = await saveAndReopen(wb, tmp.dir, 'keep.xlsx');
  const saved = await reopen(path);
  expect(saved.getWorksheet('Thống kê')?.getCell('A1').value).toBe('cũ');
  expect(saved.getWorksheet('Xếp hạng chung')?.getCell('A1').value).toBe('mới');
  for (const n of userNames) expect(names).toContain(n);
  expect(names).toContain('<definedName name="CCHC_OWNED.stats">&apos;Thống kê&apos;!$A$1</definedName>');
});

test('applying twice in one session replaces the first result, no duplicates', async () => {
  const wb = XlsxWorkbook.fromGrid({ sheetName: 'Chấm điểm', values: [['x']] });
  await wb.applyPlan({ sheets: [rankingSheet(UNITS), tinySheet('stats', 'Thống kê')] });
  const report = await wb.applyPlan({ sheets: [rankingSheet(UNITS)] });
  expect(report.sheets).toEqual([{ key: 'overall', name: 'Xếp hạng chung', renamed: false, replaced: true }]);
  expect((await wb.listSheets()).map((s) => s.name)).toEqual(['Chấm điểm', 'Xếp hạng chung', 'Thống kê']);
  const { path } = await saveAndReopen(wb, tmp.dir, 'twice.xlsx');
  const zip = await JSZip.loadAsync(readFileSync(path));
  expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
});

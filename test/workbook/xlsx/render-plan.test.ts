/**
 * Rendering a hand-made write plan into a copy of a sample workbook and reading the saved file
 * back with ExcelJS alone: values, styles of key cells, merges, widths, frozen panes, print setup.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { ProgressReport } from '../../../src/workbook/port';
import { openXlsx, saveXlsxAtomic } from '../../../src/workbook/xlsx';
import { makeTempDir, partText, reopen, sheetPart, THANH_TRI } from './helpers';
import { rankingSheet, UNITS } from './plans';

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a ranking sheet rendered into thanh-tri-2021.xlsx', () => {
  const tmp = makeTempDir();
  const out = join(tmp.dir, 'thanh-tri-xep-hang.xlsx');
  const inputHash = sha(THANH_TRI);
  let saved: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  const progress: ProgressReport[] = [];
  let report: Awaited<ReturnType<Awaited<ReturnType<typeof openXlsx>>['applyPlan']>>;

  beforeAll(async () => {
    const wb = await openXlsx(THANH_TRI);
    await wb.readSheet('Bảng chấm điểm');
    report = await wb.applyPlan({ sheets: [rankingSheet(UNITS)] }, (p) => progress.push(p));
    await saveXlsxAtomic(wb, out);
    saved = await reopen(out);
    const sheet = saved.getWorksheet('Xếp hạng chung');
    if (!sheet) throw new Error('result sheet missing');
    ws = sheet;
  });
  afterAll(() => tmp.cleanup());

  test('the report names the sheet written; progress ends with "done"', () => {
    expect(report.sheets).toEqual([{ key: 'overall', name: 'Xếp hạng chung', renamed: false, replaced: false }]);
    expect(progress[0]).toEqual({ fraction: 0, step: 'clear' });
    expect(progress[progress.length - 1]).toEqual({ fraction: 1, step: 'done' });
    const fractions = progress.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  test('the result sheet follows the input sheet', () => {
    expect(saved.worksheets.map((s) => s.name)).toEqual(['Bảng chấm điểm', 'Xếp hạng chung']);
  });

  test('values: texts as strings, numbers as numbers', () => {
    expect(ws.getCell('A1').value).toBe('UBND HUYỆN THANH TRÌ');
    expect(ws.getCell('A5').value).toBe('STT');
    expect(ws.getCell('B6').value).toBe('Xã Tả Thanh Oai');
    expect(ws.getCell('D6').value).toBe(92.5);
    expect(ws.getCell('A9').value).toBe(4);
    expect(ws.getCell('G9').value).toBe('Tốt');
  });

  test('the heading rows are merged across the table', () => {
    expect([...ws.model.merges].sort()).toEqual(['A1:G1', 'A2:G2', 'A3:G3']);
    expect(ws.getCell('B1').isMerged).toBe(true);
  });

  test('header cells: Times New Roman 13 bold, centred, wrapped, filled, thin borders', () => {
    const c = ws.getCell('B5');
    expect(c.font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true, color: { argb: 'FF1F3864' } });
    expect(c.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(c.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    for (const edge of ['top', 'left', 'bottom', 'right'] as const) expect(c.border[edge]?.style).toBe('thin');
  });

  test('body cells: number formats, later ranges win property by property', () => {
    expect(ws.getCell('D6').numFmt).toBe('0.00');
    expect(ws.getCell('E9').numFmt).toBe('0.00');
    const name = ws.getCell('B7');
    expect(name.font).toMatchObject({ name: 'Times New Roman', size: 13, italic: true });
    expect(name.font.bold).toBeFalsy();
    expect(name.alignment).toMatchObject({ horizontal: 'left' });
    expect(name.border.bottom?.style).toBe('thin');
    expect(ws.getCell('A1').border?.top).toBeUndefined();
  });

  test('column widths and row heights', () => {
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(2).width).toBe(32);
    expect(ws.getRow(5).height).toBe(36);
  });

  test('panes frozen under the header and right of the unit names', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5, topLeftCell: 'C6' });
  });

  test('print: A4 landscape, one page wide, header row repeated, page numbers in the footer', async () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:5',
    });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 });
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    const xml = await partText(out, await sheetPart(out, 'Xếp hạng chung'));
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    const workbook = await partText(out, 'xl/workbook.xml');
    expect(workbook).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Xếp hạng chung&apos;!$5:$5</definedName>');
  });

  test('the input file is byte-identical', () => {
    expect(sha(THANH_TRI)).toBe(inputHash);
  });

  test('the input sheet is unchanged in the saved copy: values, formulas, styles, widths', async () => {
    const before = await reopen(THANH_TRI);
    const a = before.getWorksheet('Bảng chấm điểm');
    const b = saved.getWorksheet('Bảng chấm điểm');
    if (!a || !b) throw new Error('input sheet missing');
    const cells = (s: ExcelJS.Worksheet): unknown[] => {
      const list: unknown[] = [];
      s.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) => list.push([c.address, c.type, c.value, c.result, c.style])),
      );
      return list;
    };
    expect(cells(b)).toEqual(cells(a));
    expect(b.columns.map((c) => c.width)).toEqual(a.columns.map((c) => c.width));
    expect(b.model.merges).toEqual(a.model.merges);
  });
});

test('the input sheet reads the same before and after a plan is applied', async () => {
  const wb = await openXlsx(THANH_TRI);
  const before = await wb.readSheet('Bảng chấm điểm');
  await wb.applyPlan({ sheets: [rankingSheet(UNITS)] });
  expect(await wb.readSheet('Bảng chấm điểm')).toEqual(before);
});

test('a plan with a non-finite number is refused with a typed error naming the cell', async () => {
  const wb = await openXlsx(THANH_TRI);
  const plan = rankingSheet([['Xã A', Number.NaN]]);
  await expect(wb.applyPlan({ sheets: [plan] })).rejects.toMatchObject({
    name: 'WorkbookError',
    code: 'write-failed',
    cause: expect.objectContaining({ message: expect.stringContaining('Xếp hạng chung!D6') }),
  });
});

test('print titles of a sheet whose name holds an apostrophe are a valid reference', async () => {
  const tmp = makeTempDir();
  try {
    const wb = await openXlsx(THANH_TRI);
    await wb.applyPlan({ sheets: [rankingSheet(UNITS, 'overall', "Xã 'Mẫu' 2021")] });
    const out = join(tmp.dir, 'apostrophe.xlsx');
    await saveXlsxAtomic(wb, out);
    const workbook = await partText(out, 'xl/workbook.xml');
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Xã &apos;&apos;Mẫu&apos;&apos; 2021&apos;!$5:$5</definedName>',
    );
    expect((await reopen(out)).getWorksheet("Xã 'Mẫu' 2021")?.pageSetup.printTitlesRow).toBe('5:5');
  } finally {
    tmp.cleanup();
  }
});

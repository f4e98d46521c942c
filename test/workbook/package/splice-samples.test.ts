/**
 * The samples (written by LibreOffice) with their result sheets spliced in: the user's parts kept
 * byte for byte, the result read back by a second, independent reader (openpyxl) as the ExcelJS
 * adapter writes it, and printed by LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WritePlan } from '../../../src/appendix/types';
import { writeZip, ZipArchive } from '../../../src/workbook/package/zip';
import { requireTools } from '../../helpers/system-tools';
import {
  DAM_HA,
  THANH_TRI,
  changedParts,
  excelJsOutput,
  openpyxlDump,
  samplePlan,
  splice,
  text,
  type Spliced,
  type WorkbookDump,
} from './splice-fixtures';

const RESULT_SHEETS = ['Xếp hạng chung', 'Xếp hạng lĩnh vực', 'Thống kê', 'Kết quả từng đơn vị'];
const LOOK_AT = ['A1', 'A3', 'B7', 'D7', 'G7', 'C3'];

describe('thanh-tri-2021.xlsx with its ranking spliced in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-splice-'));
  const out = join(dir, 'thanh-tri-xep-hang.xlsx');
  const reference = join(dir, 'thanh-tri-exceljs.xlsx');
  let sheet: string;
  let plan: WritePlan;
  let spliced: Spliced;
  let dump: WorkbookDump;

  beforeAll(async () => {
    const sample = await samplePlan(THANH_TRI);
    ({ sheet, plan } = sample);
    spliced = splice(sample.bytes, plan, [sheet]);
    writeFileSync(out, spliced.bytes);
    writeFileSync(reference, await excelJsOutput(sample.bytes, sheet, plan));
    dump = openpyxlDump(out, LOOK_AT);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every part of the input but the workbook, its relationships, content types and styles is byte-identical', () => {
    expect(changedParts(spliced.input, spliced.output)).toEqual([]);
    expect(spliced.changes.has('xl/sharedStrings.xml')).toBe(false);
    expect(spliced.changes.has('docProps/app.xml')).toBe(false);
    expect(spliced.report.sheets.map((s) => s.name)).toEqual(RESULT_SHEETS);
  });

  test('openpyxl reads the result sheets: texts, numbers, merges, widths, panes, print settings', () => {
    expect(dump.sheets).toEqual([sheet, ...RESULT_SHEETS]);
    const overall = dump.by['Xếp hạng chung'];
    expect(overall.cells.B7).toBe('Xã Tam Hiệp');
    // Figures are text in the document's convention (issue 15): "95,00", not a number the machine formats.
    expect(overall.cells.D7).toBe('95,00');
    expect(overall.cells.F7).toBe('1/15');
    expect(overall.cells.G7).toBe('Xuất sắc');
    expect(overall.merges).toContain('A2:G2');
    // The names' column, widened with the others so the 7-column table fills its portrait page.
    expect(overall.widths.B).toBeGreaterThan(20);
    expect(overall.freeze).toBe('A7');
    expect(overall.titles).toBe('$6:$6');
    expect(overall.setup).toEqual([9, 'portrait', 1, 0, true]);
    expect(overall.footer).toBe('Trang &P/&N');
    expect(overall.look.B7).toMatchObject({ font: 'Times New Roman', size: 13, border: ['thin', 'thin', 'thin', 'thin'], v: 'center' });
    expect(dump.by['Xếp hạng lĩnh vực'].freeze).toBe('C8');
    const statistics = dump.by['Thống kê'];
    expect(statistics.charts).toBe(1);
    // Before the chart: 4 rows further down than before issue 15 (the appendix heading's 3 rows and the rank note).
    expect(statistics.breaks).toEqual([29, 59]);
    expect(dump.names).toEqual(expect.arrayContaining([['CCHC_OWNED.overall', "'Xếp hạng chung'!$A$1", null]]));
  });

  test("openpyxl sees in it what it sees in the ExcelJS adapter's copy", () => {
    const theirs = openpyxlDump(reference, LOOK_AT);
    expect(dump.sheets).toEqual(theirs.sheets);
    for (const name of RESULT_SHEETS) {
      const [a, b] = [dump.by[name], theirs.by[name]];
      expect({ name, cells: a.cells, merges: a.merges, freeze: a.freeze, titles: a.titles, setup: a.setup, footer: a.footer, breaks: a.breaks, charts: a.charts, heights: a.heights, look: a.look })
        .toEqual({ name, cells: b.cells, merges: b.merges, freeze: b.freeze, titles: b.titles, setup: b.setup, footer: b.footer, breaks: b.breaks, charts: b.charts, heights: b.heights, look: b.look });
      // ExcelJS leaves out a width of 9 (its own default); every width it writes is written here too.
      expect(a.widths).toMatchObject(b.widths);
      for (const [col, width] of Object.entries(a.widths)) if (!(col in b.widths)) expect(width).toBe(9);
    }
    expect(dump.by[sheet].cells).toEqual(theirs.by[sheet].cells);
  });

  test('a re-run on the copy replaces our sheets: same names, no duplicates, the input sheet byte-identical', () => {
    const again = splice(spliced.bytes, plan, [sheet]);
    expect(again.report.sheets.map((s) => [s.name, s.replaced, s.renamed])).toEqual(RESULT_SHEETS.map((n) => [n, true, false]));
    expect(again.changes.has('xl/styles.xml')).toBe(false);
    expect(changedParts(again.input, again.output, ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml',
      'xl/worksheets/_rels/sheet4.xml.rels', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml'])).toEqual([]);
    const rerun = join(dir, 'rerun.xlsx');
    writeFileSync(rerun, again.bytes);
    const reread = openpyxlDump(rerun);
    expect(reread.sheets).toEqual(dump.sheets);
    expect(reread.names.filter(([n]) => n.startsWith('CCHC_OWNED.'))).toHaveLength(4);
    expect(reread.by['Xếp hạng chung'].cells).toEqual(dump.by['Xếp hạng chung'].cells);
  });

  test('LibreOffice prints the copy with the result sheets', () => {
    requireTools('soffice', 'pdftotext');
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'pipe', timeout: 120_000 });
    const pdf = execFileSync('pdftotext', ['-layout', out.replace(/\.xlsx$/, '.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toMatch(/STT\s+Đơn vị\s+Điểm tối đa\s+Điểm đạt\s+Chỉ số \(%\)\s+Xếp hạng\s+Xếp loại/);
    expect(pdf).toContain('KẾT QUẢ XẾP HẠNG THEO TỪNG LĨNH VỰC');
    expect(pdf).toMatch(/Xã Tam Hiệp\s+100\s+95,00\s+95,00\s+1\/15\s+Xuất sắc/);
    expect(pdf).toMatch(/Trang \d+\/\d+/);
  });
});

test('a workbook whose workbook and styles parts are written with a namespace prefix (x:), as the Open XML SDK does', async () => {
  const { bytes, sheet, plan } = await samplePlan(THANH_TRI);
  const zip = ZipArchive.open(bytes);
  const prefixed = (xml: string): string =>
    xml.replace(/<(\/?)([A-Za-z]+)(?=[\s/>])/g, '<$1x:$2').replace(/xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/, 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
  const input = writeZip(zip, new Map(['xl/workbook.xml', 'xl/styles.xml'].map((p) => [p, new TextEncoder().encode(prefixed(text(zip, p)))])));
  const spliced = splice(input, plan, [sheet]);
  const workbook = text(spliced.output, 'xl/workbook.xml');
  expect(workbook).toContain('<x:sheet name="Xếp hạng chung" sheetId="2" r:id="rId4"/>');
  expect(workbook).toMatch(/<x:definedNames><x:definedName name="CCHC_OWNED.overall"/);
  expect(text(spliced.output, 'xl/styles.xml')).toMatch(/<x:font><x:b\/><x:sz val="13"\/><x:name val="Times New Roman"\/><\/x:font>/);
  const dir = mkdtempSync(join(tmpdir(), 'cchc-splice-'));
  try {
    const file = join(dir, 'prefixed.xlsx');
    writeFileSync(file, spliced.bytes);
    const dump = openpyxlDump(file, ['B7']);
    expect(dump.sheets).toEqual([sheet, ...RESULT_SHEETS]);
    expect(dump.by['Xếp hạng chung'].look.B7).toMatchObject({ font: 'Times New Roman', size: 13, border: ['thin', 'thin', 'thin', 'thin'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dam-ha-2018-tham-dinh.xlsx: the result sheets spliced in, read back by openpyxl', async () => {
  const { bytes, sheet, plan } = await samplePlan(DAM_HA);
  const spliced = splice(bytes, plan, [sheet]);
  expect(changedParts(spliced.input, spliced.output)).toEqual([]);
  const dir = mkdtempSync(join(tmpdir(), 'cchc-splice-'));
  try {
    const file = join(dir, 'dam-ha.xlsx');
    writeFileSync(file, spliced.bytes);
    const dump = openpyxlDump(file);
    expect(dump.sheets).toEqual([sheet, ...spliced.report.sheets.map((s) => s.name)]);
    const reference = join(dir, 'dam-ha-exceljs.xlsx');
    writeFileSync(reference, await excelJsOutput(bytes, sheet, plan));
    const theirs = openpyxlDump(reference);
    for (const s of spliced.report.sheets) expect(dump.by[s.name].cells).toEqual(theirs.by[s.name].cells);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

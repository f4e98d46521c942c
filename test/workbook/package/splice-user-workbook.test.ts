/**
 * A workbook with what ExcelJS used to drop: written by openpyxl with a chart, a comment,
 * conditional formatting, data validation, print titles, a workbook name and a sheet named like
 * ours; and the same as a macro-enabled .xlsm. The result sheets are spliced in; the user's parts
 * come back byte for byte, openpyxl and LibreOffice still see the user's objects and our sheets.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WritePlan } from '../../../src/appendix/types';
import { writeZip, ZipArchive } from '../../../src/workbook/package/zip';
import { requireTools } from '../../helpers/system-tools';
import {
  OPENPYXL_WORKBOOK,
  THANH_TRI,
  changedParts,
  openpyxlDump,
  python,
  samplePlan,
  splice,
  text,
  type Spliced,
} from './splice-fixtures';

const RESULT_SHEETS = ['Xếp hạng chung (2)', 'Xếp hạng lĩnh vực', 'Thống kê', 'Kết quả từng đơn vị'];
const MACRO_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const VBA_REL = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';

/** The workbook as a macro-enabled package: a VBA project part, its relationship and content types. */
function asXlsm(bytes: Uint8Array): { bytes: Uint8Array; vba: Uint8Array } {
  const zip = ZipArchive.open(bytes);
  const vba = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
  const types = text(zip, '[Content_Types].xml')
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', MACRO_MAIN)
    .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  const rels = text(zip, 'xl/_rels/workbook.xml.rels').replace('</Relationships>', `<Relationship Id="rIdVba" Type="${VBA_REL}" Target="vbaProject.bin"/></Relationships>`);
  const out = writeZip(zip, new Map([['[Content_Types].xml', encode(types)], ['xl/_rels/workbook.xml.rels', encode(rels)], ['xl/vbaProject.bin', vba]]));
  return { bytes: out, vba };
}

describe("a workbook written by openpyxl, with the user's chart, comment, validation and names", () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-splice-user-'));
  const input = join(dir, 'nguoi-dung.xlsx');
  const out = join(dir, 'nguoi-dung-xep-hang.xlsx');
  let plan: WritePlan;
  let spliced: Spliced;

  beforeAll(async () => {
    python(OPENPYXL_WORKBOOK, input);
    ({ plan } = await samplePlan(THANH_TRI));
    spliced = splice(new Uint8Array(readFileSync(input)), plan, ['Dữ liệu']);
    writeFileSync(out, spliced.bytes);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the user's parts are byte-identical: sheets, chart, drawing, comments, VML, theme", () => {
    expect(changedParts(spliced.input, spliced.output)).toEqual([]);
    const names = spliced.input.entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/comments/comment1.xml', 'xl/drawings/commentsDrawing1.vml', 'xl/theme/theme1.xml']));
    // Our chart takes numbers the user's parts do not use.
    expect(spliced.changes.has('xl/charts/chart2.xml') && spliced.changes.has('xl/drawings/drawing2.xml')).toBe(true);
    expect(spliced.report.sheets[0]).toEqual({ key: 'overall', name: 'Xếp hạng chung (2)', renamed: true, replaced: false });
  });

  test("openpyxl reads the user's objects as before, and our sheets", () => {
    const before = openpyxlDump(input);
    const after = openpyxlDump(out);
    expect(after.sheets).toEqual(['Dữ liệu', 'Xếp hạng chung', ...RESULT_SHEETS]);
    expect(after.by['Dữ liệu']).toEqual(before.by['Dữ liệu']);
    expect(after.by['Xếp hạng chung']).toEqual(before.by['Xếp hạng chung']);
    const data = after.by['Dữ liệu'];
    expect([data.charts, data.comments, data.validations, data.conditional, data.titles]).toEqual([1, { B2: 'Ghi chú của người dùng' }, ['B2:B4'], 1, '1:1']);
    expect(after.names).toEqual(expect.arrayContaining([['VungDiem', "'Dữ liệu'!$B$2:$B$4", null], ['CCHC_OWNED.overall', "'Xếp hạng chung (2)'!$A$1", null]]));
    expect(after.by['Xếp hạng chung (2)'].cells.B7).toBe('Xã Tam Hiệp');
    expect(after.by['Xếp hạng chung (2)'].titles).toBe('$6:$6');
    expect(after.by['Thống kê'].charts).toBe(1);
  });

  test("a re-run replaces only our sheets; the user's parts stay as they were in the input", () => {
    const again = splice(spliced.bytes, plan, ['Dữ liệu']);
    expect(again.report.sheets.map((s) => [s.name, s.replaced])).toEqual(RESULT_SHEETS.map((n) => [n, true]));
    const kept = spliced.input.entries.map((e) => e.name);
    expect(changedParts(spliced.input, again.output)).toEqual([]);
    expect(again.output.entries.map((e) => e.name)).toEqual(expect.arrayContaining(kept));
    expect(again.output.entries.filter((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name))).toHaveLength(2);
  });

  test("LibreOffice prints the user's chart and table and our sheets", () => {
    requireTools('soffice', 'pdftotext');
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'pipe', timeout: 120_000 });
    const pdf = execFileSync('pdftotext', ['-layout', out.replace(/\.xlsx$/, '.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toContain('Biểu đồ của người dùng');
    expect(pdf).toContain('Bảng của người dùng');
    expect(pdf).toMatch(/Xã Tam Hiệp\s+100\s+95,00\s+95,00\s+1\/15\s+Xuất sắc/);
  });

  test('as .xlsm: the VBA project is byte-identical, the package stays macro-enabled, openpyxl keeps the macros', () => {
    const xlsm = asXlsm(new Uint8Array(readFileSync(input)));
    const result = splice(xlsm.bytes, plan, ['Dữ liệu']);
    expect(changedParts(result.input, result.output)).toEqual([]);
    const vba = result.output.entry('xl/vbaProject.bin');
    expect(vba && Buffer.from(result.output.bytesOf('xl/vbaProject.bin') as Uint8Array).equals(Buffer.from(xlsm.vba))).toBe(true);
    expect(text(result.output, '[Content_Types].xml')).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${MACRO_MAIN}"/>`);
    expect(text(result.output, 'xl/_rels/workbook.xml.rels')).toContain(`Type="${VBA_REL}" Target="vbaProject.bin"`);
    const file = join(dir, 'nguoi-dung-xep-hang.xlsm');
    writeFileSync(file, result.bytes);
    const kept = python('import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1], keep_vba=True)\nprint(len(wb.vba_archive.read("xl/vbaProject.bin")), wb.sheetnames[-1])', file);
    expect(kept.trim()).toBe('4096 Kết quả từng đơn vị');
  });
});

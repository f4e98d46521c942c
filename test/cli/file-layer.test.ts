/**
 * The check of the file layer, through the command line: workbooks the project never
 * wrote (test/fixtures/programs: openpyxl with a chart, a comment, conditional formats, data
 * validation and a defined name; the same macro-enabled; the sample re-saved without cached
 * values; the sample as .xls and .ods) score to the same units, totals and ranks as the sample
 * .xlsx; the copy keeps every part of the input it did not need to touch byte for byte (macros
 * included); files that are no workbook exit 2 with one sentence and write nothing.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { writeProblemOf } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import type { JsonResult } from '../../src/engine/json';
import * as XLSX from '@e965/xlsx';
import { writeZip, ZipArchive } from '../../src/workbook/package/zip';
import { requireTools, SYSTEM_PYTHON } from '../helpers/system-tools';

const PROGRAMS = path.join(__dirname, '../fixtures/programs');
const SAMPLE = path.join(__dirname, '../../samples/thanh-tri-2021.xlsx');

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-files-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

async function score(input: string, out: string, ...flags: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli([input, '--json', '-', '--out', out, ...flags], { out: (t) => stdout.push(t), err: (t) => stderr.push(t) });
  const text = stdout.join('\n');
  return { code, stderr, json: text.startsWith('{') ? (JSON.parse(text) as JsonResult) : undefined };
}

const ranks = (json: JsonResult | undefined) => json?.units.map((u) => [u.name, u.total, u.rank]);

/** Every part's content, by name. */
function parts(file: string): Map<string, Buffer> {
  const zip = ZipArchive.open(new Uint8Array(fs.readFileSync(file)));
  return new Map(zip.entries.map((e) => [e.name, Buffer.from(zip.bytesOf(e.name) as Uint8Array)]));
}

/** The parts that list sheets or styles: the only ones a splice may change. */
const LISTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'docProps/app.xml']);

describe('workbooks from other programs', () => {
  let expected: unknown;
  beforeAll(async () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-sample-'));
    expected = ranks((await score(SAMPLE, path.join(d, 'o.xlsx'))).json);
    fs.rmSync(d, { recursive: true, force: true });
    expect(expected).toHaveLength(16);
  });

  it.each(['openpyxl-chart.xlsx', 'openpyxl-uncached.xlsx', 'thanh-tri-2021.xls', 'thanh-tri-2021.ods'])('%s scores to the sample’s ranks', async (name) => {
    const r = await score(path.join(PROGRAMS, name), path.join(dir, 'o.xlsx'));
    expect(r.code).toBe(0);
    expect(ranks(r.json)).toEqual(expected);
  });

  it('a chart, a comment, conditional formats, validation and a name of the user’s: every part kept byte for byte', async () => {
    const input = path.join(PROGRAMS, 'openpyxl-chart.xlsx');
    const out = path.join(dir, 'o.xlsx');
    expect((await score(input, out)).code).toBe(0);
    const before = parts(input);
    const after = parts(out);
    const changed = [...before].filter(([name, bytes]) => !LISTS.has(name) && !after.get(name)?.equals(bytes)).map(([name]) => name);
    expect(changed).toEqual([]);
    expect([...before.keys()].filter((name) => name.startsWith('xl/charts/') || name.includes('comments')).length).toBeGreaterThanOrEqual(2);
  });

  it('a macro-enabled workbook stays macro-enabled: .xlsm, its VBA part byte for byte, its main content type', async () => {
    const input = path.join(PROGRAMS, 'openpyxl-macro.xlsm');
    const out = path.join(dir, 'o.xlsm');
    expect((await score(input, out)).code).toBe(0);
    const before = parts(input);
    const after = parts(out);
    expect(after.get('xl/vbaProject.bin')?.equals(before.get('xl/vbaProject.bin') as Buffer)).toBe(true);
    expect(after.get('[Content_Types].xml')?.toString('utf8')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    const wrongName = await score(input, path.join(dir, 'o.xlsx'));
    expect(wrongName.code).toBe(2);
    expect(wrongName.stderr.join('\n')).toContain('phải có đuôi .xlsm');
  });

  it('openpyxl, a second reader, opens every copy and sees the ranking beside the user’s sheets', async () => {
    requireTools('openpyxl');
    const script = 'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nws = wb["Xếp hạng chung"]\nprint("|".join(wb.sheetnames)); print(ws["B7"].value, ws["F7"].value)';
    for (const [name, ext] of [['openpyxl-chart.xlsx', 'xlsx'], ['openpyxl-macro.xlsm', 'xlsm'], ['thanh-tri-2021.ods', 'xlsx']]) {
      const out = path.join(dir, `o.${ext}`);
      expect((await score(path.join(PROGRAMS, name), out)).code).toBe(0);
      const [sheets, first] = execFileSync(SYSTEM_PYTHON, ['-c', script, out], { encoding: 'utf8' }).trim().split('\n');
      expect(sheets.split('|')).toEqual(expect.arrayContaining(['Bảng chấm điểm', 'Xếp hạng chung', 'Xếp hạng lĩnh vực', 'Thống kê']));
      expect(first).toBe('Xã Tam Hiệp 1/15');
    }
  });
});

describe('files that are no workbook', () => {
  it.each([
    ['empty.xlsx', 'rỗng (0 byte)'],
    ['text.xlsx', 'là tệp văn bản'],
    ['cut-off.xlsx', 'bị cắt cụt'],
  ])('%s: exit 2, one sentence naming the file, nothing written, no library text', async (name, words) => {
    const out = path.join(dir, 'o.xlsx');
    const r = await score(path.join(PROGRAMS, name), out);
    expect(r.code).toBe(2);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toContain(name);
    expect(r.stderr[0]).toContain(words);
    expect(r.stderr[0]).not.toMatch(/zip|central directory|ENOENT|undefined|Error/i);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a password-protected workbook and a Strict Open XML one: what to do in Excel', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array(200));
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(9000));
    const locked = path.join(dir, 'co-mat-khau.xlsx');
    fs.writeFileSync(locked, new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>));
    const r1 = await score(locked, path.join(dir, 'o.xlsx'));
    expect([r1.code, r1.stderr]).toEqual([2, [`Tệp ${locked} được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi chạy lại.`]]);

    const sample = ZipArchive.open(new Uint8Array(fs.readFileSync(SAMPLE)));
    const strictXml = (sample.textOf('xl/workbook.xml') as string).replace(
      'http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main');
    const strict = path.join(dir, 'strict.xlsx');
    fs.writeFileSync(strict, writeZip(sample, new Map([['xl/workbook.xml', new TextEncoder().encode(strictXml)]])));
    const r2 = await score(strict, path.join(dir, 'o.xlsx'));
    expect(r2.code).toBe(2);
    expect(r2.stderr).toEqual([`Tệp ${strict} được lưu ở định dạng "Strict Open XML", chương trình chưa đọc được. Hãy mở bằng Excel và lưu lại dưới dạng "Sổ làm việc Excel (*.xlsx)".`]);
    expect(fs.existsSync(path.join(dir, 'o.xlsx'))).toBe(false);
  });

  it('a missing file, and the technical detail only with --verbose', async () => {
    const missing = await score(path.join(dir, 'khong-co.xlsx'), path.join(dir, 'o.xlsx'));
    expect([missing.code, missing.stderr]).toEqual([2, [`Không tìm thấy tệp ${path.join(dir, 'khong-co.xlsx')}. Hãy kiểm tra đường dẫn và tên tệp.`]]);
    const verbose = await score(path.join(PROGRAMS, 'cut-off.xlsx'), path.join(dir, 'o.xlsx'), '--verbose', '--lang', 'en');
    expect(verbose.stderr[0]).toContain('is cut off');
    expect(verbose.stderr[1]).toMatch(/^Technical detail: /);
  });

  it('an output folder that cannot be written: one sentence, nothing left behind, the input untouched', async () => {
    const notAFolder = path.join(dir, 'tep-thuong');
    fs.writeFileSync(notAFolder, 'x');
    const before = fs.readFileSync(SAMPLE);
    const r = await score(SAMPLE, path.join(notAFolder, 'o.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr.slice(-1)).toEqual([`Không ghi được ${path.join(notAFolder, 'o.xlsx')}: không có quyền ghi vào thư mục ${notAFolder}. Hãy chọn thư mục khác bằng --out; tệp đầu vào không bị thay đổi.`]);
    expect(fs.readFileSync(SAMPLE).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['tep-thuong']);
  });

  it.each([
    ['EACCES', 'folder-not-writable'], ['EROFS', 'folder-not-writable'], ['ENOSPC', 'disk-full'], ['EDQUOT', 'disk-full'],
    ['EBUSY', 'in-use'], ['EIO', 'failed'],
  ])('a write failing with %s is said as %s, however deep its cause', (code, problem) => {
    const cause = Object.assign(new Error('system'), { code });
    expect(writeProblemOf(new Error('Cannot write', { cause: new Error('wrapped', { cause }) }))).toBe(problem);
  });
});

/** The zip container: parts read as stored, copied unchanged byte for byte, changed, removed, added; damage named. */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { crc32, writeZip, ZipArchive, ZipError } from '../../../src/workbook/package/zip';
import { requireTools, SYSTEM_PYTHON } from '../../helpers/system-tools';

const SAMPLE = path.join(__dirname, '../../../samples/thanh-tri-2021.xlsx');
const text = (s: string) => new TextEncoder().encode(s);

describe('the zip container', () => {
  const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
  const zip = ZipArchive.open(bytes);

  it('lists the parts of a workbook saved by LibreOffice and reads them', () => {
    expect(zip.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    expect(zip.textOf('xl/workbook.xml')).toContain('<sheets>');
    expect(zip.textOf('XL/Workbook.XML')).toBe(zip.textOf('xl/workbook.xml'));
    expect(zip.bytesOf('xl/nothing.xml')).toBeUndefined();
    for (const e of zip.entries) expect(crc32(zip.bytesOf(e.name) as Uint8Array)).toBe(e.crc);
  });

  it('copies the parts not changed as stored, changes, removes and adds the others', () => {
    const out = writeZip(zip, new Map<string, Uint8Array | null>([
      ['xl/workbook.xml', text('<changed/>')], ['docProps/app.xml', null], ['xl/new.xml', text('<new/>')],
    ]));
    const again = ZipArchive.open(out);
    const kept = zip.entries.filter((e) => e.name !== 'xl/workbook.xml' && e.name !== 'docProps/app.xml');
    for (const e of kept) expect(Buffer.from(again.stored(again.entry(e.name)!)).equals(Buffer.from(zip.stored(e)))).toBe(true);
    expect(again.textOf('xl/workbook.xml')).toBe('<changed/>');
    expect(again.has('docProps/app.xml')).toBe(false);
    expect(again.entries[again.entries.length - 1].name).toBe('xl/new.xml');
    expect(again.entries.map((e) => e.name).indexOf('xl/workbook.xml')).toBe(zip.entries.map((e) => e.name).indexOf('xl/workbook.xml'));
  });

  it('a package written here is read by Python’s zipfile and by openpyxl', () => {
    requireTools('openpyxl');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-zip-'));
    try {
      const file = path.join(dir, 'copy.xlsx');
      fs.writeFileSync(file, writeZip(zip, new Map()));
      const script = 'import sys, zipfile, openpyxl\nz = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\nprint(openpyxl.load_workbook(sys.argv[1]).sheetnames[0])';
      expect(execFileSync(SYSTEM_PYTHON, ['-c', script, file], { encoding: 'utf8' }).trim()).toBe('Bảng chấm điểm');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const problemOf = (input: Uint8Array): string | undefined => {
    try {
      ZipArchive.open(input);
      return undefined;
    } catch (e) {
      return e instanceof ZipError ? e.problem : `not a ZipError: ${String(e)}`;
    }
  };

  it('an empty file, a text file, a package cut off: a ZipError saying why', () => {
    expect(problemOf(new Uint8Array(0))).toBe('not-zip');
    expect(problemOf(text('STT;Đơn vị;Điểm\n1;Xã An;9\n'))).toBe('not-zip');
    expect(problemOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('truncated');
  });

  it('a damaged part: a ZipError when it is read, the others still readable', () => {
    const out = writeZip(undefined, new Map([['a.xml', text('<a>'.repeat(100))], ['b.xml', text('<b/>')]]));
    const e = ZipArchive.open(out).entry('a.xml')!;
    expect(e.method).toBe(8);
    const copy = out.slice();
    const start = e.localOffset + 30 + e.rawName.length;
    copy.fill(0xff, start, start + e.compressedSize);
    const damaged = ZipArchive.open(copy);
    expect(() => damaged.bytesOf('a.xml')).toThrow(ZipError);
    expect(damaged.textOf('b.xml')).toBe('<b/>');
  });
});

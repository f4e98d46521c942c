/** Telling files apart by their bytes: every fixture from other programs, and an encrypted package. */
import * as XLSX from '@e965/xlsx';
import { cfbContentOf, fileKindOf, workbookFormatOf, zipContentOf } from '../../../src/workbook/legacy';
import { fixture } from './helpers';

describe('fileKindOf and workbookFormatOf, on the fixtures from other programs', () => {
  it.each([
    ['openpyxl-chart.xlsx', 'zip', 'xlsx'],
    ['openpyxl-macro.xlsm', 'zip', 'xlsx'],
    ['openpyxl-uncached.xlsx', 'zip', 'xlsx'],
    ['thanh-tri-2021.xls', 'cfb', 'xls'],
    ['openpyxl-chart.xls', 'cfb', 'xls'],
    ['thanh-tri-2021.ods', 'zip', 'ods'],
    ['openpyxl-chart.ods', 'zip', 'ods'],
    ['empty.xlsx', 'empty', 'empty'],
    ['text.xlsx', 'text', 'text'],
    ['cut-off.xlsx', 'zip', 'damaged'],
  ])('%s: %s, %s', (file, kind, format) => {
    const bytes = fixture(file);
    expect(fileKindOf(bytes)).toBe(kind);
    expect(workbookFormatOf(bytes)).toBe(format);
  });
});

describe('inside a zip', () => {
  it('OOXML by [Content_Types].xml, ODS by its mimetype, a damaged container named', () => {
    expect(zipContentOf(fixture('openpyxl-macro.xlsm'))).toBe('ooxml');
    expect(zipContentOf(fixture('openpyxl-chart.ods'))).toBe('ods');
    expect(zipContentOf(fixture('cut-off.xlsx'))).toBe('damaged');
  });
});

describe('inside a compound file', () => {
  const cfbOf = (streams: Record<string, number>): Uint8Array => {
    const cfb = XLSX.CFB.utils.cfb_new();
    for (const [name, size] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, name, new Uint8Array(size));
    return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
  };

  it('a BIFF workbook: a Workbook stream (Book for Excel 5), no VBA project in the samples', () => {
    expect(cfbContentOf(fixture('thanh-tri-2021.xls'))).toEqual({ content: 'xls', macros: false });
    expect(cfbContentOf(cfbOf({ Book: 5000 }))).toEqual({ content: 'xls', macros: false });
  });

  it('an .xlsx encrypted with a password: EncryptionInfo and EncryptedPackage', () => {
    const bytes = cfbOf({ EncryptionInfo: 200, EncryptedPackage: 9000 });
    expect(fileKindOf(bytes)).toBe('cfb');
    expect(cfbContentOf(bytes).content).toBe('encrypted-ooxml');
    expect(workbookFormatOf(bytes)).toBe('encrypted');
  });

  it('another document (a .doc), and a compound file cut off', () => {
    expect(cfbContentOf(cfbOf({ WordDocument: 5000 })).content).toBe('other');
    expect(workbookFormatOf(cfbOf({ WordDocument: 5000 }))).toBe('other');
    const xls = fixture('thanh-tri-2021.xls');
    expect(cfbContentOf(xls.subarray(0, xls.length >> 1)).content).toBe('damaged');
  });
});

describe('text and everything else', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('text: UTF-8 without control characters, or a UTF-16 byte-order mark', () => {
    expect(fileKindOf(utf8('<html><body><table><tr><td>Điểm</td></tr></table></body></html>'))).toBe('text');
    expect(fileKindOf(bytes(0xff, 0xfe, 0x53, 0x00))).toBe('text');
    // A multi-byte character cut by the 8 KB sample's end is still text.
    expect(fileKindOf(utf8('a'.repeat(8191) + 'ữ' + 'b'.repeat(100)))).toBe('text');
  });

  it('binary that is no container: unknown, "other"', () => {
    expect(fileKindOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('unknown');
    expect(workbookFormatOf(bytes(0x09, 0x08, 0x10, 0x00, 0x00, 0x06))).toBe('other');
  });
});

/**
 * A workbook written by openpyxl (a chart, a comment, conditional formats, data validation, a
 * defined name, a merged title, hidden rows, columns and sheet) and saved as .xls and .ods by
 * LibreOffice: its grids, and what the new .xlsx will not carry over. Files that are not what
 * they claim, cut off or encrypted are refused with a typed error.
 */
import * as XLSX from '@e965/xlsx';
import { writeZip, ZipArchive } from '../../../src/workbook/package/zip';
import { scoreSheet } from '../../../src/engine/score';
import { cfbContentOf, LegacyReadError, readLegacyWorkbook, type LegacyWorkbook } from '../../../src/workbook/legacy';
import { openFormulaToA1 } from '../../../src/workbook/legacy/ods-content';
import { at, fixture } from './helpers';

describe.each([
  ['openpyxl-chart.xls', 'xls'],
  ['openpyxl-chart.ods', 'ods'],
] as const)('%s (openpyxl, saved by LibreOffice)', (file, kind) => {
  let workbook: LegacyWorkbook;
  beforeAll(async () => {
    workbook = await readLegacyWorkbook(fixture(file), kind);
  });
  const sheet = (name: string) => {
    const found = workbook.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };

  it('lists what the new .xlsx will not have', () => {
    expect(workbook.notCarried).toEqual(['formulas', 'formats', 'charts', 'comments', 'conditional-formats', 'data-validation', 'names']);
  });

  it('every sheet in tab order; the hidden one marked', () => {
    expect(workbook.sheets.map((s) => [s.name, s.visible])).toEqual([['Bảng chấm điểm', true], ['Theo dõi', true], ['Danh mục', false]]);
    expect(sheet('Danh mục').grid.values).toEqual([['Mã', 'Đơn vị'], ['VD', 'Thị trấn Văn Điển']]);
  });

  it('the scoring sheet holds plain numbers (openpyxl wrote no formulas there)', () => {
    const grid = sheet('Bảng chấm điểm').grid;
    expect(at(grid, 'D5')).toEqual({ value: 13, kind: 'Double', formula: false });
    expect(grid.formulas?.some((row) => row.includes(true))).toBe(false);
  });

  it('the user’s sheet: merged title, hidden row 7 and column D, a date as its serial, a cached error', () => {
    const grid = sheet('Theo dõi').grid;
    expect(grid.values).toHaveLength(10);
    expect(grid.values[0]).toHaveLength(4);
    expect(grid.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(at(grid, 'A1')).toEqual({ value: 'Theo dõi tiến độ nộp hồ sơ', kind: 'String', formula: false });
    expect(at(grid, 'B1')).toEqual({ value: '', kind: 'Empty', formula: false });
    expect(grid.hiddenRows).toEqual([6]);
    expect(grid.hiddenCols).toEqual([3]);
    expect(at(grid, 'D3')).toEqual({ value: 'ẩn', kind: 'String', formula: false });
    expect(at(grid, 'B9')).toEqual({ value: 44576, kind: 'Double', formula: false });
    expect(at(grid, 'C9')).toEqual({ value: '#DIV/0!', kind: 'Error', formula: true });
    // LibreOffice keeps openpyxl's TRUE as the formula =TRUE(): a boolean in .xls, 1 in .ods.
    expect(at(grid, 'B10')).toEqual(kind === 'xls' ? { value: true, kind: 'Boolean', formula: true } : { value: 1, kind: 'Double', formula: true });
  });

  it('the active sheet is known from an .xls (WINDOW1), not from an .ods saved without a view', () => {
    expect(workbook.activeSheet).toBe(kind === 'xls' ? 'Bảng chấm điểm' : undefined);
  });
});

describe('what SheetJS does not say, read from the files themselves', () => {
  it('an .xls with a VBA project: macros', async () => {
    const vba = ZipArchive.open(fixture('openpyxl-macro.xlsm')).bytesOf('xl/vbaProject.bin');
    const book = XLSX.read(fixture('thanh-tri-2021.xls'), { type: 'array' });
    book.vbaraw = vba;
    const bytes = new Uint8Array(XLSX.write(book, { bookType: 'xls', bookVBA: true, type: 'array' }) as ArrayBuffer);
    expect(cfbContentOf(bytes)).toEqual({ content: 'xls', macros: true });
    const workbook = await readLegacyWorkbook(bytes, 'xls');
    expect(workbook.notCarried).toContain('macros');
    expect(workbook.sheets[0].grid.values[4][3]).toBe(13);
  });

  it('the active table of an .ods (settings.xml), and an .ods with Basic macros', async () => {
    const ods = ZipArchive.open(fixture('openpyxl-chart.ods'));
    const settings = (ods.textOf('settings.xml') ?? '').replace('<config:config-item-set config:name="ooo:view-settings">',
      '<config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
      + '<config:config-item config:name="ActiveTable" config:type="string">Theo dõi</config:config-item>'
      + '</config:config-item-map-entry></config:config-item-map-indexed>');
    const changed = writeZip(ods, new Map([
      ['settings.xml', new TextEncoder().encode(settings)],
      ['Basic/Standard/Module1.xml', new TextEncoder().encode('<script:module script:name="Module1">Sub Main\nEnd Sub</script:module>')],
    ]));
    const workbook = await readLegacyWorkbook(changed, 'ods');
    expect(workbook.activeSheet).toBe('Theo dõi');
    expect(workbook.notCarried).toContain('macros');
  });
});

describe('an .ods whose formulas were stored without values (written by a program that does not calculate)', () => {
  it('lists them as uncached, in A1 style, flagged; the engine calculates them and the ranks stay', async () => {
    const ods = ZipArchive.open(fixture('thanh-tri-2021.ods'));
    // Drop the values LibreOffice cached for C5 (the component's maximum) and D5 (a unit's subtotal).
    const content = (ods.textOf('content.xml') ?? '').replace(
      /(table:formula="of:=\[\.[CD]6\][^"]*")[^>]*><text:p>[^<]*<\/text:p>/g, (_m, formula: string) => `${formula}>`,
    );
    const bytes = writeZip(ods, new Map([['content.xml', new TextEncoder().encode(content)]]));
    const grid = (await readLegacyWorkbook(bytes, 'ods')).sheets[0].grid;
    expect(grid.uncached).toEqual([
      { row: 4, col: 2, formula: 'C6+C9+C10+C11+C12+C13' },
      { row: 4, col: 3, formula: 'D6+D9+D10+D11+D12+D13' },
    ]);
    expect(at(grid, 'D5')).toEqual({ value: '', kind: 'Empty', formula: true });
    const before = scoreSheet((await readLegacyWorkbook(fixture('thanh-tri-2021.ods'), 'ods')).sheets[0].grid);
    const after = scoreSheet(grid);
    if (!before.ok || !after.ok) throw new Error('both should score');
    expect(after.result.units.map((u) => [u.name, u.total, u.rank])).toEqual(before.result.units.map((u) => [u.name, u.total, u.rank]));
  });

  it('OpenFormula to A1: references, sheets, ranges, argument separators; strings untouched', () => {
    expect(openFormulaToA1('of:=[.C6]+[.C9]')).toBe('C6+C9');
    expect(openFormulaToA1("of:=SUM([.D6:.D8];[$'Tổng hợp 2'.$A$1])")).toBe("SUM(D6:D8,'Tổng hợp 2'!$A$1)");
    expect(openFormulaToA1('of:=IF([.A1]="a;[b]";1;2)')).toBe('IF(A1="a;[b]",1,2)');
  });
});

describe('refusals: a LegacyReadError saying why', () => {
  const problemOf = async (bytes: Uint8Array, kind: 'xls' | 'ods'): Promise<string> => {
    try {
      await readLegacyWorkbook(bytes, kind);
      return 'read';
    } catch (e) {
      return e instanceof LegacyReadError ? `${e.problem} (${e.code})` : `not a LegacyReadError: ${String(e)}`;
    }
  };

  it('a file that is not the kind named', async () => {
    expect(await problemOf(fixture('text.xlsx'), 'xls')).toBe('wrong-kind (read-failed)');
    expect(await problemOf(fixture('empty.xlsx'), 'ods')).toBe('wrong-kind (read-failed)');
    expect(await problemOf(fixture('thanh-tri-2021.ods'), 'xls')).toBe('wrong-kind (read-failed)');
    expect(await problemOf(fixture('thanh-tri-2021.xls'), 'ods')).toBe('wrong-kind (read-failed)');
    expect(await problemOf(fixture('openpyxl-chart.xlsx'), 'ods')).toBe('wrong-kind (read-failed)');
  });

  it('a file cut off', async () => {
    const xls = fixture('thanh-tri-2021.xls');
    const ods = fixture('thanh-tri-2021.ods');
    expect(await problemOf(xls.subarray(0, xls.length >> 1), 'xls')).toBe('damaged (read-failed)');
    expect(await problemOf(ods.subarray(0, ods.length >> 1), 'ods')).toBe('damaged (read-failed)');
  });

  it('an .xlsx encrypted with a password (a compound file with EncryptionInfo and EncryptedPackage)', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(5000));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
    expect(await problemOf(bytes, 'xls')).toBe('encrypted (unsupported)');
  });
});

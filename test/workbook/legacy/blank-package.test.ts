/**
 * The base .xlsx made of an .xls or .ods file's values opens in openpyxl, LibreOffice and the
 * xlsx adapter (ExcelJS) with the same cells, merged areas, hidden rows, columns and sheets.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { SheetGrid } from '../../../src/engine/grid';
import { scoreSheet } from '../../../src/engine/score';
import { blankPackage, blankPackageOf, readLegacyWorkbook, type LegacyWorkbook } from '../../../src/workbook/legacy';
import { ZipArchive } from '../../../src/workbook/package/zip';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { requireTools, SYSTEM_PYTHON } from '../../helpers/system-tools';
import { fixture } from './helpers';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-legacy-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What openpyxl sees: per sheet, its state, rows of values, merged ranges, hidden rows and columns. */
const OPENPYXL = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {'active': wb.active.title, 'sheets': []}
for ws in wb.worksheets:
    rows = [[c.value for c in row] for row in ws.iter_rows()] if ws.max_row > 1 or ws['A1'].value is not None else []
    out['sheets'].append({
        'name': ws.title, 'state': ws.sheet_state, 'rows': rows,
        'merges': sorted(str(r) for r in ws.merged_cells.ranges),
        'hiddenRows': sorted(k - 1 for k, d in ws.row_dimensions.items() if d.hidden),
        'hiddenCols': sorted(i - 1 for d in ws.column_dimensions.values() if d.hidden for i in range(d.min, d.max + 1)),
    })
print(json.dumps(out, ensure_ascii=False))
`;

interface Seen {
  active: string;
  sheets: { name: string; state: string; rows: unknown[][]; merges: string[]; hiddenRows: number[]; hiddenCols: number[] }[];
}

function openpyxlSees(bytes: Uint8Array, name: string): Seen {
  requireTools('openpyxl');
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return JSON.parse(execFileSync(SYSTEM_PYTHON, ['-c', OPENPYXL, file], { encoding: 'utf8' })) as Seen;
}

/** A grid's values as openpyxl gives them: "" as None, errors and texts as strings. */
const asOpenpyxl = (grid: SheetGrid) => grid.values.map((row) => row.map((v) => (v === '' ? null : v)));

describe.each([
  ['openpyxl-chart.xls', 'xls'],
  ['openpyxl-chart.ods', 'ods'],
] as const)('the base package of %s', (file, kind) => {
  let workbook: LegacyWorkbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    workbook = await readLegacyWorkbook(fixture(file), kind);
    bytes = blankPackageOf(workbook);
  });

  it('is small, and holds only the parts a minimal package needs', () => {
    expect(bytes.length).toBeLessThan(20_000);
    expect(ZipArchive.open(bytes).entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml',
      'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml',
    ]);
  });

  it('opens in openpyxl with the same cells, merges, hidden rows, columns and sheet', () => {
    const seen = openpyxlSees(bytes, `${kind}.xlsx`);
    expect(seen.active).toBe('Bảng chấm điểm');
    expect(seen.sheets.map((s) => [s.name, s.state])).toEqual([['Bảng chấm điểm', 'visible'], ['Theo dõi', 'visible'], ['Danh mục', 'hidden']]);
    workbook.sheets.forEach((sheet, i) => expect(seen.sheets[i].rows).toEqual(asOpenpyxl(sheet.grid)));
    expect(seen.sheets[1]).toMatchObject({ merges: ['A1:C1'], hiddenRows: [6], hiddenCols: [3] });
    expect(seen.sheets[1].rows[8]).toEqual(['Cập nhật', 44576, '#DIV/0!', null]);
  });

  it('reads back through the xlsx adapter to the same grids, formulas gone, and scores the same', async () => {
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    for (const sheet of workbook.sheets) {
      const grid = await wb.readSheet(sheet.name);
      expect(grid.values).toEqual(sheet.grid.values);
      expect(grid.kinds).toEqual(sheet.grid.kinds);
      expect(grid.merges).toEqual(sheet.grid.merges);
      expect(grid.hiddenRows).toEqual(sheet.grid.hiddenRows);
      expect(grid.hiddenCols).toEqual(sheet.grid.hiddenCols);
      expect(grid.formulas?.some((row) => row.includes(true))).toBe(false);
    }
    const again = scoreSheet(await wb.readSheet('Bảng chấm điểm'));
    const first = scoreSheet(workbook.sheets[0].grid);
    if (!again.ok || !first.ok) throw new Error('both should score');
    expect(again.result.units.map((u) => [u.name, u.total, u.rank])).toEqual(first.result.units.map((u) => [u.name, u.total, u.rank]));
  });
});

describe('the base package of the sample .xls in LibreOffice', () => {
  it('converts to CSV, every sheet with the values of the original', async () => {
    requireTools('soffice');
    const workbook = await readLegacyWorkbook(fixture('openpyxl-chart.xls'), 'xls');
    const file = path.join(dir, 'lo.xlsx');
    // Texts SpreadsheetML must escape (_xHHHH_), which openpyxl and ExcelJS do not undo in inline
    // strings (Excel and LibreOffice do): a control character, and text that looks like an escape.
    const escapes = { name: 'Thoát', grid: { sheetName: 'Thoát', values: [['_x0041_ giữ nguyên', 'chuông\u0007', '_x005F_']] } };
    fs.writeFileSync(file, blankPackage([...workbook.sheets.map((s) => ({ ...s, hidden: !s.visible })), escapes]));
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file],
    { stdio: 'pipe', timeout: 180_000 });
    const csv = (sheet: string) => fs.readFileSync(path.join(dir, `lo-${sheet}.csv`), 'utf8').split('\n');
    expect(csv('Bảng chấm điểm')[3]).toMatch(/^STT,Nội dung tiêu chí,Điểm tối đa,Thị trấn Văn Điển,/);
    expect(csv('Bảng chấm điểm')[54]).toBe(',Tổng cộng,100,89,91,79,92.5,95,94.25,89.25,78.75,82.25,80.5,79,83.5,91.5,77.75,79.75,89.5,');
    expect(csv('Theo dõi').slice(0, 3)).toEqual(['Theo dõi tiến độ nộp hồ sơ,,,', 'Đơn vị,Số hồ sơ,Đúng hạn (%),Ghi chú nội bộ', 'Thị trấn Văn Điển,120,96.5,ẩn']);
    expect(csv('Theo dõi').slice(8, 10)).toEqual(['Cập nhật,44576,#DIV/0!,', 'Đã duyệt,TRUE,,']);
    expect(csv('Danh mục')[1]).toBe('VD,Thị trấn Văn Điển');
    expect(csv('Thoát')[0]).toBe('_x0041_ giữ nguyên,chuông\u0007,_x005F_');
  }, 240_000);
});

describe('blankPackage on grids', () => {
  const grid = (values: SheetGrid['values'], extra: Partial<SheetGrid> = {}): SheetGrid => ({ sheetName: 'x', values, ...extra });

  it('texts come back as typed: spaces, markup, tabs, line breaks, error-looking text', () => {
    const texts = ['  lề trái', 'a < b & c > "d"', 'tab\there', 'dòng 1\ndòng 2', 'cuối ', '#N/A'];
    const seen = openpyxlSees(blankPackage([{ name: 'Văn bản', grid: grid([texts]) }]), 'texts.xlsx');
    expect(seen.sheets[0].rows).toEqual([texts]);
  });

  it('errors by their kind (an error-looking text, or a grid without kinds: text); numbers, booleans', () => {
    const bytes = blankPackage([{
      name: 'Giá trị',
      grid: grid([['#REF!', '#DIV/0!', 0.1, -0, 1e-7, 123456789.125, true, false, null, '']], { kinds: [['Error', 'String', 'Double', 'Double', 'Double', 'Double', 'Boolean', 'Boolean', 'Empty', 'Empty']] }),
    }, { name: 'Không loại', grid: grid([['#NAME?', '#KHÔNG']]) }]);
    const text = ZipArchive.open(bytes).textOf('xl/worksheets/sheet1.xml') ?? '';
    expect(text).toContain('<c r="A1" t="e"><v>#REF!</v></c>');
    expect(text).toContain('<c r="B1" t="inlineStr">');
    expect(ZipArchive.open(bytes).textOf('xl/worksheets/sheet2.xml')).toContain('<c r="A1" t="inlineStr">');
    const seen = openpyxlSees(bytes, 'values.xlsx');
    expect(seen.sheets[0].rows).toEqual([['#REF!', '#DIV/0!', 0.1, 0, 1e-7, 123456789.125, true, false]]);
    expect(seen.sheets[1].rows).toEqual([['#NAME?', '#KHÔNG']]);
  });

  it('a grid not at A1 is placed where it is; hidden rows without cells are written', () => {
    const bytes = blankPackage([{ name: 'Lệch', grid: grid([[1, 2]], { originRow: 2, originCol: 1, hiddenRows: [0, 5], hiddenCols: [4, 5, 7] }) }]);
    const seen = openpyxlSees(bytes, 'offset.xlsx');
    expect(seen.sheets[0].rows).toEqual([[null, null, null], [null, null, null], [null, 1, 2]]);
    expect(seen.sheets[0]).toMatchObject({ hiddenRows: [0, 5], hiddenCols: [4, 5, 7] });
  });

  it('no sheet: one empty Sheet1; every sheet hidden: the first shown; the active sheet; 1904 dates', () => {
    expect(openpyxlSees(blankPackage([]), 'none.xlsx').sheets.map((s) => s.name)).toEqual(['Sheet1']);
    const hidden = blankPackage([{ name: 'A', grid: grid([[1]]), hidden: true }, { name: 'B', grid: grid([[2]]), hidden: true }]);
    expect(openpyxlSees(hidden, 'hidden.xlsx').sheets.map((s) => s.state)).toEqual(['visible', 'hidden']);
    const active = blankPackage([{ name: 'A', grid: grid([[1]]) }, { name: 'B', grid: grid([[2]]) }], { activeSheet: 'B', date1904: true });
    expect(openpyxlSees(active, 'active.xlsx').active).toBe('B');
    expect(ZipArchive.open(active).textOf('xl/workbook.xml')).toContain('<workbookPr date1904="1"/>');
  });

  it('refuses a number no workbook can hold', () => {
    expect(() => blankPackage([{ name: 'A', grid: grid([[Number.NaN]]) }])).toThrow(RangeError);
  });
});

/**
 * Every kind of cell the package reader meets: workbooks built with ExcelJS (compared with the
 * ExcelJS adapter's grid) and hand-written XML for what ExcelJS does not write or misreads
 * (shared formulas without values, inline and rich strings, `t="d"`, rows without `r`,
 * namespace prefixes, CDATA).
 */
import ExcelJS from 'exceljs';
import { parseA1, type SheetGrid } from '../../../src/engine/grid';
import { PackageWorkbook } from '../../../src/workbook/package';
import { readWorksheetXml } from '../../../src/workbook/package/read-sheet';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { oneSheet, sheetXml } from './read-package-builder';

function cell(grid: SheetGrid, address: string): [unknown, unknown, unknown] {
  const p = parseA1(address);
  if (!p) throw new Error(address);
  return [grid.values[p.row]?.[p.col], grid.kinds?.[p.row]?.[p.col], grid.formulas?.[p.row]?.[p.col]];
}

async function read(bytes: Uint8Array, sheet = 'Dữ liệu'): Promise<SheetGrid> {
  return PackageWorkbook.fromBytes(bytes).readSheet(sheet);
}

function withoutUncached(grid: SheetGrid): SheetGrid {
  const copy = { ...grid };
  delete copy.uncached;
  return copy;
}

describe('a workbook written by ExcelJS reads as the ExcelJS adapter reads it', () => {
  let bytes: Uint8Array;
  let grid: SheetGrid;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    ws.getCell('A1').value = { error: '#N/A' };
    ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('A3').value = { richText: [{ text: 'Xã ', font: { bold: true } }, { text: 'Đồng Tâm' }] };
    ws.getCell('A4').value = { text: 'Cổng thông tin', hyperlink: 'https://example.org/' };
    ws.getCell('A5').value = '1,25';
    ws.getCell('A6').value = '1.25';
    ws.getCell('A7').value = new Date(Date.UTC(2021, 11, 31));
    ws.getCell('A8').value = true;
    ws.getCell('A9').value = { formula: 'A5&"x"', result: 'kết quả' };
    ws.getCell('A10').value = { formula: 'A8', result: false };
    ws.getCell('A11').value = { formula: 'Z99' };
    ws.getCell('A12').value = 0.1;
    ws.getCell('A12').numFmt = 'dd/mm/yyyy';
    ws.getCell('A13').value = '   ';
    ws.getCell('A14').value = { formula: 'B1-B1', result: 0 };
    ws.getCell('A15').value = 'a & b < c > d "e" \'f\'';
    ws.getCell('A16').value = -0.30000000000000004;
    ws.getCell('A17').value = 1e-7;
    ws.getCell('A18').value = 123456789012345680000;
    ws.getCell('B1').value = 2;
    ws.getCell('B2').value = 3;
    ws.getCell('C1').value = { formula: 'B1*2', result: 4, shareType: 'shared', ref: 'C1:C2' } as ExcelJS.CellFormulaValue;
    ws.getCell('C2').value = { sharedFormula: 'C1', result: 6 };
    ws.getCell('D1').value = 'Tên gộp';
    ws.mergeCells('D1:E2');
    ws.getCell('F18').value = 'cuối';
    ws.getCell('H30').style = { font: { bold: true } }; // a style alone: not in the grid
    ws.getRow(3).hidden = true;
    ws.getColumn('B').hidden = true;
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    grid = await read(bytes);
  });

  test('the same grid as the ExcelJS adapter', async () => {
    const excel = await (await XlsxWorkbook.fromBuffer(bytes)).readSheet('Dữ liệu');
    expect(withoutUncached(grid)).toEqual(excel);
  });

  test('values, kinds and formula flags', () => {
    expect(cell(grid, 'A1')).toEqual(['#N/A', 'Error', false]);
    expect(cell(grid, 'A2')).toEqual(['#DIV/0!', 'Error', true]);
    expect(cell(grid, 'A3')).toEqual(['Xã Đồng Tâm', 'String', false]);
    expect(cell(grid, 'A4')).toEqual(['Cổng thông tin', 'String', false]);
    expect(cell(grid, 'A7')).toEqual([44561, 'Double', false]);
    expect(cell(grid, 'A10')).toEqual([false, 'Boolean', true]);
    expect(cell(grid, 'A11')).toEqual(['', 'Empty', true]);
    expect(cell(grid, 'A12')).toEqual([0.1, 'Double', false]);
    expect(cell(grid, 'A14')).toEqual([0, 'Double', true]);
    expect(cell(grid, 'A15')).toEqual(['a & b < c > d "e" \'f\'', 'String', false]);
    expect(cell(grid, 'A16')).toEqual([-0.30000000000000004, 'Double', false]);
    expect(cell(grid, 'A17')).toEqual([1e-7, 'Double', false]);
    expect(cell(grid, 'A18')).toEqual([123456789012345680000, 'Double', false]);
    expect(cell(grid, 'C2')).toEqual([6, 'Double', true]);
    expect(cell(grid, 'E2')).toEqual(['', 'Empty', false]);
  });

  test('the formula without a value is listed as uncached, with its text', () => {
    expect(grid.uncached).toEqual([{ row: 10, col: 0, formula: 'Z99' }]);
  });

  test('extent, merges, hidden rows and columns', () => {
    expect(grid.values).toHaveLength(18);
    for (const row of grid.values) expect(row).toHaveLength(6);
    expect(grid.merges).toEqual([{ row: 0, col: 3, rows: 2, cols: 2 }]);
    expect(grid.hiddenRows).toEqual([2]);
    expect(grid.hiddenCols).toEqual([1]);
  });
});

test('a workbook in the 1904 date system gives 1904 serials (as the ExcelJS adapter)', async () => {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  wb.addWorksheet('Dữ liệu').getCell('A1').value = new Date(Date.UTC(2021, 11, 31));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  expect(cell(await read(bytes), 'A1')).toEqual([44561 - 1462, 'Double', false]);
});

describe('hand-written cells', () => {
  test('shared strings: rich text runs joined, phonetic runs left out, escapes and entities decoded', async () => {
    const strings = [
      '<si><t>Xã Đồng Tâm</t></si>',
      '<si><r><rPr><b/></rPr><t xml:space="preserve">Xã </t></r><r><t>An &amp; Đức</t></r></si>',
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
      '<si><t>dòng 1_x000D__x000A_dòng 2 _x005F_x0041_ &#x1F600; &#65;</t></si>',
      '<si><t/></si>',
      '<si/>',
      '<si><t xml:space="preserve">  hai dấu cách  </t></si>',
    ];
    const rows = '<row r="1">' + strings.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join('') + '</row>';
    const grid = await read(oneSheet(rows, { strings }));
    expect(grid.values[0]).toEqual(['Xã Đồng Tâm', 'Xã An & Đức', '東京', 'dòng 1\r\ndòng 2 _x0041_ 😀 A', '', '', '  hai dấu cách  ']);
    expect(grid.kinds?.[0]).toEqual(['String', 'String', 'String', 'String', 'Empty', 'Empty', 'String']);
  });

  test('inline strings, plain and rich; formula strings; booleans; errors', async () => {
    const rows = '<row r="1">'
      + '<c r="A1" t="inlineStr"><is><t>Xã Mới</t></is></c>'
      + '<c r="B1" t="inlineStr"><is><r><t>Xã </t></r><r><rPr><i/></rPr><t>Cũ</t></r></is></c>'
      + '<c r="C1" t="str"><f>A1&amp;"!"</f><v>Xã Mới!</v></c>'
      + '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>'
      + '<c r="F1" t="e"><v>#REF!</v></c><c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
      + '<c r="H1" t="str"><f>IF(1,"","x")</f><v></v></c>'
      + '</row>';
    const grid = await read(oneSheet(rows));
    expect(grid.values[0]).toEqual(['Xã Mới', 'Xã Cũ', 'Xã Mới!', true, false, '#REF!', '#DIV/0!', '']);
    expect(grid.kinds?.[0]).toEqual(['String', 'String', 'String', 'Boolean', 'Boolean', 'Error', 'Error', 'Empty']);
    expect(grid.formulas?.[0]).toEqual([false, false, true, false, false, false, true, true]);
    expect(grid.uncached).toBeUndefined(); // H1's value is the empty string: calculated
  });

  test('t="d" dates become serials in the workbook\'s date system (ExcelJS reads 2021)', async () => {
    const rows = '<row r="1"><c r="A1" t="d"><v>2021-12-31T00:00:00Z</v></c><c r="B1" t="d"><v>2021-12-31T12:00:00</v></c>'
      + '<c r="C1" t="d"><v>1900-01-01</v></c><c r="D1" t="d"><v>1900-03-01</v></c><c r="E1" t="d"><v>không phải ngày</v></c></row>';
    expect((await read(oneSheet(rows))).values[0]).toEqual([44561, 44561.5, 1, 61, 'không phải ngày']);
    expect((await read(oneSheet(rows, { date1904: true }))).values[0].slice(0, 2)).toEqual([44561 - 1462, 44561.5 - 1462]);
  });

  test('formulas without values: uncached, with their text; shared formulas moved to each cell', async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>'
      + '<c r="C1"><f t="shared" ref="C1:C3" si="0">A1+$B$1*B1</f></c>'
      + '<c r="D1"><f t="shared" ref="D1:D2" si="1">SUM(A:A)</f><v>5</v></c>'
      + '<c r="E1"><f>SUM(A1:B1)</f><v></v></c></row>'
      + '<row r="2"><c r="C2"><f t="shared" si="0"/></c><c r="D2"><f t="shared" si="1"/></c></row>'
      + '<row r="3"><c r="C3"><f t="shared" si="0"/><v>7</v></c><c r="E3"><f>"a"&amp;"&lt;b&gt;"</f></c></row>';
    const grid = await read(oneSheet(rows));
    expect(grid.uncached).toEqual([
      { row: 0, col: 2, formula: 'A1+$B$1*B1' },
      { row: 0, col: 4, formula: 'SUM(A1:B1)' },
      { row: 1, col: 2, formula: 'A2+$B$1*B2' },
      { row: 1, col: 3, formula: 'SUM(A:A)' }, // a whole-column range: the master's text as it is
      { row: 2, col: 4, formula: '"a"&"<b>"' },
    ]);
    expect(cell(grid, 'C2')).toEqual(['', 'Empty', true]);
    expect(cell(grid, 'C3')).toEqual([7, 'Double', true]);
    expect(cell(grid, 'D1')).toEqual([5, 'Double', true]);
  });

  test('rows and cells without r are counted in order', async () => {
    const rows = '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>'
      + '<row r="3"><c><v>31</v></c></row><row><c r="B4"><v>42</v></c></row>';
    const grid = await read(oneSheet(rows));
    expect(grid.values).toEqual([
      [1, 2, '', '', 5, 6],
      ['', '', '', '', '', ''],
      [31, '', '', '', '', ''],
      ['', 42, '', '', '', ''],
    ]);
  });

  test('a namespace prefix (x:), comments, CDATA and single quotes are read', async () => {
    const rows = '<x:row r="1"><!-- a comment --><x:c r=\'A1\' t="inlineStr"><x:is><x:t><![CDATA[a < b & c]]></x:t></x:is></x:c>'
      + '<x:c r="B1"><x:v>2.5</x:v></x:c><x:c r="C1" t="str"><x:v><![CDATA[x]]>&amp;y</x:v></x:c></x:row>';
    const grid = await read(oneSheet(rows, { prefix: 'x', tail: '<x:mergeCells><x:mergeCell ref="A2:B2"/></x:mergeCells>' }));
    expect(grid.values).toEqual([['a < b & c', 2.5, 'x&y'], ['', '', '']]);
    expect(grid.merges).toEqual([{ row: 1, col: 0, rows: 1, cols: 2 }]);
  });

  test('merged areas: the top-left keeps its value, the rest reads empty, the area is in the extent', async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Tiêu đề</t></is></c><c r="B1"><v>9</v></c><c r="C1"><f>1+1</f></c></row>';
    const grid = await read(oneSheet(rows, { tail: '<mergeCells count="1"><mergeCell ref="A1:D3"/></mergeCells>' }));
    expect(grid.values).toEqual([['Tiêu đề', '', '', ''], ['', '', '', ''], ['', '', '', '']]);
    expect(grid.formulas?.[0]).toEqual([false, false, false, false]);
    expect(grid.uncached).toBeUndefined();
  });

  test('hidden rows (1/true, not false) and hidden column ranges within the grid', async () => {
    const rows = '<row r="1" hidden="false"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row>'
      + '<row r="3" hidden="true"/><row r="4"><c r="D4"><v>4</v></c></row><row r="9" hidden="1"/>';
    const head = '<cols><col min="2" max="3" width="4" hidden="1"/><col min="5" max="16384" hidden="true"/></cols>';
    const grid = await read(oneSheet(rows, { head }));
    expect(grid.hiddenRows).toEqual([1, 2]);
    expect(grid.hiddenCols).toEqual([1, 2]);
    expect(grid.values).toHaveLength(4);
  });

  test('cells with a style only, or nothing, are not in the grid; an empty sheet is an empty grid', async () => {
    const grid = await read(oneSheet('<row r="1"><c r="A1"><v>1</v></c><c r="C1" s="2"/></row><row r="5" s="1"><c r="E5" s="1"/></row>'));
    expect(grid.values).toEqual([[1]]);
    const empty = await read(oneSheet(''));
    expect(empty).toEqual({ sheetName: 'Dữ liệu', values: [], originRow: 0, originCol: 0, kinds: [], formulas: [], merges: [], hiddenRows: [], hiddenCols: [] });
  });

  test('readWorksheetXml reads a part given as text', () => {
    const grid = readWorksheetXml(sheetXml('<row r="2"><c r="B2" t="s"><v>0</v></c></row>'), 'S', { sharedStrings: ['Ô'], date1904: false });
    expect(grid.values).toEqual([['', ''], ['', 'Ô']]);
  });
});

test('a sample whose every element carries a namespace prefix (x:) reads as the sample', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ZipArchive, writeZip } = await import('../../../src/workbook/package/zip');
  const sample = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'dam-ha-2018-tham-dinh.xlsx'));
  const zip = ZipArchive.open(sample);
  const prefixed = new Map<string, Uint8Array>();
  for (const name of ['xl/workbook.xml', 'xl/sharedStrings.xml', ...zip.entries.map((e) => e.name).filter((n) => n.startsWith('xl/worksheets/sheet'))]) {
    const xml = (zip.textOf(name) ?? '')
      .replace(/<(\/?)([A-Za-z][\w.]*)(?=[\s>/])/g, (_m, slash: string, tag: string) => `<${slash}x:${tag}`)
      .replace(/xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/, 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
    prefixed.set(name, new TextEncoder().encode(xml));
  }
  const plain = PackageWorkbook.fromBytes(sample);
  const other = PackageWorkbook.fromBytes(writeZip(zip, prefixed));
  expect(await other.listSheets()).toEqual(await plain.listSheets());
  for (const { name } of await plain.listSheets()) expect(await other.readSheet(name)).toEqual(await plain.readSheet(name));
});

/**
 * Ownership when splicing (src/workbook/ownership.md): our sheets are replaced in place, the
 * user's are never touched, input sheets are never written, stale marks are re-pointed, and the
 * parts a replaced sheet hung on its relationships go with it.
 */
import { readFileSync } from 'node:fs';
import { writeZip, ZipArchive } from '../../../src/workbook/package/zip';
import { rankingSheet, tinySheet, UNITS } from '../xlsx/plans';
import { THANH_TRI, changedParts, splice, text } from './splice-fixtures';

const SAMPLE = new Uint8Array(readFileSync(THANH_TRI));
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The package with some parts rewritten by `edit` (text in, text out), or removed/added. */
function edited(bytes: Uint8Array, edits: Record<string, ((s: string) => string) | string | null>): Uint8Array {
  const zip = ZipArchive.open(bytes);
  const changes = new Map<string, Uint8Array | null>();
  for (const [part, edit] of Object.entries(edits)) {
    changes.set(part, edit === null ? null : encode(typeof edit === 'string' ? edit : edit(text(zip, part))));
  }
  return writeZip(zip, changes);
}

interface SheetTag {
  name: string;
  sheetId: string;
  relId: string;
}

function sheetsOf(zip: ZipArchive): SheetTag[] {
  return [...text(zip, 'xl/workbook.xml').matchAll(/<sheet [^>]*?name="([^"]*)"[^>]*?sheetId="(\d+)"[^>]*?r:id="([^"]+)"/g)].map((m) => ({
    name: m[1], sheetId: m[2], relId: m[3],
  }));
}

function definedNames(zip: ZipArchive): string[] {
  return text(zip, 'xl/workbook.xml').match(/<definedName\b[^>]*>[^<]*<\/definedName>/g) ?? [];
}

const PLAN = { sheets: [rankingSheet(UNITS), tinySheet('notes', 'Ghi chú')] };

describe('a first run, then a re-run on its output', () => {
  const first = splice(SAMPLE, PLAN, ['Bảng chấm điểm']);
  const second = splice(first.bytes, PLAN, ['Bảng chấm điểm']);

  test('the first run adds sheets with new ids, parts and relationship ids', () => {
    expect(first.report.sheets).toEqual([
      { key: 'overall', name: 'Xếp hạng chung', renamed: false, replaced: false },
      { key: 'notes', name: 'Ghi chú', renamed: false, replaced: false },
    ]);
    const sheets = sheetsOf(first.output);
    expect(sheets.map((s) => s.name)).toEqual(['Bảng chấm điểm', 'Xếp hạng chung', 'Ghi chú']);
    expect(new Set(sheets.map((s) => s.sheetId)).size).toBe(3);
    const rels = text(first.output, 'xl/_rels/workbook.xml.rels');
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of sheets) expect(ids).toContain(s.relId);
    expect(first.output.has('xl/worksheets/sheet2.xml') && first.output.has('xl/worksheets/sheet3.xml')).toBe(true);
  });

  test('the re-run replaces them in place: same names, positions, sheetIds and relationship ids', () => {
    expect(second.report.sheets.map((s) => [s.name, s.replaced, s.renamed])).toEqual([['Xếp hạng chung', true, false], ['Ghi chú', true, false]]);
    expect(sheetsOf(second.output)).toEqual(sheetsOf(first.output));
    expect(text(second.output, 'xl/_rels/workbook.xml.rels')).toBe(text(first.output, 'xl/_rels/workbook.xml.rels'));
    expect(changedParts(first.output, second.output, ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml'])).toEqual([]);
  });

  test('no duplicate names: one mark per key, one print title per sheet', () => {
    const names = definedNames(second.output);
    expect(names.filter((n) => n.includes('CCHC_OWNED.overall'))).toHaveLength(1);
    expect(names.filter((n) => n.includes('CCHC_OWNED.notes'))).toHaveLength(1);
    expect(names.filter((n) => n.includes('_xlnm.Print_Titles'))).toEqual(['<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Xếp hạng chung\'!$5:$5</definedName>']);
  });

  test("the replaced sheet's old drawing and chart go, with their relationships and content types", () => {
    const parts = second.output.entries.map((e) => e.name);
    expect(parts.filter((p) => /^xl\/(drawings|charts)\//.test(p)).sort()).toEqual([
      'xl/charts/chart2.xml', 'xl/drawings/_rels/drawing2.xml.rels', 'xl/drawings/drawing2.xml',
    ]);
    const types = text(second.output, '[Content_Types].xml');
    expect(types).not.toContain('/xl/drawings/drawing1.xml');
    expect(types).not.toContain('/xl/charts/chart1.xml');
    expect(types).toContain('<Override PartName="/xl/charts/chart2.xml"');
    expect(text(second.output, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain('Target="../drawings/drawing2.xml"');
  });
});

test("a sheet of the user's with the wanted name is left alone; ours gets a free name", () => {
  const withUsers = splice(SAMPLE, { sheets: [tinySheet('mine', 'Xếp hạng chung', 'của người dùng')] });
  // The user's sheet: written by someone else (no mark of ours points at it once the mark is gone).
  const userBytes = edited(withUsers.bytes, { 'xl/workbook.xml': (s) => s.replace(/<definedName name="CCHC_OWNED\.mine"[^>]*>[^<]*<\/definedName>/, '') });
  const out = splice(userBytes, PLAN);
  expect(out.report.sheets[0]).toEqual({ key: 'overall', name: 'Xếp hạng chung (2)', renamed: true, replaced: false });
  expect(changedParts(out.input, out.output)).toEqual([]);
  expect(sheetsOf(out.output).map((s) => s.name)).toEqual(['Bảng chấm điểm', 'Xếp hạng chung', 'Xếp hạng chung (2)', 'Ghi chú']);
});

test('an input sheet is never written, even when our mark points at it: the result gets a free name and the mark', () => {
  const first = splice(SAMPLE, PLAN);
  const out = splice(first.bytes, PLAN, ['xếp hạng chung']);
  expect(out.report.sheets[0]).toEqual({ key: 'overall', name: 'Xếp hạng chung (2)', renamed: true, replaced: false });
  expect(out.report.sheets[1].replaced).toBe(true);
  expect(changedParts(first.output, out.output, ['xl/worksheets/sheet3.xml'])).toEqual([]);
  expect(definedNames(out.output)).toContain('<definedName name="CCHC_OWNED.overall" comment="CCHC add-in result sheet; do not delete" hidden="1">\'Xếp hạng chung (2)\'!$A$1</definedName>');
});

test('a stale mark (#REF!) is rewritten; the sheet is added anew', () => {
  const first = splice(SAMPLE, { sheets: [tinySheet('notes', 'Ghi chú')] });
  const stale = edited(first.bytes, {
    'xl/workbook.xml': (s) => s.replace(/<sheet name="Ghi chú"[^>]*\/>/, '').replace("'Ghi chú'!$A$1", '#REF!$A$1'),
  });
  const out = splice(stale, { sheets: [tinySheet('notes', 'Ghi chú')] });
  expect(out.report.sheets).toEqual([{ key: 'notes', name: 'Ghi chú', renamed: false, replaced: false }]);
  expect(definedNames(out.output).filter((n) => n.includes('CCHC_OWNED.notes'))).toEqual([
    '<definedName name="CCHC_OWNED.notes" comment="CCHC add-in result sheet; do not delete" hidden="1">\'Ghi chú\'!$A$1</definedName>',
  ]);
  expect(out.output.has('xl/worksheets/sheet3.xml')).toBe(true);
});

test('our sheet renamed by the user is still ours: replaced in place and named as the plan wants', () => {
  const first = splice(SAMPLE, PLAN);
  const renamed = edited(first.bytes, { 'xl/workbook.xml': (s) => s.split('Xếp hạng chung').join('Bảng của tôi') });
  const out = splice(renamed, PLAN);
  expect(out.report.sheets[0]).toEqual({ key: 'overall', name: 'Xếp hạng chung', renamed: false, replaced: true });
  expect(sheetsOf(out.output)).toEqual(sheetsOf(first.output));
});

test('names scoped to a replaced sheet go; names of other sheets and workbook names stay as written', () => {
  const first = splice(SAMPLE, PLAN);
  const extra = '<definedName name="Vung" localSheetId="2">\'Ghi chú\'!$A$1</definedName>' +
    '<definedName name="Cua_toi" localSheetId="0">\'Bảng chấm điểm\'!$A$1:$B$2</definedName>' +
    '<definedName name="Chung">\'Bảng chấm điểm\'!$C$3</definedName>';
  const withNames = edited(first.bytes, { 'xl/workbook.xml': (s) => s.replace('</definedNames>', `${extra}</definedNames>`) });
  const out = splice(withNames, PLAN);
  const names = definedNames(out.output);
  expect(names).not.toContain('<definedName name="Vung" localSheetId="2">\'Ghi chú\'!$A$1</definedName>');
  expect(names).toContain('<definedName name="Cua_toi" localSheetId="0">\'Bảng chấm điểm\'!$A$1:$B$2</definedName>');
  expect(names).toContain('<definedName name="Chung">\'Bảng chấm điểm\'!$C$3</definedName>');
});

test('keys not in the plan keep their sheets and marks', () => {
  const first = splice(SAMPLE, PLAN);
  const out = splice(first.bytes, { sheets: [tinySheet('notes', 'Ghi chú', 'mới')] });
  expect(sheetsOf(out.output)).toEqual(sheetsOf(first.output));
  expect(changedParts(first.output, out.output, ['xl/worksheets/sheet3.xml'])).toEqual([]);
  expect(definedNames(out.output).filter((n) => n.includes('CCHC_OWNED.overall'))).toHaveLength(1);
});

test('a calculation chain naming cells of a replaced sheet is dropped; one that does not is kept', () => {
  const first = splice(SAMPLE, PLAN);
  const withChain = (chain: string): Uint8Array => edited(first.bytes, {
    'xl/calcChain.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${chain}</calcChain>`,
    'xl/_rels/workbook.xml.rels': (s) => s.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'),
    '[Content_Types].xml': (s) => s.replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'),
  });
  const naming = splice(withChain('<c r="B2" i="1"/><c r="C5" i="3"/><c r="C6"/>'), PLAN);
  expect(naming.output.has('xl/calcChain.xml')).toBe(false);
  expect(text(naming.output, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
  expect(text(naming.output, '[Content_Types].xml')).not.toContain('calcChain');
  const other = splice(withChain('<c r="B2" i="1"/><c r="B3"/>'), PLAN);
  expect(other.output.has('xl/calcChain.xml')).toBe(true);
  expect(changedParts(other.input, other.output, ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml'])).toEqual([]);
});

test('a part a replaced sheet shares with a sheet of the user is kept', () => {
  const first = splice(SAMPLE, PLAN);
  // The user's sheet points at our chart's drawing too (as if it had been copied by hand).
  const shared = edited(first.bytes, {
    'xl/worksheets/_rels/sheet1.xml.rels': '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
  });
  const out = splice(shared, PLAN);
  expect(out.output.has('xl/drawings/drawing1.xml')).toBe(true);
  expect(out.output.has('xl/charts/chart1.xml')).toBe(true);
  expect(text(out.output, '[Content_Types].xml')).toContain('/xl/drawings/drawing1.xml');
});

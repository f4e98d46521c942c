/**
 * The worksheet and styles the splicing writer renders for a plan, read in the package it writes:
 * element order of CT_Worksheet, cells and their text, numbers, styles merged over overlapping
 * ranges, the user's styles kept, the styles part created when a package has none.
 */
import { readFileSync } from 'node:fs';
import type { SheetPlan } from '../../../src/appendix/types';
import { WorkbookError } from '../../../src/workbook/port';
import { writeZip, ZipArchive } from '../../../src/workbook/package/zip';
import { rankingSheet, tinySheet, UNITS } from '../xlsx/plans';
import { splicePlan } from '../../../src/workbook/package/splice';
import { THANH_TRI, sourceOf, splice, text } from './splice-fixtures';

const SAMPLE = new Uint8Array(readFileSync(THANH_TRI));

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99). */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** The top-level children of a worksheet's root, in order. */
function children(xml: string): string[] {
  const body = xml.slice(xml.indexOf('>', xml.indexOf('<worksheet')) + 1, xml.lastIndexOf('</worksheet>'));
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
}

function sheetXml(spliced: ReturnType<typeof splice>, name: string): string {
  const wb = text(spliced.output, 'xl/workbook.xml');
  const relId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(text(spliced.output, 'xl/_rels/workbook.xml.rels'))?.[1];
  if (!target) throw new Error(`no part for ${name}`);
  return text(spliced.output, `xl/${target}`);
}

/** The cellXfs entries of a styles part, as text. */
function cellXfs(styles: string): string[] {
  const block = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return block.match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g) ?? [];
}

describe('the worksheet part of a plan', () => {
  const plan: SheetPlan = { ...rankingSheet(UNITS), pageBreaks: [7] };
  const spliced = splice(SAMPLE, { sheets: [plan] });
  const xml = sheetXml(spliced, 'Xếp hạng chung');

  test('its elements come in the order of the schema, with every part of the plan', () => {
    const order = children(xml);
    expect(order).toEqual(['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'drawing']);
    const positions = order.map((n) => WORKSHEET_ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pane xSplit="2" ySplit="5" topLeftCell="C6" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<col min="1" max="1" width="6" customWidth="1"/><col min="2" max="2" width="32" customWidth="1"/><col min="3" max="5" width="12" customWidth="1"/>');
    expect(xml).toContain('<row r="5" ht="36" customHeight="1">');
    expect(xml).toContain('<mergeCells count="3"><mergeCell ref="A1:G1"/><mergeCell ref="A2:G2"/><mergeCell ref="A3:G3"/></mergeCells>');
    expect(xml).toContain('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>');
    expect(xml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="7" max="16383" man="1"/></rowBreaks>');
    expect(xml).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
  });

  test('cells carry their reference; strings are inline, numbers are values', () => {
    expect(xml).toMatch(/<c r="B6" s="\d+" t="inlineStr"><is><t xml:space="preserve">Xã Tả Thanh Oai<\/t><\/is><\/c>/);
    expect(xml).toMatch(/<c r="D6" s="\d+"><v>92.5<\/v><\/c>/);
    // The merged title's other cells are written empty, with their own style.
    expect(xml).toMatch(/<c r="G1" s="\d+"\/>/);
    expect(xml).toContain('<dimension ref="A1:G9"/>');
  });

  test('the print titles are a name scoped to the sheet; the mark names the sheet', () => {
    const wb = text(spliced.output, 'xl/workbook.xml');
    expect(wb).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Xếp hạng chung\'!$5:$5</definedName>');
    expect(wb).toContain('<definedName name="CCHC_OWNED.overall" comment="CCHC add-in result sheet; do not delete" hidden="1">\'Xếp hạng chung\'!$A$1</definedName>');
  });
});

describe('cell text', () => {
  const values = [['=SUM(A1)', '_x0041_', 'a<b&c>"\'', 'ctl\u0001x', 'cr\rlf', '  lead ', '+84 912', '😀', 1e-7, -0, 2.5]];
  const spliced = splice(SAMPLE, { sheets: [{ ...tinySheet('t', 'Thử'), blocks: [{ row: 0, col: 0, values }] }] });
  const xml = sheetXml(spliced, 'Thử');
  const cell = (ref: string): string => new RegExp(`<c r="${ref}"[^>]*>(.*?)</c>`).exec(xml)?.[1] ?? '';

  test('is always literal text: a formula-looking string is a string, with no formula element', () => {
    expect(cell('A1')).toBe('<is><t xml:space="preserve">=SUM(A1)</t></is>');
    expect(xml).not.toContain('<f>');
    expect(cell('G1')).toBe('<is><t xml:space="preserve">+84 912</t></is>');
  });

  test('escapes XML, protects "_xHHHH_", writes what XML cannot carry as _xHHHH_', () => {
    expect(cell('B1')).toBe('<is><t xml:space="preserve">_x005F_x0041_</t></is>');
    expect(cell('C1')).toBe('<is><t xml:space="preserve">a&lt;b&amp;c&gt;"\'</t></is>');
    expect(cell('D1')).toBe('<is><t xml:space="preserve">ctl_x0001_x</t></is>');
    expect(cell('E1')).toBe('<is><t xml:space="preserve">cr_x000D_lf</t></is>');
    expect(cell('F1')).toBe('<is><t xml:space="preserve">  lead </t></is>');
    expect(cell('H1')).toBe('<is><t xml:space="preserve">😀</t></is>');
  });

  test('numbers as <v>; -0 as 0', () => {
    expect(cell('I1')).toBe('<v>1e-7</v>');
    expect(cell('J1')).toBe('<v>0</v>');
    expect(cell('K1')).toBe('<v>2.5</v>');
  });

  test('a number that is not finite, or a text longer than a cell holds, is refused, naming the cell', () => {
    for (const bad of [NaN, Infinity, 'x'.repeat(32_768)]) {
      let error: unknown;
      try {
        splice(SAMPLE, { sheets: [{ ...tinySheet('t', 'Thử'), blocks: [{ row: 2, col: 1, values: [[bad]] }] }] });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WorkbookError);
      expect(String((error as WorkbookError).cause)).toContain('Thử!B3');
    }
  });
});

describe('styles', () => {
  const plan: SheetPlan = {
    ...tinySheet('s', 'Kiểu'),
    blocks: [{ row: 0, col: 0, values: [['a', 'b', 'c'], ['d', 'e', 'f']] }],
    styles: [
      { box: { row: 0, col: 0, rows: 2, cols: 3 }, style: { fontName: 'Times New Roman', fontSize: 13, hAlign: 'left', border: true } },
      { box: { row: 0, col: 1, rows: 2, cols: 2 }, style: { bold: true, hAlign: 'center', numberFormat: '0.000' } },
      { box: { row: 1, col: 2, rows: 1, cols: 1 }, style: { fill: '#FFEE00', color: '#112233', vAlign: 'middle', wrap: true } },
    ],
    merges: [{ row: 0, col: 1, rows: 2, cols: 2 }],
  };
  const spliced = splice(SAMPLE, { sheets: [plan] });
  const before = text(spliced.input, 'xl/styles.xml');
  const after = text(spliced.output, 'xl/styles.xml');
  const xml = sheetXml(spliced, 'Kiểu');
  const xfOf = (ref: string): string => cellXfs(after)[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1])];

  test("the user's cell formats keep their indexes; counts are the numbers of entries", () => {
    const old = cellXfs(before);
    expect(cellXfs(after).slice(0, old.length)).toEqual(old);
    for (const [list, entry] of [['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellXfs', 'xf'], ['numFmts', 'numFmt']]) {
      const block = new RegExp(`<${list} count="(\\d+)">([\\s\\S]*?)</${list}>`).exec(after);
      expect(block).not.toBeNull();
      expect((block?.[2].match(new RegExp(`<${entry}\\b`, 'g')) ?? []).length).toBe(Number(block?.[1]));
    }
    // Only the lists of entries grew; the rest of the part is as it was.
    const strip = (s: string): string => s.replace(/<(numFmts|fonts|fills|borders|cellXfs)\b[\s\S]*?<\/\1>/g, '');
    expect(strip(after)).toBe(strip(before));
  });

  test('overlapping ranges merge property by property, the later winning; a new format code gets an id from 164', () => {
    expect(after).toContain('<numFmt numFmtId="165" formatCode="0.000"/>');
    const a1 = xfOf('A1');
    expect(a1).toContain('applyBorder="1"');
    expect(a1).toContain('<alignment horizontal="left"/>');
    const c2 = xfOf('C2');
    expect(c2).toMatch(/numFmtId="165"/);
    expect(c2).toContain('<alignment horizontal="center" vertical="center" wrapText="1"/>');
    const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(after)?.[1].match(/<font>[\s\S]*?<\/font>/g) ?? [];
    expect(fonts[Number(/fontId="(\d+)"/.exec(c2)?.[1])]).toBe('<font><b/><sz val="13"/><color rgb="FF112233"/><name val="Times New Roman"/></font>');
    const fills = /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(after)?.[1].match(/<fill>[\s\S]*?<\/fill>/g) ?? [];
    expect(fills[Number(/fillId="(\d+)"/.exec(c2)?.[1])]).toContain('<fgColor rgb="FFFFEE00"/>');
  });

  test('every cell of a merged area keeps its own borders', () => {
    for (const ref of ['B1', 'C1', 'B2', 'C2']) expect(xfOf(ref)).toMatch(/borderId="[1-9]\d*" [^>]*applyBorder="1"/);
    expect(xml).toContain('<mergeCell ref="B1:C2"/>');
    // Only the top-left cell of the merged area keeps its value.
    expect(xml).not.toMatch(/<c r="C1"[^>]*t="inlineStr"/);
  });

  test('a format code the workbook already defines is reused; a re-run adds no entries', () => {
    const withFormat = writeZip(spliced.input, new Map([
      ['xl/styles.xml', new TextEncoder().encode(before.replace('<numFmts count="1">', '<numFmts count="2"><numFmt numFmtId="170" formatCode="0.000"/>'))],
    ]));
    const again = splice(withFormat, { sheets: [plan] });
    const styles = text(again.output, 'xl/styles.xml');
    expect(styles).toContain('<numFmts count="2">');
    expect(cellXfs(styles).some((xf) => xf.includes('numFmtId="170"'))).toBe(true);
    const rerun = splice(spliced.bytes, { sheets: [plan] });
    expect(rerun.changes.has('xl/styles.xml')).toBe(false);
  });

  test('a package without a styles part gets one, with its relationship and content type', () => {
    const input = ZipArchive.open(SAMPLE);
    const bare = writeZip(input, new Map<string, Uint8Array | null>([
      ['xl/styles.xml', null],
      ['xl/_rels/workbook.xml.rels', new TextEncoder().encode(text(input, 'xl/_rels/workbook.xml.rels').replace(/<Relationship Id="rId1"[^>]*\/>/, ''))],
      ['[Content_Types].xml', new TextEncoder().encode(text(input, '[Content_Types].xml').replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''))],
    ]));
    const out = splice(bare, { sheets: [plan] });
    const styles = text(out.output, 'xl/styles.xml');
    expect(styles).toContain('<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>');
    expect(cellXfs(styles).length).toBeGreaterThan(1);
    expect(text(out.output, 'xl/_rels/workbook.xml.rels')).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/styles" Target="styles.xml"/);
    expect(text(out.output, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    // A relationship to a styles part that is missing: the part is made there, no second relationship.
    const dangling = splice(writeZip(input, new Map([['xl/styles.xml', null]])), { sheets: [plan] });
    expect(dangling.output.has('xl/styles.xml')).toBe(true);
    expect(text(dangling.output, 'xl/_rels/workbook.xml.rels').match(/relationships\/styles"/g)).toHaveLength(1);
  });
});

test('progress is reported per sheet, from clearing to done', () => {
  const steps: string[] = [];
  const fractions: number[] = [];
  splicePlan(sourceOf(ZipArchive.open(SAMPLE)), { sheets: [tinySheet('a', 'A'), tinySheet('b', 'B')] }, new Set(), (p) => {
    steps.push(p.step);
    fractions.push(p.fraction);
  });
  expect(steps).toEqual(['clear', 'write', 'format', 'write', 'format', 'done']);
  expect(fractions).toEqual([0, 0.25, 0.5, 0.75, 1, 1]);
});

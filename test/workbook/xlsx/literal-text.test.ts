/**
 * Text stays text: strings that look like formulas are written as strings (a shared string,
 * no <f> element), read back as strings by ExcelJS and shown verbatim by LibreOffice. Text that
 * looks like SpreadsheetML's "_xHHHH_" character escape stays as typed too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxWorkbook, saveXlsxAtomic } from '../../../src/workbook/xlsx';
import {
  convertToPdf,
  makeTempDir,
  partText,
  pdfText,
  reopen,
  sheetPart,
} from './helpers';

const TRICKY = [
  '=HYPERLINK("http://example.com","bấm")',
  '=SUM(A1:A3)',
  '+84 912 345 678',
  '-1abc',
  '@x',
  '=1+1',
  "'=quoted",
  '\tTab đầu',
  'mã_x0041_gốc',
  '_x005f_',
];

describe('strings that look like formulas', () => {
  const tmp = makeTempDir();
  const out = join(tmp.dir, 'literal.xlsx');

  beforeAll(async () => {
    const wb = XlsxWorkbook.fromGrid({ sheetName: 'Nguồn', values: [['x']] });
    await wb.applyPlan({
      sheets: [
        {
          key: 'literal',
          name: 'Văn bản',
          blocks: [{ row: 0, col: 0, values: TRICKY.map((t) => [t, 1]) }],
          styles: [],
          merges: [],
          columnWidths: [{ col: 0, width: 50 }],
        },
      ],
    });
    await saveXlsxAtomic(wb, out);
  });
  afterAll(() => tmp.cleanup());

  test('ExcelJS reads every one back as a string, not a formula', async () => {
    const ws = (await reopen(out)).getWorksheet('Văn bản');
    TRICKY.forEach((text, i) => {
      const c = ws?.getCell(i + 1, 1);
      expect(c?.value).toBe(text);
      expect(c?.formula).toBeUndefined();
      expect(typeof c?.value).toBe('string');
    });
  });

  test('the adapter reads them back as strings, not formulas', async () => {
    const grid = await (await XlsxWorkbook.fromBuffer(readFileSync(out))).readSheet('Văn bản');
    expect(grid.values.map((r) => r[0])).toEqual(TRICKY);
    expect(grid.formulas?.every((r) => r.every((f) => !f))).toBe(true);
    expect(grid.kinds?.map((r) => r[0])).toEqual(TRICKY.map(() => 'String'));
  });

  test('the sheet XML has no formula element; the texts are shared strings', async () => {
    const xml = await partText(out, await sheetPart(out, 'Văn bản'));
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml.match(/<c r="A\d+"[^>]*t="s"/g)).toHaveLength(TRICKY.length);
    const strings = await partText(out, 'xl/sharedStrings.xml');
    expect(strings).toContain('=HYPERLINK(&quot;http://example.com&quot;,&quot;bấm&quot;)');
  });

  test('LibreOffice shows every text verbatim', () => {
    const text = pdfText(convertToPdf(out, tmp.dir));
    for (const t of TRICKY) expect(text).toContain(t.trim());
  });
});

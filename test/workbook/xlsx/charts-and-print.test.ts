/**
 * Bar charts (added to the package after ExcelJS writes it) and print settings, checked in the
 * package, by ExcelJS re-reading the file, and by LibreOffice printing it to PDF.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxWorkbook, openXlsx, saveXlsxAtomic } from '../../../src/workbook/xlsx';
import {
  THANH_TRI,
  convertToPdf,
  makeTempDir,
  partNames,
  partText,
  pdfPages,
  pdfText,
  reopen,
  sheetPart,
} from './helpers';
import { rankingSheet, UNITS } from './plans';

const SIXTY: [string, number][] = Array.from({ length: 60 }, (_, i) => [`Xã Thử Nghiệm ${String(i + 1).padStart(2, '0')}`, 99 - i * 0.5]);

describe('a 60-unit ranking with a bar chart', () => {
  const tmp = makeTempDir();
  const out = join(tmp.dir, 'sixty.xlsx');

  beforeAll(async () => {
    const wb = await openXlsx(THANH_TRI);
    await wb.applyPlan({ sheets: [rankingSheet(SIXTY)] });
    await saveXlsxAtomic(wb, out);
  });
  afterAll(() => tmp.cleanup());

  test('the package holds one drawing and one chart, with relationships and content types', async () => {
    const parts = await partNames(out);
    expect(parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toEqual(['xl/charts/chart1.xml']);
    expect(parts.filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toEqual(['xl/drawings/drawing1.xml']);
    const types = await partText(out, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    const sheetPath = await sheetPart(out, 'Xếp hạng chung');
    const sheet = await partText(out, sheetPath);
    const relId = /<drawing r:id="([^"]+)"\/><\/worksheet>$/.exec(sheet)?.[1];
    expect(relId).toBeDefined();
    const rels = await partText(out, sheetPath.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    expect(rels).toContain(`Id="${relId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    expect(await partText(out, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart1.xml"');
  });

  test('the chart refers to the unit names and totals, with cached values, first unit on top', async () => {
    const chart = await partText(out, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:f>&apos;Xếp hạng chung&apos;!$B$6:$B$65</c:f>');
    expect(chart).toContain('<c:f>&apos;Xếp hạng chung&apos;!$D$6:$D$65</c:f>');
    expect(chart).toContain('<c:pt idx="0"><c:v>Xã Thử Nghiệm 01</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="59"><c:v>69.5</c:v></c:pt>');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:orientation val="maxMin"/>');
    expect(chart).toContain('<a:t>Tổng điểm theo thứ hạng</a:t>');
    const drawing = await partText(out, 'xl/drawings/drawing1.xml');
    expect(drawing).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>67</xdr:row>');
  });

  test('ExcelJS and the adapter re-read the file; a re-run still has one chart', async () => {
    const reread = await reopen(out);
    expect(reread.worksheets.map((s) => s.name)).toEqual(['Bảng chấm điểm', 'Xếp hạng chung']);
    const again = await XlsxWorkbook.fromBuffer(readFileSync(out), out);
    const grid = await again.readSheet('Xếp hạng chung');
    expect(grid.values[5][1]).toBe('Xã Thử Nghiệm 01');
    await again.applyPlan({ sheets: [rankingSheet(SIXTY)] });
    const rerun = join(tmp.dir, 'sixty-rerun.xlsx');
    await saveXlsxAtomic(again, rerun);
    expect((await partNames(rerun)).filter((p) => p.startsWith('xl/charts/chart'))).toHaveLength(1);
  });

  test(
    'LibreOffice prints it A4 landscape, one page wide, the header on every page, page numbers, the chart',
    () => {
      const pdf = convertToPdf(out, tmp.dir);
      const { pages, sizes } = pdfPages(pdf);
      const resultPages: number[] = [];
      for (let p = 1; p <= pages; p++) if (pdfText(pdf, p).includes('Xếp loại')) resultPages.push(p);
      expect(resultPages.length).toBeGreaterThanOrEqual(2);
      for (const p of resultPages) {
        const { width, height } = sizes[p - 1];
        expect(Math.round(width)).toBe(842);
        expect(Math.round(height)).toBe(595);
        const text = pdfText(pdf, p);
        // One page wide: the first and the last column on the same page, under the header.
        expect(text).toMatch(/STT\s+Đơn vị\s+Điểm tối đa\s+Điểm đạt\s+Chỉ số \(%\)\s+Xếp hạng\s+Xếp loại/);
        expect(text).toMatch(/Trang \d+\/\d+/);
      }
      const all = pdfText(pdf);
      for (const [unit] of SIXTY) expect(all).toContain(unit);
      // pdftotext splits the chart's glyph runs ("Tổ ng"): compare without spaces.
      expect(all.replace(/\s+/g, '')).toContain('Tổngđiểmtheothứhạng');
      expect(all).toContain('92.50');
    },
  );
});

test('charts on two result sheets each get their own drawing', async () => {
  const tmp = makeTempDir();
  try {
    const wb = XlsxWorkbook.fromGrid({ sheetName: 'Nguồn', values: [['x']] });
    await wb.applyPlan({ sheets: [rankingSheet(UNITS, 'a', 'Bảng A'), rankingSheet(UNITS, 'b', 'Bảng B')] });
    const out = join(tmp.dir, 'two.xlsx');
    await saveXlsxAtomic(wb, out);
    const parts = await partNames(out);
    expect(parts.filter((p) => /^xl\/(charts|drawings)\/\w+\d\.xml$/.test(p)).sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
    ]);
    expect(await partText(out, 'xl/charts/chart2.xml')).toContain('&apos;Bảng B&apos;!$B$6:$B$9');
    expect((await reopen(out)).worksheets).toHaveLength(3);
  } finally {
    tmp.cleanup();
  }
});

import { buildWritePlan } from '../../src/appendix';
import { sheetName } from '../../src/appendix/styles';
import type { SheetPlan } from '../../src/appendix/types';
import { printableWidthChars } from '../../src/appendix/pages';
import { makeResult } from './fixture';
import { findRow, rowValues, sheetByKey, styleAt } from './read-plan';
import { communes, groupedWithPrevious, selfAssessed } from './samples';

/** Three units and `n` components of 10 points each, named as long as real ones. */
function manyComponents(n: number) {
  return makeResult({
    components: Array.from({ length: n }, (_, i) => ({ code: String(i + 1), name: `Lĩnh vực số ${i + 1} của bảng chấm điểm`, max: 10 })),
    units: ['Xã An Bình', 'Xã Phú Cường', 'Thị trấn Sóc Sơn'].map((name, u) => ({ name, scores: Array.from({ length: n }, (_, i) => 5 + ((u + i) % 5)) })),
  });
}

const everySheet = (): SheetPlan[] => buildWritePlan(selfAssessed()).sheets;

describe('the look of an official document', () => {
  const overall = sheetByKey(buildWritePlan(communes()), 'overall');

  test('Times New Roman 13 on every written cell', () => {
    for (const sheet of everySheet()) {
      for (const block of sheet.blocks) {
        block.values.forEach((line, r) => line.forEach((_, c) => {
          const style = styleAt(sheet, block.row + r, block.col + c);
          expect([sheet.key, style.fontName, style.fontSize]).toEqual([sheet.key, 'Times New Roman', 13]);
        }));
      }
    }
  });

  test('every style range repeats the font (adapters may apply a range style whole)', () => {
    for (const sheet of everySheet()) {
      for (const s of sheet.styles) expect([s.style.fontName, s.style.fontSize]).toEqual(['Times New Roman', 13]);
    }
  });

  test('bold centred wrapped bordered headers, bordered body', () => {
    expect(styleAt(overall, 5, 1)).toMatchObject({ bold: true, hAlign: 'center', wrap: true, border: true });
    expect(styleAt(overall, 6, 1)).toMatchObject({ border: true, hAlign: 'left' });
    expect(styleAt(overall, 6, 1).bold).toBeFalsy();
    expect(styleAt(overall, 12, 1)).toMatchObject({ bold: true, border: true }); // the mean
    expect(styleAt(overall, 1, 0)).toMatchObject({ bold: true, hAlign: 'center' }); // PHỤ LỤC
    expect(styleAt(overall, 0, 0)).toMatchObject({ bold: true });
    expect(styleAt(overall, 3, 0)).toMatchObject({ italic: true, hAlign: 'center' });
  });

  test('printed figures are text cells in the document\'s convention; STT and counts whole numbers', () => {
    // Text ("@"): no regional setting of the machine can change "92,00" into "92.00".
    for (const col of [2, 3, 4, 5]) expect([col, styleAt(overall, 6, col).numberFormat]).toEqual([col, '@']);
    expect(styleAt(overall, 12, 3).numberFormat).toBe('@');
    expect(styleAt(overall, 6, 0).numberFormat).toBe('0');
    const one = sheetByKey(buildWritePlan(communes({ decimals: 1 })), 'overall');
    expect(rowValues(one, 10, 3, 4)).toEqual(['86,5', '86,5']);
    const components = sheetByKey(buildWritePlan(communes()), 'components');
    for (const col of [2, 3, 8, 9]) expect([col, styleAt(components, 7, col).numberFormat]).toEqual([col, '@']);
    const change = sheetByKey(buildWritePlan(groupedWithPrevious()), 'overall');
    expect(styleAt(change, 7, 9).numberFormat).toBe('@');
    // No number is left in a printed column of the overall table but STT.
    for (let row = 6; row <= 12; row++) {
      expect(rowValues(overall, row, 1, 6).filter((v) => typeof v === 'number')).toEqual([]);
    }
  });

  test('statistics: the total row is bold text like the rows above it', () => {
    const stats = sheetByKey(buildWritePlan(communes()), 'statistics');
    const total = findRow(stats, 'Tổng điểm');
    expect(styleAt(stats, total, 3).numberFormat).toBe('@');
    expect(styleAt(stats, total, 3).bold).toBe(true);
    expect(styleAt(stats, total - 1, 3).numberFormat).toBe('@');
  });

  test('panes frozen under the table header', () => {
    expect(overall.freeze).toEqual({ rows: 6, cols: 0 });
    expect(sheetByKey(buildWritePlan(communes()), 'components').freeze).toEqual({ rows: 7, cols: 2 });
    expect(sheetByKey(buildWritePlan(selfAssessed()), 'self').freeze).toEqual({ rows: 6, cols: 0 });
  });

  test('A4, one page wide, header rows repeated, page numbers; the orientation from the table\'s width', () => {
    // Seven columns fit a portrait page's width.
    expect(overall.print).toMatchObject({
      orientation: 'portrait', paper: 'A4', fitToPagesWide: 1,
      repeatRows: { first: 5, last: 5 }, centerFooter: 'Trang &P/&N',
    });
    expect(sheetByKey(buildWritePlan(communes()), 'components').print?.repeatRows).toEqual({ first: 5, last: 6 });
    for (const sheet of everySheet()) expect(sheet.print).toMatchObject({ paper: 'A4', fitToPagesWide: 1 });
    // Ten components (24 columns) do not: landscape.
    const wide = sheetByKey(buildWritePlan(manyComponents(10)), 'components');
    expect(wide.print?.orientation).toBe('landscape');
    const en = sheetByKey(buildWritePlan(communes({ lang: 'en' })), 'overall');
    expect(en.print?.centerFooter).toBe('Page &P of &N');
  });

  test('column widths fitted to the text', () => {
    const width = (sheet: SheetPlan, col: number) => sheet.columnWidths.find((w) => w.col === col)?.width ?? 0;
    // The unit column is wider than the STT column, and wider than its longest name's characters.
    expect(width(overall, 1)).toBeGreaterThan('Thị trấn Ninh Giang'.length);
    expect(width(overall, 1)).toBeLessThanOrEqual(40);
    expect(width(overall, 0)).toBeLessThan(10);
    expect(overall.columnWidths.map((w) => w.col)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // A longer name widens its column.
    const longer = communes();
    longer.units[0].name = 'Thị trấn Ninh Giang mở rộng phía Nam';
    expect(width(sheetByKey(buildWritePlan(longer), 'overall'), 1)).toBeGreaterThan(width(overall, 1));
  });

  test('a table uses its page\'s width: widened to fill it, never past it', () => {
    const total = (sheet: SheetPlan) => sheet.columnWidths.reduce((a, w) => a + w.width, 0);
    const portrait = printableWidthChars('portrait', overall.print?.margins);
    expect(total(overall)).toBeGreaterThan(0.9 * portrait);
    expect(total(overall)).toBeLessThanOrEqual(portrait);
    const wide = sheetByKey(buildWritePlan(manyComponents(4)), 'components');
    const landscape = printableWidthChars(wide.print!.orientation, wide.print?.margins);
    expect(total(wide)).toBeGreaterThan(0.9 * landscape);
    expect(total(wide)).toBeLessThanOrEqual(landscape);
  });

  test('wrapped headers get taller rows', () => {
    const components = sheetByKey(buildWritePlan(communes()), 'components');
    const header = components.rowHeights?.find((h) => h.row === 5);
    expect(header?.height).toBeGreaterThanOrEqual(34);
  });

  test('sheet names: at most 31 characters, none of []:*?/\\', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const sheet of buildWritePlan(selfAssessed({ lang })).sheets) {
        expect(sheet.name.length).toBeLessThanOrEqual(31);
        expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
      }
    }
    expect(sheetName('Tự đánh giá / Thẩm định [2022]: bảng so sánh chi tiết')).toBe('Tự đánh giá - Thẩm định -2022--');
    expect(sheetName("'Kết quả'")).toBe('Kết quả');
  });
});

describe('degenerate results', () => {
  test('a result without units still gives every sheet, with headings and no rows', () => {
    const empty = communes();
    empty.units = [];
    const plan = buildWritePlan(empty);
    expect(plan.sheets.map((s) => s.key)).toEqual(['overall', 'components', 'statistics', 'units']);
    const overall = sheetByKey(plan, 'overall');
    expect(overall.freeze).toEqual({ rows: 6, cols: 0 });
    expect(findRow(overall, 'PHỤ LỤC')).toBe(1);
  });
});

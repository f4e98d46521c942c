import { buildWritePlan } from '../../src/appendix';
import { sheetName } from '../../src/appendix/styles';
import type { SheetPlan } from '../../src/appendix/types';
import { findRow, sheetByKey, styleAt } from './read-plan';
import { communes, groupedWithPrevious, selfAssessed } from './samples';

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

  test('number formats: scores as entered, totals and index with the decimals asked for', () => {
    expect(styleAt(overall, 6, 2).numberFormat).toBe('General');
    expect(styleAt(overall, 6, 3).numberFormat).toBe('0.00');
    expect(styleAt(overall, 6, 4).numberFormat).toBe('0.00');
    expect(styleAt(overall, 12, 3).numberFormat).toBe('0.00');
    expect(styleAt(overall, 6, 5).numberFormat).toBe('0');
    const one = sheetByKey(buildWritePlan(communes({ decimals: 1 })), 'overall');
    expect(styleAt(one, 6, 3).numberFormat).toBe('0.0');
    const components = sheetByKey(buildWritePlan(communes()), 'components');
    expect(styleAt(components, 4, 2).numberFormat).toBe('General');
    expect(styleAt(components, 4, 3).numberFormat).toBe('@');
    expect(styleAt(components, 4, 8).numberFormat).toBe('0.00');
    const change = sheetByKey(buildWritePlan(groupedWithPrevious()), 'overall');
    expect(styleAt(change, 7, 9).numberFormat).toBe('+0.00;-0.00;0.00');
  });

  test('statistics: the total row shows its highest and lowest with fixed decimals', () => {
    const stats = sheetByKey(buildWritePlan(communes()), 'statistics');
    const total = findRow(stats, 'Tổng điểm');
    expect(styleAt(stats, total, 3).numberFormat).toBe('0.00');
    expect(styleAt(stats, total, 3).bold).toBe(true);
    expect(styleAt(stats, total - 1, 3).numberFormat).toBe('General');
  });

  test('panes frozen under the table header', () => {
    expect(overall.freeze).toEqual({ rows: 6, cols: 0 });
    expect(sheetByKey(buildWritePlan(communes()), 'components').freeze).toEqual({ rows: 4, cols: 2 });
    expect(sheetByKey(buildWritePlan(selfAssessed()), 'self').freeze).toEqual({ rows: 3, cols: 0 });
  });

  test('A4 landscape, one page wide, header rows repeated, page numbers', () => {
    expect(overall.print).toMatchObject({
      orientation: 'landscape', paper: 'A4', fitToPagesWide: 1,
      repeatRows: { first: 5, last: 5 }, centerFooter: 'Trang &P/&N',
    });
    expect(sheetByKey(buildWritePlan(communes()), 'components').print?.repeatRows).toEqual({ first: 2, last: 3 });
    for (const sheet of everySheet()) expect(sheet.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToPagesWide: 1 });
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

  test('wrapped headers get taller rows', () => {
    const components = sheetByKey(buildWritePlan(communes()), 'components');
    const header = components.rowHeights?.find((h) => h.row === 2);
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

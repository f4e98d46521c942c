/**
 * Titles broken between phrases only, and the page chosen from the table's width (issue 15, item 4).
 */
import { breakPhrases } from '../../src/appendix/layout';
import { fitToPage, printableWidthChars } from '../../src/appendix/pages';
import { textWidth } from '../../src/appendix/text-width';

const PHRASES = ['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', 'NĂM 2021', 'CỦA UBND CÁC XÃ, THỊ TRẤN'];
const MARGINS = { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 };

describe('breakPhrases', () => {
  test('wide enough: one line', () => {
    expect(breakPhrases(PHRASES, 200)).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021 CỦA UBND CÁC XÃ, THỊ TRẤN');
  });

  test('too narrow for one line: the break falls between phrases, never inside "THỊ TRẤN"', () => {
    const whole = textWidth(PHRASES.join(' '));
    const text = breakPhrases(PHRASES, whole * 0.9);
    expect(text).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021\nCỦA UBND CÁC XÃ, THỊ TRẤN');
  });

  test('narrower still: one phrase a line; a phrase wider than the room stays whole', () => {
    expect(breakPhrases(PHRASES, 10)).toBe(PHRASES.join('\n'));
    expect(breakPhrases(['', 'A', ''], 10)).toBe('A');
  });
});

describe('fitToPage', () => {
  const portrait = printableWidthChars('portrait', MARGINS);
  const landscape = printableWidthChars('landscape', MARGINS);

  test('a narrow table: portrait, its columns widened in proportion to fill the page', () => {
    const page = fitToPage([6, 30, 10, 10, 10, 10, 10], MARGINS);
    expect(page.orientation).toBe('portrait');
    const total = page.widths.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0.95 * portrait);
    expect(total).toBeLessThanOrEqual(portrait);
    // In proportion: the name column stays five times the STT column.
    expect(page.widths[1] / page.widths[0]).toBeCloseTo(5, 1);
  });

  test('only the columns asked grow', () => {
    const page = fitToPage([6, 30, 10], MARGINS, [1]);
    expect(page.widths[0]).toBe(6);
    expect(page.widths[2]).toBe(10);
    expect(page.widths[1]).toBeGreaterThan(30);
  });

  test('wider than a portrait page: landscape, filled; wider than landscape: kept (printing scales it)', () => {
    const wide = fitToPage(Array.from({ length: 12 }, () => 10), MARGINS);
    expect(wide.orientation).toBe('landscape');
    expect(wide.widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.95 * landscape);
    const huge = Array.from({ length: 30 }, () => 10);
    expect(fitToPage(huge, MARGINS)).toEqual({ orientation: 'landscape', widths: huge });
  });
});

/**
 * The page of an administrative document per Nghị định 30/2020/NĐ-CP, Phụ lục I (see
 * docs/decisions.md, "The appendix as a Word document"): A4, margins, Times New Roman, sizes,
 * page numbers. Lengths in twips (1/20 pt), font sizes in points.
 */

/** Twips in a millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);

/** Phần I, I.1: A4 (210 mm × 297 mm), as portrait width and height; a landscape section swaps them. */
export const A4 = { width: mm(210), height: mm(297) };

/**
 * Phần I, I.3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. The smallest of each range,
 * so the widest table has the most room. A landscape page keeps them as the page is read (left
 * 30 mm on the left of the turned page).
 */
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

/** The page number sits in the top margin (Phần I, I.7): its header 10 mm below the page's edge. */
export const HEADER_DISTANCE = mm(10);
export const FOOTER_DISTANCE = mm(10);

/** Phần I, I.4: Times New Roman, Unicode (TCVN 6909:2001), black. */
export const FONT = 'Times New Roman';

/** Phần I, II.6.e: body text 13–14 pt; used where the plan gives no size. */
export const BODY_SIZE = 13;

/** Phần I, I.7: page numbers 13–14 pt, upright, centred in the top margin. */
export const PAGE_NUMBER_SIZE = 13;

/** Phần I, III.1.b: the word "Phụ lục" and its number on a line of their own, 14 pt, bold. */
export const APPENDIX_WORD_SIZE = 14;

/** A table wider than the page is set smaller, as a sheet printed to one page wide, but never below this. */
export const MIN_TABLE_SIZE = 8;

/** Phần I, II.6.e: at least 6 pt between paragraphs of text. */
export const PARAGRAPH_GAP = 6 * 20;

/** The width text may take: the page's less the left and right margins. */
export function textWidth(landscape: boolean): number {
  return (landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
}

/**
 * A column of `width` characters (Excel's unit, the plan's `columnWidths`) in points at the plan's
 * font size: Excel draws a unit as 7 pixels of 0.75 pt and adds 5 pixels of padding.
 */
export function columnPoints(width: number): number {
  return width * 5.25 + 3.75;
}

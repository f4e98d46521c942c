/**
 * The look of an official document (appendix issue, item 8), as plan styles: Times New Roman 13
 * everywhere, bold centred wrapped headers with borders, borders on tables, A4 landscape one
 * page wide with page numbers. Every style repeats the font, so an adapter that applies a range's
 * style whole (rather than merging it over earlier ones) still shows the right font.
 */
import type { CellStyle, HAlign, PrintSettings } from './types';

export const FONT_NAME = 'Times New Roman';
export const FONT_SIZE = 13;

/** Font and vertical alignment of every written cell. */
export const BASE: CellStyle = { fontName: FONT_NAME, fontSize: FONT_SIZE, vAlign: 'middle' };

/** Table header cells: bold, centred, wrapped, bordered. */
export const HEADER: CellStyle = { ...BASE, bold: true, hAlign: 'center', wrap: true, border: true };

/** Sheet titles: bold, centred, wrapped. */
export const TITLE: CellStyle = { ...BASE, bold: true, hAlign: 'center', wrap: true };

/** A bold line of text at the left (issuing body block, group and section headings). */
export const HEADING: CellStyle = { ...BASE, bold: true, hAlign: 'left' };

/** The "(Kèm theo Quyết định ...)" line. */
export const NOTE: CellStyle = { ...BASE, italic: true, hAlign: 'center', wrap: true };

/** A wrapped paragraph of text at the left. */
export const TEXT: CellStyle = { ...BASE, hAlign: 'left', wrap: true };

/** A table body cell of a column with the given alignment and number format. */
export function bodyCell(hAlign: HAlign, numberFormat?: string, wrap = false): CellStyle {
  const style: CellStyle = { ...BASE, border: true, hAlign, wrap };
  if (numberFormat !== undefined) style.numberFormat = numberFormat;
  return style;
}

/** Emphasis for summary rows (the mean) and group rows inside a table. */
export const EMPHASIS: CellStyle = { ...BASE, bold: true, border: true };

/** Print settings shared by every result sheet. */
export function printSettings(footer: string, repeatRows?: { first: number; last: number }): PrintSettings {
  const print: PrintSettings = {
    orientation: 'landscape',
    paper: 'A4',
    fitToPagesWide: 1,
    centerFooter: footer,
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
  };
  if (repeatRows) print.repeatRows = repeatRows;
  return print;
}

/** Characters Excel may not have in a sheet name. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

/** A valid sheet name: forbidden characters replaced, no edge apostrophes, at most 31 characters. */
export function sheetName(wanted: string): string {
  const cleaned = wanted.replace(FORBIDDEN_IN_SHEET_NAME, '-').replace(/^'+|'+$/g, '').trim();
  return Array.from(cleaned).slice(0, 31).join('').trim() || 'Sheet';
}

/**
 * Where printed pages start: an estimate of the page's height in sheet points (A4 with the
 * plan's margins, scaled down as fit-to-width scales it) and of each row's height, so that a block
 * of rows kept together (a unit's lines, a chart's anchor rows) starts on a new page rather than
 * being cut. Every estimate errs on the safe side: rows a little taller, pages a little shorter
 * and the sheet a little narrower (less scaled down) than Excel or LibreOffice make them, so the
 * real automatic breaks come no earlier than the simulated ones.
 */
import type { PrintSettings } from './types';

/** A4 in points (1/72 inch). */
const A4_SHORT = 595.28;
const A4_LONG = 841.89;
const POINTS_PER_INCH = 72;
/** Share of the printable height counted on: room for the footer and rounding in the printer. */
const PAGE_SAFETY = 0.97;
/** Height in points of a row whose height is not set: one line of Times New Roman 13 (Excel about 17.25, LibreOffice 15). */
export const DEFAULT_ROW_ESTIMATE = 17.5;
/** Set row heights are counted this much taller (the host may round them up). */
const SET_ROW_MARGIN = 0.5;
/**
 * Points per character of column width, a little low (Excel: about 5.25 per character plus 3.75
 * per column), so the fit-to-width scale is over-estimated and pages counted shorter.
 */
const POINTS_PER_WIDTH_CHAR = 5.25;

/** Excel keeps at most this many manual page breaks in a sheet. */
export const MAX_BREAKS = 1026;

/** Rows kept on one page when they fit on one: `rows` rows from `row`. */
export interface KeepTogether {
  row: number;
  rows: number;
}

/** The height of a printed page's body in sheet points, after fit-to-width scaling (`sheetWidthChars`: the columns' total width). */
export function printableHeight(print: PrintSettings, sheetWidthChars: number): number {
  const landscape = print.orientation === 'landscape';
  const paperHeight = landscape ? A4_SHORT : A4_LONG;
  const paperWidth = landscape ? A4_LONG : A4_SHORT;
  const m = print.margins ?? { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 };
  const height = paperHeight - (m.top + m.bottom) * POINTS_PER_INCH;
  const width = paperWidth - (m.left + m.right) * POINTS_PER_INCH;
  const sheetWidth = sheetWidthChars * POINTS_PER_WIDTH_CHAR;
  // Fit to N pages wide scales the sheet down (never up) so its width fits N page widths.
  const scale = sheetWidth > 0 ? Math.min(1, (width * Math.max(1, print.fitToPagesWide)) / sheetWidth) : 1;
  return (height * PAGE_SAFETY) / scale;
}

/** How many rows of unset height one page holds at least, however fit-to-width scales the sheet. */
export function rowsOnPage(print: PrintSettings): number {
  return Math.floor(printableHeight(print, 0) / DEFAULT_ROW_ESTIMATE);
}

/** Estimated printed height of a row: its set height (`set`, if any) or one line. */
export function rowEstimate(set: number | undefined): number {
  return set === undefined ? DEFAULT_ROW_ESTIMATE : set + SET_ROW_MARGIN;
}

/**
 * The 0-based rows before which a manual page break goes: rows 0..lastRow are laid out page by
 * page (the repeated header rows take their height on every page after the first); a kept block
 * that would not fit on the rest of a page starts the next one, and a row that would not fit
 * starts the next one too. Every page end is made a manual break, not only those before kept
 * blocks: the host would put its own breaks later than these estimates (its rows are shorter,
 * its pages taller), possibly inside a block further down; with every page ended here, each page
 * holds what was estimated and the host adds no break of its own. At most MAX_BREAKS (Excel's
 * limit per sheet); past them the host breaks pages itself.
 */
export function pageBreaksFor(
  lastRow: number,
  height: (row: number) => number,
  pageHeight: number,
  keep: readonly KeepTogether[],
  repeat?: { first: number; last: number },
): number[] {
  // Height of the tallest block kept from each row (NaN: none starts there), by row: a sheet of
  // units keeps one block per unit.
  const keepHeight = new Float64Array(lastRow + 1).fill(NaN);
  for (const k of keep) {
    if (k.row < 0 || k.row > lastRow) continue;
    let h = 0;
    for (let r = k.row; r < k.row + k.rows; r++) h += height(r);
    const known = keepHeight[k.row];
    keepHeight[k.row] = Math.max(Number.isNaN(known) ? 0 : known, h);
  }
  let header = 0;
  if (repeat) for (let r = repeat.first; r <= repeat.last; r++) header += height(r);
  const breaks: number[] = [];
  let used = 0;
  /** What a page holds before its first own row: nothing on the first page, the header after. */
  let start = 0;
  for (let row = 0; row <= lastRow; row++) {
    const block = keepHeight[row];
    const h = height(row);
    // A block that would not fit on the rest of this page starts the next one; so does a row that
    // does not fit (also inside a block taller than a page).
    if (used > start && (used + (Number.isNaN(block) ? h : block) > pageHeight || used + h > pageHeight)) {
      if (breaks.length === MAX_BREAKS) break;
      breaks.push(row);
      start = repeat && row > repeat.last ? header : 0;
      used = start;
    }
    used += h;
  }
  return breaks;
}

/** Share of the printable width a table is widened to: a little room for the host's own rounding. */
const PAGE_FILL = 0.97;

/** The printable width of an A4 page in characters of column width (`POINTS_PER_WIDTH_CHAR` each). */
export function printableWidthChars(orientation: PrintSettings['orientation'], margins: PrintSettings['margins']): number {
  const m = margins ?? { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 };
  const paper = orientation === 'landscape' ? A4_LONG : A4_SHORT;
  return (paper - (m.left + m.right) * POINTS_PER_INCH) / POINTS_PER_WIDTH_CHAR;
}

/**
 * The orientation of a sheet from its columns' fitted widths, and the widths that use the page:
 * portrait when the table fits a portrait page's width, else landscape; the `grow` columns (all
 * when not given) then widened in proportion so the table fills the page's width. A table wider
 * than a landscape page keeps its widths (fit-to-width scales it down when printed).
 */
export function fitToPage(
  widths: readonly number[], margins: PrintSettings['margins'], grow?: readonly number[],
): { orientation: PrintSettings['orientation']; widths: number[] } {
  const total = widths.reduce((a, b) => a + b, 0);
  const portrait = printableWidthChars('portrait', margins) * PAGE_FILL;
  const orientation = total <= portrait ? 'portrait' : 'landscape';
  const room = orientation === 'portrait' ? portrait : printableWidthChars('landscape', margins) * PAGE_FILL;
  const growing = (grow ?? widths.map((_, col) => col)).filter((col) => col >= 0 && col < widths.length);
  const growable = growing.reduce((a, col) => a + widths[col], 0);
  if (total >= room || growable <= 0) return { orientation, widths: [...widths] };
  const factor = (room - (total - growable)) / growable;
  const out = [...widths];
  // Tenths rounded down, so the widened table never passes the room it was given.
  for (const col of growing) out[col] = Math.floor(widths[col] * factor * 10) / 10;
  return { orientation, widths: out };
}

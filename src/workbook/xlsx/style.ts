/**
 * The plan's CellStyle in ExcelJS terms. Styles of overlapping ranges are merged property by
 * property, later ranges winning, the way the Office adapter's successive format calls behave.
 */
import type { Alignment, Borders, Font, Style } from 'exceljs';
import type { CellStyle } from '../../appendix/types';

export class PlanStyleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanStyleError';
  }
}

/** "#RRGGBB" to ExcelJS's opaque "FFRRGGBB". */
export function argbOf(colour: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(colour);
  if (!m) throw new PlanStyleError(`colour "${colour}" is not #RRGGBB`);
  return `FF${m[1].toUpperCase()}`;
}

/** Merges `next` over `base`: properties set in `next` win. */
export function mergeStyles(base: CellStyle | undefined, next: CellStyle): CellStyle {
  const out: CellStyle = { ...base };
  for (const [k, v] of Object.entries(next) as [keyof CellStyle, CellStyle[keyof CellStyle]][]) {
    if (v !== undefined) Object.assign(out, { [k]: v });
  }
  return out;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

/** A complete ExcelJS style object for one cell (a fresh object each call). */
export function toExcelStyle(style: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  const font: Partial<Font> = {};
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.color !== undefined) font.color = { argb: argbOf(style.color) };
  if (Object.keys(font).length) out.font = font;

  if (style.fill !== undefined) {
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(style.fill) } };
  }
  const alignment: Partial<Alignment> = {};
  if (style.hAlign !== undefined) alignment.horizontal = style.hAlign;
  if (style.vAlign !== undefined) alignment.vertical = style.vAlign;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (Object.keys(alignment).length) out.alignment = alignment;

  if (style.border) {
    const border: Partial<Borders> = { top: { ...THIN }, left: { ...THIN }, bottom: { ...THIN }, right: { ...THIN } };
    out.border = border;
  }
  if (style.numberFormat !== undefined) out.numFmt = style.numberFormat;
  return out;
}

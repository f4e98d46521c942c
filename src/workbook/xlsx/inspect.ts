/**
 * Reads back what a rendered sheet looks like, in the plan's own terms (CellStyle, boxes, print
 * settings), so tests (and the shared port contract suite) can compare a plan with its result
 * without knowing ExcelJS. Values are read back with `XlsxWorkbook.readSheet`.
 */
import type { Worksheet } from 'exceljs';
import type { CellBox } from '../../engine/grid';
import type { CellStyle, HAlign, PrintSettings, VAlign } from '../../appendix/types';
import { WorkbookError } from '../port';
import { parseRangeBox } from './read-sheet';
import type { XlsxWorkbook } from './workbook';

export interface RenderedSheet {
  merges: CellBox[];
  /** Widths of the columns that have one, by 0-based column. */
  columnWidths: { col: number; width: number }[];
  rowHeights: { row: number; height: number }[];
  freeze?: { rows: number; cols: number };
  /** SpreadsheetML paper size code (9 = A4), when set. */
  paperSize?: number;
  /** Print settings, when the sheet is set to fit to pages and its paper is A4. */
  print?: PrintSettings;
}

function sheetOf(wb: XlsxWorkbook, name: string): Worksheet {
  const ws = wb.workbook.getWorksheet(name);
  if (!ws) throw new WorkbookError('sheet-not-found', `No sheet named "${name}"`);
  return ws;
}

const colour = (argb: string | undefined): string | undefined =>
  argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;

const H_ALIGN: readonly HAlign[] = ['left', 'center', 'right'];
const V_ALIGN: readonly VAlign[] = ['top', 'middle', 'bottom'];

/** The style of one cell (0-based), with only the properties that are set. */
export function renderedCellStyle(wb: XlsxWorkbook, sheet: string, row: number, col: number): CellStyle {
  const ws = sheetOf(wb, sheet);
  const cell = ws.findCell(row + 1, col + 1);
  const style: CellStyle = {};
  if (!cell) return style;
  const { font, fill, alignment, border, numFmt } = cell;
  if (font?.name !== undefined) style.fontName = font.name;
  if (font?.size !== undefined) style.fontSize = font.size;
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  const fontColour = colour(font?.color?.argb);
  if (fontColour) style.color = fontColour;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const fillColour = colour(fill.fgColor?.argb);
    if (fillColour) style.fill = fillColour;
  }
  const h = alignment?.horizontal;
  if (h && (H_ALIGN as readonly string[]).includes(h)) style.hAlign = h as HAlign;
  const v = alignment?.vertical;
  if (v && (V_ALIGN as readonly string[]).includes(v)) style.vAlign = v as VAlign;
  if (alignment?.wrapText) style.wrap = true;
  if (border && (['top', 'left', 'bottom', 'right'] as const).every((e) => border[e]?.style === 'thin')) style.border = true;
  if (numFmt) style.numberFormat = numFmt;
  return style;
}

/** Merges, sizes, frozen panes and print settings of a rendered sheet. */
export function renderedSheet(wb: XlsxWorkbook, sheet: string): RenderedSheet {
  const ws = sheetOf(wb, sheet);
  const merges = (ws.model.merges ?? []).flatMap((r) => parseRangeBox(r) ?? []);
  const columnWidths: { col: number; width: number }[] = [];
  (ws.columns ?? []).forEach((c, col) => {
    if (c?.width !== undefined) columnWidths.push({ col, width: c.width });
  });
  const rowHeights: { row: number; height: number }[] = [];
  ws.eachRow({ includeEmpty: true }, (r, n) => {
    if (r.height !== undefined) rowHeights.push({ row: n - 1, height: r.height });
  });
  const view = ws.views?.[0];
  const freeze =
    view?.state === 'frozen' ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 } : undefined;
  const setup = ws.pageSetup;
  let print: PrintSettings | undefined;
  if (setup?.fitToPage && setup.paperSize === 9) {
    const titles = /^(\d+):(\d+)$/.exec(setup.printTitlesRow ?? '');
    const footer = ws.headerFooter?.oddFooter;
    const m = setup.margins;
    print = {
      orientation: setup.orientation === 'landscape' ? 'landscape' : 'portrait',
      paper: 'A4',
      fitToPagesWide: setup.fitToWidth ?? 1,
      ...(titles ? { repeatRows: { first: Number(titles[1]) - 1, last: Number(titles[2]) - 1 } } : {}),
      ...(footer?.startsWith('&C') ? { centerFooter: footer.slice(2) } : {}),
      ...(m ? { margins: { top: m.top, bottom: m.bottom, left: m.left, right: m.right } } : {}),
    };
  }
  return {
    merges,
    columnWidths,
    rowHeights,
    freeze,
    ...(setup?.paperSize !== undefined ? { paperSize: setup.paperSize } : {}),
    ...(print ? { print } : {}),
  };
}

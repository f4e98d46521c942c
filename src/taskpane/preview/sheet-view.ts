/**
 * A sheet of the preview's fake workbook as a table to draw: the cells from A1 to the last one used
 * (values shown as their number format shows them, in the pane's decimal convention), merges as
 * spans, bold, italics, colours, alignment, borders, and column widths and row heights in pixels.
 * Read through the fake's inspection API (nothing counted, no sync); pure otherwise.
 */
import { a1, type CellBox, columnLetters } from '../../engine/grid';
import type { Lang } from '../../engine/types';
import { formatFixed } from '../../i18n/format';
import type { CellInfo, FakeExcel } from '../../office-fake';

/** Excel's standard column width and row height, in points. */
const STANDARD_WIDTH_PT = 48;
const STANDARD_HEIGHT_PT = 15;
const PX_PER_PT = 4 / 3;

/** A large sheet is cut: the preview shows what a screen shows, not a million cells. */
export const MAX_ROWS = 300;
export const MAX_COLUMNS = 40;

export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  /** CSS colours (#rrggbb). */
  color?: string;
  fill?: string;
  align?: 'left' | 'center' | 'right';
  verticalAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Font size in points, and the font's name. */
  size?: number;
  font?: string;
  borderTop?: boolean;
  borderBottom?: boolean;
  borderLeft?: boolean;
  borderRight?: boolean;
}

export interface ViewCell {
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  address: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  look: CellLook;
  /** Text cut at the cell's edge: the next cell holds something (else it runs on, as in Excel). */
  clip: boolean;
}

export interface ViewRow {
  /** 0-based sheet row (Excel shows row + 1). */
  row: number;
  heightPx: number;
  /** Cells hidden under a merge are left out. */
  cells: ViewCell[];
}

export interface SheetView {
  name: string;
  columns: { col: number; letters: string; widthPx: number }[];
  rows: ViewRow[];
  /** Rows and columns the sheet uses, and how many of them are drawn. */
  usedRows: number;
  usedColumns: number;
  cut: boolean;
}

const CSS_COLOR = /^#[0-9a-f]{6}$/i;

/** How a number format shows a number, for the formats the product writes ("0", "0.00", "+0.00;-0.00;0", "0.0%"). */
export function formatValue(value: CellInfo['value'], numberFormat: string, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const fixed = /^(\+)?(?:#,##)?0(?:\.(0+))?(%)?(?:;|$)/.exec(numberFormat);
  if (fixed) {
    const shown = fixed[3] ? value * 100 : value;
    return (fixed[1] && shown > 0 ? '+' : '') + formatFixed(shown, fixed[2]?.length ?? 0, lang) + (fixed[3] ?? '');
  }
  // General: up to ten significant digits, as Excel's General shows a number in a cell.
  const text = String(Number(value.toPrecision(10)));
  return lang === 'vi' ? text.replace('.', ',') : text;
}

function lookOf(info: CellInfo): CellLook {
  const s = info.style;
  const look: CellLook = {};
  if (s.bold) look.bold = true;
  if (s.italic) look.italic = true;
  if (s.fontColor && CSS_COLOR.test(s.fontColor)) look.color = s.fontColor;
  if (s.fill && CSS_COLOR.test(s.fill)) look.fill = s.fill;
  const h = (s.hAlign ?? '').toLowerCase();
  if (h === 'left' || h === 'center' || h === 'right') look.align = h;
  else if (h === 'centeracrossselection') look.align = 'center';
  // General alignment: numbers to the right, as Excel shows them.
  else if (info.kind === 'Double') look.align = 'right';
  const v = (s.vAlign ?? '').toLowerCase();
  if (v === 'top' || v === 'bottom') look.verticalAlign = v;
  else if (v === 'center') look.verticalAlign = 'middle';
  if (s.wrap) look.wrap = true;
  if (typeof s.fontSize === 'number') look.size = s.fontSize;
  if (s.fontName) look.font = s.fontName;
  const line = (style: string | undefined) => style !== undefined && style !== 'None';
  if (line(s.borderTop)) look.borderTop = true;
  if (line(s.borderBottom)) look.borderBottom = true;
  if (line(s.borderLeft)) look.borderLeft = true;
  if (line(s.borderRight)) look.borderRight = true;
  return look;
}

/** The box from A1 to the last cell holding a value or a merge (formats alone do not widen it). */
function usedExtent(fake: FakeExcel, name: string): { rows: number; cols: number } {
  const sheet = fake.sheet(name);
  const bounds = sheet.values.bounds();
  let rows = bounds ? bounds.row + bounds.rows : 0;
  let cols = bounds ? bounds.col + bounds.cols : 0;
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.row + m.rows);
    cols = Math.max(cols, m.col + m.cols);
  }
  return { rows, cols };
}

export function sheetView(fake: FakeExcel, name: string, lang: Lang): SheetView {
  const sheet = fake.sheet(name);
  const used = usedExtent(fake, name);
  const rowsShown = Math.min(used.rows, MAX_ROWS);
  const colsShown = Math.min(used.cols, MAX_COLUMNS);
  const visibleCols = Array.from({ length: colsShown }, (_, c) => c).filter((c) => !sheet.hiddenCols.has(c));
  const columns = visibleCols.map((col) => ({
    col,
    letters: columnLetters(col),
    widthPx: Math.round((sheet.columnWidths.get(col) ?? STANDARD_WIDTH_PT) * PX_PER_PT),
  }));

  // A merge is drawn once, at its top-left cell, spanning its visible rows and columns.
  const covered = new Set<string>();
  const spanOf = new Map<string, { rowSpan: number; colSpan: number }>();
  const visibleIn = (box: CellBox) => ({
    rows: Array.from({ length: box.rows }, (_, i) => box.row + i).filter((r) => r < rowsShown && !sheet.hiddenRows.has(r)).length,
    cols: Array.from({ length: box.cols }, (_, i) => box.col + i).filter((c) => c < colsShown && !sheet.hiddenCols.has(c)).length,
  });
  for (const m of sheet.merges) {
    const seen = visibleIn(m);
    spanOf.set(`${m.row}:${m.col}`, { rowSpan: Math.max(1, seen.rows), colSpan: Math.max(1, seen.cols) });
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r}:${c}`);
    }
  }

  const rows: ViewRow[] = [];
  for (let row = 0; row < rowsShown; row++) {
    if (sheet.hiddenRows.has(row)) continue;
    const cells: ViewCell[] = [];
    for (const col of visibleCols) {
      if (covered.has(`${row}:${col}`)) continue;
      const address = a1(row, col);
      const info = fake.cell(name, address);
      const span = spanOf.get(`${row}:${col}`) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({ row, col, address, text: formatValue(info.value, info.numberFormat, lang), ...span, look: lookOf(info), clip: false });
    }
    cells.forEach((cell, i) => {
      const next = cells[i + 1];
      cell.clip = next !== undefined && next.col === cell.col + cell.colSpan && next.text !== '';
    });
    rows.push({ row, heightPx: Math.round((sheet.rowHeights.get(row) ?? STANDARD_HEIGHT_PT) * PX_PER_PT), cells });
  }
  return { name, columns, rows, usedRows: used.rows, usedColumns: used.cols, cut: used.rows > rowsShown || used.cols > colsShown };
}

/** The top-left cell of the fake's selection on `sheet` ("D7" of "D7:E9"), when the selection is there. */
export function selectedCell(fake: FakeExcel, sheet: string): string | undefined {
  const sel = fake.selection();
  if (!sel || sel.sheet !== sheet) return undefined;
  const local = sel.address.includes('!') ? sel.address.slice(sel.address.lastIndexOf('!') + 1) : sel.address;
  return local.split(':')[0].replace(/\$/g, '').toUpperCase();
}

/**
 * Writes one bordered table (one or two header rows, then body rows) through a SheetWriter:
 * header style, per-column alignment and number format, bold summary rows, and full-width
 * group rows inside the body.
 */
import type { CellBox } from '../engine/grid';
import type { SheetWriter } from './layout';
import { bodyCell, EMPHASIS, HEADER, TITLE } from './styles';
import type { CellStyle, HAlign, PlanValue } from './types';

export interface Column {
  align: HAlign;
  format?: string;
  wrap?: boolean;
  /** Bounds of the fitted width, in characters. */
  min?: number;
  max?: number;
}

export interface TableSpec {
  row: number;
  col?: number;
  /** One or two header rows, as wide as `columns`. */
  header: PlanValue[][];
  /** Merged header cells, relative to the table's top-left cell. */
  headerMerges?: CellBox[];
  columns: Column[];
  body: PlanValue[][];
  /** Body rows (0-based within the body) shown bold: the mean, totals. */
  emphasis?: number[];
  /** Body rows whose first cell is a label merged over the whole table width (group rows). */
  bands?: number[];
  /** Number formats of single body cells that differ from their column's (row within the body). */
  cellFormats?: { row: number; col: number; format: string }[];
}

export interface TableBox {
  headerFirst: number;
  headerLast: number;
  /** First body row; when the body is empty, headerLast + 1. */
  bodyFirst: number;
  bodyLast: number;
  /** First free row under the table. */
  next: number;
}

export function writeTable(w: SheetWriter, spec: TableSpec): TableBox {
  const col = spec.col ?? 0;
  const width = spec.columns.length;
  const headerFirst = spec.row;
  const headerLast = spec.row + spec.header.length - 1;
  const merges = (spec.headerMerges ?? []).map((m) => ({ ...m, row: m.row + headerFirst, col: m.col + col }));
  writeHeader(w, spec, col, merges);

  const bodyFirst = headerLast + 1;
  const bodyLast = bodyFirst + spec.body.length - 1;
  const bands = new Set(spec.bands ?? []);
  const emphasis = new Set(spec.emphasis ?? []);
  const formats = spec.columns.map((c) => c.format);
  const wrapped = spec.columns.flatMap((c, i) => (c.wrap ? [i] : []));
  // The lines between group rows go in one run, fitted column by column.
  let from = 0;
  for (let r = 0; r <= spec.body.length; r++) {
    if (r < spec.body.length && !bands.has(r)) continue;
    if (r > from) {
      // A body line of the table's width is written as it is (each table's body is its own).
      const lines = spec.body.slice(from, r).map((line) => (line.length === width ? line : padTo(line, width)));
      w.putRows(bodyFirst + from, col, lines, formats, wrapped);
    }
    if (r < spec.body.length) {
      w.put(bodyFirst + r, col, [padTo(spec.body[r], width)], 'none');
      w.merge({ row: bodyFirst + r, col, rows: 1, cols: width });
    }
    from = r + 1;
  }
  spec.columns.forEach((c, i) => {
    if (c.min !== undefined || c.max !== undefined) w.limit(col + i, c.min ?? 5, c.max ?? 60);
    w.style({ row: bodyFirst, col: col + i, rows: spec.body.length, cols: 1 }, bodyCell(c.align, c.format, c.wrap ?? false));
  });
  // Styles are made once per column and shared by its cells (plan styles are read, never changed):
  // a sheet of self scores has a bold total row per unit.
  const bold = spec.columns.map((c) => ({ ...bodyCell(c.align, c.format, c.wrap ?? false), bold: true }));
  for (const r of [...emphasis].sort((a, b) => a - b)) {
    spec.columns.forEach((c, i) => w.style({ row: bodyFirst + r, col: col + i, rows: 1, cols: 1 }, bold[i]));
  }
  const formatted = new Map<string, CellStyle>();
  for (const f of spec.cellFormats ?? []) {
    const c = spec.columns[f.col];
    const strong = emphasis.has(f.row);
    const key = `${f.col}|${strong}|${f.format}`;
    let style = formatted.get(key);
    if (style === undefined) {
      style = { ...bodyCell(c.align, f.format, c.wrap ?? false), bold: strong };
      formatted.set(key, style);
    }
    w.style({ row: bodyFirst + f.row, col: col + f.col, rows: 1, cols: 1 }, style);
  }
  for (const r of [...bands].sort((a, b) => a - b)) {
    w.style({ row: bodyFirst + r, col, rows: 1, cols: width }, { ...EMPHASIS, hAlign: 'left' });
  }
  return { headerFirst, headerLast, bodyFirst, bodyLast, next: bodyLast + 1 };
}

function writeHeader(w: SheetWriter, spec: TableSpec, col: number, merges: CellBox[]): void {
  const width = spec.columns.length;
  const lines = spec.header.map((line) => padTo(line, width));
  w.put(spec.row, col, lines, 'none');
  lines.forEach((line, r) => {
    const row = spec.row + r;
    line.forEach((value, i) => {
      const merge = merges.find((m) => m.row === row && m.col === col + i);
      if (value === null || merges.some((m) => m !== merge && inside(m, row, col + i))) return;
      w.measure(col + i, value, merge !== undefined && merge.cols > 1 ? 'none' : 'words');
      if (typeof value === 'string' && (merge === undefined || merge.rows === 1)) w.wrap(row, col + i, merge?.cols ?? 1, value);
    });
  });
  merges.forEach((m) => w.merge(m));
  w.style({ row: spec.row, col, rows: spec.header.length, cols: width }, HEADER);
}

function inside(box: CellBox, row: number, col: number): boolean {
  return row >= box.row && row < box.row + box.rows && col >= box.col && col < box.col + box.cols;
}

function padTo(line: PlanValue[], width: number): PlanValue[] {
  return line.length >= width ? line.slice(0, width) : [...line, ...Array<PlanValue>(width - line.length).fill(null)];
}

/** The sheet's title on row 1: bold, centred and wrapped across the first `cols` columns. */
export function writeSheetTitle(w: SheetWriter, text: string, cols: number): void {
  w.put(0, 0, [[text]], 'none');
  w.merge({ row: 0, col: 0, rows: 1, cols });
  w.style({ row: 0, col: 0, rows: 1, cols }, TITLE);
  w.wrap(0, 0, cols, text);
}

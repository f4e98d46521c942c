/**
 * Planning a sheet read that no response refuses (Excel on the web refuses responses over 5 MB).
 * The first sync loads, with the used range's address and size, the values of a head box: the
 * used range as this adapter last read it when it fits in one response, else a fixed box at A1,
 * small enough to be accepted whatever it holds and big enough to hold a whole scoring sheet of
 * about 2,000 units (only its intersection with the used range is loaded, so a small sheet sends
 * back only its own cells): most sheets are read in that one sync. What the used range has outside the head is then read in
 * pieces sized from the head's measured bytes per cell, several pieces per sync up to a target
 * response size.
 */
import type { CellBox } from '../../engine/grid';

/** Rows and columns of the head box read with the used range's shape (ExcelApi 1.9: values only). */
export const HEAD_ROWS = 300;
export const HEAD_COLS = 2_100;
/** Without ExcelApi 1.9, valueTypes and formulas come too: a third of the columns. */
export const HEAD_COLS_NO_SPECIAL = 700;
/** Response size aimed at for each later sync (Excel on the web refuses 5 MB). */
export const PIECE_TARGET_BYTES = 3 * 1024 * 1024;
/** Margin on the measured bytes per cell (units' columns differ a little). */
const SAFETY = 1.25;
/** Bytes per cell assumed when the head holds nothing of the used range: long texts. */
export const UNKNOWN_CELL_BYTES = 64;

/** The part of `a` inside `b`, undefined when they do not meet. */
export function intersect(a: CellBox, b: CellBox): CellBox | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : undefined;
}

/**
 * What of `used` lies outside `head`, as at most four boxes: the rows above and below the head
 * (full width), and left and right of it on the head's rows.
 */
export function outsideHead(used: CellBox, head: CellBox): CellBox[] {
  const out: CellBox[] = [];
  const usedEndRow = used.row + used.rows;
  const usedEndCol = used.col + used.cols;
  const headEndRow = head.row + head.rows;
  const headEndCol = head.col + head.cols;
  const aboveEnd = Math.min(usedEndRow, head.row);
  if (aboveEnd > used.row) out.push({ row: used.row, col: used.col, rows: aboveEnd - used.row, cols: used.cols });
  const midRow = Math.max(used.row, head.row);
  const midRows = Math.min(usedEndRow, headEndRow) - midRow;
  if (midRows > 0) {
    const leftEnd = Math.min(usedEndCol, head.col);
    if (leftEnd > used.col) out.push({ row: midRow, col: used.col, rows: midRows, cols: leftEnd - used.col });
    const rightCol = Math.max(used.col, headEndCol);
    if (usedEndCol > rightCol) out.push({ row: midRow, col: rightCol, rows: midRows, cols: usedEndCol - rightCol });
  }
  const belowRow = Math.max(used.row, headEndRow);
  if (usedEndRow > belowRow) out.push({ row: belowRow, col: used.col, rows: usedEndRow - belowRow, cols: used.cols });
  return out;
}

/** A sheet's used range and response bytes per cell, as measured when it was last read. */
export interface KnownShape {
  box: CellBox;
  bytesPerCell: number;
}

/**
 * The box whose cells the first sync loads: the used range as last read, when that fits in one
 * response (no empty cells sent, the whole sheet in one sync if it has not grown); else the
 * fixed box at A1. When `sheets` sheets share the sync, each gets a share of it: the used range
 * as last read if it fits in its share of the response, else the fixed box's rows and its share
 * of the columns (30 sheets: 300 rows × 70 columns each, room for a unit's form).
 */
export function headBoxFor(known: KnownShape | undefined, special: boolean, sheets = 1): CellBox {
  const share = Math.max(1, sheets);
  if (known && estimatedBytes(known.box, known.bytesPerCell) <= PIECE_TARGET_BYTES / share) return known.box;
  const cols = special ? HEAD_COLS : HEAD_COLS_NO_SPECIAL;
  return { row: 0, col: 0, rows: HEAD_ROWS, cols: Math.max(1, Math.floor(cols / share)) };
}

/** The response bytes a box of cells is estimated at (with the safety margin). */
export function estimatedBytes(box: CellBox, bytesPerCell: number): number {
  return box.rows * box.cols * bytesPerCell * SAFETY;
}

/** Splits a box along its longer side into pieces estimated at most `target` bytes each. */
export function splitBox(box: CellBox, bytesPerCell: number, target = PIECE_TARGET_BYTES): CellBox[] {
  const count = Math.max(1, Math.ceil(estimatedBytes(box, bytesPerCell) / target));
  if (count === 1) return [box];
  const alongCols = box.cols >= box.rows;
  const length = alongCols ? box.cols : box.rows;
  const step = Math.max(1, Math.floor(length / count));
  const pieces: CellBox[] = [];
  for (let start = 0; start < length; start += step) {
    const n = Math.min(step, length - start);
    pieces.push(alongCols ? { ...box, col: box.col + start, cols: n } : { ...box, row: box.row + start, rows: n });
  }
  return pieces;
}

/** Groups pieces into syncs whose estimated responses stay under `target`. */
export function groupPieces(pieces: CellBox[], bytesPerCell: number, target = PIECE_TARGET_BYTES): CellBox[][] {
  return groupBySize(pieces, (piece) => estimatedBytes(piece, bytesPerCell), target);
}

/** Groups items, in order, into syncs whose estimated bytes stay under `target` (an item alone may pass it). */
export function groupBySize<T>(items: readonly T[], bytes: (item: T) => number, target = PIECE_TARGET_BYTES): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const size = bytes(item);
    if (current.length > 0 && total + size > target) {
      groups.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

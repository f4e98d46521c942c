/**
 * The engine's input: one worksheet as a rectangular grid of cell values, the way the
 * Excel JavaScript API's `range.values` hands it over (empty cells as ""), plus, where the
 * reader knows them, which cells hold error values or formulas and which cells are merged.
 */

/** A cell value as `range.values` gives it; `null` is accepted as empty too. */
export type CellValue = string | number | boolean | null;

/** Value kinds, a subset of Excel.RangeValueType. Only "Error" changes how the engine reads a cell. */
export type CellKind = 'Empty' | 'String' | 'Double' | 'Integer' | 'Boolean' | 'Error' | 'Unknown';

/** A rectangle of cells, 0-based, inclusive of its first row/column, `rows`×`cols` in size. */
export interface CellBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetGrid {
  /** Worksheet name, used in findings ("Sheet!A1"). */
  sheetName: string;
  /** Row-major values; `values[r][c]` is the cell at (originRow + r, originCol + c). Rows may be jagged. */
  values: readonly (readonly CellValue[])[];
  /** 0-based sheet row of values[0] (the used range may start below row 1). Default 0. */
  originRow?: number;
  /** 0-based sheet column of values[r][0]. Default 0. */
  originCol?: number;
  /**
   * Same shape as values when known; "Error" marks Excel error values (#DIV/0!, #REF! ...), whose
   * value is their text. A number is read as a number whatever its kind.
   */
  kinds?: readonly (readonly CellKind[])[];
  /** Same shape as values when known; true where the cell holds a formula. */
  formulas?: readonly (readonly boolean[])[];
  /**
   * Formula cells the file stores without their last value (written by a script or an exporting
   * program and never calculated), in sheet coordinates: their value reads as empty (""); the
   * formula's text, without its "=". Absent when there are none or the reader cannot know; the
   * engine then takes formula-flagged cells that read empty for them (text unknown). References
   * in the formulas are read in this grid's sheet coordinates (src/engine/formula-cells.ts).
   */
  uncached?: readonly { row: number; col: number; formula: string }[];
  /** Merged areas in sheet coordinates, when known. */
  merges?: readonly CellBox[];
  /** 0-based sheet rows / columns that are hidden, when known (they are still read). */
  hiddenRows?: readonly number[];
  hiddenCols?: readonly number[];
}

/** Column letters for a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based (row, col) in sheet coordinates. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 range address "A1:C3" of a box. */
export function a1Box(box: CellBox): string {
  const start = a1(box.row, box.col);
  if (box.rows === 1 && box.cols === 1) return start;
  return `${start}:${a1(box.row + box.rows - 1, box.col + box.cols - 1)}`;
}

/** Parses "M24" to 0-based {row, col}; returns undefined when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Excel error literals as range.values shows them. */
export const EXCEL_ERROR_TEXTS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#NULL', '#N/A!',
]);

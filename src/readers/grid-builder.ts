/**
 * Building a grid in the standard arrangement out of cells of other grids: values with their
 * kinds (error values) and formula flags, merged areas. Coordinates are the new grid's (origin 0).
 */
import { type CellBox, type CellKind, type CellValue, EXCEL_ERROR_TEXTS, type SheetGrid } from '../engine/grid';

/** The kind of a value whose source gave none: an error literal is an error, as the engine reads it then. */
function kindOf(v: CellValue | undefined): CellKind {
  if (v === null || v === undefined || v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return EXCEL_ERROR_TEXTS.has(v.trim().toUpperCase()) ? 'Error' : 'String';
}

export class GridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly kinds: CellKind[][] = [];
  private readonly formulas: boolean[][] = [];
  private readonly merges: CellBox[] = [];
  private hasKinds = false;
  private hasFormulas = false;

  /** Adds an empty row; returns its index. */
  addRow(): number {
    this.values.push([]);
    this.kinds.push([]);
    this.formulas.push([]);
    return this.values.length - 1;
  }

  get rows(): number {
    return this.values.length;
  }

  set(r: number, c: number, value: CellValue): void {
    this.values[r][c] = value;
  }

  /** Copies the cell (sr, sc) of `from` (grid coordinates) with its kind and formula flag. */
  copy(r: number, c: number, from: SheetGrid, sr: number, sc: number): void {
    const v = from.values[sr]?.[sc];
    this.values[r][c] = v === undefined ? '' : v;
    const kind = from.kinds?.[sr]?.[sc];
    if (kind !== undefined) {
      this.kinds[r][c] = kind;
      this.hasKinds = true;
    }
    if (from.formulas?.[sr]?.[sc] === true) {
      this.formulas[r][c] = true;
      this.hasFormulas = true;
    }
  }

  merge(box: CellBox): void {
    this.merges.push(box);
  }

  build(sheetName: string): SheetGrid {
    const width = this.values.reduce((w, row) => Math.max(w, row.length), 0);
    const values = this.values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
    const grid: SheetGrid = { sheetName, values };
    if (this.hasKinds) grid.kinds = this.kinds.map((row, r) => Array.from({ length: width }, (_, c) => row[c] ?? kindOf(values[r][c])));
    if (this.hasFormulas) grid.formulas = this.formulas.map((row) => Array.from({ length: width }, (_, c) => row[c] === true));
    if (this.merges.length > 0) grid.merges = this.merges;
    return grid;
  }
}

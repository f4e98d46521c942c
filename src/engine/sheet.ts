/** Read access to a SheetGrid in grid coordinates, and conversion to sheet coordinates for findings. */
import { FormulaCells } from './formula-cells';
import { a1, type CellBox, type CellValue, EXCEL_ERROR_TEXTS, type SheetGrid } from './grid';

export class GridReader {
  readonly rows: number;
  readonly cols: number;
  readonly originRow: number;
  readonly originCol: number;
  private formulaCells?: FormulaCells;

  constructor(readonly grid: SheetGrid) {
    this.rows = grid.values.length;
    let cols = 0;
    for (const row of grid.values) if (row && row.length > cols) cols = row.length;
    this.cols = cols;
    this.originRow = grid.originRow ?? 0;
    this.originCol = grid.originCol ?? 0;
  }

  value(r: number, c: number): CellValue {
    const row = this.grid.values[r];
    if (!row) return null;
    const v = row[c];
    return v === undefined ? null : v;
  }

  /**
   * True when the cell holds an Excel error value (from kinds, or an error literal when kinds are
   * unknown). A number never is one: an error value reaches the grid as its text ("#DIV/0!"), as
   * `range.values` gives it, so a number marked "Error" is read as the number.
   */
  isError(r: number, c: number): boolean {
    const v = this.value(r, c);
    if (typeof v === 'number') return false;
    const kinds = this.grid.kinds;
    if (kinds) {
      const k = kinds[r]?.[c];
      if (k === 'Error') return true;
      if (k !== undefined) return false;
    }
    return typeof v === 'string' && EXCEL_ERROR_TEXTS.has(v.trim().toUpperCase());
  }

  isFormula(r: number, c: number): boolean {
    return this.grid.formulas?.[r]?.[c] === true;
  }

  /** The formula cells stored without their value, and what their formulas calculate to (made when first asked for). */
  get uncached(): FormulaCells {
    return (this.formulaCells ??= new FormulaCells(this));
  }

  isEmpty(r: number, c: number): boolean {
    const v = this.value(r, c);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  /** Sheet row/col and A1 address of a grid cell. */
  sheetRow(r: number): number {
    return r + this.originRow;
  }
  sheetCol(c: number): number {
    return c + this.originCol;
  }
  address(r: number, c: number): string {
    return a1(r + this.originRow, c + this.originCol);
  }

  /** Merged areas in grid coordinates. */
  mergesInGrid(): CellBox[] {
    return (this.grid.merges ?? []).map((m) => ({ ...m, row: m.row - this.originRow, col: m.col - this.originCol }));
  }
}

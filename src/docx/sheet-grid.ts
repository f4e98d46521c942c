/**
 * One sheet of the write plan read back as a grid: each cell's value and resolved style (the
 * plan's styled ranges applied in order, later ranges winning property by property, as the
 * workbook adapters apply them), and its merge. Then cut into what a document holds: runs of
 * bordered rows (tables) and the rows between them (lines of text).
 */
import type { CellBox } from '../engine/grid';
import type { CellStyle, PlanValue, SheetPlan } from '../appendix/types';

const NO_STYLE: CellStyle = {};

export class SheetGrid {
  readonly rows: number;
  readonly cols: number;
  private readonly values: PlanValue[];
  private readonly styles: CellStyle[];
  /** The merge whose top-left cell this is. */
  private readonly anchors = new Map<number, CellBox>();
  /** Cells inside a merge other than its top-left one. */
  private readonly covered = new Set<number>();

  constructor(readonly sheet: SheetPlan) {
    let rows = 0;
    let cols = 0;
    for (const b of sheet.blocks) {
      b.values.forEach((line, r) => {
        if (line.some((v) => v !== null)) rows = Math.max(rows, b.row + r + 1);
        cols = Math.max(cols, b.col + line.length);
      });
    }
    for (const m of sheet.merges) cols = Math.max(cols, m.col + m.cols);
    this.rows = rows;
    this.cols = cols;
    this.values = new Array<PlanValue>(rows * cols).fill(null);
    this.styles = new Array<CellStyle>(rows * cols).fill(NO_STYLE);
    for (const b of sheet.blocks) {
      b.values.forEach((line, r) => line.forEach((v, c) => {
        if (v !== null && b.row + r < rows) this.values[(b.row + r) * cols + b.col + c] = v;
      }));
    }
    // Ranges sharing a style object share the resolved one where they cover the same cells.
    const resolved = new Map<CellStyle, Map<CellStyle, CellStyle>>();
    for (const { box, style } of sheet.styles) {
      for (let r = box.row; r < Math.min(rows, box.row + box.rows); r++) {
        for (let c = box.col; c < Math.min(cols, box.col + box.cols); c++) {
          const i = r * cols + c;
          const before = this.styles[i];
          let byNew = resolved.get(before);
          if (byNew === undefined) { byNew = new Map(); resolved.set(before, byNew); }
          let after = byNew.get(style);
          if (after === undefined) { after = { ...before, ...style }; byNew.set(style, after); }
          this.styles[i] = after;
        }
      }
    }
    for (const m of sheet.merges) {
      if (m.row >= rows) continue;
      this.anchors.set(m.row * cols + m.col, m);
      for (let r = m.row; r < Math.min(rows, m.row + m.rows); r++) {
        for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) this.covered.add(r * cols + c);
      }
    }
  }

  value(row: number, col: number): PlanValue {
    return this.values[row * this.cols + col];
  }

  style(row: number, col: number): CellStyle {
    return this.styles[row * this.cols + col];
  }

  mergeAt(row: number, col: number): CellBox | undefined {
    return this.anchors.get(row * this.cols + col);
  }

  isCovered(row: number, col: number): boolean {
    return this.covered.has(row * this.cols + col);
  }

  /** A row with a bordered cell belongs to a table. */
  bordered(row: number): boolean {
    for (let c = 0; c < this.cols; c++) if (this.style(row, c).border) return true;
    return false;
  }

  /** The cells of a row holding a value, left to right. */
  filled(row: number): number[] {
    const cols: number[] = [];
    for (let c = 0; c < this.cols; c++) if (this.value(row, c) !== null && !this.isCovered(row, c)) cols.push(c);
    return cols;
  }
}

/** What a sheet holds, top to bottom: lines of text (a blank row: `blank`) and tables. */
export type SheetPart =
  | { kind: 'line'; row: number }
  | { kind: 'blank' }
  | { kind: 'table'; first: number; last: number; firstCol: number; lastCol: number };

/**
 * The sheet cut into parts: each run of bordered rows is a table over the columns its borders
 * cover; any other row is a line, blank rows (several in a row count as one) between them. Blank
 * rows at the top and bottom are left out.
 */
export function sheetParts(grid: SheetGrid): SheetPart[] {
  const parts: SheetPart[] = [];
  let row = 0;
  while (row < grid.rows) {
    if (grid.bordered(row)) {
      const first = row;
      let firstCol = grid.cols;
      let lastCol = -1;
      while (row < grid.rows && grid.bordered(row)) {
        for (let c = 0; c < grid.cols; c++) {
          if (grid.style(row, c).border) { firstCol = Math.min(firstCol, c); lastCol = Math.max(lastCol, c); }
        }
        row++;
      }
      parts.push({ kind: 'table', first, last: row - 1, firstCol, lastCol });
      continue;
    }
    if (grid.filled(row).length > 0) parts.push({ kind: 'line', row });
    else if (parts.length > 0 && parts[parts.length - 1].kind !== 'blank') parts.push({ kind: 'blank' });
    row++;
  }
  while (parts.length > 0 && parts[parts.length - 1].kind === 'blank') parts.pop();
  return parts;
}

/**
 * A sheet seen through a stated layout: its cells from a stated row on (what is above the stated
 * header is not read), a few header cells read otherwise (a stated code column reads "STT", a
 * stated max column "Điểm tối đa" …). Only the rows changed are copied; the sheet is never touched,
 * and the reader maps findings back by the rows left out.
 */
import type { CellValue, SheetGrid } from '../engine/grid';

/** Cell texts to read instead, by 0-based sheet row, then sheet column. */
export type CellOverrides = Map<number, Map<number, CellValue>>;

export function overrideCell(overrides: CellOverrides, row: number, col: number, value: CellValue): void {
  let cells = overrides.get(row);
  if (!cells) overrides.set(row, (cells = new Map()));
  cells.set(col, value);
}

export interface PatchedGrid {
  grid: SheetGrid;
  /** Rows left out above: the view's row r is the sheet's row r + shift (the engine looks for the header in its first rows). */
  shift: number;
}

/**
 * The grid from sheet row `fromRow` on (when given), moved up to where the engine looks for a
 * header, with the overridden cells; the grid itself when nothing changes.
 */
export function patchGrid(grid: SheetGrid, fromRow: number | undefined, overrides: CellOverrides): PatchedGrid {
  const originRow = grid.originRow ?? 0;
  const originCol = grid.originCol ?? 0;
  const shift = fromRow === undefined ? 0 : Math.max(0, fromRow - originRow);
  if (shift === 0 && overrides.size === 0) return { grid, shift };
  const values = grid.values.slice(shift).map((row, i) => {
    const cells = overrides.get(originRow + shift + i);
    if (!cells) return row;
    const copy: CellValue[] = [...(row ?? [])];
    for (const [col, value] of cells) {
      const c = col - originCol;
      while (copy.length <= c) copy.push('');
      copy[c] = value;
    }
    return copy;
  });
  const patched: SheetGrid = { ...grid, values };
  if (grid.kinds) patched.kinds = grid.kinds.slice(shift);
  if (grid.formulas) patched.formulas = grid.formulas.slice(shift);
  if (grid.merges) patched.merges = grid.merges.map((m) => ({ ...m, row: m.row - shift }));
  if (grid.hiddenRows) patched.hiddenRows = grid.hiddenRows.map((r) => r - shift);
  return { grid: patched, shift };
}

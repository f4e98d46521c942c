/**
 * The floor: a bare loop summing every unit's leaf cells as Float64 from the grid's own values
 * arrays, row by row as they lie in memory, into one running total per unit column. Nothing that
 * reads the same cells can be faster.
 */
import type { SheetGrid } from '../src/engine/grid';

export function floorTotals(grid: SheetGrid, leafRows: Int32Array, unitCols: Int32Array): Float64Array {
  const values = grid.values;
  const totals = new Float64Array(unitCols.length);
  for (let k = 0; k < leafRows.length; k++) {
    const row = values[leafRows[k]];
    for (let u = 0; u < unitCols.length; u++) {
      const v = row[unitCols[u]];
      if (typeof v === 'number') totals[u] += v;
    }
  }
  return totals;
}

/**
 * Builds a worksheet from a SheetGrid, so that tests (and the shared port contract suite) can
 * run the xlsx adapter on the same grids as the engine. Values keep their types; cells of kind
 * "Error" become error values; merges and hidden rows/columns are applied. The `formulas` flags
 * cannot be honoured (a grid has no formula text) and are ignored.
 */
import type { CellErrorValue, CellValue as ExcelJsCellValue, Workbook, Worksheet } from 'exceljs';
import type { SheetGrid } from '../../engine/grid';

function valueOf(value: SheetGrid['values'][number][number], isError: boolean): ExcelJsCellValue {
  if (value === null || value === '') return null;
  if (isError && typeof value === 'string') return { error: value } as CellErrorValue;
  return value;
}

export function gridToWorksheet(workbook: Workbook, grid: SheetGrid): Worksheet {
  const ws = workbook.addWorksheet(grid.sheetName);
  const originRow = grid.originRow ?? 0;
  const originCol = grid.originCol ?? 0;
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = valueOf(value, grid.kinds?.[r]?.[c] === 'Error');
      if (cell !== null) ws.getCell(originRow + r + 1, originCol + c + 1).value = cell;
    });
  });
  for (const box of grid.merges ?? []) {
    if (box.rows > 1 || box.cols > 1) {
      ws.mergeCells(box.row + 1, box.col + 1, box.row + box.rows, box.col + box.cols);
    }
  }
  for (const row of grid.hiddenRows ?? []) ws.getRow(row + 1).hidden = true;
  for (const col of grid.hiddenCols ?? []) ws.getColumn(col + 1).hidden = true;
  return ws;
}

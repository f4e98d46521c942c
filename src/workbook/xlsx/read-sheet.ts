/**
 * Reads an ExcelJS worksheet into the engine's SheetGrid.
 *
 * Decisions (see README.md in this folder):
 * - The grid always starts at A1 (originRow/originCol 0) and reaches the last row and the last
 *   column that hold a value (styles alone do not count), so grid indexes are sheet indexes.
 *   The grid is rectangular.
 * - Dates are given as Excel serial numbers (kind "Double"), as `range.values` gives them.
 * - The non-top-left cells of a merged area read as "" (kind "Empty"), as in Excel, whatever
 *   ExcelJS repeats there; the merged areas are listed in `merges`.
 */
import { ValueType, type Column, type Worksheet } from 'exceljs';
import type { CellBox, CellKind, CellValue, SheetGrid } from '../../engine/grid';
import { parseA1 } from '../../engine/grid';
import { readCell, type ReadCell } from './cell-value';

const EMPTY_CELL: ReadCell = { value: '', kind: 'Empty', formula: false };

/** "D4:E4" (or "D4") to a 0-based box. */
export function parseRangeBox(range: string): CellBox | undefined {
  const [start, end = start] = range.split(':');
  const a = parseA1(start);
  const b = parseA1(end);
  if (!a || !b) return undefined;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

/** Merged areas of a worksheet, in sheet coordinates, top to bottom, left to right. */
export function readMerges(ws: Worksheet): CellBox[] {
  const boxes: CellBox[] = [];
  for (const range of ws.model.merges ?? []) {
    const box = parseRangeBox(range);
    if (box) boxes.push(box);
  }
  return boxes.sort((x, y) => x.row - y.row || x.col - y.col);
}

/** 1-based last row and last column that hold a value (0 when the sheet is empty). */
function usedExtent(ws: Worksheet): { lastRow: number; lastCol: number } {
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ValueType.Null) return;
      if (rowNumber > lastRow) lastRow = rowNumber;
      if (colNumber > lastCol) lastCol = colNumber;
    });
  });
  return { lastRow, lastCol };
}

export function readWorksheet(ws: Worksheet, date1904: boolean): SheetGrid {
  const { lastRow, lastCol } = usedExtent(ws);
  const values: CellValue[][] = [];
  const kinds: CellKind[][] = [];
  const formulas: boolean[][] = [];
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];

  for (let r = 1; r <= lastRow; r++) {
    // find*, not get*: reading must not create rows or cells in the workbook.
    const row = ws.findRow(r);
    if (row?.hidden) hiddenRows.push(r - 1);
    const rowValues: CellValue[] = [];
    const rowKinds: CellKind[] = [];
    const rowFormulas: boolean[] = [];
    for (let c = 1; c <= lastCol; c++) {
      const cell = row?.findCell(c);
      const read = cell ? readCell(cell, date1904) : EMPTY_CELL;
      rowValues.push(read.value);
      rowKinds.push(read.kind);
      rowFormulas.push(read.formula);
    }
    values.push(rowValues);
    kinds.push(rowKinds);
    formulas.push(rowFormulas);
  }
  // ws.columns, not getColumn: getColumn would create missing columns. It is null on a sheet
  // without column definitions, whatever its type says.
  const columns: readonly (Partial<Column> | undefined)[] = ws.columns ?? [];
  columns.forEach((column, index) => {
    if (column?.hidden && index < lastCol) hiddenCols.push(index);
  });

  return {
    sheetName: ws.name,
    values,
    originRow: 0,
    originCol: 0,
    kinds,
    formulas,
    merges: readMerges(ws),
    hiddenRows,
    hiddenCols,
  };
}

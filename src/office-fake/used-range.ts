/**
 * The used range of a part of a sheet (Range.getUsedRange / getUsedRangeOrNullObject, ExcelApi
 * 1.1 / 1.4): the smallest box holding every used cell of the range, as the worksheet's used range
 * is for the whole sheet (sheet-ops.ts usedBox): values and formulas, and formats unless
 * `valuesOnly`. It looks only at the stored rows inside the range, so a probe of one row or one
 * column of a sheet whose used range reaches row 1,048,576 costs no more than that row or column.
 */
import type { CellBox } from '../engine/grid';
import { MAX_COLS, MAX_ROWS, boxContains, keyCol, keyRow, type SheetModel } from './model';

/** Grows a box (or starts one) to hold another. */
function grown(box: CellBox | undefined, add: CellBox): CellBox {
  if (!box) return { ...add };
  const row = Math.min(box.row, add.row);
  const col = Math.min(box.col, add.col);
  const rows = Math.max(box.row + box.rows, add.row + add.rows) - row;
  const cols = Math.max(box.col + box.cols, add.col + add.cols) - col;
  return { row, col, rows, cols };
}

/** The part of `a` inside `b`, undefined when they do not meet. */
function clip(a: CellBox, b: CellBox): CellBox | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : undefined;
}

/** The used cells of `box` on `sheet`, as one box; undefined when none is used. */
export function usedBoxWithin(sheet: SheetModel, box: CellBox, valuesOnly: boolean): CellBox | undefined {
  let used: CellBox | undefined;
  const rows = sheet.values.rows;
  const endRow = Math.min(box.row + box.rows, rows.length);
  for (let r = box.row; r < endRow; r++) {
    const line = rows[r];
    if (line === undefined) continue;
    const endCol = Math.min(box.col + box.cols, line.length);
    for (let c = box.col; c < endCol; c++) {
      const v = line[c];
      if (v !== undefined && v !== '') used = grown(used, { row: r, col: c, rows: 1, cols: 1 });
    }
  }
  const cellKeys = valuesOnly ? [sheet.formulas.keys()] : [sheet.formulas.keys(), sheet.numberFormats.keys()];
  for (const keys of cellKeys) {
    for (const k of keys) {
      if (boxContains(box, keyRow(k), keyCol(k))) used = grown(used, { row: keyRow(k), col: keyCol(k), rows: 1, cols: 1 });
    }
  }
  if (!valuesOnly) {
    for (const layer of sheet.styles) {
      // Whole rows and columns formatted do not make the used range reach the sheet's end (as the worksheet's).
      if (layer.reset || layer.box.rows >= MAX_ROWS || layer.box.cols >= MAX_COLS) continue;
      const part = clip(layer.box, box);
      if (part) used = grown(used, part);
    }
  }
  return used;
}

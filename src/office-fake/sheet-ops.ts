/**
 * Whole-box operations on a sheet model that several proxies share: clearing, merging,
 * unmerging, the used range, and keeping defined names in step with sheet renames and deletions.
 */
import type { CellBox } from '../engine/grid';
import { absoluteRef, sheetPrefix } from './address';
import { FakeOfficeError } from './errors';
import {
  MAX_COLS,
  MAX_ROWS,
  boxContains,
  boxInside,
  boxesIntersect,
  keyCol,
  keyRow,
  type SheetModel,
  type WorkbookModel,
} from './model';

export function isWholeSheet(box: CellBox): boolean {
  return box.row === 0 && box.col === 0 && box.rows === MAX_ROWS && box.cols === MAX_COLS;
}

function deleteKeysIn<T>(map: Map<number, T> | Set<number>, box: CellBox): void {
  for (const k of Array.from(map.keys())) {
    if (boxContains(box, keyRow(k), keyCol(k))) map.delete(k);
  }
}

export function clearContents(sheet: SheetModel, box: CellBox): void {
  const lastRow = Math.min(box.row + box.rows, sheet.values.rows.length);
  for (let r = box.row; r < lastRow; r++) {
    const line = sheet.values.rows[r];
    if (!line) continue;
    const lastCol = Math.min(box.col + box.cols, line.length);
    for (let c = box.col; c < lastCol; c++) line[c] = undefined;
  }
  deleteKeysIn(sheet.formulas, box);
  deleteKeysIn(sheet.errors, box);
}

export function clearFormats(sheet: SheetModel, box: CellBox): void {
  deleteKeysIn(sheet.numberFormats, box);
  if (isWholeSheet(box)) sheet.styles = [];
  else sheet.styles.push({ box, props: {}, reset: true });
  unmerge(sheet, box);
}

export function unmerge(sheet: SheetModel, box: CellBox): void {
  sheet.merges = sheet.merges.filter((m) => !boxesIntersect(m, box));
}

/** Merges a box (or each of its rows when `across`); the top-left value of each area is kept. */
export function merge(sheet: SheetModel, box: CellBox, across: boolean): void {
  const areas = across
    ? Array.from({ length: box.rows }, (_, i) => ({ row: box.row + i, col: box.col, rows: 1, cols: box.cols }))
    : [box];
  for (const area of areas) {
    if (area.rows * area.cols < 2) continue;
    for (const m of sheet.merges) {
      if (boxesIntersect(m, area) && !boxInside(m, area)) {
        throw new FakeOfficeError('InvalidOperation', 'Cannot merge a range that partly overlaps a merged area.');
      }
    }
    sheet.merges = sheet.merges.filter((m) => !boxInside(m, area));
    const keepRow = area.row;
    const keepCol = area.col;
    const topLeft = sheet.values.get(keepRow, keepCol);
    const topLeftFormula = sheet.formulas.get(keepRow * MAX_COLS + keepCol);
    const topLeftError = sheet.errors.has(keepRow * MAX_COLS + keepCol);
    clearContents(sheet, area);
    sheet.values.set(keepRow, keepCol, topLeft);
    if (topLeftFormula !== undefined) sheet.formulas.set(keepRow * MAX_COLS + keepCol, topLeftFormula);
    if (topLeftError) sheet.errors.add(keepRow * MAX_COLS + keepCol);
    sheet.merges.push({ ...area });
  }
}

/** The used range: values and formulas, plus formats unless `valuesOnly`. */
export function usedBox(sheet: SheetModel, valuesOnly: boolean): CellBox | undefined {
  let box = sheet.values.bounds();
  const grow = (r: number, c: number, rows = 1, cols = 1): void => {
    if (!box) {
      box = { row: r, col: c, rows, cols };
      return;
    }
    const top = Math.min(box.row, r);
    const left = Math.min(box.col, c);
    const bottom = Math.max(box.row + box.rows, r + rows);
    const right = Math.max(box.col + box.cols, c + cols);
    box = { row: top, col: left, rows: bottom - top, cols: right - left };
  };
  for (const k of sheet.formulas.keys()) grow(keyRow(k), keyCol(k));
  if (!valuesOnly) {
    for (const k of sheet.numberFormats.keys()) grow(keyRow(k), keyCol(k));
    for (const layer of sheet.styles) {
      if (!layer.reset && layer.box.rows < MAX_ROWS && layer.box.cols < MAX_COLS) {
        grow(layer.box.row, layer.box.col, layer.box.rows, layer.box.cols);
      }
    }
  }
  return box;
}

/** Excel's rules for a worksheet name. */
export function checkSheetName(wb: WorkbookModel, name: string, self?: SheetModel): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError('InvalidArgument', `"${name}" is not a valid worksheet name.`);
  }
  if (name.toUpperCase() === 'HISTORY') throw new FakeOfficeError('InvalidArgument', '"History" is reserved by Excel.');
  const clash = wb.sheets.find((s) => !s.deleted && s !== self && s.name.toUpperCase() === name.toUpperCase());
  if (clash) throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
}

const REF_TAIL = /!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/;

/** Rewrites defined names that refer to `oldName` after a rename (Excel does this). */
export function renameInNames(wb: WorkbookModel, oldName: string, newName: string): void {
  const oldPrefix = `=${sheetPrefix(oldName)}!`;
  for (const n of wb.names) {
    if (n.deleted || !n.formula.startsWith(oldPrefix)) continue;
    const tail = REF_TAIL.exec(n.formula);
    if (tail) n.formula = `=${sheetPrefix(newName)}!${tail[1]}`;
  }
}

/** Turns defined names that refer to a deleted sheet into #REF! (Excel does this). */
export function breakNames(wb: WorkbookModel, sheetName: string): void {
  const prefix = `=${sheetPrefix(sheetName)}!`;
  for (const n of wb.names) {
    if (n.deleted || !n.formula.startsWith(prefix)) continue;
    const tail = REF_TAIL.exec(n.formula);
    n.formula = `=#REF!${tail ? tail[1] : ''}`;
  }
}

export function referenceFormula(sheetName: string, box: CellBox): string {
  return `=${sheetPrefix(sheetName)}!${absoluteRef(box)}`;
}

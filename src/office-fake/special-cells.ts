/**
 * Range.getSpecialCells for the fake: formula cells, constant cells (optionally only errors,
 * numbers, text or logical values), blanks, and visible cells, as a list of rectangular areas
 * (runs on each row, stacked where consecutive rows have the same runs).
 */
import type { CellBox } from '../engine/grid';
import { FakeOfficeError } from './errors';
import { cellKey, type SheetModel } from './model';

function areasOf(box: CellBox, test: (row: number, col: number) => boolean): CellBox[] {
  const out: CellBox[] = [];
  let open = new Map<string, CellBox>();
  for (let r = box.row; r < box.row + box.rows; r++) {
    const next = new Map<string, CellBox>();
    let c = box.col;
    while (c < box.col + box.cols) {
      if (!test(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < box.col + box.cols && test(r, c)) c++;
      const key = `${start}:${c}`;
      const prev = open.get(key);
      if (prev && prev.row + prev.rows === r) {
        prev.rows++;
        next.set(key, prev);
      } else {
        const area = { row: r, col: start, rows: 1, cols: c - start };
        out.push(area);
        next.set(key, area);
      }
    }
    open = next;
  }
  return out;
}

function valueMatches(sheet: SheetModel, row: number, col: number, valueType: string): boolean {
  const v = sheet.values.get(row, col);
  const isError = sheet.errors.has(cellKey(row, col));
  switch (valueType) {
    case 'All':
      return true;
    case 'Errors':
      return isError;
    case 'Numbers':
      return !isError && typeof v === 'number';
    case 'Text':
      return !isError && typeof v === 'string';
    case 'Logical':
      return typeof v === 'boolean';
    default:
      throw new FakeOfficeError('InvalidArgument', `The fake does not know the special cell value type "${valueType}".`);
  }
}

export function specialCells(sheet: SheetModel, box: CellBox, cellType: string, valueType = 'All'): CellBox[] {
  const isFormula = (r: number, c: number): boolean => sheet.formulas.has(cellKey(r, c));
  const filled = (r: number, c: number): boolean => {
    const v = sheet.values.get(r, c);
    return v !== undefined && v !== '';
  };
  switch (cellType) {
    case 'Formulas':
      return areasOf(box, (r, c) => isFormula(r, c) && valueMatches(sheet, r, c, valueType));
    case 'Constants':
      return areasOf(box, (r, c) => !isFormula(r, c) && filled(r, c) && valueMatches(sheet, r, c, valueType));
    case 'Blanks':
      return areasOf(box, (r, c) => !isFormula(r, c) && !filled(r, c));
    case 'Visible':
      return areasOf(box, (r, c) => !sheet.hiddenRows.has(r) && !sheet.hiddenCols.has(c));
    default:
      throw new FakeOfficeError('InvalidArgument', `The fake does not know the special cell type "${cellType}".`);
  }
}

/**
 * How the fake stores what is written to a cell, following Excel's rules for `range.values`
 * (which behave like typing): a string starting with "=", "+", "-" or "@" becomes a formula, a
 * string that reads as a number becomes a number, "TRUE"/"FALSE" become booleans, an error
 * literal becomes an error, unless the cell's number format is Text ("@") or the string starts
 * with an apostrophe (the quote prefix, which is not stored). Formulas are not evaluated: their
 * value reads as "#NAME?" unless a cached value was seeded.
 */
import { EXCEL_ERROR_TEXTS, type CellBox } from '../engine/grid';
import { FakeOfficeError } from './errors';
import { cellKey, type FakeValue, type SheetModel } from './model';

export type WrittenValue = string | number | boolean | null;

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;

function clearCell(sheet: SheetModel, row: number, col: number): void {
  const k = cellKey(row, col);
  sheet.values.set(row, col, undefined);
  sheet.formulas.delete(k);
  sheet.errors.delete(k);
}

function storeFormula(sheet: SheetModel, row: number, col: number, formula: string): void {
  const k = cellKey(row, col);
  sheet.formulas.set(k, formula);
  sheet.values.set(row, col, '#NAME?');
  sheet.errors.add(k);
}

/** Writes one value the way `range.values = ...` would. `null` leaves the cell unchanged. */
export function writeValue(sheet: SheetModel, row: number, col: number, value: WrittenValue): void {
  if (value === null) return;
  const k = cellKey(row, col);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new FakeOfficeError('InvalidArgument', `Cannot write ${value} to a cell.`);
    clearCell(sheet, row, col);
    sheet.values.set(row, col, value);
    return;
  }
  if (typeof value === 'boolean') {
    clearCell(sheet, row, col);
    sheet.values.set(row, col, value);
    return;
  }
  if (typeof value !== 'string') throw new FakeOfficeError('InvalidArgument', `Cannot write a ${typeof value} to a cell.`);
  clearCell(sheet, row, col);
  if (value === '') return;
  if (sheet.numberFormats.get(k) === '@') {
    sheet.values.set(row, col, value);
    return;
  }
  if (value.startsWith("'")) {
    if (value.length > 1) sheet.values.set(row, col, value.slice(1));
    return;
  }
  const first = value[0];
  if (first === '=' && value.length > 1) return storeFormula(sheet, row, col, value);
  const trimmed = value.trim();
  if (NUMBER_TEXT.test(trimmed)) {
    const pct = trimmed.endsWith('%');
    const n = Number(pct ? trimmed.slice(0, -1) : trimmed);
    sheet.values.set(row, col, pct ? n / 100 : n);
    return;
  }
  if ((first === '+' || first === '-' || first === '@') && value.length > 1) {
    return storeFormula(sheet, row, col, first === '@' ? `=${value.slice(1)}` : `=${value}`);
  }
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') {
    sheet.values.set(row, col, upper === 'TRUE');
    return;
  }
  if (EXCEL_ERROR_TEXTS.has(upper)) {
    sheet.values.set(row, col, upper);
    sheet.errors.add(k);
    return;
  }
  sheet.values.set(row, col, value);
}

/** Writes a formula (`range.formulas = ...`): "=..." is a formula, anything else a value. */
export function writeFormula(sheet: SheetModel, row: number, col: number, formula: WrittenValue): void {
  if (typeof formula === 'string' && formula.startsWith('=') && formula.length > 1) {
    clearCell(sheet, row, col);
    storeFormula(sheet, row, col, formula);
    return;
  }
  writeValue(sheet, row, col, formula);
}

/** Checks that a 2D input has the range's exact shape (Office refuses anything else). */
export function checkShape(input: unknown, box: CellBox, member: string): asserts input is WrittenValue[][] {
  if (!Array.isArray(input) || input.length !== box.rows || input.some((r) => !Array.isArray(r) || r.length !== box.cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array for ${member} doesn't match the size or dimensions of the range (${box.rows}x${box.cols}).`,
    );
  }
}

export function readValue(sheet: SheetModel, row: number, col: number): FakeValue {
  return sheet.values.get(row, col) ?? '';
}

export function readValueType(sheet: SheetModel, row: number, col: number): string {
  const v = sheet.values.get(row, col);
  if (v === undefined || v === '') return 'Empty';
  if (sheet.errors.has(cellKey(row, col))) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

export function readFormula(sheet: SheetModel, row: number, col: number): FakeValue {
  return sheet.formulas.get(cellKey(row, col)) ?? readValue(sheet, row, col);
}

export function readNumberFormat(sheet: SheetModel, row: number, col: number): string {
  return sheet.numberFormats.get(cellKey(row, col)) ?? 'General';
}

export function writeNumberFormat(sheet: SheetModel, row: number, col: number, code: WrittenValue): void {
  if (code === null) return;
  if (typeof code !== 'string') throw new FakeOfficeError('InvalidArgument', `A number format must be a string, not ${typeof code}.`);
  const k = cellKey(row, col);
  if (code === '' || code === 'General') sheet.numberFormats.delete(k);
  else sheet.numberFormats.set(k, code);
}

/** Builds a rows x cols matrix from a per-cell reader. */
export function matrix<T>(box: CellBox, read: (row: number, col: number) => T): T[][] {
  const out: T[][] = new Array<T[]>(box.rows);
  for (let r = 0; r < box.rows; r++) {
    const line = new Array<T>(box.cols);
    for (let c = 0; c < box.cols; c++) line[c] = read(box.row + r, box.col + c);
    out[r] = line;
  }
  return out;
}

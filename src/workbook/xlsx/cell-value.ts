/**
 * Converts one ExcelJS cell value into what the Excel JavaScript API's `range.values` and
 * `range.valueTypes` would show for that cell: the displayed value (cached result for formulas),
 * its kind, and whether it is a formula.
 */
import { ValueType, type Cell, type CellErrorValue } from 'exceljs';
import type { CellKind, CellValue } from '../../engine/grid';

export interface ReadCell {
  value: CellValue;
  kind: CellKind;
  formula: boolean;
}

const EMPTY: ReadCell = { value: '', kind: 'Empty', formula: false };

/** Milliseconds per day, for date serials. */
const MS_PER_DAY = 24 * 3600 * 1000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DATE_1904_OFFSET = 1462;

/**
 * Excel date serial of a Date that ExcelJS made from a serial. ExcelJS rounds to whole
 * milliseconds when it reads, so the serial is rounded to 8 decimals (finer than a millisecond,
 * coarser than the drift) to give back the number stored in the file (0.1 stays 0.1).
 */
export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
  return Math.round(serial * 1e8) / 1e8;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isErrorValue(v: unknown): v is CellErrorValue {
  return isObject(v) && typeof v.error === 'string';
}

/** Text of a rich-text value: its runs joined. */
function richTextOf(v: unknown): string | undefined {
  if (!isObject(v) || !Array.isArray(v.richText)) return undefined;
  return v.richText.map((run: unknown) => (isObject(run) && typeof run.text === 'string' ? run.text : '')).join('');
}

/** A plain (non-formula) value: number, string, boolean, date, error, rich text, hyperlink. */
function plainCell(v: unknown, date1904: boolean, formula: boolean): ReadCell {
  if (v === null || v === undefined) return { value: '', kind: 'Empty', formula };
  if (typeof v === 'number') return { value: v, kind: 'Double', formula };
  if (typeof v === 'string') return { value: v, kind: v === '' ? 'Empty' : 'String', formula };
  if (typeof v === 'boolean') return { value: v, kind: 'Boolean', formula };
  if (v instanceof Date) return { value: dateToSerial(v, date1904), kind: 'Double', formula };
  if (isErrorValue(v)) return { value: v.error, kind: 'Error', formula };
  const rich = richTextOf(v);
  if (rich !== undefined) return { value: rich, kind: rich === '' ? 'Empty' : 'String', formula };
  if (isObject(v) && 'hyperlink' in v) {
    // A hyperlink cell shows its text, which may itself be rich text.
    const text = typeof v.text === 'string' ? v.text : richTextOf(v.text) ?? '';
    return { value: text, kind: text === '' ? 'Empty' : 'String', formula };
  }
  return { value: '', kind: 'Unknown', formula };
}

/**
 * Reads an ExcelJS cell. Formula cells (plain, shared, array) give their cached result, taken
 * from `cell.result`: `cell.value` drops falsy results (a cached 0 or FALSE would read as
 * missing). A formula without a cached result reads as empty, still flagged as a formula. The
 * non-top-left cells of a merged area read as empty (ExcelJS repeats the master's value there).
 */
export function readCell(cell: Cell, date1904: boolean): ReadCell {
  switch (cell.type) {
    case ValueType.Merge:
      return EMPTY;
    case ValueType.Formula:
      // Typed as number | string | Date, but booleans and error objects occur too.
      return plainCell(cell.result as unknown, date1904, true);
    default:
      return plainCell(cell.value, date1904, false);
  }
}

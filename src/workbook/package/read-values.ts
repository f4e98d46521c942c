/**
 * Cell texts to values, without allocating where it can be helped: decimal numbers parsed from
 * the part's bytes, shared string indexes, ISO 8601 dates (`t="d"`) to Excel serials.
 */
import { textAt } from './read-bytes';

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number written in b[start, end), NaN when it is not one. A plain decimal of at most 15
 * digits is read from its bytes: its digits are an exact integer and the division by an exact
 * power of ten is correctly rounded, so the result is the one `Number(text)` gives; anything
 * else (exponents, more digits, spaces) goes through `Number`.
 */
export function parseNumberAt(b: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (b[i] === 45) { negative = true; i++; }
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < end; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if (c === 46 && scale < 0) {
      scale = digits;
    } else {
      return slowNumber(textAt(b, start, end));
    }
  }
  if (digits === 0 || digits > 15) return slowNumber(textAt(b, start, end));
  const decimals = scale < 0 ? 0 : digits - scale;
  if (decimals === 0) return negative ? -mantissa : mantissa;
  if (!negative && decimals <= SHARED_DECIMALS && mantissa < SHARED_MANTISSAS) return shared(decimals, mantissa);
  const value = mantissa / POW10[decimals];
  return negative ? -value : value;
}

/**
 * Scores repeat (0.25, 0.5, 13.75 ...): a number with one to three decimals whose digits make
 * less than 16384 (99.75, 999.5, 9.125) is taken from a table of boxed numbers, so two million cells share a few thousand heap numbers instead
 * of each allocating its own (the garbage collector then has far less to copy). The tables hold
 * tagged values (filled with undefined first, so V8 does not store them unboxed).
 */
const SHARED_DECIMALS = 3;
const SHARED_MANTISSAS = 16384;
const SHARED: (number | undefined)[][] = [[], [], [], []];

function shared(decimals: number, mantissa: number): number {
  let table = SHARED[decimals];
  if (table.length === 0) table = SHARED[decimals] = new Array<number | undefined>(SHARED_MANTISSAS).fill(undefined);
  let value = table[mantissa];
  if (value === undefined) {
    value = mantissa / POW10[decimals];
    table[mantissa] = value;
  }
  return value;
}

function slowNumber(text: string): number {
  return text.trim() === '' ? NaN : Number(text);
}

/** A non-negative integer written in b[start, end) (a shared string index), else -1. */
export function parseIndexAt(b: Uint8Array, start: number, end: number): number {
  let n = 0;
  let i = start;
  while (i < end && b[i] === 32) i++;
  let stop = end;
  while (stop > i && b[stop - 1] === 32) stop--;
  if (i === stop) return -1;
  for (; i < stop; i++) {
    const c = b[i];
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DATE_1904_OFFSET = 1462;

const ISO = /^\s*(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

/**
 * The Excel serial of an ISO 8601 date or time (`t="d"` cells), in the workbook's date system,
 * or undefined when the text is not one. The time zone, if any, is ignored (Excel has none). In
 * the 1900 system the serials of 1900-01-01 .. 1900-02-28 are one less than the day count, as
 * Excel counts the 29th of February 1900 that never was.
 */
export function isoDateToSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO.exec(text);
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  let days = 0;
  if (m[1] !== undefined) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
    days = Date.UTC(y, mo - 1, d) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
    if (date1904) days -= DATE_1904_OFFSET;
    else if (days <= 60) days -= 1;
  }
  const seconds = m[4] === undefined ? 0 : Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0) + Number(m[7] ?? 0);
  return seconds === 0 ? days : days + seconds / 86400;
}

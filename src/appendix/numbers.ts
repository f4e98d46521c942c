/**
 * Numbers of the result sheets: exact means and differences (integer thousandths, see
 * ../engine/decimal.ts), the text form of a number in a sentence ("4,75" in Vietnamese, "4.75" in
 * English, no padding zeros) and the Excel number format codes the tables use.
 */
import { fromMilli, percent, roundMilli, toMilli } from '../engine/decimal';
import type { Lang } from '../engine/types';
import { decimalsOf, formatFixed } from '../i18n/format';
import type { PlanValue } from './types';

/** Thousandths of a published value (scores have at most 3 decimals). */
export function milli(value: number): number {
  // toMilli's exact case without its result object (most calls); the rest through toMilli.
  const scaled = value * 1000;
  const nearest = Math.round(scaled);
  if (Math.abs(scaled - nearest) <= 1e-6 * Math.max(1, Math.abs(scaled))) return nearest;
  return toMilli(value).milli;
}

/** Arithmetic mean rounded half-up to `decimals` (at most 3); null for no values. */
export function mean(values: ArrayLike<number>, decimals: number): number | null {
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += milli(values[k]);
  return meanOfMilli(sum, values.length, decimals);
}

/** The mean of `n` values whose thousandths add up to `sum`, rounded half-up to `decimals` (at most 3); null for none. */
export function meanOfMilli(sum: number, n: number, decimals: number): number | null {
  if (n === 0) return null;
  const step = 10 ** (3 - Math.min(3, Math.max(0, decimals)));
  const sign = sum < 0 ? -1 : 1;
  const steps = Math.floor((2 * Math.abs(sum) + n * step) / (2 * n * step));
  return fromMilli(sign * steps * step);
}

/** a − b, exactly (4.75 − 3.5 = 1.25). */
export function difference(a: number, b: number): number {
  return fromMilli(milli(a) - milli(b));
}

/** Exact sum of published values. */
export function sum(values: readonly number[]): number {
  return fromMilli(values.reduce((acc, v) => acc + milli(v), 0));
}

/** Rounds half-up to `decimals` (0..3). */
export function round(value: number, decimals: number): number {
  return fromMilli(roundMilli(milli(value), Math.min(3, Math.max(0, decimals))));
}

/** count / of × 100, rounded half-up to `decimals`. */
export function share(count: number, of: number, decimals: number): number {
  return percent(count, of, decimals);
}

/** True when score < 75% of max (exact: 4 × score < 3 × max). */
export function belowThreeQuarters(score: number, max: number): boolean {
  return 4 * milli(score) < 3 * milli(max);
}

/**
 * A number as it reads in a sentence: up to 3 decimals, no padding zeros, decimal comma in
 * Vietnamese (11,84; 4,75; 15) and point in English. No thousands separator (scores stay < 1000).
 */
export function numberText(value: number, lang: Lang): string {
  const m = milli(value);
  const sign = m < 0 ? '-' : '';
  const abs = Math.abs(m);
  const whole = Math.floor(abs / 1000);
  const frac = fractionDigits(abs % 1000);
  const sep = lang === 'vi' ? ',' : '.';
  return frac ? `${sign}${whole}${sep}${frac}` : `${sign}${whole}`;
}

/** Thousandths 0..999 as decimal digits without padding zeros at the end: 0 -> "", 50 -> "05", 120 -> "12", 7 -> "007". */
function fractionDigits(thousandths: number): string {
  if (thousandths === 0) return '';
  if (thousandths % 100 === 0) return String(thousandths / 100);
  if (thousandths % 10 === 0) return (thousandths < 100 ? '0' : '') + String(thousandths / 10);
  return (thousandths < 10 ? '00' : thousandths < 100 ? '0' : '') + String(thousandths);
}

/** A signed change as it reads in a sentence: "+2,35", "-1,5", "0". */
export function signedText(value: number, lang: Lang): string {
  const text = numberText(value, lang);
  return milli(value) > 0 ? `+${text}` : text;
}

/**
 * The decimals of a table column: every value shown exactly, and at least `least` (the published
 * decimals of totals and indices, or 0 for maxima "as given"), at most 3. One number of decimals
 * for the whole column, so 14 and 13,75 read "14,00" and "13,75".
 */
export function columnDecimals(values: Iterable<number | null | undefined>, least: number): number {
  let d = Math.min(3, Math.max(0, Math.floor(least)));
  for (const v of values) {
    if (d === 3) break;
    if (typeof v === 'number') d = Math.max(d, decimalsOf(v));
  }
  return d;
}

/**
 * A number of a printed table as text in the document's convention (appendix, decisions.md "One
 * decimal convention"): exactly `decimals` decimals, decimal comma in Vietnamese, point in English,
 * whatever the machine's regional settings; null (an empty cell) stays null.
 */
export function fixedText(value: number | null | undefined, decimals: number, lang: Lang): string | null {
  return typeof value === 'number' ? formatFixed(value, decimals, lang) : null;
}

/**
 * fixedText for one column: each distinct figure made once and its string shared (figures repeat
 * from unit to unit; a shared string is also measured once, see column-fit.ts).
 */
export function fixedTexts(decimals: number, lang: Lang): (value: number | null | undefined) => string | null {
  const known = new Map<number, string>();
  return (value) => {
    if (typeof value !== 'number') return null;
    let text = known.get(value);
    if (text === undefined) {
      text = formatFixed(value, decimals, lang);
      known.set(value, text);
    }
    return text;
  };
}

/** A signed change as table text: "+1,25", "-0,50", "0,00". */
export function signedFixedText(value: number | null | undefined, decimals: number, lang: Lang): string | null {
  const text = fixedText(value, decimals, lang);
  return text !== null && milli(value as number) > 0 ? `+${text}` : text;
}

/**
 * The numbers of a table's body as text, column by column: column `col` with
 * columnDecimals(its numbers, least[col]) decimals. Other columns and cells are left as they are.
 */
export function numbersAsText(body: PlanValue[][], least: Readonly<Record<number, number>>, lang: Lang): void {
  for (const key of Object.keys(least)) {
    const col = Number(key);
    const decimals = columnDecimals(body.map((line) => line[col] as number | null), least[col]);
    // Figures repeat down a column (scores, maxima): each text made once, and shared.
    const known = new Map<number, string>();
    for (const line of body) {
      const v = line[col];
      if (typeof v !== 'number') continue;
      let text = known.get(v);
      if (text === undefined) {
        text = formatFixed(v, decimals, lang);
        known.set(v, text);
      }
      line[col] = text;
    }
  }
}

/**
 * A number kept for a chart (or a formula) that shows nothing, on screen or printed: the printed
 * table beside it holds the same figure as text. A converter of the plan (the .docx) leaves such
 * cells out.
 */
export const HIDDEN_FORMAT = ';;;';

/** Scores as entered: General shows 15, 4.75 and 11.84 as typed, with the workbook's separators. */
export const SCORE_FORMAT = 'General';
/** Whole numbers (STT, ranks, counts). */
export const INTEGER_FORMAT = '0';
/** Text cells ("2/3" must never turn into a date). */
export const TEXT_FORMAT = '@';

/** Fixed decimals for totals and indices: 2 -> "0.00", 0 -> "0". */
export function fixedFormat(decimals: number): string {
  const d = Math.min(3, Math.max(0, Math.floor(decimals)));
  return d === 0 ? '0' : `0.${'0'.repeat(d)}`;
}

/** Signed fixed decimals for changes: "+0.00;-0.00;0.00". */
export function signedFormat(decimals: number): string {
  const f = fixedFormat(decimals);
  return `+${f};-${f};${f}`;
}

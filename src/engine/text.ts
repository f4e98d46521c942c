/** Text helpers: comparing headers and labels the way people type them. */
import { latinFolder } from './fold-latin';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds text for comparison: Unicode NFC first (NFD input is common from Mac keyboards), then
 * without case, diacritics (đ -> d) or extra spaces. "  Điểm  TỐI ĐA " -> "diem toi da".
 */
export function fold(text: string): string {
  return foldLatin(text) ?? foldFull(text);
}

/** The full fold, by Unicode normalisation; `fold` takes a table-driven shortcut where it can. */
export function foldFull(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** The same as foldFull, one table look-up per character, for Latin (and Vietnamese) text. */
const foldLatin = latinFolder(foldFull);

/** Spacing that cellText changes: white space other than single inner spaces (most cells have none). */
const UNTIDY_SPACES = /[^\S ]|\u200b|^ | $| {2}/;

/** Display text of a cell: strings trimmed and NFC-normalised with single spaces; numbers as they print. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const nfc = value.normalize('NFC');
    return UNTIDY_SPACES.test(nfc) ? nfc.replace(/[\s\u00a0\u200b]+/g, ' ').trim() : nfc;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return '';
}

/** Parses a number typed as text: "1,25", "1.25", " 2 ", "-0,5". Undefined when it is not one. */
export function parseNumericText(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0]+/g, '');
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** Key for comparing unit names: folded case and spaces, diacritics kept (Xã An Đức ≠ Xã An Dục). */
export function nameKey(text: string): string {
  // toLowerCase, not toLocaleLowerCase('vi'): Vietnamese has no special case mappings (only
  // Lithuanian, Turkish and Azeri do: the two agree on every code point), and the locale-aware call
  // is several times slower on 10,000 unit names.
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

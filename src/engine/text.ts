/** Text helpers: comparing headers and labels the way people type them. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds text for comparison: Unicode NFC first (NFD input is common from Mac keyboards), then
 * without case, diacritics (đ -> d) or extra spaces. "  Điểm  TỐI ĐA " -> "diem toi da".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** Display text of a cell: strings trimmed and NFC-normalised with single spaces; numbers as they print. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
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
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

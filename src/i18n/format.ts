/**
 * Numbers as people read them, one convention per language whatever the machine's regional
 * settings: Vietnamese writes a decimal comma (11,84), English a decimal point (11.84); neither
 * uses a thousands separator (scores and indices stay below 1,000, counts are shown as integers).
 *
 * - `formatNumber(x, lang)`: as many decimals as the value has, up to `maxDecimals` (15; 18,5; 4,75).
 * - `formatFixed(x, decimals, lang)`: exactly `decimals` decimals, rounded half away from zero
 *   (95,00; 94,25; 13,50), for a column of totals or indices where every line has the same decimals.
 *
 * Values are published figures (at most 3 decimals, see engine/decimal.ts): they are taken as
 * integer thousandths first, so 0.1 + 0.2 prints as 0,3 and 2.675 rounds to 2,68 as on paper.
 */
import type { Lang } from '../engine/types';

/** The decimal separator of a language's documents. */
export function decimalSeparator(lang: Lang): string {
  return lang === 'vi' ? ',' : '.';
}

/** Thousandths of a value, exact for published figures (the nearest integer when within rounding noise). */
function thousandths(value: number): number {
  const scaled = value * 1000;
  const nearest = Math.round(scaled);
  return Math.abs(scaled - nearest) <= 1e-6 * Math.max(1, Math.abs(scaled)) ? nearest : scaled;
}

/** Powers of ten and runs of zeros for 0..6 decimals (formatting is on the appendix's hot path). */
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];
const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000'];

/** `units` (a whole number of 10^-decimals) as text with `decimals` digits after the separator. */
function digits(units: number, decimals: number, lang: Lang): string {
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  if (decimals === 0) return sign + String(abs);
  const scale = POW10[decimals];
  const whole = Math.floor(abs / scale);
  const fraction = String(abs - whole * scale);
  return sign + String(whole) + decimalSeparator(lang) + ZEROS[decimals - fraction.length] + fraction;
}

/** Rounds to whole units of 10^-decimals, half away from zero. */
function toUnits(value: number, decimals: number): number {
  if (decimals <= 3) {
    const m = thousandths(value);
    const step = 10 ** (3 - decimals);
    const units = Math.floor((Math.abs(m) + step / 2) / step);
    // Rounding noise of a non-published value (more than 3 decimals) is rounded like the rest.
    return m < 0 && units !== 0 ? -units : units;
  }
  const scaled = Math.abs(value) * 10 ** decimals;
  const units = Math.round(scaled);
  return value < 0 && units !== 0 ? -units : units;
}

/** Exactly `decimals` (0..6) decimals: 95 -> "95,00" (vi), "95.00" (en); 13.125 with 2 -> "13,13". */
export function formatFixed(value: number, decimals: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const d = Math.min(6, Math.max(0, Math.floor(decimals)));
  // Beyond exact integers (no score is that large; a finding may quote an absurd max) as JavaScript writes it.
  if (Math.abs(value) * 10 ** Math.max(3, d) >= Number.MAX_SAFE_INTEGER) return String(value).replace('.', decimalSeparator(lang));
  return digits(toUnits(value, d), d, lang);
}

/** Up to `maxDecimals` (0..6) decimals, without padding zeros: 15 -> "15", 18.5 -> "18,5", 4.75 -> "4,75". */
export function formatNumber(value: number, lang: Lang, maxDecimals = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const text = formatFixed(value, maxDecimals, lang);
  const sep = decimalSeparator(lang);
  if (!text.includes(sep)) return text;
  const trimmed = text.replace(/0+$/, '');
  const result = trimmed.endsWith(sep) ? trimmed.slice(0, -1) : trimmed;
  return result === '-0' ? '0' : result;
}

/** Decimals a published value needs (0..3): 15 -> 0, 18.5 -> 1, 4.75 -> 2, 0.125 -> 3. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const m = Math.abs(Math.round(thousandths(value)));
  if (m % 1000 === 0) return 0;
  if (m % 100 === 0) return 1;
  if (m % 10 === 0) return 2;
  return 3;
}

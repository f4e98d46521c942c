/**
 * Exact decimals as integer thousandths ("milli-points"): 87.747 points is 87747. Sums of
 * integers are exact, so 0.1 + 0.2 is 0.3. Values fit comfortably within 2^53.
 */

export type Milli = number;

/**
 * Thousandths in a point. This module uses its own constant: an exported one, once compiled to
 * CommonJS, is read from the exports object at each use, and `exactMilli` runs for every cell.
 */
const THOUSANDTHS = 1000;
export const MILLI = THOUSANDTHS;

/**
 * Converts a number to thousandths. `exact` is false when the number has more than 3 decimals
 * (beyond binary noise such as 0.30000000000000004); it is then rounded half-up.
 */
export function toMilli(value: number): { milli: Milli; exact: boolean } {
  const milli = exactMilli(value);
  return Number.isNaN(milli) ? { milli: roundHalfUpScaled(value, 3), exact: false } : { milli, exact: true };
}

/**
 * The number in thousandths when it has at most 3 decimals (binary noise of 1e-6 thousandths,
 * relative above 1, allowed: 0.30000000000000004 is 300); NaN when it has more, or is not finite.
 * The one definition of "at most 3 decimals": `toMilli` and the column reader both use it.
 */
export function exactMilli(value: number): Milli {
  const scaled = value * THOUSANDTHS;
  // Most scores are a small whole number of thousandths (-0 stays -0, as Math.round keeps it).
  if ((scaled | 0) === scaled) return scaled;
  const nearest = Math.round(scaled);
  return Math.abs(scaled - nearest) <= 1e-6 * Math.max(1, Math.abs(scaled)) ? nearest : NaN;
}

/** Rounds a value half-up (away from zero) to `decimals` decimals, as an integer of 10^-decimals units. */
function roundHalfUpScaled(value: number, decimals: number): number {
  // Work on the shortest decimal text of the value, so 1.2345 rounds to 1.235 as typed.
  const negative = value < 0;
  const text = Math.abs(value).toPrecision(15);
  const [intPart, fracPart = ''] = Number(text).toFixed(Math.min(20, decimals + 6)).split('.');
  const kept = Number(intPart + fracPart.slice(0, decimals).padEnd(decimals, '0'));
  const next = Number(fracPart.charAt(decimals) || '0');
  const rounded = next >= 5 ? kept + 1 : kept;
  return negative ? -rounded : rounded;
}

/** Milli back to a plain number (87747 -> 87.747), the nearest double to the decimal. */
export function fromMilli(milli: Milli): number {
  return milli / MILLI;
}

/** Rounds non-negative-or-negative thousandths half-up (away from zero) to `decimals` (0..3), still in thousandths. */
export function roundMilli(milli: Milli, decimals: number): Milli {
  if (decimals >= 3) return milli;
  const step = 10 ** (3 - decimals);
  const sign = milli < 0 ? -1 : 1;
  const abs = Math.abs(milli);
  return sign * Math.floor((abs + step / 2) / step) * step;
}

/**
 * part / whole × 100, rounded half-up to `decimals`, as a plain number (78.93).
 * Integer arithmetic: exact for any sheet size this product meets.
 */
export function percent(part: Milli, whole: Milli, decimals: number): number {
  if (whole <= 0) return 0;
  const scale = 10 ** decimals;
  // hundredths etc. of a percent: round(part * 100 * scale / whole), half-up for non-negative parts.
  const numerator = part * 100 * scale;
  const q = Math.floor((2 * numerator + whole) / (2 * whole));
  return q / scale;
}

/** Tolerance of subtotal checks: 0.0005 points. */
export const SUBTOTAL_TOLERANCE = 0.0005;

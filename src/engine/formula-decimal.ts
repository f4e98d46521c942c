/**
 * Exact decimals for the formula evaluator (formula-eval.ts): coefficient × 10^-scale, with a
 * BigInt coefficient and a scale ≥ 0. A number from the sheet is taken as its shortest decimal
 * text (0.1 is 0.1, not the double's binary expansion); sums are exact; ROUND is Excel's.
 */
export interface Decimal {
  c: bigint;
  s: number;
}

export const ZERO: Decimal = { c: BigInt(0), s: 0 };
const TEN = BigInt(10);

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

/** A decimal from its text ("12", "0.25", ".5", "1e-7", "1.5E+21"); undefined when it is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const digits = `${m[2]}${m[3] ?? ''}`;
  let s = (m[3] ?? '').length - Number(m[4] ?? '0');
  let c = BigInt(digits === '' ? '0' : digits);
  if (s < 0) {
    c *= pow10(-s);
    s = 0;
  }
  return { c: m[1] === '-' ? -c : c, s };
}

/** A finite number as the decimal of its shortest text (0.1 is 0.1, not the double's binary expansion). */
export function fromNumber(value: number): Decimal {
  return parseDecimal(String(value)) ?? ZERO;
}

function align(a: Decimal, s: number): bigint {
  return a.c * pow10(s - a.s);
}

export function add(a: Decimal, b: Decimal): Decimal {
  const s = Math.max(a.s, b.s);
  return { c: align(a, s) + align(b, s), s };
}

export function negate(a: Decimal): Decimal {
  return { c: -a.c, s: a.s };
}

/** Excel's ROUND: half away from zero, to `digits` decimals (negative: tens, hundreds …). */
export function round(a: Decimal, digits: number): Decimal {
  if (digits >= a.s) return a;
  const drop = pow10(a.s - digits);
  const negative = a.c < BigInt(0);
  const abs = negative ? -a.c : a.c;
  let q = abs / drop;
  if ((abs % drop) * BigInt(2) >= drop) q += BigInt(1);
  const c = negative ? -q : q;
  return digits >= 0 ? { c, s: digits } : { c: c * pow10(-digits), s: 0 };
}

export function toNumber(a: Decimal): number {
  if (a.s === 0) return Number(a.c);
  const negative = a.c < BigInt(0);
  const digits = (negative ? -a.c : a.c).toString().padStart(a.s + 1, '0');
  const text = `${digits.slice(0, digits.length - a.s)}.${digits.slice(digits.length - a.s)}`;
  return Number(negative ? `-${text}` : text);
}

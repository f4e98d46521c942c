/**
 * Criterion codes: `1`, `1.1`, `1.1.1` (a trailing dot allowed), Roman `I`..`XX` for components,
 * letters `a`, `b`, `a)` for sub-criteria of the numbered row above, and capital letters `A`, `B`
 * for groups of components (told apart by the row after them: see tree.ts).
 */

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a Roman numeral I..XX written canonically; undefined otherwise. */
export function romanValue(text: string): number | undefined {
  const t = text.toUpperCase();
  if (!/^[IVX]+$/.test(t)) return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]];
    const next = i + 1 < t.length ? ROMAN[t[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  if (total < 1 || total > 20 || toRoman(total) !== t) return undefined;
  return total;
}

function toRoman(n: number): string {
  const parts: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, sym] of parts) while (n >= v) { s += sym; n -= v; }
  return s;
}

export type ParsedCode =
  | { kind: 'number'; parts: string[]; display: string }
  | { kind: 'roman'; value: number; display: string }
  | { kind: 'letter'; letter: string; display: string };

/** Parses a code cell, forgiving stray spaces and a trailing dot. Undefined when it is not a code. */
export function parseCode(raw: string): ParsedCode | undefined {
  const t = tidy(raw);
  if (/^\d+(\.\d+)*$/.test(t)) {
    const parts = t.split('.').map((p) => String(Number(p)));
    return { kind: 'number', parts, display: parts.join('.') };
  }
  // A single lower-case letter is a sub-criterion letter, "i" after "h" included; Roman
  // component numerals are written in capitals (or with more than one letter).
  const lower = /^([a-zđ])\)?$/.exec(t);
  if (lower) return { kind: 'letter', letter: lower[1], display: lower[1] };
  const roman = romanValue(t);
  if (roman !== undefined) return { kind: 'roman', value: roman, display: t.toUpperCase() };
  const letter = /^([a-zđ])\)?$/i.exec(t);
  if (letter) return { kind: 'letter', letter: letter[1].toLowerCase(), display: letter[1].toLowerCase() };
  return undefined;
}

/** A capital letter that may name a group of components ("A", "B."): not a Roman numeral (I, V, X). */
export function groupLetter(raw: string): string | undefined {
  const t = tidy(raw);
  return /^[A-Z]$/.test(t) && romanValue(t) === undefined ? t : undefined;
}

function tidy(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/\.+$/, '');
}

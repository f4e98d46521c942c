/**
 * The criteria tree: codes `1`, `1.1`, `1.1.1` (a trailing dot allowed), Roman `I`..`XX` for
 * components (their children `1.1` ... start with the component's number), letters `a`, `b`,
 * `a)` for sub-criteria of the numbered row above. A code's parent is the code without its last part.
 */
import type { Finding } from './findings';
import { makeFinding } from './finding-factory';
import type { Layout } from './detect';
import { toMilli, type Milli } from './decimal';
import type { GridReader } from './sheet';
import { cellText, fold, parseNumericText } from './text';

export interface CriterionRow {
  code: string;
  key: string;
  name: string;
  level: number;
  parent: number;
  component: number;
  children: number[];
  /** Max in thousandths (0 when missing; a finding says so). */
  max: Milli;
  maxValid: boolean;
  /** Grid row. */
  row: number;
}

export interface CriteriaTree {
  rows: CriterionRow[];
  /** Indexes of components (level 1) in sheet order. */
  components: number[];
  /** Indexes of leaves in sheet order. */
  leaves: number[];
  /** Grid row of the total row, when the sheet has one. */
  totalRow?: number;
  /**
   * Components (row indexes) in whose block a row was skipped for a bad, duplicate or orphan
   * code: their sums cannot be checked (the skipped row's points are unknown), nor can the total.
   */
  tainted: Set<number>;
}

const TOTAL_LABELS = ['tong cong', 'tong diem', 'tong so', 'total'];

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

type ParsedCode =
  | { kind: 'number'; parts: string[]; display: string }
  | { kind: 'roman'; value: number; display: string }
  | { kind: 'letter'; letter: string; display: string };

/** Parses a code cell, forgiving stray spaces and a trailing dot. Undefined when it is not a code. */
export function parseCode(raw: string): ParsedCode | undefined {
  const t = raw.replace(/\s+/g, '').replace(/\.+$/, '');
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

function isTotalLabel(text: string): boolean {
  const f = fold(text);
  return TOTAL_LABELS.some((w) => f === w || f.startsWith(w + ' ') || f.startsWith(w + '('));
}

/** Reads the criterion rows of the body, with findings for bad codes, duplicates, orphans and missing max. */
export function readCriteria(g: GridReader, layout: Layout, findings: Finding[]): CriteriaTree {
  const rows: CriterionRow[] = [];
  const byKey = new Map<string, number>();
  let lastNumbered = -1;
  let totalRow: number | undefined;
  const tainted = new Set<number>();
  const skip = (): void => { if (rows.length > 0) tainted.add(rows[rows.length - 1].component); tainted.add(-1); };
  for (let r = layout.bodyStart; r < g.rows; r++) {
    const codeText = cellText(g.value(r, layout.codeCol));
    const nameText = cellText(g.value(r, layout.nameCol));
    // The total row ends the body; many forms put it first, right under the header, instead.
    // A row with a criterion code is a criterion, whatever its name ("Tổng số TTHC ..." is one).
    const hasCode = codeText !== '' && parseCode(codeText) !== undefined;
    if (!hasCode && (isTotalLabel(nameText) || (codeText !== '' && isTotalLabel(codeText)))) { totalRow = r; if (rows.length > 0) break; continue; }
    const maxEmpty = g.isEmpty(r, layout.maxCol);
    if (codeText === '' && maxEmpty) continue; // a section note or a blank row
    const parsed = codeText === '' ? undefined : parseCode(codeText);
    if (!parsed) {
      findings.push(makeFinding(g, 'invalid-code', r, layout.codeCol, { code: codeText }));
      skip();
      continue;
    }
    let key: string;
    let parentKey: string | undefined;
    if (parsed.kind === 'letter') {
      if (lastNumbered < 0) {
        findings.push(makeFinding(g, 'orphan-code', r, layout.codeCol, { code: parsed.display, parent: '?' }));
        skip();
        continue;
      }
      parentKey = rows[lastNumbered].key;
      key = `${parentKey}.${parsed.letter}`;
    } else {
      key = parsed.kind === 'roman' ? String(parsed.value) : parsed.parts.join('.');
      const cut = key.lastIndexOf('.');
      parentKey = cut < 0 ? undefined : key.slice(0, cut);
    }
    const display = parsed.display;
    const first = byKey.get(key);
    if (first !== undefined) {
      findings.push(makeFinding(g, 'duplicate-code', r, layout.codeCol, {
        code: display, firstCell: g.address(rows[first].row, layout.codeCol) }));
      skip();
      continue;
    }
    let parent = -1;
    if (parentKey !== undefined) {
      const p = byKey.get(parentKey);
      if (p === undefined) {
        findings.push(makeFinding(g, 'orphan-code', r, layout.codeCol, { code: display, parent: parentKey }));
        skip();
        continue;
      }
      parent = p;
    }
    const { max, valid } = readMax(g, r, layout.maxCol, display, findings);
    const index = rows.length;
    rows.push({
      code: display, key, name: nameText, level: key.split('.').length,
      parent, component: parent < 0 ? index : rows[parent].component,
      children: [], max, maxValid: valid, row: r,
    });
    byKey.set(key, index);
    if (parent >= 0) rows[parent].children.push(index);
    if (parsed.kind !== 'letter') lastNumbered = index;
  }
  const components: number[] = [];
  const leaves: number[] = [];
  rows.forEach((row, i) => {
    if (row.parent < 0) components.push(i);
    if (row.children.length === 0) leaves.push(i);
  });
  if (rows.length === 0) findings.push(makeFinding(g, 'no-criteria', layout.headerRow, layout.codeCol, {}));
  return { rows, components, leaves, totalRow, tainted };
}

/**
 * Largest usable max of one criterion. Real forms give a few points (100 in all); anything beyond
 * this is a typing slip, and would make sums lose exactness or overflow to Infinity.
 */
export const MAX_POINTS = 1e9;

function readMax(g: GridReader, r: number, c: number, code: string, findings: Finding[]): { max: Milli; valid: boolean } {
  const v = g.value(r, c);
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_POINTS && !g.isError(r, c)) {
    return { max: toMilli(v).milli, valid: true };
  }
  if (typeof v === 'string' && !g.isError(r, c)) {
    const n = parseNumericText(v);
    if (n !== undefined && n >= 0 && n <= MAX_POINTS) {
      findings.push(makeFinding(g, 'number-as-text', r, c, { text: v, value: n }));
      return { max: toMilli(n).milli, valid: true };
    }
  }
  findings.push(makeFinding(g, 'max-missing', r, c, { code, text: cellText(v) }));
  return { max: 0, valid: false };
}

/**
 * A criterion's max, as its cell in the max column holds it: a number (or a number typed as
 * text), checked. A max cell that is a formula stored without its value (issue 13) is decided
 * once the tree is read: a parent's is the sum of its children's, as a blank subtotal is computed;
 * a leaf's is what its formula calculates to, or `formula-without-value` at the cell.
 */
import { toMilli, type Milli } from './decimal';
import { makeFinding } from './finding-factory';
import type { Finding } from './findings';
import type { GridReader } from './sheet';
import { cellText, parseNumericText } from './text';
import type { CriterionRow } from './tree';
import type { CriterionKind } from './types';

/**
 * Largest usable max of one criterion. Real forms give a few points (100 in all); anything beyond
 * this is a typing slip, and would make sums lose exactness or overflow to Infinity.
 */
export const MAX_POINTS = 1e9;

/** A criterion's max as read: in thousandths, whether it is usable, and whether it waits for the tree (`uncached`). */
export interface MaxRead {
  max: Milli;
  valid: boolean;
  /** The cell is a formula stored without its value: `resolveUncachedMaxima` decides the max. */
  uncached?: true;
}

/**
 * A criterion's max: a number within 0..MAX_POINTS, or within -MAX_POINTS..0 in a deduction (a
 * positive one there is `deduction-max-positive`). A formula stored without its value is left to
 * `resolveUncachedMaxima`, once the tree is read.
 */
export function readMax(g: GridReader, r: number, c: number, code: string, kind: CriterionKind, findings: Finding[]): MaxRead {
  if (g.uncached.has(r, c)) return { max: 0, valid: false, uncached: true };
  const v = g.value(r, c);
  let n: number | undefined;
  if (typeof v === 'number' && Number.isFinite(v)) n = v;
  else if (typeof v === 'string' && !g.isError(r, c)) n = parseNumericText(v);
  if (typeof v === 'string' && n !== undefined && inRange(n, kind)) findings.push(makeFinding(g, 'number-as-text', r, c, { text: v, value: n }));
  return checkedMax(g, r, c, code, kind, n, cellText(v), findings);
}

function inRange(n: number, kind: CriterionKind): boolean {
  return kind === 'deduction' ? n >= -MAX_POINTS && n <= 0 : n >= 0 && n <= MAX_POINTS;
}

/** The max `n` (undefined when the cell, reading `text`, holds no number) when it is usable; else its finding. */
function checkedMax(
  g: GridReader, r: number, c: number, code: string, kind: CriterionKind, n: number | undefined, text: string, findings: Finding[],
): { max: Milli; valid: boolean } {
  if (n !== undefined && inRange(n, kind)) return { max: toMilli(n).milli, valid: true };
  if (n !== undefined && kind === 'deduction' && n > 0 && n <= MAX_POINTS) {
    findings.push(makeFinding(g, 'deduction-max-positive', r, c, { code, max: n }));
    return { max: 0, valid: false };
  }
  findings.push(makeFinding(g, 'max-missing', r, c, { code, text }));
  return { max: 0, valid: false };
}

/**
 * The maxima of the rows `pending` (indexes into `rows`, in sheet order), whose max cell (grid
 * column `maxCol`) is a formula stored without its value. A parent's is the sum of its children's
 * (usable when all of theirs are; a child's own finding says when one is not); a leaf's is its
 * formula's value, checked like a typed max, or `formula-without-value` at the cell.
 */
export function resolveUncachedMaxima(g: GridReader, maxCol: number, rows: CriterionRow[], pending: readonly number[], findings: Finding[]): void {
  // Children come after their parent: from the last up, a parent's children are decided first.
  for (let k = pending.length - 1; k >= 0; k--) {
    const row = rows[pending[k]];
    if (row.children.length > 0) {
      row.maxValid = row.children.every((c) => rows[c].maxValid);
      row.max = row.maxValid ? row.children.reduce((s, c) => s + rows[c].max, 0) : 0;
      continue;
    }
    const formula = g.uncached.text(row.row, maxCol);
    const outcome = formula === undefined ? undefined : g.uncached.evaluate(row.row, maxCol);
    if (outcome?.ok) {
      const { max, valid } = checkedMax(g, row.row, maxCol, row.code, row.kind, outcome.value, `=${formula}`, findings);
      row.max = max;
      row.maxValid = valid;
      continue;
    }
    const known = formula !== undefined && outcome ? { formula, problem: outcome.problem } : {};
    findings.push(makeFinding(g, 'formula-without-value', row.row, maxCol, { unit: null, code: row.code, ...known }));
  }
}

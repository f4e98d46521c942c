/**
 * The rules for the cells of a unit's column, each written once: what a score cell may hold and
 * the finding when it holds something else, what a not-applicable leaf counts, and when a
 * subtotal or total typed in the sheet agrees with the computed sum. The column reader
 * (column-pass.ts) applies them: it takes a plain score on the spot (a number within 0..max with
 * at most 3 decimals, the one case that needs no finding) and hands every other cell to
 * `readScoreCell`.
 */
import { makeFinding } from './finding-factory';
import type { Finding, OtherSum, Severity } from './findings';
import { fromMilli, type Milli, SUBTOTAL_TOLERANCE, toMilli } from './decimal';
import type { CellValue } from './grid';
import type { GridReader } from './sheet';
import { cellText, fold, parseNumericText } from './text';
import type { CriteriaTree, CriterionRow } from './tree';
import type { NotApplicablePolicy } from './types';

/** Not-applicable markers, folded: KPS, "không phát sinh", "không áp dụng", N/A, and a lone dash (-, –, —). */
const NA_MARKERS = new Set(['kps', 'k.p.s', 'k.p.s.', 'khong phat sinh', 'n/a', 'na', 'not applicable', 'khong ap dung', '-', '\u2013', '\u2014']);

export function isNotApplicableMarker(text: string): boolean {
  return NA_MARKERS.has(fold(text));
}

/** What the findings of one column say about it: whose column, and how severe its score rules are. */
export interface ColumnOwner {
  /** Grid column. */
  col: number;
  unit: string;
  /** 'error' for the ranked column; 'warning' for self-assessment columns. */
  severity: Severity;
}

/** What every cell rule needs: the grid and the not-applicable policy. */
export interface CellRules {
  g: GridReader;
  policy: NotApplicablePolicy;
}

/**
 * What a score cell holds: nothing, a number (typed or as text) within the rules, a
 * not-applicable marker on a leaf, or something wrong (a finding says what).
 */
export type CellState = 'empty' | 'number' | 'not-applicable' | 'invalid';

/** The number of a cell in state 'number': as the sheet holds it, and in thousandths (rounded to 3 decimals). */
export interface NumberRead {
  value: number;
  milli: Milli;
}

/** Blank as a score: no value, "" or spaces. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'string' && v.trim() === '');
}

/**
 * A leaf formula without a value: it returns "", or the file was saved by a program that does not
 * calculate (no cached result; its formula is then calculated when the engine can, see
 * `readUnfilledFormula`). Not an empty cell. A subtotal formula without a value is blank.
 */
function isUnfilledFormula(g: GridReader, row: CriterionRow, col: number): boolean {
  return row.children.length === 0 && (g.isFormula(row.row, col) || g.uncached.has(row.row, col));
}

/** A leaf left blank: the column's other cells decide whether that is `score-missing`. */
export function isBlankLeaf(g: GridReader, row: CriterionRow, col: number, v: CellValue | undefined): boolean {
  return isBlank(v) && !isUnfilledFormula(g, row, col);
}

/**
 * Reads a criterion cell that is not a plain score, pushing its findings to `findings` (in this
 * order for one cell: number as text, then the number's). A number's value and thousandths go to `out`.
 */
export function readScoreCell(
  x: CellRules, owner: ColumnOwner, row: CriterionRow, v: CellValue | undefined, out: NumberRead, findings: Finding[],
): CellState {
  const { g } = x;
  const { col, unit, severity } = owner;
  const r = row.row;
  const code = row.code;
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return readNumber(g, owner, row, v, out, findings);
    findings.push(makeFinding(g, 'score-not-number', r, col, { unit, code, text: String(v) }, severity));
    return 'invalid';
  }
  if (isBlank(v)) {
    if (!isUnfilledFormula(g, row, col)) return 'empty';
    return readUnfilledFormula(g, owner, row, out, findings);
  }
  if (g.isError(r, col)) {
    findings.push(makeFinding(g, 'score-error-value', r, col, { unit, code, error: cellText(v) }, severity));
    return 'invalid';
  }
  const text = cellText(v);
  if (isNotApplicableMarker(text)) {
    // In a bonus or deduction a marker or a dash means none: 0, whatever the policy.
    if (isAdjustment(row)) return zero(out);
    if (row.children.length > 0) {
      findings.push(makeFinding(g, 'not-applicable-on-parent', r, col, { unit, code }, severity));
      return 'invalid';
    }
    findings.push(makeFinding(g, 'not-applicable', r, col, { unit, code, policy: x.policy }, 'warning'));
    return 'not-applicable';
  }
  const parsed = typeof v === 'string' ? parseNumericText(v) : undefined;
  if (parsed === undefined) {
    findings.push(isPercentText(text)
      ? makeFinding(g, 'score-as-percent', r, col, { unit, code, text, max: fromMilli(row.max) }, severity)
      : makeFinding(g, 'score-not-number', r, col, { unit, code, text }, severity));
    return 'invalid';
  }
  findings.push(makeFinding(g, 'number-as-text', r, col, { text, value: parsed }, 'warning'));
  return readNumber(g, owner, row, parsed, out, findings);
}

/**
 * A leaf formula without a value. One stored without its value whose text the reader gives is
 * calculated (formula-cells.ts) and read as if the file held that value; any other is
 * `formula-without-value`, with the formula and why it cannot be calculated when its text is known.
 */
function readUnfilledFormula(g: GridReader, owner: ColumnOwner, row: CriterionRow, out: NumberRead, findings: Finding[]): CellState {
  const { col, unit, severity } = owner;
  const formula = g.uncached.text(row.row, col);
  const outcome = formula === undefined ? undefined : g.uncached.evaluate(row.row, col);
  if (outcome?.ok) return readNumber(g, owner, row, outcome.value, out, findings);
  const known = formula !== undefined && outcome ? { formula, problem: outcome.problem } : {};
  findings.push(makeFinding(g, 'formula-without-value', row.row, col, { unit, code: row.code, ...known }, severity));
  return 'invalid';
}

/** True for the rows of a bonus or deduction component: added to the total, never to the max. */
export function isAdjustment(row: CriterionRow): boolean {
  return row.kind === 'bonus' || row.kind === 'deduction';
}

function zero(out: NumberRead): CellState {
  out.value = 0;
  out.milli = 0;
  return 'number';
}

/**
 * A leaf or subtotal number: negative and above max are wrong (in a deduction: above 0 and below
 * its negative max); more than 3 decimals on a leaf is rounded with a warning.
 */
function readNumber(
  g: GridReader, owner: ColumnOwner, row: CriterionRow, value: number, out: NumberRead, findings: Finding[],
): CellState {
  const { col, unit, severity } = owner;
  if (row.kind === 'deduction') return readDeduction(g, owner, row, value, out, findings);
  if (value < 0) {
    findings.push(makeFinding(g, 'score-negative', row.row, col, { unit, code: row.code, value }, severity));
    return 'invalid';
  }
  const { milli, exact } = toMilli(value);
  if (row.maxValid && milli > row.max) {
    findings.push(makeFinding(g, 'score-above-max', row.row, col, { unit, code: row.code, value, max: fromMilli(row.max) }, severity));
    return 'invalid';
  }
  return accepted(g, owner, row, value, milli, exact, out, findings);
}

/** A number within its bounds: kept, with a warning when it has more than 3 decimals on a leaf. */
function accepted(
  g: GridReader, owner: ColumnOwner, row: CriterionRow, value: number, milli: number, exact: boolean, out: NumberRead, findings: Finding[],
): CellState {
  if (!exact && row.children.length === 0) {
    findings.push(makeFinding(g, 'score-too-precise', row.row, owner.col, { unit: owner.unit, code: row.code, value, rounded: fromMilli(milli) }, 'warning'));
  }
  out.value = value;
  out.milli = milli;
  return 'number';
}

/** A number in a deduction: within its max..0 (-0,5 of at most -1). */
function readDeduction(
  g: GridReader, owner: ColumnOwner, row: CriterionRow, value: number, out: NumberRead, findings: Finding[],
): CellState {
  const { col, unit, severity } = owner;
  if (value > 0) {
    findings.push(makeFinding(g, 'deduction-score-positive', row.row, col, { unit, code: row.code, value }, severity));
    return 'invalid';
  }
  const { milli, exact } = toMilli(value);
  if (row.maxValid && milli < row.max) {
    findings.push(makeFinding(g, 'deduction-below-max', row.row, col, { unit, code: row.code, value, max: fromMilli(row.max) }, severity));
    return 'invalid';
  }
  return accepted(g, owner, row, value, milli, exact, out, findings);
}

/**
 * What a not-applicable leaf counts: its max under `full`, 0 under `exclude` (and its max is
 * then 0 too). A sum over it may rightly hold the other count, `max - counted`, instead: the
 * sheet's =SUM skips the "KPS" text (0) while a person may count the criterion's max.
 */
export function notApplicableScore(policy: NotApplicablePolicy, max: Milli): Milli {
  return policy === 'full' ? max : 0;
}

/** True when a subtotal as the sheet holds it equals the computed sum (thousandths) within 0.0005. */
export function sameSum(sheetValue: number, computed: Milli): boolean {
  return Math.abs(sheetValue - fromMilli(computed)) <= SUBTOTAL_TOLERANCE + 1e-9;
}

/**
 * A subtotal or total as the sheet holds it against the computed sum and the other accepted sum
 * (they differ over not-applicable leaves): undefined when it agrees with either, else what the
 * mismatch finding says (the other sum named when it differs).
 */
export function sumMismatch(
  value: number, sum: Milli, other: Milli, policy: NotApplicablePolicy,
): { computed: number; other?: OtherSum } | undefined {
  if (sameSum(value, sum) || sameSum(value, other)) return undefined;
  if (other === sum) return { computed: fromMilli(sum) };
  return { computed: fromMilli(sum), other: { computed: fromMilli(other), kpsAs: policy === 'full' ? 'zero' : 'max' } };
}

/** Reads a non-blank total row cell: a number (as it is), a number as text, or a finding and undefined. */
export function readTotalCell(g: GridReader, owner: ColumnOwner, r: number, v: CellValue, findings: Finding[]): number | undefined {
  const { col, unit, severity } = owner;
  if (g.isError(r, col)) {
    findings.push(makeFinding(g, 'score-error-value', r, col, { unit, code: 'Tổng cộng', error: cellText(v) }, severity));
    return undefined;
  }
  if (typeof v === 'number') return v;
  const text = cellText(v);
  const n = parseNumericText(text);
  if (n === undefined) {
    findings.push(makeFinding(g, 'score-not-number', r, col, { unit, code: 'Tổng cộng', text }, severity));
    return undefined;
  }
  findings.push(makeFinding(g, 'number-as-text', r, col, { text, value: n }, 'warning'));
  return n;
}

/** "50%", "12,5 %": a percentage typed where points belong. */
function isPercentText(text: string): boolean {
  return /^[+-]?(\d+([.,]\d+)?|[.,]\d+)%$/.test(text.replace(/[\s\u00a0]+/g, ''));
}

/** The number a cell holds for `readScoreCell`, typed, as text or calculated from its formula; undefined for anything else. */
function heldNumber(g: GridReader, r: number, col: number): number | undefined {
  const v = g.value(r, col);
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (isBlank(v)) {
    const outcome = g.uncached.text(r, col) === undefined ? undefined : g.uncached.evaluate(r, col);
    return outcome?.ok ? outcome.value : undefined;
  }
  return typeof v === 'string' && !g.isError(r, col) ? parseNumericText(v) : undefined;
}

/**
 * Percentages typed instead of points: every leaf number of the column lies within 0..100, and
 * at least half of the non-zero ones (two or more) are above their criterion's max.
 */
export function percentLike(g: GridReader, tree: CriteriaTree, col: number): { above: number; scored: number } | undefined {
  let above = 0;
  let scored = 0;
  for (const i of tree.leaves) {
    const row = tree.rows[i];
    if (isAdjustment(row)) continue;
    const v = heldNumber(g, row.row, col);
    if (v === undefined || v === 0) continue;
    if (v < 0 || v > 100) return undefined;
    scored++;
    if (row.maxValid && toMilli(v).milli > row.max) above++;
  }
  return above >= 2 && above * 2 >= scored ? { above, scored } : undefined;
}

/**
 * Reads and checks one unit's score column against the criteria tree, then sums it up:
 * leaves -> criteria -> components -> total, in exact thousandths.
 */
import type { Finding, OtherSum, Severity } from './findings';
import { makeFinding } from './finding-factory';
import { fromMilli, type Milli, SUBTOTAL_TOLERANCE, toMilli } from './decimal';
import type { CriteriaTree } from './tree';
import type { GridReader } from './sheet';
import type { NotApplicablePolicy } from './types';
import { cellText, fold, parseNumericText } from './text';

const NA_MARKERS = new Set(['kps', 'k.p.s', 'k.p.s.', 'khong phat sinh', 'n/a', 'na', 'not applicable', 'khong ap dung']);

export function isNotApplicableMarker(text: string): boolean {
  return NA_MARKERS.has(fold(text));
}

const enum CellState { Empty = 0, Number = 1, NotApplicable = 2, Invalid = 3 }

export interface ColumnScores {
  /** True when any criterion or total cell of the column holds something. */
  hasAny: boolean;
  /** Score of every criterion in thousandths (computed for parents); NaN where unknown. */
  score: Float64Array;
  /**
   * Score of every component in thousandths (NaN where unknown): component k (in the tree's
   * `components` order) is `components[componentsAt + k]`. Columns read together share one array.
   */
  components: Float64Array;
  componentsAt: number;
  /** Max of every criterion for this unit (smaller under `exclude` with not-applicable leaves). */
  max: Float64Array;
  /** True for leaves marked not applicable under `exclude` (their score is null in the result). */
  excluded: Uint8Array;
  total: Milli;
  totalMax: Milli;
  /** False when some cell of the column is wrong (an error finding was made). */
  valid: boolean;
  /** Set when the column looks typed as percentages instead of points (see `percentLike`). */
  percentLike?: { above: number; scored: number };
}

export interface ColumnContext {
  g: GridReader;
  tree: CriteriaTree;
  unitName: string;
  col: number;
  policy: NotApplicablePolicy;
  /** 'error' for the ranked column; 'warning' for self-assessment columns. */
  severity: Severity;
  findings: Finding[];
}

export function scoreColumn(ctx: ColumnContext): ColumnScores {
  const { g, tree, col, unitName: unit, severity, findings } = ctx;
  const n = tree.rows.length;
  const state = new Uint8Array(n);
  const raw = new Float64Array(n).fill(NaN); // thousandths, as checked
  const typed = new Float64Array(n).fill(NaN); // the number as the sheet holds it
  const seen = new Float64Array(n).fill(NaN); // every number read, within max or not
  const score = new Float64Array(n).fill(NaN);
  const max = new Float64Array(n);
  const excluded = new Uint8Array(n);
  const local: Finding[] = [];
  let hasAny = false;
  let valid = true;
  const severe = (f: Finding): void => { local.push(f); if (f.severity === 'error') valid = false; };

  // 1. Read every criterion cell of the column.
  for (let i = 0; i < n; i++) {
    const row = tree.rows[i];
    const r = row.row;
    const v = g.value(r, col);
    if (typeof v === 'number' && !g.isError(r, col)) {
      hasAny = true;
      if (!Number.isFinite(v)) { severe(makeFinding(g, 'score-not-number', r, col, { unit, code: row.code, text: String(v) }, severity)); state[i] = CellState.Invalid; continue; }
      seen[i] = v;
      const m = readNumber(ctx, i, v, v, local);
      if (m === undefined) { if (severity === 'error') valid = false; state[i] = CellState.Invalid; continue; }
      raw[i] = m; typed[i] = v; state[i] = CellState.Number;
      continue;
    }
    if (v === null || v === '' || (typeof v === 'string' && v.trim() === '')) {
      // A leaf formula without a value: it returns "", or the file was saved by a program that
      // does not calculate (no cached result). Not an empty cell: the column is not empty.
      if (row.children.length === 0 && g.isFormula(r, col)) {
        hasAny = true;
        severe(makeFinding(g, 'formula-without-value', r, col, { unit, code: row.code }, severity));
        state[i] = CellState.Invalid;
      } else state[i] = CellState.Empty;
      continue;
    }
    hasAny = true;
    if (g.isError(r, col)) {
      severe(makeFinding(g, 'score-error-value', r, col, { unit, code: row.code, error: cellText(v) }, severity));
      state[i] = CellState.Invalid; continue;
    }
    const text = cellText(v);
    if (isNotApplicableMarker(text)) {
      if (row.children.length > 0) {
        severe(makeFinding(g, 'not-applicable-on-parent', r, col, { unit, code: row.code }, severity));
        state[i] = CellState.Invalid;
      } else {
        local.push(makeFinding(g, 'not-applicable', r, col, { unit, code: row.code, policy: ctx.policy }, 'warning'));
        state[i] = CellState.NotApplicable;
      }
      continue;
    }
    const parsed = typeof v === 'string' ? parseNumericText(v) : undefined;
    if (parsed === undefined) {
      severe(isPercentText(text)
        ? makeFinding(g, 'score-as-percent', r, col, { unit, code: row.code, text, max: fromMilli(row.max) }, severity)
        : makeFinding(g, 'score-not-number', r, col, { unit, code: row.code, text }, severity));
      state[i] = CellState.Invalid; continue;
    }
    seen[i] = parsed;
    local.push(makeFinding(g, 'number-as-text', r, col, { text, value: parsed }, 'warning'));
    const m = readNumber(ctx, i, parsed, text, local);
    if (m === undefined) { if (severity === 'error') valid = false; state[i] = CellState.Invalid; continue; }
    raw[i] = m; typed[i] = parsed; state[i] = CellState.Number;
  }
  const totalCell = tree.totalRow !== undefined ? g.value(tree.totalRow, col) : null;
  if (tree.totalRow !== undefined && !g.isEmpty(tree.totalRow, col)) hasAny = true;
  if (!hasAny) {
    return { hasAny, score, components: componentsOf(tree, score), componentsAt: 0, max, excluded, total: 0, totalMax: 0, valid: true };
  }
  for (const f of local) findings.push(f);

  // 2. Leaves, then parents bottom-up (children always follow their parent in sheet order).
  // A not-applicable leaf counts per the policy in `score`, and the other way in `alt`: a sheet's
  // =SUM skips the "KPS" text (0) while a person may count the criterion's max, so a subtotal
  // over it is taken as right when it agrees with either.
  const alt = new Float64Array(n).fill(NaN);
  const checkable = new Uint8Array(n); // 1 when the computed sums can be compared with a subtotal
  for (let i = n - 1; i >= 0; i--) {
    const row = tree.rows[i];
    if (row.children.length === 0) {
      max[i] = row.max;
      switch (state[i]) {
        case CellState.Number: score[i] = raw[i]; alt[i] = raw[i]; checkable[i] = 1; break;
        case CellState.NotApplicable:
          if (ctx.policy === 'full') { score[i] = row.max; alt[i] = 0; } else { score[i] = 0; alt[i] = row.max; max[i] = 0; excluded[i] = 1; }
          checkable[i] = row.maxValid ? 1 : 0;
          break;
        case CellState.Empty:
          findings.push(makeFinding(g, 'score-missing', row.row, col, { unit, code: row.code }, severity));
          if (severity === 'error') valid = false;
          break;
        default: break;
      }
      continue;
    }
    let sum = 0;
    let altSum = 0;
    let sumMax = 0;
    let known = true;
    let allCheckable = true;
    for (const c of row.children) {
      if (Number.isNaN(score[c])) known = false; else { sum += score[c]; altSum += alt[c]; }
      sumMax += max[c];
      if (!checkable[c]) allCheckable = false;
    }
    score[i] = known ? sum : NaN;
    alt[i] = known ? altSum : NaN;
    max[i] = sumMax;
    if (state[i] === CellState.Number && known && allCheckable && !tree.tainted.has(row.component)
      && !sameSum(typed[i], sum) && !sameSum(typed[i], altSum)) {
      findings.push(makeFinding(g, 'subtotal-mismatch', row.row, col, {
        unit, code: row.code, value: typed[i], computed: fromMilli(sum), ...otherSum(sum, altSum, ctx.policy) }, severity));
      if (severity === 'error') valid = false;
    }
    checkable[i] = known && allCheckable && state[i] !== CellState.Invalid ? 1 : 0;
  }
  let total = 0;
  let altTotal = 0;
  let totalMax = 0;
  let totalKnown = true;
  let totalCheckable = true;
  for (const c of tree.components) {
    if (Number.isNaN(score[c])) totalKnown = false; else { total += score[c]; altTotal += alt[c]; }
    totalMax += max[c];
    if (!checkable[c]) totalCheckable = false;
  }
  if (tree.totalRow !== undefined && totalKnown && totalCheckable && !tree.tainted.has(-1) && totalCell !== null && !g.isEmpty(tree.totalRow, col)) {
    const tr = tree.totalRow;
    const value = readTotalCell(ctx, tr, totalCell);
    if (value === undefined || (!sameSum(value, total) && !sameSum(value, altTotal))) {
      if (value !== undefined) {
        findings.push(makeFinding(g, 'total-mismatch', tr, col, { unit, value, computed: fromMilli(total), ...otherSum(total, altTotal, ctx.policy) }, severity));
      }
      if (severity === 'error') valid = false;
    }
  }
  const percent = percentLike(tree, seen);
  return {
    hasAny, score, components: componentsOf(tree, score), componentsAt: 0, max, excluded, total, totalMax, valid: valid && totalKnown,
    ...(percent ? { percentLike: percent } : {}),
  };
}

function componentsOf(tree: CriteriaTree, score: Float64Array): Float64Array {
  const out = new Float64Array(tree.components.length);
  tree.components.forEach((c, k) => { out[k] = score[c]; });
  return out;
}

/** The other sum a subtotal over KPS leaves may hold, for the finding, when it differs. */
function otherSum(sum: number, alt: number, policy: NotApplicablePolicy): { other?: OtherSum } {
  return alt === sum ? {} : { other: { computed: fromMilli(alt), kpsAs: policy === 'full' ? 'zero' : 'max' } };
}

/** "50%", "12,5 %": a percentage typed where points belong. */
function isPercentText(text: string): boolean {
  return /^[+-]?(\d+([.,]\d+)?|[.,]\d+)%$/.test(text.replace(/[\s\u00a0]+/g, ''));
}

/**
 * Percentages typed instead of points: every leaf number of the column lies within 0..100, and
 * at least half of the non-zero ones (two or more) are above their criterion's max.
 */
function percentLike(tree: CriteriaTree, seen: Float64Array): { above: number; scored: number } | undefined {
  let above = 0;
  let scored = 0;
  for (const i of tree.leaves) {
    const v = seen[i];
    if (Number.isNaN(v) || v === 0) continue;
    if (v < 0 || v > 100) return undefined;
    scored++;
    const row = tree.rows[i];
    if (row.maxValid && toMilli(v).milli > row.max) above++;
  }
  return above >= 2 && above * 2 >= scored ? { above, scored } : undefined;
}

/** Checks a leaf or subtotal number: negative, above max, more than 3 decimals. Returns thousandths. */
function readNumber(ctx: ColumnContext, i: number, value: number, shown: number | string, out: Finding[]): number | undefined {
  const { g, tree, col, unitName: unit, severity } = ctx;
  const row = tree.rows[i];
  if (value < 0) {
    out.push(makeFinding(g, 'score-negative', row.row, col, { unit, code: row.code, value }, severity));
    return undefined;
  }
  const { milli, exact } = toMilli(value);
  if (row.maxValid && milli > row.max) {
    out.push(makeFinding(g, 'score-above-max', row.row, col, { unit, code: row.code, value, max: fromMilli(row.max) }, severity));
    return undefined;
  }
  if (!exact && row.children.length === 0) {
    out.push(makeFinding(g, 'score-too-precise', row.row, col, { unit, code: row.code, value: typeof shown === 'number' ? shown : value, rounded: fromMilli(milli) }, 'warning'));
  }
  return milli;
}

/** Reads the total row's cell: a number, a number as text, or a finding. */
function readTotalCell(ctx: ColumnContext, r: number, v: unknown): number | undefined {
  const { g, col, unitName: unit, severity, findings } = ctx;
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

/** True when a subtotal as the sheet holds it equals the computed sum (thousandths) within 0.0005. */
export function sameSum(sheetValue: number, computed: Milli): boolean {
  return Math.abs(sheetValue - fromMilli(computed)) <= SUBTOTAL_TOLERANCE + 1e-9;
}

/**
 * Rows under the total that state results ("Chỉ số CCHC (%)", "Điểm tối đa của đơn vị", "Xếp
 * hạng", "Xếp loại"): never scored. Where one holds a figure for a unit that differs from the
 * computed one, a warning names the cell; nothing else changes. A stated index is right when it
 * is the exact index (or the index of the published total), or the fraction of either as a cell
 * formatted in % holds it, rounded to the decimals it shows; a stated rank when it is the rank by
 * either method (dense, or RANK.EQ's competition rank); a stated grade is compared (without case
 * or diacritics) only when it names one of the grade bands.
 */
import { parseCode } from './codes';
import type { Layout } from './detect';
import { makeFinding } from './finding-factory';
import type { Finding } from './findings';
import { type StatedKind, statedKindOf } from './labels';
import { rank } from './rank';
import type { GridReader } from './sheet';
import { cellText, fold, parseNumericText } from './text';
import type { CriteriaTree } from './tree';
import type { ScoreResult, UnitResult } from './types';

/** Grid rows of the rows that state results, by what they state. */
export type StatedRows = Partial<Record<StatedKind, number>>;

/** How far under the total such rows are looked for (a signature block follows). */
const SCAN_ROWS = 10;

/** The rows under the total that ends the body that state results: the first of each kind, up to a criterion code. */
export function findStatedRows(g: GridReader, layout: Layout, tree: CriteriaTree): StatedRows | undefined {
  if (tree.end === undefined) return undefined;
  let found: StatedRows | undefined;
  for (let r = tree.end + 1; r < Math.min(g.rows, tree.end + 1 + SCAN_ROWS); r++) {
    const code = cellText(g.value(r, layout.codeCol));
    if (code !== '' && parseCode(code) !== undefined) break;
    const label = cellText(g.value(r, layout.nameCol)) || code;
    const kind = label === '' ? undefined : statedKindOf(fold(label));
    if (kind !== undefined) {
      found ??= {};
      found[kind] ??= r;
    }
  }
  return found;
}

/** Compares every ranked unit's stated figures with the result; warnings to `findings`. */
export function checkStatedResults(g: GridReader, rows: StatedRows, result: ScoreResult, findings: Finding[]): void {
  const others = rows.rank !== undefined ? otherRanks(result) : undefined;
  const policy = result.options.notApplicable;
  for (let k = 0; k < result.units.length; k++) {
    const u = result.units[k];
    const c = u.column - g.originCol;
    const at = (r: number | undefined): number | undefined => (r === undefined ? undefined : statedNumber(g, r, c));
    const index = at(rows.index);
    if (index !== undefined && rows.index !== undefined && !indexAgrees(index, u)) {
      findings.push(makeFinding(g, 'stated-index-mismatch', rows.index, c, { unit: u.name, value: index, computed: u.index }));
    }
    const max = at(rows.unitMax);
    if (max !== undefined && rows.unitMax !== undefined && Math.abs(max - u.max) > 0.0005 + 1e-9) {
      findings.push(makeFinding(g, 'stated-max-mismatch', rows.unitMax, c, { unit: u.name, value: max, computed: u.max, policy }));
    }
    const stated = at(rows.rank);
    if (stated !== undefined && rows.rank !== undefined && others && stated !== u.rank && stated !== others[k]) {
      findings.push(makeFinding(g, 'stated-rank-mismatch', rows.rank, c, { unit: u.name, value: stated, computed: u.rank, other: others[k] }));
    }
    if (rows.grade !== undefined) checkGrade(g, rows.grade, c, u, result, findings);
  }
}

/** A figure of a stated row: a number, or one typed as text ("84,62", "84,62%", "3/19"); undefined otherwise. */
function statedNumber(g: GridReader, r: number, c: number): number | undefined {
  const v = g.value(r, c);
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || g.isError(r, c)) return undefined;
  return parseNumericText(v.split('/')[0].replace(/%\s*$/, ''));
}

/** Decimals of a number as it is shortest written (12 at most). */
function decimalsOf(x: number): number {
  const text = String(x);
  if (text.includes('e')) return 12;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(12, text.length - dot - 1);
}

/** True when a stated index is the unit's, exact or from its published total, rounded to the decimals it shows (or as a fraction). */
function indexAgrees(value: number, u: UnitResult): boolean {
  if (u.max <= 0 || value === u.index) return true;
  const exact = (u.totalExact / u.max) * 100;
  const published = (u.total / u.max) * 100;
  const near = (x: number, decimals: number): boolean => {
    const tolerance = 0.5 * 10 ** -decimals + 1e-9;
    return Math.abs(x - exact) <= tolerance || Math.abs(x - published) <= tolerance;
  };
  const decimals = decimalsOf(value);
  return near(value, decimals) || near(value * 100, Math.max(0, decimals - 2));
}

/** Every unit's rank by the other method than the result's, within its group, on the same keys. */
function otherRanks(result: ScoreResult): Int32Array {
  const { ranking, decimals } = result.options;
  const method = ranking === 'dense' ? 'competition' : 'dense';
  const out = new Int32Array(result.units.length);
  const byGroup = new Map<string | null, number[]>();
  result.units.forEach((u, i) => {
    const members = byGroup.get(u.group);
    if (members) members.push(i); else byGroup.set(u.group, [i]);
  });
  const scale = 10 ** decimals;
  for (const members of byGroup.values()) {
    const units = members.map((i) => result.units[i]);
    const sameMax = units.every((u) => u.max === units[0].max);
    const keys = units.map((u) => (sameMax ? Math.round(u.total * 1000) : Math.round(u.index * scale)));
    const r = rank(keys, method);
    members.forEach((i, k) => { out[i] = r.ranks[k]; });
  }
  return out;
}

/** A stated grade that names a grade band (Vietnamese or English name) other than the unit's. */
function checkGrade(g: GridReader, r: number, c: number, u: UnitResult, result: ScoreResult, findings: Finding[]): void {
  const v = g.value(r, c);
  if (typeof v !== 'string' || g.isError(r, c)) return;
  const text = cellText(v);
  const f = fold(text);
  if (f === '') return;
  const named = result.options.gradeBands.find((b) => fold(b.name) === f || fold(b.nameEn) === f);
  if (named && named.name !== u.grade) {
    findings.push(makeFinding(g, 'stated-grade-mismatch', r, c, { unit: u.name, value: text, computed: u.grade }));
  }
}

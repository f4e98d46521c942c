/**
 * Scoring one sheet: detect the layout, read the criteria, check and sum every unit's column,
 * then rank and grade. Bad data becomes findings; nothing here throws on a bad sheet.
 */
import { type ColumnScores, sameSum, scoreColumn } from './column';
import { fromMilli, type Milli, percent, roundMilli } from './decimal';
import { detectLayout, findHeader, type Layout, type UnitColumns } from './detect';
import { FastColumns } from './fast-columns';
import { makeFinding } from './finding-factory';
import { type Finding, hasErrors } from './findings';
import { gradeOf } from './grade';
import { withLazyScores } from './lazy-scores';
import type { SheetGrid } from './grid';
import { rank } from './rank';
import { GridReader } from './sheet';
import { nameKey, parseNumericText } from './text';
import { type CriteriaTree, readCriteria } from './tree';
import {
  type ComponentInfo, type ComponentScore, type CriterionInfo, DEFAULT_OPTIONS, type ScoreOptions, type ScoreOutcome,
  type ScoreResult, type UnitResult,
} from './types';

/** True when the grid has a standard header row (STT/TT) in its first 30 rows. */
export function looksLikeScoringSheet(grid: SheetGrid): boolean {
  return findHeader(new GridReader(grid)) !== undefined;
}

/**
 * True when the grid has a complete scoring layout: the header row with a max column and at
 * least one unit column. A help sheet or a criteria list with "TT" and "Điểm tối đa" columns
 * looks like a scoring sheet but has no unit; a sheet picker should prefer sheets with this.
 */
export function hasScoringLayout(grid: SheetGrid): boolean {
  return detectLayout(new GridReader(grid), []) !== undefined;
}

export function resolveOptions(partial: Partial<ScoreOptions> = {}): ScoreOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as Partial<ScoreOptions>;
  return { ...DEFAULT_OPTIONS, ...defined, decision: { ...DEFAULT_OPTIONS.decision, ...(defined.decision ?? {}) } };
}

interface ScoredUnit {
  unit: UnitColumns;
  scores: ColumnScores;
  self?: ColumnScores;
}

/** Detects, validates, computes, ranks and grades one scoring sheet. */
export function scoreSheet(grid: SheetGrid, partial: Partial<ScoreOptions> = {}): ScoreOutcome {
  const options = resolveOptions(partial);
  const findings: Finding[] = [];
  const g = new GridReader(grid);
  const layout = detectLayout(g, findings);
  if (!layout) return { ok: false, findings: sortFindings(findings) };
  const tree = readCriteria(g, layout, findings);
  if (tree.rows.length === 0) return { ok: false, findings: sortFindings(findings) };
  checkMaxima(g, layout, tree, findings);
  checkDuplicateUnits(g, layout, findings);

  const scored: ScoredUnit[] = [];
  // Plain columns are read and summed all at once; the others (and their findings) one by one.
  const fast = new FastColumns(g, tree, layout.units.flatMap((u) => (u.selfCol !== undefined ? [u.scoreCol, u.selfCol] : [u.scoreCol])));
  for (const unit of layout.units) {
    const base = { g, tree, unitName: unit.name, policy: options.notApplicable, findings };
    const scores = fast.scores(unit.scoreCol) ?? scoreColumn({ ...base, col: unit.scoreCol, severity: 'error' });
    if (scores.percentLike) findings.push(makeFinding(g, 'unit-as-percent', layout.headerRow, unit.headerCol, { unit: unit.name, ...scores.percentLike }));
    if (!scores.hasAny) {
      findings.push(makeFinding(g, 'unit-empty', layout.headerRow, unit.headerCol, { unit: unit.name }));
      continue;
    }
    const self = unit.selfCol !== undefined ? fast.scores(unit.selfCol) ?? scoreColumn({ ...base, col: unit.selfCol, severity: 'warning' }) : undefined;
    scored.push({ unit, scores, self: self?.hasAny ? self : undefined });
  }
  if (scored.length === 0 && !hasErrors(findings)) {
    findings.push(makeFinding(g, 'no-unit-column', layout.headerRow, layout.maxCol, {}));
  }
  const sorted = sortFindings(findings);
  if (hasErrors(sorted)) return { ok: false, findings: sorted };
  const result = buildResult(g, layout, tree, scored, options, sorted);
  return { ok: true, result, findings: sorted };
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.row - b.f.row || a.f.col - b.f.col || a.i - b.i)
    .map((x) => x.f);
}

/** A parent's max must equal the sum of its children's; the total row's max the sum of the components'. */
function checkMaxima(g: GridReader, layout: Layout, tree: CriteriaTree, findings: Finding[]): void {
  for (const row of tree.rows) {
    if (row.children.length === 0 || !row.maxValid || tree.tainted.has(row.component)) continue;
    if (!row.children.every((c) => tree.rows[c].maxValid)) continue;
    const sum = row.children.reduce((s, c) => s + tree.rows[c].max, 0);
    if (sum !== row.max) {
      findings.push(makeFinding(g, 'max-sum-mismatch', row.row, layout.maxCol, {
        code: row.code, max: fromMilli(row.max), childrenSum: fromMilli(sum) }));
    }
  }
  if (tree.totalRow === undefined || tree.tainted.has(-1)) return;
  const cell = g.value(tree.totalRow, layout.maxCol);
  if (g.isError(tree.totalRow, layout.maxCol)) return;
  let v: number | undefined = typeof cell === 'number' ? cell : undefined;
  if (typeof cell === 'string' && cell.trim() !== '') {
    v = parseNumericText(cell);
    if (v !== undefined) findings.push(makeFinding(g, 'number-as-text', tree.totalRow, layout.maxCol, { text: cell, value: v }));
  }
  if (v === undefined || !tree.components.every((c) => tree.rows[c].maxValid)) return;
  const sum = tree.components.reduce((s, c) => s + tree.rows[c].max, 0);
  if (!sameSum(v, sum)) {
    findings.push(makeFinding(g, 'max-total-mismatch', tree.totalRow, layout.maxCol, { max: v, computed: fromMilli(sum) }));
  }
}

function checkDuplicateUnits(g: GridReader, layout: Layout, findings: Finding[]): void {
  const seen = new Map<string, UnitColumns>();
  for (const u of layout.units) {
    const key = `${u.group ?? ''}\u0000${nameKey(u.name)}`;
    const first = seen.get(key);
    if (first) {
      findings.push(makeFinding(g, 'duplicate-unit', layout.headerRow, u.headerCol, {
        unit: u.name, firstCell: g.address(layout.headerRow, first.headerCol) }));
    } else seen.set(key, u);
  }
}

function buildResult(
  g: GridReader, layout: Layout, tree: CriteriaTree, scored: ScoredUnit[], options: ScoreOptions, findings: Finding[],
): ScoreResult {
  const d = options.decimals;
  const criteria: CriterionInfo[] = tree.rows.map((r) => ({
    code: r.code, key: r.key, name: r.name, level: r.level, parent: r.parent,
    component: tree.components.indexOf(r.component), isLeaf: r.children.length === 0,
    max: fromMilli(r.max), row: g.sheetRow(r.row),
  }));
  const components: ComponentInfo[] = tree.components.map((i) => ({
    code: tree.rows[i].code, name: tree.rows[i].name, max: fromMilli(tree.rows[i].max), criterion: i, row: g.sheetRow(tree.rows[i].row),
  }));
  const maxTotal = tree.components.reduce((s, i) => s + tree.rows[i].max, 0);
  const units: UnitResult[] = scored.map(({ unit, scores, self }) => {
    const grade = gradeOf(percent(scores.total, scores.totalMax, d), options.gradeBands);
    const result: UnitResult = withLazyScores({
      name: unit.name,
      group: unit.group,
      column: g.sheetCol(unit.scoreCol),
      total: fromMilli(roundMilli(scores.total, d)),
      totalExact: fromMilli(scores.total),
      max: fromMilli(scores.totalMax),
      index: percent(scores.total, scores.totalMax, d),
      rank: 0,
      rankLevels: 0,
      grade: grade.name,
      gradeEn: grade.nameEn,
      components: tree.components.map((c) => componentScore(scores, self, c, d)),
    }, scores, self); // criterionScores and selfCriterionScores are made when first read
    if (unit.selfCol !== undefined) result.selfColumn = g.sheetCol(unit.selfCol);
    if (self && tree.components.every((c) => !Number.isNaN(self.score[c]))) result.selfTotal = fromMilli(self.total);
    return result;
  });
  const groups = rankUnits(units, scored, tree, options);
  attachPrevious(units, options);
  return {
    sheet: g.grid.sheetName, options, headerRow: g.sheetRow(layout.headerRow), criteria, components,
    maxTotal: fromMilli(maxTotal), units, groups, hasSelfScores: units.some((u) => u.selfCriterionScores !== undefined),
    findings,
  };
}

function componentScore(scores: ColumnScores, self: ColumnScores | undefined, c: number, d: number): ComponentScore {
  const out: ComponentScore = {
    score: fromMilli(scores.score[c]),
    max: fromMilli(scores.max[c]),
    index: percent(scores.score[c], scores.max[c], d),
    rank: 0,
    rankLevels: 0,
  };
  if (self && !Number.isNaN(self.score[c])) out.selfScore = fromMilli(self.score[c]);
  return out;
}

/** Ranks the total and every component within each ranking group. Returns the groups in sheet order. */
function rankUnits(units: UnitResult[], scored: ScoredUnit[], tree: CriteriaTree, options: ScoreOptions): (string | null)[] {
  const groups: (string | null)[] = [];
  for (const u of units) if (!groups.includes(u.group)) groups.push(u.group);
  const d = options.decimals;
  const scale = 10 ** d;
  for (const group of groups) {
    const members = units.map((u, i) => i).filter((i) => units[i].group === group);
    // The key is the published value; the index instead when the units' maxima differ.
    const sameMax = (maxOf: (i: number) => Milli): boolean => members.every((i) => maxOf(i) === maxOf(members[0]));
    const totalKeys = sameMax((i) => scored[i].scores.totalMax)
      ? members.map((i) => roundMilli(scored[i].scores.total, d))
      : members.map((i) => Math.round(units[i].index * scale));
    const total = rank(totalKeys, options.ranking);
    members.forEach((i, k) => { units[i].rank = total.ranks[k]; units[i].rankLevels = total.levels; });
    tree.components.forEach((c, ci) => {
      // A component that did not arise for a unit (its max is 0: every criterion not applicable
      // under `exclude`) is not ranked for it: rank 0, and the others' levels.
      const arisen = members.filter((i) => scored[i].scores.max[c] !== 0);
      const sameComponentMax = arisen.every((i) => scored[i].scores.max[c] === scored[arisen[0]].scores.max[c]);
      const keys = sameComponentMax
        ? arisen.map((i) => scored[i].scores.score[c])
        : arisen.map((i) => Math.round(units[i].components[ci].index * scale));
      const r = rank(keys, options.ranking);
      arisen.forEach((i, k) => { units[i].components[ci].rank = r.ranks[k]; });
      for (const i of members) units[i].components[ci].rankLevels = r.levels;
    });
  }
  return groups;
}

function attachPrevious(units: UnitResult[], options: ScoreOptions): void {
  if (!options.previous) return;
  const byName = new Map(options.previous.map((p) => [nameKey(p.name), p]));
  for (const u of units) {
    const p = byName.get(nameKey(u.name));
    if (p) u.previous = { rank: p.rank, index: p.index };
  }
}

/**
 * Scoring one sheet: detect the layout, read the criteria, check and sum every unit's column,
 * then rank and grade. Bad data becomes findings; nothing here throws on a bad sheet.
 */
import { linkCauses, orderByCause } from './causes';
import { type ColumnScores, ScoredColumns } from './columns';
import { nameCriteria } from './criterion-refs';
import { fromMilli, percent, roundMilli } from './decimal';
import { detectLayout, findHeader, type Layout, type UnitColumns } from './detect';
import { makeFinding } from './finding-factory';
import { type Finding, hasErrors } from './findings';
import { gradeIn, sortBands } from './grade';
import { type ComponentTable, newComponentTable } from './component-table';
import { UnitRecord } from './unit-record';
import type { SheetGrid } from './grid';
import { rank } from './rank';
import { ComponentKeys, rankComponents } from './rank-components';
import { sameSum } from './score-cell';
import { GridReader } from './sheet';
import { checkStatedResults, findStatedRows } from './stated-results';
import { nameKey, parseNumericText } from './text';
import { type CriteriaTree, readCriteria } from './tree';
import { uncachedNote } from './uncached';
import {
  type ComponentInfo, type CriterionInfo, DEFAULT_OPTIONS, type ScoreOptions, type ScoreOutcome, type ScoreResult, type UnitResult,
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
  // Every unit column is read, checked and summed at once; self-assessment columns are checked
  // the same way, their findings warnings (they never rank).
  const columns = new ScoredColumns(g, tree, layout.units, options.notApplicable);
  // Indexed loops over the units here and below: a national sheet has 10,000 of them.
  for (let k = 0; k < layout.units.length; k++) {
    const unit = layout.units[k];
    const scores = columns.scores(unit.scoreCol);
    pushAll(findings, scores.findings);
    if (scores.percentLike) findings.push(makeFinding(g, 'unit-as-percent', layout.headerRow, unit.headerCol, { unit: unit.name, ...scores.percentLike }));
    if (!scores.hasAny) {
      findings.push(makeFinding(g, 'unit-empty', layout.headerRow, unit.headerCol, { unit: unit.name }));
      continue;
    }
    // A unit left out is left out whole: nothing is reported about its self-assessment column.
    const self = unit.selfCol !== undefined ? columns.scores(unit.selfCol) : undefined;
    if (self) pushAll(findings, self.findings);
    scored.push({ unit, scores, self: self?.hasAny ? self : undefined });
  }
  // Formula cells the file holds without their value: one warning saying what was computed instead.
  const uncached = uncachedNote(g, layout, tree, columns);
  if (uncached) findings.push(uncached);
  if (scored.length === 0 && !hasErrors(findings)) {
    findings.push(makeFinding(g, 'no-unit-column', layout.headerRow, layout.maxCol, {}));
  }
  // Criteria named in full ("1.1.a (Ban hành …)"), and each cause listed with what it explains.
  nameCriteria(g, tree, findings);
  linkCauses(g, tree, layout.maxCol, findings);
  const sorted = orderByCause(sortFindings(findings));
  if (hasErrors(sorted)) return { ok: false, findings: sorted };
  const result = buildResult(g, layout, tree, scored, options, sorted);
  // Rows under the total stating results are compared with them once they are known: warnings only.
  const stated = findStatedRows(g, layout, tree);
  if (stated) {
    const more: Finding[] = [];
    checkStatedResults(g, stated, result, more);
    if (more.length > 0) result.findings = orderByCause(sortFindings([...sorted, ...more]));
  }
  return { ok: true, result, findings: result.findings };
}

function pushAll(findings: Finding[], more: readonly Finding[]): void {
  for (let i = 0; i < more.length; i++) findings.push(more[i]);
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.row - b.f.row || a.f.col - b.f.col || a.i - b.i)
    .map((x) => x.f);
}

/**
 * A parent's (or group's) max must equal the sum of its children's; the total row's max the sum
 * of the ranked components' (or that sum with the bonus and deduction maxima, as a =SUM over
 * every component row gives it).
 */
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
  const adjustments = [...tree.bonus, ...tree.deduction];
  const withAdjustments = adjustments.every((c) => tree.rows[c].maxValid) ? adjustments.reduce((s, c) => s + tree.rows[c].max, sum) : sum;
  if (!sameSum(v, sum) && !sameSum(v, withAdjustments)) {
    findings.push(makeFinding(g, 'max-total-mismatch', tree.totalRow, layout.maxCol, { max: v, computed: fromMilli(sum) }));
  }
}

function checkDuplicateUnits(g: GridReader, layout: Layout, findings: Finding[]): void {
  const seen = new Map<string, UnitColumns>();
  for (let k = 0; k < layout.units.length; k++) {
    const u = layout.units[k];
    // Names are cell texts (NFC, single spaces, trimmed), so their key is their lower case.
    const key = u.group === null ? u.name.toLowerCase() : `${u.group}\u0000${u.name.toLowerCase()}`;
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
    code: r.code, key: r.key, name: r.name, kind: r.kind, level: r.level, parent: r.parent,
    component: tree.components.indexOf(r.component), isLeaf: r.children.length === 0,
    max: fromMilli(r.max), row: g.sheetRow(r.row),
  }));
  const components: ComponentInfo[] = tree.components.map((i) => ({
    code: tree.rows[i].code, name: tree.rows[i].name, max: fromMilli(tree.rows[i].max), criterion: i, row: g.sheetRow(tree.rows[i].row),
  }));
  const maxTotal = tree.components.reduce((s, i) => s + tree.rows[i].max, 0);
  const width = tree.components.length;
  const table = newComponentTable(scored.length, width);
  const keys = new ComponentKeys(scored.length, width);
  const bands = sortBands(options.gradeBands);
  const units = scored.map(({ unit, scores, self }, u) => {
    const index = percent(scores.total, scores.totalMax, d);
    const grade = gradeIn(index, bands);
    fillComponents(table, keys, u, tree, scores, self, d);
    const result = new UnitRecord({
      name: unit.name,
      group: unit.group,
      column: g.sheetCol(unit.scoreCol),
      total: fromMilli(roundMilli(scores.total, d)),
      totalExact: fromMilli(scores.total),
      max: fromMilli(scores.totalMax),
      index,
      grade: grade.name,
      gradeEn: grade.nameEn,
    }, table, u * width, scores, self);
    if (unit.selfCol !== undefined) result.selfColumn = g.sheetCol(unit.selfCol);
    if (tree.bonus.length > 0) result.bonus = fromMilli(scores.bonus);
    if (tree.deduction.length > 0) result.deduction = fromMilli(scores.deduction);
    if (self && tree.components.every((_, k) => !Number.isNaN(self.components[self.componentsAt + k]))) result.selfTotal = fromMilli(self.total);
    return result;
  });
  const groups = rankUnits(units, scored, table, keys, options);
  attachPrevious(units, options);
  return {
    sheet: g.grid.sheetName, options, headerRow: g.sheetRow(layout.headerRow), criteria, components,
    maxTotal: fromMilli(maxTotal), units, groups, hasSelfScores: scored.some((s) => s.self !== undefined),
    findings,
  };
}

/** Unit u's component scores, maxima, indices and self-assessed scores into the table (and the scores into the ranking keys). */
function fillComponents(
  table: ComponentTable, keys: ComponentKeys, u: number, tree: CriteriaTree, scores: ColumnScores, self: ColumnScores | undefined, d: number,
): void {
  const comps = tree.components;
  const at = u * comps.length;
  for (let k = 0; k < comps.length; k++) {
    const score = scores.components[scores.componentsAt + k];
    const max = scores.max[comps[k]];
    keys.note(u, k, score, max);
    table.score[at + k] = fromMilli(score);
    table.max[at + k] = fromMilli(max);
    table.index[at + k] = percent(score, max, d);
    const selfScore = self ? self.components[self.componentsAt + k] : NaN;
    if (!Number.isNaN(selfScore)) table.selfScore[at + k] = fromMilli(selfScore);
  }
}

/** Ranks the total and every component within each ranking group. Returns the groups in sheet order. */
function rankUnits(units: UnitRecord[], scored: ScoredUnit[], table: ComponentTable, keys: ComponentKeys, options: ScoreOptions): (string | null)[] {
  const byGroup = new Map<string | null, number[]>();
  units.forEach((u, i) => {
    const members = byGroup.get(u.group);
    if (members) members.push(i); else byGroup.set(u.group, [i]);
  });
  for (const members of byGroup.values()) rankGroup(Int32Array.from(members), units, scored, table, keys, options);
  return [...byGroup.keys()];
}

/**
 * Ranks the members of one group. The key is the published value (thousandths); the index
 * instead when the members' maxima differ, as a unit with not-applicable criteria has under `exclude`.
 */
function rankGroup(members: Int32Array, units: UnitRecord[], scored: ScoredUnit[], table: ComponentTable, keys: ComponentKeys, options: ScoreOptions): void {
  const d = options.decimals;
  const scale = 10 ** d;
  const n = members.length;
  const totalKeys = new Float64Array(n);
  const totalMax = scored[members[0]].scores.totalMax;
  let sameMax = true;
  for (let k = 0; k < n; k++) if (scored[members[k]].scores.totalMax !== totalMax) sameMax = false;
  for (let k = 0; k < n; k++) {
    const i = members[k];
    totalKeys[k] = sameMax ? roundMilli(scored[i].scores.total, d) : Math.round(units[i].index * scale);
  }
  const total = rank(totalKeys, options.ranking);
  for (let k = 0; k < n; k++) {
    units[members[k]].rank = total.ranks[k];
    units[members[k]].rankLevels = total.levels;
  }
  rankComponents(members, table, keys, options);
}

function attachPrevious(units: UnitResult[], options: ScoreOptions): void {
  if (!options.previous) return;
  const byName = new Map(options.previous.map((p) => [nameKey(p.name), p]));
  for (const u of units) {
    const p = byName.get(nameKey(u.name));
    if (p) u.previous = { rank: p.rank, index: p.index };
  }
}

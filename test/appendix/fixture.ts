/**
 * Builds a ScoreResult by hand from a compact table, for the write-plan tests. It does the plain
 * arithmetic a person would (sums in thousandths, dense ranks within each group, default grade
 * bands) so the tests can state their expected tables as hand-computed values.
 */
import {
  type ComponentInfo,
  type CriterionInfo,
  DEFAULT_OPTIONS,
  type ScoreOptions,
  type ScoreResult,
  type UnitResult,
} from '../../src/engine/types';

export interface FixtureComponent {
  code: string;
  name: string;
  max: number;
  /** Leaf criteria under the component (code, name, max); none: the component is its own leaf. */
  leaves?: [string, string, number][];
}

export interface FixtureUnit {
  name: string;
  /** Per component: its score, or the scores of its leaves. */
  scores: (number | number[])[];
  /** Self-assessed scores, same shape. */
  self?: (number | number[])[];
  group?: string;
  previous?: { rank: number; index: number };
}

export interface FixtureSpec {
  components: FixtureComponent[];
  units: FixtureUnit[];
  options?: Partial<ScoreOptions>;
}

const m = (x: number) => Math.round(x * 1000);
const fromM = (x: number) => x / 1000;
const round2 = (x: number) => Math.round(x * 100) / 100;

export function makeResult(spec: FixtureSpec): ScoreResult {
  const options: ScoreOptions = { ...DEFAULT_OPTIONS, ...spec.options };
  const criteria: CriterionInfo[] = [];
  const components: ComponentInfo[] = [];
  let row = 5;
  spec.components.forEach((c, ci) => {
    const index = criteria.length;
    criteria.push({ code: c.code, key: String(ci + 1), name: c.name, kind: 'component', level: 1, parent: -1, component: ci, isLeaf: !c.leaves, max: c.max, row: row++ });
    components.push({ code: c.code, name: c.name, max: c.max, criterion: index, row: index + 5 });
    for (const [code, name, max] of c.leaves ?? []) {
      criteria.push({ code, key: code, name, kind: 'criterion', level: 2, parent: index, component: ci, isLeaf: true, max, row: row++ });
    }
  });
  const maxTotal = fromM(spec.components.reduce((a, c) => a + m(c.max), 0));

  const perCriterion = (scores: (number | number[])[]): number[] =>
    scores.flatMap((s) => (Array.isArray(s) ? [fromM(s.reduce((a, x) => a + m(x), 0)), ...s] : [s]));
  const componentScores = (scores: (number | number[])[]) => scores.map((s) => (Array.isArray(s) ? fromM(s.reduce((a, x) => a + m(x), 0)) : s));

  const units: UnitResult[] = spec.units.map((u, ui) => {
    const comp = componentScores(u.scores);
    const self = u.self ? componentScores(u.self) : undefined;
    const totalExact = fromM(comp.reduce((a, x) => a + m(x), 0));
    const total = round2(totalExact);
    const index = round2((total / maxTotal) * 100);
    const band = options.gradeBands.find((b) => index >= b.min) ?? options.gradeBands[options.gradeBands.length - 1];
    const unit: UnitResult = {
      name: u.name,
      group: u.group ?? null,
      column: 3 + ui,
      total,
      totalExact,
      max: maxTotal,
      index,
      rank: 0,
      rankLevels: 0,
      grade: band.name,
      gradeEn: band.nameEn,
      components: comp.map((score, ci) => ({
        score,
        max: spec.components[ci].max,
        index: round2((score / spec.components[ci].max) * 100),
        rank: 0,
        rankLevels: 0,
        ...(self ? { selfScore: self[ci] } : {}),
      })),
      criterionScores: perCriterion(u.scores),
    };
    if (u.self) {
      unit.selfCriterionScores = perCriterion(u.self);
      unit.selfColumn = unit.column;
    }
    if (u.previous) unit.previous = u.previous;
    return unit;
  });

  // Dense ranks within each group, by published value.
  const groups = [...new Set(units.map((u) => u.group))];
  for (const g of groups) {
    const members = units.filter((u) => u.group === g);
    denseRank(members, (u) => u.total, (u, r, l) => { u.rank = r; u.rankLevels = l; });
    spec.components.forEach((_, ci) => {
      denseRank(members, (u) => u.components[ci].score, (u, r, l) => { u.components[ci].rank = r; u.components[ci].rankLevels = l; });
    });
  }

  return {
    sheet: 'Chấm điểm',
    options,
    headerRow: 3,
    criteria,
    components,
    maxTotal,
    units,
    groups,
    hasSelfScores: spec.units.some((u) => u.self !== undefined),
    findings: [],
  };
}

function denseRank(units: UnitResult[], key: (u: UnitResult) => number, set: (u: UnitResult, rank: number, levels: number) => void): void {
  const distinct = [...new Set(units.map(key))].sort((a, b) => b - a);
  for (const u of units) set(u, distinct.indexOf(key(u)) + 1, distinct.length);
}

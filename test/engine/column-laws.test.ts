/**
 * Laws of the column scorer, on random columns of a small sheet (the one of columns.test.ts):
 * a column's scores and findings do not depend on the columns read with it; a self-assessment
 * column is checked by the same rules, as warnings; subtotals and a total typed as the sum of
 * their rows, or left blank, change nothing, and one typed off is the one finding.
 */
import fc from 'fast-check';
import { type ColumnScores, ScoredColumns } from '../../src/engine/columns';
import { detectLayout, type UnitColumns } from '../../src/engine/detect';
import type { CellValue } from '../../src/engine/grid';
import { GridReader } from '../../src/engine/sheet';
import { type CriteriaTree, readCriteria } from '../../src/engine/tree';
import type { NotApplicablePolicy } from '../../src/engine/types';

fc.configureGlobal({ seed: 20261204, numRuns: 300 });

/** Criteria rows 2..7 and the total row 8: code, max, and the rows (0-based among them) summed into it. */
const ROWS: { code: string; max: number; children: number[] }[] = [
  { code: 'I', max: 3, children: [1, 4] },
  { code: '1.1', max: 2, children: [2, 3] },
  { code: 'a', max: 1.5, children: [] },
  { code: 'b', max: 0.5, children: [] },
  { code: '1.2', max: 1, children: [] },
  { code: 'II', max: 2, children: [] },
];
const LEAVES = [2, 3, 4, 5];
const SUBTOTALS = [0, 1];
const COMPONENTS = [0, 5];

/**
 * A sheet with a column per entry of `columns` (7 cells: rows 2..8), from column D on, each a
 * unit's; or, `paired`, one unit whose ranked column is D and self-assessment column E.
 */
function read(columns: CellValue[][], policy: NotApplicablePolicy, paired = false) {
  const values: CellValue[][] = [['STT', 'Nội dung', 'Điểm tối đa', ...columns.map((_, u) => `Xã ${u + 1}`)]];
  ROWS.forEach((r, i) => values.push([r.code, `Tiêu chí ${r.code}`, r.max, ...columns.map((c) => c[i])]));
  values.push(['', 'Tổng cộng', 5, ...columns.map((c) => c[6])]);
  const g = new GridReader({ sheetName: 'Chấm điểm', values });
  const layout = detectLayout(g, []);
  if (!layout) throw new Error('no layout');
  const tree: CriteriaTree = readCriteria(g, layout, []);
  const units: UnitColumns[] = paired ? [{ name: 'Xã', headerCol: 3, scoreCol: 3, selfCol: 4, group: null }]
    : columns.map((_, u) => ({ name: 'Xã', headerCol: 3 + u, scoreCol: 3 + u, group: null }));
  const all = new ScoredColumns(g, tree, units, policy);
  return columns.map((_, u) => all.scores(3 + u));
}

/** Everything a column gives, findings without their column. */
function summary(s: ColumnScores) {
  return {
    hasAny: s.hasAny, total: s.total, totalMax: s.totalMax, percentLike: s.percentLike,
    components: Array.from(s.components.subarray(s.componentsAt, s.componentsAt + COMPONENTS.length)),
    score: Array.from(s.score), max: Array.from(s.max), excluded: Array.from(s.excluded),
    findings: [...s.findings].sort((x, y) => x.row - y.row).map((f) => ({ rule: f.rule, row: f.row, severity: f.severity, data: f.data })),
  };
}

/** What a cell may hold: mostly plain scores (quarters of 2), sometimes anything. */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 8 }).map((q) => q / 4) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>('', null) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<CellValue>(' ', 'KPS', 'N/A', '1,25', '0,5', 'abc', '50%', '#DIV/0!', true, -0.25, 9, 40, 0.1234,
      NaN, Infinity, 0.1 + 0.2, 1.7504, 1.7506, -0, -1e-10, 1e300),
  },
);
const columnArb = fc.array(cellArb, { minLength: 7, maxLength: 7 });
const policyArb = fc.constantFrom<NotApplicablePolicy>('full', 'exclude');

describe('a column read with others', () => {
  it('gives what it gives read alone', () => {
    fc.assert(fc.property(fc.array(columnArb, { minLength: 2, maxLength: 5 }), policyArb, (columns, policy) => {
      const together = read(columns, policy).map(summary);
      columns.forEach((c, u) => {
        expect(together[u]).toEqual(summary(read([c], policy)[0]));
      });
    }));
  });
});

describe('a self-assessment column', () => {
  it('is checked by the same rules and sums the same, its errors warnings', () => {
    fc.assert(fc.property(columnArb, policyArb, (column, policy) => {
      const [ranked, self] = read([column, column], policy, true).map(summary);
      expect(self).toEqual({ ...ranked, findings: ranked.findings.map((f) => ({ ...f, severity: 'warning' })) });
    }));
  });
});

describe('typed subtotals and totals', () => {
  /** Leaf scores in quarters of a point (within each max), and what each sum row holds. */
  const plainArb = fc.record({
    quarters: fc.tuple(...LEAVES.map((i) => fc.integer({ min: 0, max: ROWS[i].max * 4 }))),
    typed: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  });
  function column(quarters: number[], typed: boolean[]): { cells: CellValue[]; sums: number[] } {
    const sums = ROWS.map(() => 0);
    LEAVES.forEach((i, k) => { sums[i] = quarters[k]; });
    for (let i = ROWS.length - 1; i >= 0; i--) for (const c of ROWS[i].children) sums[i] += sums[c];
    const total = COMPONENTS.reduce((s, i) => s + sums[i], 0);
    const cells: CellValue[] = [...sums.map((q) => q / 4), total / 4];
    [...SUBTOTALS, 6].forEach((i, k) => { if (!typed[k]) cells[i] = ''; });
    return { cells, sums: [...sums, total] };
  }

  it('as the sum of their rows, or blank, give no finding and the total of the leaves', () => {
    fc.assert(fc.property(plainArb, policyArb, ({ quarters, typed }, policy) => {
      const [s] = read([column(quarters, typed).cells], policy);
      expect(s.findings).toEqual([]);
      expect(s.total).toBe(quarters.reduce((a, q) => a + q, 0) * 250);
    }));
  });
  it('one typed off by a quarter or more is the one finding, at that cell, naming the sum', () => {
    const offArb = fc.tuple(plainArb, fc.constantFrom(...SUBTOTALS, 6), fc.integer({ min: -8, max: 8 }).filter((q) => q !== 0));
    fc.assert(fc.property(offArb, ([{ quarters }, row, q]) => {
      const { cells, sums } = column(quarters, [true, true, true]);
      const value = (sums[row] + q) / 4;
      cells[row] = value;
      const [s] = read([cells], 'full');
      const off = [...s.findings];
      // A subtotal pushed below 0 or above its max says that instead (the total has no range).
      const range = row < 6 && (value < 0 || value > ROWS[row].max);
      expect(off.map((f) => [f.rule, f.row])).toEqual([[range ? (value < 0 ? 'score-negative' : 'score-above-max') : row < 6 ? 'subtotal-mismatch' : 'total-mismatch', 1 + row]]);
      if (!range) expect(off[0].data).toMatchObject({ value, computed: sums[row] / 4 });
    }));
  });
});

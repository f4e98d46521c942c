/**
 * The fast paths for big sheets give exactly what the plain code gives: the all-columns reader
 * against scoreColumn, ranking by counting against the ranking laws, the table-driven fold and
 * the spacing shortcut of cellText against their full versions, lazy per-criterion scores.
 */
import fc from 'fast-check';
import { type ColumnScores, scoreColumn } from '../../src/engine/column';
import { detectLayout } from '../../src/engine/detect';
import { FastColumns } from '../../src/engine/fast-columns';
import type { Finding } from '../../src/engine/findings';
import { gradeIn, sortBands } from '../../src/engine/grade';
import type { CellKind, CellValue, SheetGrid } from '../../src/engine/grid';
import { rank } from '../../src/engine/rank';
import { scoreSheet } from '../../src/engine/score';
import { GridReader } from '../../src/engine/sheet';
import { cellText, fold, foldFull } from '../../src/engine/text';
import { readCriteria } from '../../src/engine/tree';
import type { GradeBand } from '../../src/engine/types';

fc.configureGlobal({ seed: 20261124, numRuns: 200 });

/** Criteria of the test sheets: code, max (quarters of it have at most 3 decimals), and the rows summed into it. */
const CRITERIA: { code: string; max: number; children: number[] }[] = [
  { code: 'I', max: 3, children: [1, 4] },
  { code: '1.1', max: 2, children: [2, 3] },
  { code: '1.1.1', max: 1.5, children: [] },
  { code: '1.1.2', max: 0.5, children: [] },
  { code: '1.2', max: 1, children: [] },
  { code: 'II', max: 2, children: [6, 7] },
  { code: '2.1', max: 1.5, children: [] },
  { code: '2.2', max: 0.5, children: [] },
];
const LEAVES = CRITERIA.map((c, i) => (c.children.length === 0 ? i : -1)).filter((i) => i >= 0);

/** What a cell of a unit column may hold: mostly plain scores, sometimes anything. */
type Odd = { value: CellValue; kind?: CellKind };
const odd: fc.Arbitrary<Odd> = fc.constantFrom<Odd>(
  { value: '' }, { value: null }, { value: ' ' }, { value: 'KPS' }, { value: '1,25' }, { value: 'abc' },
  { value: '#DIV/0!', kind: 'Error' }, { value: 0.5, kind: 'Error' }, { value: true }, { value: -0.25 },
  { value: 9 }, { value: 0.1234 }, { value: Number.NaN }, { value: Number.POSITIVE_INFINITY }, { value: 0.1 + 0.2 },
  { value: 50 }, { value: -0 },
  // Near the shortcuts of the fast reader: a tiny negative, four decimals, numbers whose
  // thousandths overflow 32 bits, and one beyond every integer.
  { value: -1e-10 }, { value: 0.0004 }, { value: 4294967.296 }, { value: 2147483.648 }, { value: 1e300 },
);

interface ColumnPlan {
  /** Leaf scores in quarters of the max (0..4), or an odd cell. */
  leaves: (number | Odd)[];
  /** Per parent: typed right, blank, wrong, or odd. */
  parents: ('right' | 'blank' | 'wrong' | 'noisy' | Odd)[];
  total: 'right' | 'blank' | 'wrong' | Odd;
}

const columnPlan: fc.Arbitrary<ColumnPlan> = fc.record({
  leaves: fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 1, arbitrary: odd }), {
    minLength: LEAVES.length, maxLength: LEAVES.length }),
  parents: fc.array(fc.oneof(
    { weight: 3, arbitrary: fc.constant<'right'>('right') }, { weight: 3, arbitrary: fc.constant<'blank'>('blank') },
    { weight: 1, arbitrary: fc.constant<'wrong'>('wrong') }, { weight: 1, arbitrary: fc.constant<'noisy'>('noisy') },
    { weight: 1, arbitrary: odd }), { minLength: 3, maxLength: 3 }),
  total: fc.oneof(fc.constantFrom<'right' | 'blank' | 'wrong'>('right', 'blank', 'wrong'), odd),
});

/** A standard sheet with one column per plan, and whether it has a total row. */
function sheetOf(plans: ColumnPlan[], withTotal: boolean): SheetGrid {
  const values: CellValue[][] = [['STT', 'Nội dung', 'Điểm tối đa', ...plans.map((_, u) => `Xã ${u + 1}`)]];
  const kinds: CellKind[][] = [values[0].map(() => 'String')];
  const computed = plans.map(() => new Array<number>(CRITERIA.length).fill(0));
  CRITERIA.forEach((c, i) => { values.push([c.code, `Tiêu chí ${c.code}`, c.max]); kinds.push(['String', 'String', 'Double']); void i; });
  plans.forEach((plan, u) => {
    const col = 3 + u;
    const put = (i: number, cell: Odd): void => { values[1 + i][col] = cell.value; kinds[1 + i][col] = cell.kind ?? (typeof cell.value === 'number' ? 'Double' : 'String'); };
    LEAVES.forEach((i, k) => {
      const leaf = plan.leaves[k];
      if (typeof leaf === 'number') {
        const v = (CRITERIA[i].max * leaf) / 4;
        computed[u][i] = v;
        put(i, { value: v });
      } else put(i, leaf);
    });
    for (let i = CRITERIA.length - 1; i >= 0; i--) {
      if (CRITERIA[i].children.length > 0) computed[u][i] = CRITERIA[i].children.reduce((s, c) => s + computed[u][c], 0);
    }
    [0, 1, 5].forEach((i, p) => {
      const how = plan.parents[p];
      if (how === 'right') put(i, { value: computed[u][i] });
      else if (how === 'blank') put(i, { value: '' });
      else if (how === 'wrong') put(i, { value: computed[u][i] + 0.25 });
      else if (how === 'noisy') put(i, { value: computed[u][i] + 0.0004 });
      else put(i, how);
    });
  });
  if (withTotal) {
    values.push(['', 'Tổng cộng', 5]);
    kinds.push(['Empty', 'String', 'Double']);
    plans.forEach((plan, u) => {
      const t = computed[u][0] + computed[u][5];
      const cell: Odd = plan.total === 'right' ? { value: t } : plan.total === 'blank' ? { value: '' }
        : plan.total === 'wrong' ? { value: t + 1 } : plan.total;
      values[values.length - 1][3 + u] = cell.value;
      kinds[kinds.length - 1][3 + u] = cell.kind ?? (typeof cell.value === 'number' ? 'Double' : 'String');
    });
  }
  return { sheetName: 'Chấm điểm', values, kinds };
}

function plainScores(s: ColumnScores): unknown {
  return {
    hasAny: s.hasAny, valid: s.valid, total: s.total, totalMax: s.totalMax, percentLike: s.percentLike,
    score: Array.from(s.score), components: Array.from(s.components.subarray(s.componentsAt, s.componentsAt + 2)), max: Array.from(s.max), excluded: Array.from(s.excluded),
  };
}

describe('reading all unit columns at once', () => {
  it('gives, for every column it takes, what scoreColumn gives, and scoreColumn finds nothing there', () => {
    let taken = 0;
    fc.assert(fc.property(fc.array(columnPlan, { minLength: 1, maxLength: 5 }), fc.boolean(), (plans, withTotal) => {
      const g = new GridReader(sheetOf(plans, withTotal));
      const layout = detectLayout(g, []);
      if (!layout) throw new Error('no layout');
      const tree = readCriteria(g, layout, []);
      const fast = new FastColumns(g, tree, layout.units.map((u) => u.scoreCol));
      for (const unit of layout.units) {
        const found = fast.scores(unit.scoreCol);
        if (!found) continue;
        taken++;
        const findings: Finding[] = [];
        const slow = scoreColumn({ g, tree, unitName: unit.name, col: unit.scoreCol, policy: 'full', severity: 'error', findings });
        expect(findings).toEqual([]);
        expect(plainScores(found)).toEqual(plainScores(slow));
      }
    }));
    expect(taken).toBeGreaterThan(20); // the property is not vacuous
  });

  it('takes every column of a plain sheet (subtotals typed or blank), so the fast path is the one measured', () => {
    const plain: ColumnPlan = { leaves: LEAVES.map((_, k) => k % 5), parents: ['right', 'blank', 'right'], total: 'right' };
    const g = new GridReader(sheetOf([plain, plain, plain], true));
    const layout = detectLayout(g, []);
    if (!layout) throw new Error('no layout');
    const fast = new FastColumns(g, readCriteria(g, layout, []), layout.units.map((u) => u.scoreCol));
    expect(layout.units.map((u) => fast.scores(u.scoreCol) !== undefined)).toEqual([true, true, true]);
  });

  it('leaves to scoreColumn a column with a blank leaf, a wrong subtotal or a wrong total', () => {
    const plain: ColumnPlan = { leaves: LEAVES.map(() => 2), parents: ['right', 'right', 'right'], total: 'right' };
    const plans: ColumnPlan[] = [
      { ...plain, leaves: [{ value: '' }, ...plain.leaves.slice(1)] },
      { ...plain, parents: ['right', 'wrong', 'right'] },
      { ...plain, total: 'wrong' },
    ];
    const g = new GridReader(sheetOf(plans, true));
    const layout = detectLayout(g, []);
    if (!layout) throw new Error('no layout');
    const fast = new FastColumns(g, readCriteria(g, layout, []), layout.units.map((u) => u.scoreCol));
    expect(layout.units.map((u) => fast.scores(u.scoreCol))).toEqual([undefined, undefined, undefined]);
  });
});

describe('ranking by counting (64 units or more, whole-number keys)', () => {
  const many = (range: number): fc.Arbitrary<number[]> =>
    fc.array(fc.integer({ min: -range, max: range }), { minLength: 64, maxLength: 400 });
  for (const range of [3, 1000, 100000, 2 ** 40]) {
    it(`keys within ±${range}: the ranking laws hold`, () => {
      fc.assert(fc.property(many(range), (ks) => {
        const dense = rank(ks, 'dense');
        const competition = rank(ks, 'competition');
        const distinct = [...new Set(ks)];
        ks.forEach((k, i) => {
          expect(dense.ranks[i]).toBe(1 + distinct.filter((x) => x > k).length);
          expect(competition.ranks[i]).toBe(1 + ks.filter((x) => x > k).length);
        });
        expect(dense.levels).toBe(distinct.length);
        expect(competition.levels).toBe(ks.length);
      }), { numRuns: 40 });
    });
  }
  it('keys with fractions still rank by sorting', () => {
    const ks = Array.from({ length: 100 }, (_, i) => (i % 7) / 4);
    expect(Array.from(rank(ks, 'dense').ranks.slice(0, 8))).toEqual([7, 6, 5, 4, 3, 2, 1, 7]);
  });
});

describe('text shortcuts', () => {
  const letters = [...'aAđĐeêếỆ ươƯ\t\n\u00a0\u200b\ufeff\u3000\u0301\u0323xyzİßǞẛ', 'e\u0302\u0301', '  '];
  const text = fc.array(fc.constantFrom(...letters), { maxLength: 12 }).map((xs) => xs.join(''));
  it('fold by table equals the full fold', () => {
    fc.assert(fc.property(text, (s) => expect(fold(s)).toBe(foldFull(s))), { numRuns: 2000 });
    for (let cp = 0; cp < 0x2100; cp++) {
      const s = `X${String.fromCharCode(cp)} y`;
      expect([cp, fold(s)]).toEqual([cp, foldFull(s)]);
    }
  });
  it('cellText leaves tidy text as it is and tidies the rest as before', () => {
    const full = (v: string): string => v.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    fc.assert(fc.property(text, (s) => expect(cellText(s)).toBe(full(s))), { numRuns: 2000 });
  });
});

describe('lazy per-criterion scores', () => {
  const grid: SheetGrid = sheetOf([
    { leaves: LEAVES.map(() => 4), parents: ['blank', 'blank', 'blank'], total: 'blank' },
    { leaves: [{ value: 'KPS' }, ...LEAVES.slice(1).map(() => 2)], parents: ['blank', 'blank', 'blank'], total: 'blank' },
  ], true);
  it('are the published scores, null where not applicable under exclude, and written by JSON', () => {
    const out = scoreSheet(grid, { notApplicable: 'exclude' });
    if (!out.ok) throw new Error(out.findings.map((f) => f.rule).join());
    const [a, b] = out.result.units;
    expect(a.criterionScores).toEqual([3, 2, 1.5, 0.5, 1, 2, 1.5, 0.5]);
    expect(b.criterionScores).toEqual([0.75, 0.25, null, 0.25, 0.5, 1, 0.75, 0.25]);
    expect(a.selfCriterionScores).toBeUndefined();
    const json = JSON.parse(JSON.stringify(a)) as { criterionScores: unknown; name: string; components: unknown[] };
    expect(json.criterionScores).toEqual(a.criterionScores);
    expect(json.name).toBe(a.name);
    expect(json.components).toHaveLength(2);
    a.criterionScores = [1];
    expect(a.criterionScores).toEqual([1]);
  });
});

describe('grade bands', () => {
  it('are taken from the highest minimum down, whatever their order, and follow a change in place', () => {
    const bands: GradeBand[] = [{ name: 'Khá', nameEn: 'Fair', min: 70 }, { name: 'Tốt', nameEn: 'Good', min: 80 }];
    expect(gradeIn(85, sortBands(bands)).name).toBe('Tốt');
    bands[1].min = 90;
    expect(gradeIn(85, sortBands(bands)).name).toBe('Khá');
  });
});

/**
 * The column scorer on a small sheet, every figure written out: what each kind of cell gives
 * (findings and scores, in thousandths), subtotals and totals, not-applicable leaves, sums not
 * checked over wrong cells, and columns read together.
 *
 *      A     B            C    D (Xã A, error)  E (Ghi chú)  F (Xã A self, warning)
 *  1   STT   Nội dung     Điểm tối đa
 *  2   I     Lĩnh vực I   3    subtotal of 1.1 and 1.2
 *  3   1.1   Tiêu chí     2    subtotal of a and b
 *  4   a     ...          1.5  leaf
 *  5   b     ...          0.5  leaf
 *  6   1.2   ...          1    leaf
 *  7   II    Lĩnh vực II  2    a component that is a leaf
 *  8         Tổng cộng    5    total
 */
import { type ColumnScores, ScoredColumns } from '../../src/engine/columns';
import { detectLayout } from '../../src/engine/detect';
import type { CellKind, CellValue, SheetGrid } from '../../src/engine/grid';
import { GridReader } from '../../src/engine/sheet';
import { readCriteria } from '../../src/engine/tree';
import type { NotApplicablePolicy } from '../../src/engine/types';

const LABELS: CellValue[][] = [
  ['STT', 'Nội dung', 'Điểm tối đa'], ['I', 'Lĩnh vực I', 3], ['1.1', 'Tiêu chí 1.1', 2], ['a', 'Tiêu chí a', 1.5],
  ['b', 'Tiêu chí b', 0.5], ['1.2', 'Tiêu chí 1.2', 1], ['II', 'Lĩnh vực II', 2], ['', 'Tổng cộng', 5],
];
/** A plain column: rows 2..8 (I, 1.1, a, b, 1.2, II, total). */
const PLAIN: CellValue[] = [2.75, 1.75, 1.25, 0.5, 1, 1.5, 4.25];
const ROW = { I: 0, '1.1': 1, a: 2, b: 3, '1.2': 4, II: 5, total: 6 } as const;

interface Setup {
  d?: Partial<Record<keyof typeof ROW, CellValue>>;
  f?: Partial<Record<keyof typeof ROW, CellValue>>;
  policy?: NotApplicablePolicy;
  kinds?: Record<string, CellKind>;
  formulas?: string[];
  /** What C4, the max of a, holds instead of 1.5. */
  maxOfA?: CellValue;
}

/** Column D (Xã A) is PLAIN with the cells of `d`; E a note column; F (self-assessment) PLAIN with `f`. */
function read({ d = {}, f = {}, policy = 'full', kinds, formulas, maxOfA = 1.5 }: Setup): { d: ColumnScores; f: ColumnScores; all: ScoredColumns } {
  const column = (cells: Setup['d'] = {}): CellValue[] =>
    (Object.keys(ROW) as (keyof typeof ROW)[]).map((name) => (name in cells ? cells[name] as CellValue : PLAIN[ROW[name]]));
  const dc = column(d);
  const fc = column(f);
  const labels = LABELS.map((r, i) => (i === 3 ? [r[0], r[1], maxOfA] : r));
  const values = labels.map((r, i) => (i === 0 ? [...r, 'Xã A', 'Ghi chú', ''] : [...r, dc[i - 1], i === 3 ? 'xem biên bản' : '', fc[i - 1]]));
  const at = (a1: string): [number, number] => [Number(a1.slice(1)) - 1, a1.charCodeAt(0) - 65];
  const grid: SheetGrid = {
    sheetName: 'Chấm điểm', values,
    ...(kinds ? { kinds: values.map((r, i) => r.map((_, j) => Object.entries(kinds).find(([a]) => at(a)[0] === i && at(a)[1] === j)?.[1] ?? 'Unknown')) } : {}),
    ...(formulas ? { formulas: values.map((r, i) => r.map((_, j) => formulas.some((a) => at(a)[0] === i && at(a)[1] === j))) } : {}),
  };
  const g = new GridReader(grid);
  const layout = detectLayout(g, []);
  if (!layout) throw new Error('no layout');
  const tree = readCriteria(g, layout, []);
  const all = new ScoredColumns(g, tree, [{ name: 'Xã A', headerCol: 3, scoreCol: 3, selfCol: 5, group: null }], policy);
  return { d: all.scores(3), f: all.scores(5), all };
}

/** A column's findings as {rule, cell, severity, data}, top to bottom (those of one cell in the order made). */
const found = (s: ColumnScores) => [...s.findings].sort((x, y) => x.row - y.row)
  .map((x) => ({ rule: x.rule, cell: x.cell, severity: x.severity, data: x.data }));
const unit = 'Xã A';

describe('a plain column', () => {
  it('gives its scores in thousandths and no finding', () => {
    const { d } = read({});
    expect(found(d)).toEqual([]);
    expect({ hasAny: d.hasAny, total: d.total, totalMax: d.totalMax, percentLike: d.percentLike }).toEqual({ hasAny: true, total: 4250, totalMax: 5000, percentLike: undefined });
    expect(Array.from(d.components.subarray(d.componentsAt, d.componentsAt + 2))).toEqual([2750, 1500]);
    expect(Array.from(d.score)).toEqual([2750, 1750, 1250, 500, 1000, 1500]);
    expect(Array.from(d.max)).toEqual([3000, 2000, 1500, 500, 1000, 2000]);
    expect(Array.from(d.excluded)).toEqual([0, 0, 0, 0, 0, 0]);
  });
  it('may leave its subtotals and total blank, and have binary noise or 0.0005 in them', () => {
    for (const d of [{ I: '', '1.1': null, total: '' }, { I: 2.75 + 1e-12, '1.1': 1.7505, total: 4.2495 }]) {
      const s = read({ d }).d;
      expect(found(s)).toEqual([]);
      expect(s.total).toBe(4250);
    }
  });
});

describe('a leaf cell (a, D4, max 1.5)', () => {
  const cases: [string, CellValue, object[], number][] = [
    ['a number as text', '1,25', [{ rule: 'number-as-text', cell: 'D4', severity: 'warning', data: { text: '1,25', value: 1.25 } }], 1250],
    ['spaces around it', ' 1.25 ', [{ rule: 'number-as-text', cell: 'D4', severity: 'warning', data: { text: '1.25', value: 1.25 } }], 1250],
    ['binary noise', 0.1 + 0.2, [], 300],
    ['4 decimals, rounded half-up', 0.1235, [{ rule: 'score-too-precise', cell: 'D4', severity: 'warning', data: { unit, code: 'a', value: 0.1235, rounded: 0.124 } }], 124],
    ['negative', -0.25, [{ rule: 'score-negative', cell: 'D4', severity: 'error', data: { unit, code: 'a', value: -0.25 } }], NaN],
    ['negative by a hair', -1e-10, [{ rule: 'score-negative', cell: 'D4', severity: 'error', data: { unit, code: 'a', value: -1e-10 } }], NaN],
    ['minus zero (kept as read)', -0, [], -0],
    ['above its max', 1.6, [{ rule: 'score-above-max', cell: 'D4', severity: 'error', data: { unit, code: 'a', value: 1.6, max: 1.5 } }], NaN],
    ['text', 'abc', [{ rule: 'score-not-number', cell: 'D4', severity: 'error', data: { unit, code: 'a', text: 'abc' } }], NaN],
    ['a percentage', '50 %', [{ rule: 'score-as-percent', cell: 'D4', severity: 'error', data: { unit, code: 'a', text: '50 %', max: 1.5 } }], NaN],
    ['a boolean', true, [{ rule: 'score-not-number', cell: 'D4', severity: 'error', data: { unit, code: 'a', text: 'TRUE' } }], NaN],
    ['NaN', NaN, [{ rule: 'score-not-number', cell: 'D4', severity: 'error', data: { unit, code: 'a', text: 'NaN' } }], NaN],
    ['an error value', '#DIV/0!', [{ rule: 'score-error-value', cell: 'D4', severity: 'error', data: { unit, code: 'a', error: '#DIV/0!' } }], NaN],
    ['blank', ' ', [{ rule: 'score-missing', cell: 'D4', severity: 'error', data: { unit, code: 'a' } }], NaN],
    ['KPS (full: its max)', 'k.p.s', [{ rule: 'not-applicable', cell: 'D4', severity: 'warning', data: { unit, code: 'a', policy: 'full' } }], 1500],
  ];
  it.each(cases)('%s', (_what, cell, findings, score) => {
    const s = read({ d: { a: cell, I: '', '1.1': '', total: '' } }).d;
    expect(found(s)).toEqual(findings);
    expect(s.score[ROW.a]).toBe(score);
    expect(s.components[s.componentsAt]).toBe(Number.isNaN(score) ? NaN : score + 1500);
  });
  it('a formula without a value is not a blank', () => {
    const s = read({ d: { a: '' }, formulas: ['D4'] }).d;
    expect(found(s)).toEqual([{ rule: 'formula-without-value', cell: 'D4', severity: 'error', data: { unit, code: 'a' } }]);
  });
  it('text marked as an error value is one; an error text marked as text is text', () => {
    expect(found(read({ d: { a: 'x' }, kinds: { D4: 'Error' } }).d).map((x) => x.rule)).toEqual(['score-error-value']);
    expect(found(read({ d: { a: '#REF!' }, kinds: { D4: 'String' } }).d).map((x) => x.rule)).toEqual(['score-not-number']);
  });
});

describe('a subtotal cell (1.1, D3, max 2, its rows sum to 1.75)', () => {
  const mismatch = (value: number) => [{ rule: 'subtotal-mismatch', cell: 'D3', severity: 'error', data: { unit, code: '1.1', value, computed: 1.75 } }];
  const cases: [string, CellValue, object[]][] = [
    ['as text', '1,75', [{ rule: 'number-as-text', cell: 'D3', severity: 'warning', data: { text: '1,75', value: 1.75 } }]],
    ['more than 0.0005 off', 1.7506, mismatch(1.7506)],
    ['wrong', 2, mismatch(2)],
    ['wrong, as text', '1,5', [{ rule: 'number-as-text', cell: 'D3', severity: 'warning', data: { text: '1,5', value: 1.5 } }, ...mismatch(1.5)]],
    ['above its max (not also a mismatch)', 2.5, [{ rule: 'score-above-max', cell: 'D3', severity: 'error', data: { unit, code: '1.1', value: 2.5, max: 2 } }]],
    ['KPS', 'KPS', [{ rule: 'not-applicable-on-parent', cell: 'D3', severity: 'error', data: { unit, code: '1.1' } }]],
    ['an error value', '#REF!', [{ rule: 'score-error-value', cell: 'D3', severity: 'error', data: { unit, code: '1.1', error: '#REF!' } }]],
  ];
  it.each(cases)('%s', (_what, cell, findings) => {
    const s = read({ d: { '1.1': cell, I: 2.75, total: 4.25 } }).d;
    expect(found(s)).toEqual(findings);
    expect([s.score[ROW['1.1']], s.total]).toEqual([1750, 4250]); // the computed sums, whatever is typed
  });
  it('a wrong subtotal above a wrong one is not checked, nor is the total', () => {
    expect(found(read({ d: { '1.1': 'x', I: 1, total: 1 } }).d).map((x) => `${x.rule}@${x.cell}`)).toEqual(['score-not-number@D3']);
  });
  it('sums above a wrong or blank leaf are not checked', () => {
    expect(found(read({ d: { a: 'x', '1.1': 1, I: 1, total: 1 } }).d).map((x) => `${x.rule}@${x.cell}`)).toEqual(['score-not-number@D4']);
    expect(found(read({ d: { b: '', '1.1': 1, total: 1 } }).d).map((x) => `${x.rule}@${x.cell}`)).toEqual(['score-missing@D5']);
  });
});

describe('the total cell (D8, the components sum to 4.25)', () => {
  const cases: [CellValue, object[]][] = [
    ['4,25', [{ rule: 'number-as-text', cell: 'D8', severity: 'warning', data: { text: '4,25', value: 4.25 } }]],
    [4.3, [{ rule: 'total-mismatch', cell: 'D8', severity: 'error', data: { unit, value: 4.3, computed: 4.25 } }]],
    ['#N/A', [{ rule: 'score-error-value', cell: 'D8', severity: 'error', data: { unit, code: 'Tổng cộng', error: '#N/A' } }]],
    ['KPS', [{ rule: 'score-not-number', cell: 'D8', severity: 'error', data: { unit, code: 'Tổng cộng', text: 'KPS' } }]],
  ];
  it.each(cases)('%p', (cell, findings) => {
    expect(found(read({ d: { total: cell } }).d)).toEqual(findings);
  });
});

describe('sums over a not-applicable leaf (a: KPS, max 1.5)', () => {
  const kps = { a: 'KPS', I: '', '1.1': '', total: '' };
  it('under full it counts its max; a sum that counts it 0 (=SUM) is right too', () => {
    for (const d of [{ '1.1': 2, I: 3, total: 4.5 }, { '1.1': 0.5, I: 1.5, total: 3 }]) {
      expect(found(read({ d: { ...kps, ...d } }).d).map((x) => x.rule)).toEqual(['not-applicable']);
    }
    const s = read({ d: { ...kps, '1.1': 1, total: 4 } }).d;
    expect(found(s).filter((x) => x.severity === 'error')).toEqual([
      { rule: 'subtotal-mismatch', cell: 'D3', severity: 'error', data: { unit, code: '1.1', value: 1, computed: 2, other: { computed: 0.5, kpsAs: 'zero' } } },
      { rule: 'total-mismatch', cell: 'D8', severity: 'error', data: { unit, value: 4, computed: 4.5, other: { computed: 3, kpsAs: 'zero' } } },
    ]);
    expect([s.total, s.totalMax, s.score[ROW.a], s.excluded[ROW.a]]).toEqual([4500, 5000, 1500, 0]);
  });
  it('under exclude it counts 0 and leaves the max; a sum that counts its max is right too', () => {
    const s = read({ d: { ...kps, '1.1': 1, total: 4.5 }, policy: 'exclude' }).d;
    expect(found(s).filter((x) => x.severity === 'error')).toEqual([
      { rule: 'subtotal-mismatch', cell: 'D3', severity: 'error', data: { unit, code: '1.1', value: 1, computed: 0.5, other: { computed: 2, kpsAs: 'max' } } },
    ]);
    expect([s.total, s.totalMax, s.score[ROW.a], s.excluded[ROW.a]]).toEqual([3000, 3500, 0, 1]);
    expect(Array.from(s.max)).toEqual([1500, 500, 0, 500, 1000, 2000]);
    expect(Array.from(read({ d: kps, policy: 'exclude' }).f.max)).toEqual([3000, 2000, 1500, 500, 1000, 2000]); // the other column's own
  });
  it('without a valid max (0 then), the sums above it are not checked', () => {
    const s = read({ d: { ...kps, '1.1': 1.9, I: 2.9, total: 1 }, maxOfA: '' }).d;
    expect(found(s).map((x) => `${x.rule}@${x.cell}`)).toEqual(['not-applicable@D4']);
  });
});

describe('columns read together', () => {
  it('each column has its own findings; self-assessment findings are warnings', () => {
    const { d, f } = read({ d: { b: 'x' }, f: { b: 0.75, '1.1': 9 } });
    expect(found(d).map((x) => `${x.rule}@${x.cell}:${x.severity}`)).toEqual(['score-not-number@D5:error']);
    expect(found(f).map((x) => `${x.rule}@${x.cell}:${x.severity}`)).toEqual(['score-above-max@F3:warning', 'score-above-max@F5:warning']);
  });
  it('a column not asked for (the note column between) is read and ignored', () => {
    expect(() => read({}).all.scores(4)).toThrow(RangeError);
  });
  it('an empty column has nothing, not even missing scores; one with a total only misses every leaf', () => {
    const blank = { I: '', '1.1': '', a: '', b: '', '1.2': '', II: '', total: '' };
    const empty = read({ d: blank }).d;
    expect([empty.hasAny, empty.findings]).toEqual([false, []]);
    const totalOnly = read({ d: { ...blank, total: 4 } }).d;
    expect([totalOnly.hasAny, found(totalOnly).map((x) => `${x.rule}@${x.cell}`)]).toEqual([true, ['score-missing@D4', 'score-missing@D5', 'score-missing@D6', 'score-missing@D7']]);
  });
  it('a column typed as percentages says so', () => {
    const s = read({ d: { a: 50, b: 40, I: '', '1.1': '', total: '' } }).d;
    expect(s.percentLike).toEqual({ above: 2, scored: 4 });
    expect(found(s).map((x) => x.rule)).toEqual(['score-above-max', 'score-above-max']);
  });
});

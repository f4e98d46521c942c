/**
 * fast-check arbitraries for sheets the engine may meet: cell values of every type (Unicode,
 * NFD, emoji, huge and tiny numbers, NaN, Infinity, -0, null and undefined holes), whole grids
 * (jagged, with empty rows, random kinds, formula flags, merges, hidden rows), grids shaped like
 * a scoring sheet with random bodies, and random mutations of a given grid.
 */
import fc from 'fast-check';
import type { CellBox, CellKind, CellValue, SheetGrid } from '../../src/engine/grid';

/** Words the engine looks for, so random grids reach past the header search. */
const WORDS = [
  'STT', 'TT', 'stt ', 'S T T', 'Nội dung', 'Tiêu chí', 'Điểm tối đa', 'ĐIỂM TỐI ĐA'.normalize('NFD'), 'Diem chuan',
  'Max', 'Xã An', 'Xã An'.normalize('NFD'), 'Xã  An', 'Phường 1', 'Ghi chú', 'Tài liệu kiểm chứng', 'Tự đánh giá',
  'Thẩm định', 'Tự chấm', 'Tổng cộng', 'Tong cong', 'Total', 'Khối xã', 'Nhóm 1', 'KPS', 'k.p.s', 'không phát sinh',
  'N/A', '#DIV/0!', '#REF!', '#N/A', '#VALUE!', '1,25', '1.25', ' 2 ', '-0,5', '50%', '1.5.', 'I', 'II', 'XX', 'XXI',
  'IIII', 'a', 'b)', 'đ', '1', '1.1', '1.1.1', '2.1', '1..2', '01.02', '=SUM(A1)', '+1', '-x', '@x', '😀', '👨‍👩‍👧',
  '\u200b', '\u00a0', '', ' ', '\t', 'e\u0301', '1e3', '0x10', 'Infinity', 'NaN', '(1)', '(2)', '(3)',
];

/** Numbers: plain doubles (incl. NaN, ±Infinity, -0, subnormal, huge), scores on quarter points, integers. */
export const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer({ min: -4, max: 40 }).map((q) => q / 4),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MIN_VALUE, Number.MAX_VALUE, 1e21, 1e-7, 2 ** 53, 0.1 + 0.2, 1.2345),
);

export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(...WORDS).map((w) => w.normalize('NFD')),
  fc.string({ unit: 'grapheme-ascii', minLength: 300, maxLength: 400 }),
);

/** A cell as callers may hand it over, holes (undefined) included although the type forbids them. */
export const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<CellValue>(null, '') },
  { weight: 1, arbitrary: fc.constant(undefined as unknown as CellValue) },
  { weight: 4, arbitrary: numberArb },
  { weight: 4, arbitrary: textArb },
  { weight: 1, arbitrary: fc.boolean() },
);

const KINDS: CellKind[] = ['Empty', 'String', 'Double', 'Integer', 'Boolean', 'Error', 'Unknown'];

const boxArb: fc.Arbitrary<CellBox> = fc.record({
  row: fc.integer({ min: -2, max: 30 }),
  col: fc.integer({ min: -2, max: 12 }),
  rows: fc.integer({ min: 0, max: 4 }),
  cols: fc.integer({ min: 0, max: 4 }),
});

/** Optional extras of a grid: kinds and formula flags of any shape, merges, hidden rows and columns, an origin. */
function withExtras(values: CellValue[][]): fc.Arbitrary<SheetGrid> {
  const shapeOf = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<T[][]> =>
    fc.array(fc.array(item, { maxLength: 14 }), { maxLength: values.length + 2 });
  return fc.record(
    {
      sheetName: fc.oneof(fc.constant('Chấm điểm'), fc.string({ unit: 'grapheme', maxLength: 31 })),
      originRow: fc.integer({ min: 0, max: 40 }),
      originCol: fc.integer({ min: 0, max: 30 }),
      kinds: shapeOf(fc.constantFrom(...KINDS)),
      formulas: shapeOf(fc.boolean()),
      merges: fc.array(boxArb, { maxLength: 4 }),
      hiddenRows: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }),
      hiddenCols: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 3 }),
    },
    { requiredKeys: ['sheetName'] },
  ).map((extra) => ({ ...extra, values }));
}

/** Any grid: jagged rows, empty rows, every kind of value. */
export const randomGridArb: fc.Arbitrary<SheetGrid> = fc
  .array(fc.oneof({ weight: 1, arbitrary: fc.constant([] as CellValue[]) }, { weight: 5, arbitrary: fc.array(cellArb, { maxLength: 12 }) }), { maxLength: 40 })
  .chain(withExtras);

const codeArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>('I', 'II', 'III', 'IV', 'V', '1', '2', '3', '1.1', '1.2', '1.3', '2.1', '2.2', '1.1.1', '1.1.2',
    '1.2.1', 'a', 'b', 'c)', ' 1. 1 ', '2.', '1.2.', '', null, 'x', 1, 1.1, 2, 2.1, 1.10),
  cellArb,
);

const scoreArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 }).map((q) => q / 4) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>('', null, 'KPS', 'N/A', '1,5', '#DIV/0!', '50%', 'x', -1, 99) },
  { weight: 1, arbitrary: cellArb },
);

/** A grid shaped like a scoring sheet (header, codes, max, units, maybe a total) with a random body. */
export const scoringLikeGridArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    title: fc.array(fc.array(cellArb, { maxLength: 3 }), { maxLength: 3 }),
    units: fc.array(fc.oneof(fc.constantFrom<CellValue>('Xã An', 'Xã Bình', 'Ghi chú', '', 'Xã An'.normalize('NFD')), textArb), { minLength: 0, maxLength: 6 }),
    sub: fc.option(fc.array(fc.constantFrom<CellValue>('Tự đánh giá', 'Thẩm định', '', 'x'), { maxLength: 6 })),
    body: fc.array(fc.record({ code: codeArb, name: fc.oneof(textArb, fc.constant('Tiêu chí')), max: fc.oneof(scoreArb, fc.constant(4)), scores: fc.array(scoreArb, { maxLength: 6 }) }), { maxLength: 25 }),
    total: fc.boolean(),
  })
  .chain(({ title, units, sub, body, total }) => {
    const values: CellValue[][] = [...title, ['STT', 'Nội dung', 'Điểm tối đa', ...units]];
    if (sub) values.push(['', '', '', ...sub]);
    for (const row of body) values.push([row.code, row.name, row.max, ...row.scores]);
    if (total) values.push(['', 'Tổng cộng', 100, ...units.map(() => 50)]);
    return withExtras(values);
  });

/** One random change to a grid: what people do to sheets copied between offices. */
export type Mutation =
  | { op: 'set'; row: number; col: number; value: CellValue }
  | { op: 'deleteRow'; row: number }
  | { op: 'insertRow'; row: number; cells: CellValue[] }
  | { op: 'duplicateRow'; row: number }
  | { op: 'swapColumns'; a: number; b: number }
  | { op: 'deleteColumn'; col: number }
  | { op: 'truncateRow'; row: number; length: number }
  | { op: 'markError'; row: number; col: number };

export function mutationArb(rows: number, cols: number): fc.Arbitrary<Mutation> {
  const row = fc.integer({ min: 0, max: Math.max(0, rows - 1) });
  const col = fc.integer({ min: 0, max: Math.max(0, cols - 1) });
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), row, col, value: fc.oneof(cellArb, scoreArb, codeArb) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteRow' as const), row }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('insertRow' as const), row, cells: fc.array(fc.oneof(cellArb, scoreArb), { maxLength: cols }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicateRow' as const), row }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('swapColumns' as const), a: col, b: col }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteColumn' as const), col }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncateRow' as const), row, length: fc.integer({ min: 0, max: cols }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('markError' as const), row, col }) },
  );
}

/** Applies mutations to a copy of the grid; values, kinds and formula flags move together. */
export function mutate(grid: SheetGrid, mutations: readonly Mutation[]): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  const kinds = grid.kinds?.map((r) => [...r]) ?? values.map((r) => r.map((): CellKind => 'Unknown'));
  const formulas = grid.formulas?.map((r) => [...r]) ?? values.map((r) => r.map(() => false));
  const layers: unknown[][][] = [values, kinds, formulas];
  for (const m of mutations) {
    switch (m.op) {
      case 'set':
        if (values[m.row]) values[m.row][m.col] = m.value;
        if (kinds[m.row]) kinds[m.row][m.col] = 'Unknown';
        break;
      case 'deleteRow':
        for (const l of layers) l.splice(m.row, 1);
        break;
      case 'insertRow':
        values.splice(m.row, 0, [...m.cells]);
        kinds.splice(m.row, 0, m.cells.map((): CellKind => 'Unknown'));
        formulas.splice(m.row, 0, m.cells.map(() => false));
        break;
      case 'duplicateRow':
        for (const l of layers) if (l[m.row]) l.splice(m.row, 0, [...l[m.row]]);
        break;
      case 'swapColumns':
        for (const l of layers) for (const r of l) { const t = r[m.a]; r[m.a] = r[m.b]; r[m.b] = t; }
        break;
      case 'deleteColumn':
        for (const l of layers) for (const r of l) r.splice(m.col, 1);
        break;
      case 'truncateRow':
        for (const l of layers) if (l[m.row]) l[m.row].length = Math.min(l[m.row].length, m.length);
        break;
      case 'markError':
        if (kinds[m.row] && m.col < kinds[m.row].length) kinds[m.row][m.col] = 'Error';
        break;
    }
  }
  return { ...grid, values, kinds, formulas };
}

/**
 * A valid scoring sheet with a random tree (Roman or numbered components, criteria, lettered
 * sub-criteria), random maxima and scores, optional typed subtotals, total row, KPS markers,
 * self/appraised column pairs and ranking groups. Mutated, it reaches every check of the engine.
 */
export const validSheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    roman: fc.boolean(),
    tree: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    units: fc.integer({ min: 1, max: 8 }),
    pairs: fc.boolean(),
    groups: fc.boolean(),
    subtotals: fc.boolean(),
    total: fc.boolean(),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
  })
  .map(({ roman, tree, units, pairs, groups, subtotals, total, seed }) => {
    let s = seed;
    const next = (): number => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
    const quarter = (max: number): number => Math.floor(next() * (max * 4 + 1)) / 4;
    const cols = pairs ? units * 2 : units;
    const header: CellValue[] = ['STT', 'Nội dung', 'Điểm tối đa'];
    const sub: CellValue[] = ['', '', ''];
    for (let u = 0; u < units; u++) {
      header.push(`Xã ${u + 1}`);
      if (pairs) { header.push(''); sub.push('Tự đánh giá', 'Thẩm định'); }
    }
    const rows: CellValue[][] = [['UBND HUYỆN'], header];
    if (pairs) rows.push(sub);
    if (groups) rows.push(['Khối', '', '', ...Array.from({ length: cols }, (_, c) => (Math.floor(c / (pairs ? 2 : 1)) % 2 === 0 ? 'Xã' : 'Thị trấn'))]);
    type Node = { code: string; max: number; children: Node[] };
    const scoreOf = (n: Node): number[] => {
      if (n.children.length === 0) return Array.from({ length: cols }, () => quarter(n.max));
      const parts = n.children.map(scoreOf);
      return parts[0].map((_, c) => parts.reduce((sum, p) => sum + p[c], 0));
    };
    const emit = (n: Node, name: string): number[] => {
      const at = rows.length;
      rows.push([n.code, name, n.max]);
      const leaf = n.children.length === 0;
      const scores = leaf ? scoreOf(n) : n.children.map((c, i) => emit(c, `${name}.${i + 1}`)).reduce((a, b) => a.map((x, i) => x + b[i]));
      // A leaf now and then "KPS": the subtotals and totals above count it 0, as the sheet's =SUM does.
      const cells: CellValue[] = scores.map((v) => (!leaf && !subtotals ? '' : leaf && next() < 0.04 ? 'KPS' : Math.round(v * 1000) / 1000));
      rows[at].push(...cells);
      return scores.map((v, c) => (cells[c] === 'KPS' ? 0 : v));
    };
    const totals: number[][] = [];
    let grand = 0;
    tree.forEach((criteria, ci) => {
      const comp: Node = { code: roman ? ['I', 'II', 'III', 'IV'][ci] : String(ci + 1), max: 0, children: [] };
      criteria.forEach((letters, k) => {
        const code = `${ci + 1}.${k + 1}`;
        const kids: Node[] = Array.from({ length: letters }, (_, l) => ({ code: 'abcd'[l], max: 0.5 + l, children: [] }));
        const max = letters > 0 ? kids.reduce((sum, x) => sum + x.max, 0) : 1 + k;
        comp.children.push({ code, max, children: kids });
      });
      comp.max = comp.children.reduce((sum, x) => sum + x.max, 0);
      grand += comp.max;
      totals.push(emit(comp, `Lĩnh vực ${ci + 1}`));
    });
    if (total) rows.push(['', 'Tổng cộng', grand, ...totals.reduce((a, b) => a.map((x, i) => x + b[i])).map((v) => Math.round(v * 1000) / 1000)]);
    return { sheetName: 'Chấm điểm', values: rows };
  });

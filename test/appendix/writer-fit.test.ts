/**
 * The sheet writer fits column widths and row heights exactly as measuring every cell and
 * wrapping every noted text the plain way would: the widths it remembers (a number per value and
 * format, a text measured in its cell) never change a width or a height.
 */
import fc from 'fast-check';
import { SheetWriter } from '../../src/appendix/layout';
import { displayText, longestLine, singleLineWidth, textWidth, wrappedLines } from '../../src/appendix/text-width';
import type { PlanValue, SheetPlan } from '../../src/appendix/types';

fc.configureGlobal({ seed: 20261123, numRuns: 150 });

const WORDS = ['Xã', 'Số', '00012', 'Cải', 'cách', 'thể', 'chế:', 'đạt', '4,75/5', 'điểm,', 'xếp', 'hạng', 'ĐƠN', 'VỊ', 'Phường', 'Lĩnh', 'vực', 'Tổng'];
const text = fc.array(fc.constantFrom(...WORDS, '\n', ' '), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(' '));
const value: fc.Arbitrary<PlanValue> = fc.oneof(text, fc.integer({ min: -50, max: 10000 }), fc.integer({ min: 0, max: 100000 }).map((m) => m / 1000), fc.constant(null));
const FORMATS = [undefined, '0', '0.00', '+0.00;-0.00;0.00', 'General', '@'];

interface Cell {
  row: number;
  col: number;
  value: PlanValue;
  format: string | undefined;
}

/** Column widths and row heights measured cell by cell, the plain way. */
function plainFit(cells: Cell[], wraps: { row: number; col: number; cols: number; text: string }[], lastCol: number): Pick<SheetPlan, 'columnWidths' | 'rowHeights'> {
  const widths = new Map<number, number>();
  for (const c of cells) {
    if (c.value === null) continue;
    widths.set(c.col, Math.max(widths.get(c.col) ?? 0, Math.max(0, ...displayText(c.value, c.format).split('\n').map(textWidth))));
  }
  const columnWidths = Array.from({ length: lastCol + 1 }, (_, col) => ({ col, width: Math.min(60, Math.max(5, Math.ceil(((widths.get(col) ?? 0) + 2) * 10) / 10)) }));
  const heights = new Map<number, number>();
  for (const w of wraps) {
    let width = 0;
    for (let c = w.col; c < w.col + w.cols; c++) width += columnWidths[c]?.width ?? 5;
    const lines = wrappedLines(w.text, width);
    if (lines > 1) heights.set(w.row, Math.min(409, Math.max(heights.get(w.row) ?? 0, lines * 17 + 3)));
  }
  const fit: Pick<SheetPlan, 'columnWidths' | 'rowHeights'> = { columnWidths };
  if (heights.size > 0) fit.rowHeights = [...heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
  return fit;
}

describe('fitted widths and heights', () => {
  test('rows of values, each text cell wrapped (sometimes with another text, or over two columns), fit as the plain measure says', () => {
    const rows = fc.array(fc.array(fc.tuple(value, fc.constantFrom(...FORMATS)), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(rows, fc.array(fc.nat(3), { minLength: 30, maxLength: 30 }), text, (lines, how, other) => {
        const w = new SheetWriter('k', 'n');
        const cells: Cell[] = [];
        const wraps: { row: number; col: number; cols: number; text: string }[] = [];
        let lastCol = 0;
        lines.forEach((line, row) => {
          const formats = line.map(([, f]) => f);
          w.put(row, 0, [line.map(([v]) => v)], 'full', formats);
          line.forEach(([v, f], col) => {
            cells.push({ row, col, value: v, format: f });
            lastCol = Math.max(lastCol, col);
            if (typeof v !== 'string') return;
            // 0: the cell's own text; 1: another text; 2: over two columns; 3: not wrapped.
            const note = [{ row, col, cols: 1, text: v }, { row, col, cols: 1, text: other }, { row, col, cols: 2, text: v }][how[row]];
            if (note === undefined) return;
            w.wrap(note.row, note.col, note.cols, note.text);
            wraps.push(note);
          });
        });
        const plan = w.build();
        const expected = plainFit(cells, wraps, lastCol);
        expect(plan.columnWidths).toEqual(expected.columnWidths);
        expect(plan.rowHeights).toEqual(expected.rowHeights);
      }),
    );
  });

  test('a long line in a narrow column makes its row tall; a short one does not', () => {
    const w = new SheetWriter('k', 'n');
    const long = 'Lĩnh vực đạt dưới 75% điểm tối đa: Cải cách thể chế (2,5/5 điểm, 50%); Cải cách thủ tục hành chính (3/6 điểm, 50%)';
    w.put(0, 0, [['Xã Số 00001'], [long]]);
    w.limit(0, 20, 30);
    w.wrap(0, 0, 1, 'Xã Số 00001');
    w.wrap(1, 0, 1, long);
    const plan = w.build();
    expect(plan.columnWidths).toEqual([{ col: 0, width: 30 }]);
    expect(plan.rowHeights).toEqual([{ row: 1, height: wrappedLines(long, 30) * 17 + 3 }]);
    expect(longestLine(long)).toBeGreaterThan(30);
  });

  test('a text a hair wider than its cell takes two lines; a hair narrower, one', () => {
    const name = 'Phường Đông Hà';
    for (const [slack, height] of [[-0.01, 37], [0.01, undefined]] as const) {
      const w = new SheetWriter('k', 'n');
      w.put(0, 0, [[name]]);
      const width = textWidth(name) + 1 + slack; // the room is the width less one
      w.limit(0, width, width);
      w.wrap(0, 0, 1, name);
      expect(w.build().rowHeights).toEqual(height === undefined ? undefined : [{ row: 0, height }]);
    }
  });

  test('lines written with their known widths (some left to measure at the end) fit as written and wrapped one by one', () => {
    // A line and whether its width is given (else NaN: measured at the end if the column needs it).
    const line = fc.tuple(fc.oneof(text, fc.constant('')), fc.boolean());
    const blocks = fc.array(fc.array(line, { minLength: 1, maxLength: 16 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(blocks, fc.integer({ min: 5, max: 40 }), fc.integer({ min: 0, max: 60 }), (units, min, extra) => {
        const known = new SheetWriter('k', 'n');
        const plain = new SheetWriter('k', 'n');
        let row = 0;
        for (const unit of units) {
          const lines = unit.map(([l]) => l);
          // A heading cell in the column, as the units sheet has, then the lines under it.
          for (const w of [known, plain]) w.put(row, 1, [['Xã Số 00012']]);
          known.putLines(row + 1, 1, lines, unit.map(([l, given]) => (given ? singleLineWidth(l) : NaN)));
          plain.put(row + 1, 1, lines.map((l) => [l]));
          lines.forEach((l, k) => plain.wrap(row + 1 + k, 1, 1, l));
          row += lines.length + 2;
        }
        for (const w of [known, plain]) w.limit(1, min, min + extra);
        expect(known.build()).toEqual(plain.build());
      }),
    );
  });

  test('table rows written as a run fit as written row by row, each text of the wrapped columns wrapped', () => {
    const rows = fc.array(fc.array(value, { minLength: 0, maxLength: 5 }), { minLength: 1, maxLength: 30 });
    const formats = fc.array(fc.constantFrom(...FORMATS), { minLength: 5, maxLength: 5 });
    const wrapped = fc.subarray([0, 1, 2, 3, 4]);
    fc.assert(
      fc.property(rows, formats, wrapped, fc.integer({ min: 5, max: 40 }), (lines, fmts, wrap, max) => {
        const run = new SheetWriter('k', 'n');
        const plain = new SheetWriter('k', 'n');
        run.putRows(3, 1, lines, fmts, wrap);
        lines.forEach((line, r) => {
          plain.put(3 + r, 1, [line], 'full', fmts);
          for (const c of wrap) if (typeof line[c] === 'string') plain.wrap(3 + r, 1 + c, 1, line[c] as string);
        });
        for (const w of [run, plain]) w.limit(2, 5, max);
        expect(run.build()).toEqual(plain.build());
      }),
    );
  });
});

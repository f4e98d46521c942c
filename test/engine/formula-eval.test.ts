/** The evaluator of formulas stored without their value: what it calculates, exactly, and what it refuses, saying why. */
import { type CellInput, evaluateFormula, type FormulaSheet } from '../../src/engine/formula-eval';
import { a1 } from '../../src/engine/grid';

/** A sheet "Chấm điểm" whose cells are given in A1; anything else is empty. */
function sheet(cells: Record<string, number | string | CellInput>): FormulaSheet {
  return {
    sheetName: 'Chấm điểm',
    input: (row, col) => {
      const v = cells[a1(row, col)];
      if (v === undefined) return { kind: 'empty' };
      if (typeof v === 'number') return { kind: 'number', value: v };
      if (typeof v === 'string') return { kind: 'text' };
      return v;
    },
  };
}

const cells = sheet({ D5: 0.1, D6: 0.2, D7: 1.25, D8: 'KPS', E5: 2, E6: 0.005, F5: -2.5, H1: 3 });
const value = (formula: string) => evaluateFormula(formula, cells);

describe('what it calculates', () => {
  it.each([
    ['2-0.25', 1.75],
    ['=2-0.25', 1.75],
    ['1.5e1', 15],
    ['.5', 0.5],
    ['-D7', -1.25],
    ['+D7', 1.25],
    ['D5+D6', 0.3], // exact: not 0.30000000000000004
    ['$D$5 + D$6 - $D7', -0.95],
    ['D7-(D5+D6)', 0.95],
    ['Z99+1', 1], // an empty cell is 0, as in Excel
    ["'Chấm điểm'!D7+D5", 1.35],
    ['SUM(D5:D8)', 1.55], // the text in the range is skipped
    ['SUM(D8:D5)', 1.55],
    ['SUM(D5,D6,1)', 1.3],
    ['SUM(D8)', 0],
    ['SUM(D5:E6, 1+1, -D7)', 3.055],
    ['sum()', 0],
    ['ROUND(E6, 2)', 0.01], // half away from zero
    ['ROUND(F5, 0)', -3],
    ['ROUND(D7, 1)', 1.3],
    ['ROUND(1234, -2)', 1200],
    ['ROUND(SUM(D5:D7), 1.9)', 1.6], // digits truncated to 1
    ['ROUND(D7, 5)', 1.25],
  ])('=%s is %p', (formula, expected) => {
    expect(value(formula)).toEqual({ ok: true, value: expected });
  });
});

describe('what it refuses, and why', () => {
  it.each([
    ['VLOOKUP(A1,B1:C9,2,0)', 'unsupported', 'VLOOKUP'],
    ['IF(D5>0,1,0)', 'unsupported', 'IF'],
    ['D5*2', 'unsupported', '*'],
    ['D5/2', 'unsupported', '/'],
    ['D5%', 'unsupported', '%'],
    ['"1"+1', 'unsupported', '"'],
    ['Diem_toi_da', 'unsupported', 'Diem_toi_da'],
    ['D5:D6', 'unsupported', ':'],
    ['Sheet2!A1', 'other-sheet', 'Sheet2'],
    ["'Tổng hợp'!A1+1", 'other-sheet', 'Tổng hợp'],
    ['SUM(Sheet2!A1:A3)', 'other-sheet', 'Sheet2'],
    ['D8+1', 'input', 'D8'],
    ['D5+', 'syntax', ''],
    ['(D5', 'syntax', ''],
    ['ROUND(D5)', 'syntax', ')'],
  ])('=%s: %s %s', (formula, reason, detail) => {
    expect(value(formula)).toEqual({ ok: false, problem: { reason, detail } });
  });
  it('an input that is a problem itself passes it on', () => {
    const s = sheet({ A1: { kind: 'problem', problem: { reason: 'cycle', detail: 'A1' } } });
    expect(evaluateFormula('A1+1', s)).toEqual({ ok: false, problem: { reason: 'cycle', detail: 'A1' } });
  });
  it('a range too large to read is refused', () => {
    expect(value('SUM(A1:XFD1048576)')).toEqual({ ok: false, problem: { reason: 'unsupported', detail: 'A1:XFD1048576' } });
  });
});

/** The scanner's number, index and date parsing, and the moving of shared formulas. */
import fc from 'fast-check';
import { shiftFormula } from '../../../src/workbook/package/read-formula';
import { isoDateToSerial, parseIndexAt, parseNumberAt } from '../../../src/workbook/package/read-values';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const number = (text: string): number => parseNumberAt(bytes(text), 0, bytes(text).length);

describe('parseNumberAt gives what Number gives', () => {
  test('for any double, as JavaScript and as a spreadsheet program write it', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 15 }), (x, digits) => {
      for (const text of [String(x), x.toFixed(Math.min(digits, 100)), x.toPrecision(Math.max(1, digits))]) {
        expect(Object.is(number(text), Number(text))).toBe(true);
      }
    }), { numRuns: 2000, seed: 13 });
  });

  test('for quarter points and other short decimals, which share their boxes', () => {
    const wrong: string[] = [];
    for (let i = 0; i < 20000; i++) {
      for (const text of [(i / 4).toString(), (i / 1000).toFixed(3), (-i / 100).toFixed(2), `0${(i / 8).toString()}`]) {
        if (!Object.is(number(text), Number(text))) wrong.push(text);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('not numbers: NaN (the cell then reads as its text)', () => {
    for (const text of ['', ' ', '.', '-', '1,5', 'abc', '1.2.3']) expect(number(text)).toBeNaN();
    expect(number(' 7 ')).toBe(7);
    expect(number('1E-3')).toBe(0.001);
  });
});

test('parseIndexAt reads a shared string index, -1 for anything else', () => {
  expect(parseIndexAt(bytes(' 42 '), 0, 4)).toBe(42);
  expect(parseIndexAt(bytes('4x'), 0, 2)).toBe(-1);
  expect(parseIndexAt(bytes(''), 0, 0)).toBe(-1);
});

describe('isoDateToSerial', () => {
  test.each([
    ['2021-12-31', false, 44561],
    ['2021-12-31T18:00:00Z', false, 44561.75],
    ['2021-12-31T06:00:00.000+07:00', false, 44561.25],
    ['1900-01-01', false, 1],
    ['1900-02-28', false, 59],
    ['1900-03-01', false, 61],
    ['1904-01-01', true, 0],
    ['2021-12-31', true, 44561 - 1462],
    ['12:00', false, 0.5],
  ])('%s (1904: %s) is %d', (text, date1904, serial) => {
    expect(isoDateToSerial(text, date1904)).toBeCloseTo(serial, 10);
  });

  test('what is not an ISO date is undefined', () => {
    for (const text of ['31/12/2021', '2021-13-01', '', 'T']) expect(isoDateToSerial(text, false)).toBeUndefined();
  });
});

describe('shiftFormula moves relative references by the offset from the master', () => {
  test.each([
    ['A1+B1', 1, 0, 'A2+B2'],
    ['SUM(D5:D9)*$C$3+C$2+$B2', 2, 1, 'SUM(E7:E11)*$C$3+D$2+$B4'],
    ["'Tổng hợp'!B2+Sheet1!C3+\"A1\"&LOG10(A1)", 1, 1, "'Tổng hợp'!C3+Sheet1!D4+\"A1\"&LOG10(B2)"],
    ['IF(A1>0,TRUE,FALSE)', 0, 2, 'IF(C1>0,TRUE,FALSE)'],
    ['_xlfn.CONCAT(A1,"x""y")', 3, 0, '_xlfn.CONCAT(A4,"x""y")'],
    ['A1*1.5E+3', 1, 0, 'A2*1.5E+3'],
  ])('%s by (%d, %d)', (formula, dRow, dCol, moved) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(moved);
  });

  test('not simple: whole rows or columns, structured or external references, off the sheet', () => {
    for (const formula of ['SUM(A:A)', 'SUM($1:$3)', 'SUM(Table1[Điểm])', '[1]Sheet1!A1']) expect(shiftFormula(formula, 1, 0)).toBeUndefined();
    expect(shiftFormula('A1', -1, 0)).toBeUndefined();
  });
});

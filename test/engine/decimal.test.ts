/** Exact decimals and the spec's rounding: half-up, totals and indices to 2 decimals. */
import fc from 'fast-check';
import { exactMilli, percent, roundMilli, toMilli } from '../../src/engine/decimal';
import { scoreSheet } from '../../src/engine';
import { grid } from '../helpers/grid';

describe('exact decimals', () => {
  it('0.1 + 0.2 is 0.3', () => {
    expect(toMilli(0.1).milli + toMilli(0.2).milli).toBe(toMilli(0.3).milli);
  });
  it('binary noise is not extra precision; a 4th decimal is', () => {
    expect(toMilli(0.30000000000000004)).toEqual({ milli: 300, exact: true });
    expect(toMilli(1.2345)).toEqual({ milli: 1235, exact: false });
    expect(toMilli(2.0004)).toEqual({ milli: 2000, exact: false });
  });
  it('binary noise grows with the number: 539513793.626 × 1000 is 539513793626.00006', () => {
    expect(toMilli(539513793.626)).toEqual({ milli: 539513793626, exact: true });
    expect(exactMilli(539513793.626)).toBe(539513793626);
  });
  it('exactMilli: the thousandths of a number with at most 3 decimals, NaN otherwise', () => {
    expect([exactMilli(87.747), exactMilli(0.1 + 0.2), exactMilli(-1.5), exactMilli(4294967.296)]).toEqual([87747, 300, -1500, 4294967296]);
    expect([exactMilli(1.2345), exactMilli(NaN), exactMilli(Infinity)]).toEqual([NaN, NaN, NaN]);
    expect(Object.is(exactMilli(-0), -0)).toBe(true);
  });
  it('rounds half-up: 87.747 is 87.75, 87.745 is 87.75, 87.744 is 87.74', () => {
    expect(roundMilli(87747, 2)).toBe(87750);
    expect(roundMilli(87745, 2)).toBe(87750);
    expect(roundMilli(87744, 2)).toBe(87740);
  });
  it('index: 11.84 of 15 is 78.93 %; 2 of 3 is 66.67 %', () => {
    expect(percent(11840, 15000, 2)).toBe(78.93);
    expect(percent(2000, 3000, 2)).toBe(66.67);
    expect(percent(1000, 8000, 2)).toBe(12.5);
  });
  it('summing thousandths equals the decimal sum, whatever the order', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20000 }), { maxLength: 200 }), (ms) => {
      const forward = ms.reduce((s, m) => s + toMilli(m / 1000).milli, 0);
      const backward = [...ms].reverse().reduce((s, m) => s + toMilli(m / 1000).milli, 0);
      expect(forward).toBe(backward);
      expect(forward).toBe(ms.reduce((s, m) => s + m, 0));
    }), { seed: 7, numRuns: 200 });
  });
});

describe('published and ranked as rounded', () => {
  // Xã A: 50.374 + 37.373 = 87.747 -> 87.75; Xã B: 87.749 -> 87.75 (tie); Xã C 87.744 -> 87.74.
  const sheet = grid([
    ['STT', 'Nội dung', 'Điểm tối đa', 'Xã A', 'Xã B', 'Xã C'],
    ['1', 'Lĩnh vực 1', 60, 50.374, 50.376, 50.371],
    ['2', 'Lĩnh vực 2', 40, 37.373, 37.373, 37.373],
  ]);
  it('components summing to 87.747 are published, and ranked, as 87.75', () => {
    const out = scoreSheet(sheet);
    if (!out.ok) throw new Error(JSON.stringify(out.findings));
    const [a, b, c] = out.result.units;
    expect([a.totalExact, a.total, a.index]).toEqual([87.747, 87.75, 87.75]);
    expect([b.total, c.total]).toEqual([87.75, 87.74]);
    expect([a.rank, b.rank, c.rank]).toEqual([1, 1, 2]);
    expect(a.rankLevels).toBe(2);
  });
  it('component ranks use the score as entered (3 decimals)', () => {
    const out = scoreSheet(sheet);
    if (!out.ok) throw new Error('not ok');
    expect(out.result.units.map((u) => u.components[0].rank)).toEqual([2, 1, 3]);
  });
});

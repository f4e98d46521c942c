/**
 * The quick forms of the plan's number helpers give what the plain ones gave: thousandths of a
 * value as toMilli makes them, and a number in a sentence with its padding zeros cut.
 */
import fc from 'fast-check';
import { toMilli } from '../../src/engine/decimal';
import { milli, numberText } from '../../src/appendix/numbers';

fc.configureGlobal({ seed: 20261123, numRuns: 2000 });

/** The plain form: pad the thousandths to 3 digits, cut trailing zeros with a regular expression. */
function plainNumberText(value: number, lang: 'vi' | 'en'): string {
  const m = toMilli(value).milli;
  const sign = m < 0 ? '-' : '';
  const abs = Math.abs(m);
  const frac = String(abs % 1000).padStart(3, '0').replace(/0+$/, '');
  const sep = lang === 'vi' ? ',' : '.';
  return frac ? `${sign}${Math.floor(abs / 1000)}${sep}${frac}` : `${sign}${Math.floor(abs / 1000)}`;
}

describe('numbers in sentences', () => {
  test('every thousandth from 0 to 2 reads as the plain form', () => {
    const differing: number[] = [];
    for (let m = 0; m <= 2000; m++) {
      for (const value of [m / 1000, -m / 1000]) if (numberText(value, 'vi') !== plainNumberText(value, 'vi')) differing.push(value);
    }
    expect(differing).toEqual([]);
    expect(numberText(0.05, 'vi')).toBe('0,05');
    expect(numberText(0.007, 'en')).toBe('0.007');
    expect(numberText(3.1, 'vi')).toBe('3,1');
    expect(numberText(12.12, 'vi')).toBe('12,12');
  });

  test('any number, with binary noise or beyond 3 decimals, reads as the plain form and has the same thousandths', () => {
    const value = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((m) => m / 1000),
      fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 })).map(([a, b]) => a / 1000 + b / 1e7),
    );
    fc.assert(
      fc.property(value, fc.constantFrom('vi' as const, 'en' as const), (v, lang) => {
        expect(milli(v)).toBe(toMilli(v).milli);
        expect(numberText(v, lang)).toBe(plainNumberText(v, lang));
      }),
    );
    expect(milli(0.1 + 0.2)).toBe(300);
    expect(milli(1.2345)).toBe(1235);
  });
});

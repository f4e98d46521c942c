/**
 * Rank order: by rank, equal ranks by name as Vietnamese sorts them, units with the same name
 * kept in sheet order. The order is the same whether ranks are whole, fractional or not finite.
 */
import fc from 'fast-check';
import { rankOrder } from '../../src/appendix/order';
import type { UnitResult } from '../../src/engine/types';

fc.configureGlobal({ seed: 20261124, numRuns: 200 });

const NAMES = ['Xã An', 'Xã Ánh Sáng', 'Xã Bình', 'Xã Đông', 'Xã Dương', 'Phường 1', 'Phường 10', 'Phường 2', 'xã an'];

function unit(name: string, rank: number, column: number): UnitResult {
  return { name, rank, column } as UnitResult;
}

const collator = new Intl.Collator('vi');
/** The order as the appendix states it, sorted in one go. */
const plainOrder = (units: UnitResult[]) => [...units].sort((a, b) => a.rank - b.rank || collator.compare(a.name, b.name));

describe('rank order', () => {
  test('ties by Vietnamese name, then sheet order', () => {
    const units = [unit('Xã Đông', 2, 0), unit('Xã Bình', 1, 1), unit('Xã Ánh Sáng', 2, 2), unit('Xã An', 2, 3), unit('Xã An', 2, 4)];
    expect(rankOrder(units).map((u) => u.column)).toEqual([1, 3, 4, 2, 0]);
  });

  test('the same order as sorting every unit at once by rank then name', () => {
    const rank = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(1.5, -0, Infinity, NaN));
    const units = fc.array(fc.tuple(fc.constantFrom(...NAMES), rank), { maxLength: 40 });
    fc.assert(
      fc.property(units, (spec) => {
        const list = spec.map(([name, r], column) => unit(name, r, column));
        expect(rankOrder(list).map((u) => u.column)).toEqual(plainOrder(list).map((u) => u.column));
      }),
    );
  });
});

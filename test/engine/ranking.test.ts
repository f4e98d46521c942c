/** The ranking laws (dense and competition), as properties over random keys. */
import fc from 'fast-check';
import { rank } from '../../src/engine/rank';

const keys = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 });
fc.configureGlobal({ seed: 20261123, numRuns: 300 });

describe('ranking', () => {
  it('examples: dense 1,2,2,3 and competition 1,2,2,4', () => {
    const plain = (r: ReturnType<typeof rank>) => ({ ranks: Array.from(r.ranks), levels: r.levels });
    expect(plain(rank([90, 85, 85, 80], 'dense'))).toEqual({ ranks: [1, 2, 2, 3], levels: 3 });
    expect(plain(rank([90, 85, 85, 80], 'competition'))).toEqual({ ranks: [1, 2, 2, 4], levels: 4 });
  });
  it('shuffling the units changes no rank', () => {
    fc.assert(fc.property(keys, fc.nat(), (ks, seed) => {
      const order = ks.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97));
      for (const method of ['dense', 'competition'] as const) {
        const direct = rank(ks, method).ranks;
        const shuffled = rank(order.map((i) => ks[i]), method).ranks;
        order.forEach((i, k) => expect(shuffled[k]).toBe(direct[i]));
      }
    }));
  });
  it('dense: the lowest rank equals the number of distinct keys, and the levels', () => {
    fc.assert(fc.property(keys, (ks) => {
      const r = rank(ks, 'dense');
      expect(Math.max(...r.ranks)).toBe(new Set(ks).size);
      expect(r.levels).toBe(new Set(ks).size);
    }));
  });
  it('dense: rank is 1 + the number of distinct greater keys', () => {
    fc.assert(fc.property(keys, (ks) => {
      const r = rank(ks, 'dense');
      ks.forEach((k, i) => expect(r.ranks[i]).toBe(1 + new Set(ks.filter((x) => x > k)).size));
    }));
  });
  it('competition: rank is 1 + the number of strictly greater keys; levels = units', () => {
    fc.assert(fc.property(keys, (ks) => {
      const r = rank(ks, 'competition');
      ks.forEach((k, i) => expect(r.ranks[i]).toBe(1 + ks.filter((x) => x > k).length));
      expect(r.levels).toBe(ks.length);
    }));
  });
  it('ties share a rank; a higher key never ranks below a lower one', () => {
    fc.assert(fc.property(keys, (ks) => {
      for (const method of ['dense', 'competition'] as const) {
        const r = rank(ks, method).ranks;
        for (let i = 0; i < ks.length; i++) for (let j = 0; j < ks.length; j++) {
          if (ks[i] === ks[j]) expect(r[i]).toBe(r[j]);
          if (ks[i] > ks[j]) expect(r[i]).toBeLessThan(r[j]);
        }
      }
    }));
  });
});

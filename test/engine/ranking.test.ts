/** The ranking laws (dense and competition), as properties over random keys. */
import fc from 'fast-check';
import { scoreSheet } from '../../src/engine';
import { rank } from '../../src/engine/rank';
import { grid } from '../helpers/grid';

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

describe('component ranks in a scored sheet', () => {
  // Two components; four units in two ranking groups. Component II: B and C tie in "Khối xã".
  const body = [
    ['I', 'Chỉ đạo, điều hành', 3, 3, 1, 2.5, 2],
    ['1.1', 'Kế hoạch', 2, 2, 0.5, 2, 1.5],
    ['1.2', 'Báo cáo', 1, 1, 0.5, 0.5, 0.5],
    ['II', 'Thủ tục hành chính', 2, 1, 1.5, 1.5, 2],
  ];
  const header = ['STT', 'Nội dung', 'Điểm tối đa', 'Phòng A', 'Xã B', 'Xã C', 'Xã D'];
  const componentRanks = (out: ReturnType<typeof scoreSheet>): number[][] => {
    if (!out.ok) throw new Error(JSON.stringify(out.findings));
    return out.result.units.map((u) => u.components.map((c) => c.rank));
  };
  it('are dense ranks among all units when the sheet has no group row', () => {
    expect(componentRanks(scoreSheet(grid([header, ...body])))).toEqual([[1, 3], [4, 2], [2, 2], [3, 1]]);
  });
  it('are dense ranks within each group when it has one', () => {
    const groups = ['', 'Khối', '', 'Khối phòng', 'Khối xã', '', ''];
    const out = scoreSheet(grid([header, groups, ...body]));
    expect(componentRanks(out)).toEqual([[1, 1], [3, 2], [1, 2], [2, 1]]);
    if (out.ok) expect(out.result.units.map((u) => u.components[1].rankLevels)).toEqual([1, 2, 2, 2]);
  });
});

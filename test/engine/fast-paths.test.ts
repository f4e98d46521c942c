/**
 * The fast paths for big sheets give exactly what the plain definitions give: ranking by
 * counting against the ranking laws, the table-driven fold and the spacing shortcut of cellText
 * against their full versions, per-criterion scores made when first read. (The column scorer
 * has no second path: columns.test.ts and column-laws.test.ts state what it gives.)
 */
import fc from 'fast-check';
import { gradeIn, sortBands } from '../../src/engine/grade';
import { rank } from '../../src/engine/rank';
import { scoreSheet } from '../../src/engine/score';
import { cellText, fold, foldFull } from '../../src/engine/text';
import type { GradeBand } from '../../src/engine/types';
import { edit, standardSheet } from '../helpers/grid';

fc.configureGlobal({ seed: 20261124, numRuns: 200 });

describe('ranking by counting (64 units or more, whole-number keys)', () => {
  const many = (range: number): fc.Arbitrary<number[]> =>
    fc.array(fc.integer({ min: -range, max: range }), { minLength: 64, maxLength: 400 });
  for (const range of [3, 1000, 100000, 2 ** 40]) {
    it(`keys within ±${range}: the ranking laws hold`, () => {
      fc.assert(fc.property(many(range), (ks) => {
        const dense = rank(ks, 'dense');
        const competition = rank(ks, 'competition');
        const distinct = [...new Set(ks)];
        ks.forEach((k, i) => {
          expect(dense.ranks[i]).toBe(1 + distinct.filter((x) => x > k).length);
          expect(competition.ranks[i]).toBe(1 + ks.filter((x) => x > k).length);
        });
        expect(dense.levels).toBe(distinct.length);
        expect(competition.levels).toBe(ks.length);
      }), { numRuns: 40 });
    });
  }
  it('keys with fractions still rank by sorting', () => {
    const ks = Array.from({ length: 100 }, (_, i) => (i % 7) / 4);
    expect(Array.from(rank(ks, 'dense').ranks.slice(0, 8))).toEqual([7, 6, 5, 4, 3, 2, 1, 7]);
  });
});

describe('text shortcuts', () => {
  const letters = [...'aAđĐeêếỆ ươƯ\t\n\u00a0\u200b\ufeff\u3000\u0301\u0323xyzİßǞẛ', 'e\u0302\u0301', '  '];
  const text = fc.array(fc.constantFrom(...letters), { maxLength: 12 }).map((xs) => xs.join(''));
  it('fold by table equals the full fold', () => {
    fc.assert(fc.property(text, (s) => expect(fold(s)).toBe(foldFull(s))), { numRuns: 2000 });
    for (let cp = 0; cp < 0x2100; cp++) {
      const s = `X${String.fromCharCode(cp)} y`;
      expect([cp, fold(s)]).toEqual([cp, foldFull(s)]);
    }
  });
  it('cellText leaves tidy text as it is and tidies the rest as before', () => {
    const full = (v: string): string => v.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    fc.assert(fc.property(text, (s) => expect(cellText(s)).toBe(full(s))), { numRuns: 2000 });
  });
});

describe('lazy per-criterion scores', () => {
  // The standard sheet with Xã An's 2.2 (a leaf of II) not applicable, its II and total blank.
  const grid = edit(standardSheet(), { D11: 'KPS', D9: '', D12: '' });
  it('are the published scores, null where not applicable under exclude, and written by JSON', () => {
    const out = scoreSheet(grid, { notApplicable: 'exclude' });
    if (!out.ok) throw new Error(out.findings.map((f) => f.rule).join());
    const [a, b] = out.result.units;
    expect(a.criterionScores).toEqual([5.25, 2, 3.25, 1.25, 2, 2.5, 2.5, null]);
    expect(b.criterionScores).toEqual([4.5, 1.5, 3, 1, 2, 4, 3, 1]);
    expect(a.selfCriterionScores).toBeUndefined();
    const json = JSON.parse(JSON.stringify(a)) as { criterionScores: unknown; name: string; components: unknown[] };
    expect(json.criterionScores).toEqual(a.criterionScores);
    expect(json.name).toBe(a.name);
    expect(json.components).toHaveLength(2);
    a.criterionScores = [1];
    expect(a.criterionScores).toEqual([1]);
  });
});

describe('grade bands', () => {
  it('are taken from the highest minimum down, whatever their order, and follow a change in place', () => {
    const bands: GradeBand[] = [{ name: 'Khá', nameEn: 'Fair', min: 70 }, { name: 'Tốt', nameEn: 'Good', min: 80 }];
    expect(gradeIn(85, sortBands(bands)).name).toBe('Tốt');
    bands[1].min = 90;
    expect(gradeIn(85, sortBands(bands)).name).toBe('Khá');
  });
});

/**
 * A component every criterion of which is not applicable (KPS) for a unit, under `exclude`: it
 * did not arise for that unit, so the unit is not ranked in it ("–", "không phát sinh") and it
 * stays out of the component's levels, statistics and weak lists. Under `full` nothing changes.
 *
 * The standard sheet (test/helpers/grid.ts) with Xã An's II leaves (2.1, 2.2) marked KPS, and its
 * II subtotal and total as the sheet's =SUM gives them (the "KPS" text counts 0):
 *
 *             I (max 6)   II (max 4)   total
 *  Xã An      5.25        KPS, KPS     5.25 / 6  (II leaves its max)  → index 87.5
 *  Xã Bình    4.5         4            8.5 / 10                       → index 85
 *  Xã Cường   6           3.5          9.5 / 10                       → index 95
 *
 * Overall (maxima differ: ranked by index, dense): Cường 1, An 2, Bình 3; 3 levels.
 * I (all max 6): Cường 6 → 1, An 5.25 → 2, Bình 4.5 → 3; 3 levels.
 * II, An left out: Bình 4 → 1, Cường 3.5 → 2; 2 levels (An: rank 0, levels 2).
 */
import { scoreSheet } from '../../src/engine';
import { buildWritePlan } from '../../src/appendix';
import type { ScoreOptions, ScoreResult } from '../../src/engine/types';
import { edit, standardSheet } from '../helpers/grid';
import { cell, findRow, sheetByKey } from '../appendix/read-plan';

function scored(options: Partial<ScoreOptions>): ScoreResult {
  const out = scoreSheet(edit(standardSheet(), { D9: 0, D10: 'KPS', D11: 'KPS', D12: 5.25 }), options);
  if (!out.ok) throw new Error(`sheet did not score: ${out.findings.map((f) => f.rule).join(', ')}`);
  return out.result;
}

const unit = (result: ScoreResult, name: string) => {
  const u = result.units.find((x) => x.name === name);
  if (!u) throw new Error(`no unit ${name}`);
  return u;
};

/** The text lines under a unit's heading on the per-unit sheet, up to the blank row. */
function unitLines(result: ScoreResult, name: string): string[] {
  const sheet = sheetByKey(buildWritePlan(result), 'units');
  const head = findRow(sheet, name, 1);
  const lines: string[] = [];
  for (let r = head + 1; typeof cell(sheet, r, 1) === 'string'; r++) lines.push(cell(sheet, r, 1) as string);
  return lines;
}

describe('exclude: a component that did not arise for a unit', () => {
  const result = scored({ notApplicable: 'exclude' });

  it('is not ranked for that unit: rank 0, the levels of the others', () => {
    expect(unit(result, 'Xã An').components[1]).toMatchObject({ score: 0, max: 0, rank: 0, rankLevels: 2 });
    expect(unit(result, 'Xã Bình').components[1]).toMatchObject({ score: 4, max: 4, rank: 1, rankLevels: 2 });
    expect(unit(result, 'Xã Cường').components[1]).toMatchObject({ score: 3.5, max: 4, rank: 2, rankLevels: 2 });
  });

  it('leaves the total, the other component and the overall rank as computed by hand', () => {
    expect(unit(result, 'Xã An')).toMatchObject({ total: 5.25, max: 6, index: 87.5, rank: 2, rankLevels: 3 });
    expect(unit(result, 'Xã Bình')).toMatchObject({ total: 8.5, max: 10, index: 85, rank: 3, rankLevels: 3 });
    expect(unit(result, 'Xã Cường')).toMatchObject({ total: 9.5, max: 10, index: 95, rank: 1, rankLevels: 3 });
    expect(result.units.map((u) => [u.components[0].rank, u.components[0].rankLevels])).toEqual([[2, 3], [3, 3], [1, 3]]);
  });

  it('shows "–" for its rank on the components sheet', () => {
    const sheet = sheetByKey(buildWritePlan(result), 'components');
    const an = findRow(sheet, 'Xã An', 1);
    expect([cell(sheet, an, 3), cell(sheet, an, 5), cell(sheet, an, 7)]).toEqual(['2/3', '–', '2/3']);
    const binh = findRow(sheet, 'Xã Bình', 1);
    expect([cell(sheet, binh, 4), cell(sheet, binh, 5)]).toEqual(['4,00', '1/2']);
  });

  it('reads "không phát sinh" on the per-unit sheet and is not a weak component', () => {
    expect(unitLines(result, 'Xã An')).toEqual([
      'Chỉ đạo điều hành: đạt 5,25/6 điểm, xếp hạng 2/3 hạng',
      'Thể chế: không phát sinh',
      'Tổng điểm: đạt 5,25/6 điểm, chỉ số 87,5%, xếp hạng 2/3 hạng, xếp loại Tốt',
      'Không có lĩnh vực nào đạt dưới 75% điểm tối đa.',
    ]);
  });

  it('reads "not applicable" in English', () => {
    expect(unitLines(scored({ notApplicable: 'exclude', lang: 'en' }), 'Xã An')[1]).toBe('Thể chế: not applicable');
  });

  it('is left out of the statistics: mean, highest and lowest over the two others', () => {
    const sheet = sheetByKey(buildWritePlan(result), 'statistics');
    const ii = findRow(sheet, 'II. Thể chế', 0);
    // Mean (4 + 3.5) / 2 = 3.75; highest Bình 4, lowest Cường 3.5 (not An's 0); 2 levels.
    expect([2, 3, 4, 5, 6, 7].map((col) => cell(sheet, ii, col))).toEqual(['3,75', '4,00', 'Xã Bình', '3,50', 'Xã Cường', 2]);
  });
});

describe('full: the not-applicable criteria get their max', () => {
  const result = scored({ notApplicable: 'full' });

  it('ranks every unit in the component, An with the max', () => {
    // II: An 4, Bình 4, Cường 3.5 → 1, 1, 2 (dense); total An 5.25 + 4 = 9.25 → index 92.5, rank 2.
    expect(result.units.map((u) => [u.components[1].score, u.components[1].max, u.components[1].rank, u.components[1].rankLevels]))
      .toEqual([[4, 4, 1, 2], [4, 4, 1, 2], [3.5, 4, 2, 2]]);
    expect(unit(result, 'Xã An')).toMatchObject({ total: 9.25, max: 10, index: 92.5, rank: 2, rankLevels: 3 });
    expect(unitLines(result, 'Xã An')[1]).toBe('Thể chế: đạt 4/4 điểm, xếp hạng 1/2 hạng');
  });
});

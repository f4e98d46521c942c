/**
 * Rows under the total that state results (index, unit's max, rank, grade): never scored; a
 * figure that differs from the computed one is a warning at its cell, and the run goes on.
 *
 *      A    B                        C            D       E        F
 *  1   STT  Nội dung                 Điểm tối đa  Xã An   Xã Bình  Xã Cường
 *  2   I    Chỉ đạo                  4            3.5     3        3
 *  3   1.1  Kế hoạch                 2            2       1.5      1.5
 *  4   1.2  Kiểm tra                 2            1.5     1.5      1.5
 *  5   II   Thể chế                  2            1.5     2        1.5
 *  6        Tổng cộng                6            5       5        4.5
 *  7        Chỉ số CCHC (%)                       83.33   83.3333  75
 *  8        Điểm tối đa của đơn vị                6       6        6
 *  9        Xếp hạng                              1       1        2
 * 10        Xếp loại                              Tốt     tot      Khá
 *
 * Index 5 / 6 = 83.333… % (83.33), 4.5 / 6 = 75 %. Dense ranks 1, 1, 2; competition (RANK.EQ) 1, 1, 3.
 */
import { scoreSheet } from '../../src/engine';
import type { ScoreOptions } from '../../src/engine/types';
import { edit, grid, ruleCells } from '../helpers/grid';

const sheet = () => grid([
  ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', 'Xã Bình', 'Xã Cường'],
  ['I', 'Chỉ đạo', 4, 3.5, 3, 3],
  ['1.1', 'Kế hoạch', 2, 2, 1.5, 1.5],
  ['1.2', 'Kiểm tra', 2, 1.5, 1.5, 1.5],
  ['II', 'Thể chế', 2, 1.5, 2, 1.5],
  ['', 'Tổng cộng', 6, 5, 5, 4.5],
  ['', 'Chỉ số CCHC (%)', '', 83.33, 83.3333, 75],
  ['', 'Điểm tối đa của đơn vị', '', 6, 6, 6],
  ['', 'Xếp hạng', '', 1, 1, 2],
  ['', 'Xếp loại', '', 'Tốt', 'tot', 'Khá'],
]);

const findings = (cells: Record<string, string | number>, options: Partial<ScoreOptions> = {}) => {
  const out = scoreSheet(edit(sheet(), cells), options);
  expect(out.ok).toBe(true);
  return out.findings;
};

describe('rows under the total', () => {
  it('agreeing figures give nothing; the rows are not scored', () => {
    const out = scoreSheet(sheet());
    expect(out.findings).toEqual([]);
    expect(out.ok && out.result.criteria.map((c) => c.code)).toEqual(['I', '1.1', '1.2', 'II']);
    expect(out.ok && out.result.units.map((u) => [u.total, u.index, u.rank])).toEqual([[5, 83.33, 1], [5, 83.33, 1], [4.5, 75, 2]]);
  });
  it('an index is right when rounded to the decimals it shows, unrounded, or a fraction (a cell in % format)', () => {
    for (const v of [83.3, 83, 83.333333, 0.8333, 0.83, '83,33', '83,33%']) expect(findings({ D7: v })).toEqual([]);
    expect(findings({ D7: 'chưa tính' })).toEqual([]);
  });
  it('an index that is not the computed one is a warning naming the cell', () => {
    const f = findings({ D7: 84 });
    expect(ruleCells(f)).toEqual(['stated-index-mismatch@D7']);
    expect(f[0]).toMatchObject({ severity: 'warning', data: { unit: 'Xã An', value: 84, computed: 83.33 } });
    expect(ruleCells(findings({ F7: 82.5 }))).toEqual(['stated-index-mismatch@F7']);
  });
  it('an index computed over the published (rounded) total is accepted', () => {
    // 17.125 of 20: exact 85.625 % (published 85.63), or 17.13 / 20 = 85.65 % as a sheet may compute it.
    const g = (index: number) => grid([
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An'],
      ['I', 'Điều tra xã hội học', 20, 17.125],
      ['', 'Tổng cộng', 20, 17.125],
      ['', 'Chỉ số', '', index],
    ]);
    for (const v of [85.63, 85.625, 85.65, 85.6]) expect(scoreSheet(g(v)).findings).toEqual([]);
    expect(ruleCells(scoreSheet(g(85.8)).findings)).toEqual(['stated-index-mismatch@D4']);
  });
  it('a rank is right by either method (dense, or RANK.EQ\'s competition rank)', () => {
    expect(findings({ F9: 3 })).toEqual([]);
    expect(findings({ F9: '2/2' })).toEqual([]);
    expect(findings({ F9: 2 }, { ranking: 'competition' })).toEqual([]);
    const f = findings({ F9: 4 });
    expect(ruleCells(f)).toEqual(['stated-rank-mismatch@F9']);
    expect(f[0]).toMatchObject({ severity: 'warning', data: { unit: 'Xã Cường', value: 4, computed: 2, other: 3 } });
  });
  it('a grade is compared without case or diacritics, and only when it names a grade band', () => {
    expect(findings({ E10: 'TỐT', F10: 'kha' })).toEqual([]);
    expect(findings({ F10: 'Hoàn thành nhiệm vụ' })).toEqual([]);
    const f = findings({ F10: 'Tốt', D10: 'Good' });
    expect(ruleCells(f)).toEqual(['stated-grade-mismatch@F10']);
    expect(f[0].data).toEqual({ unit: 'Xã Cường', value: 'Tốt', computed: 'Khá' });
    expect(ruleCells(findings({ D10: 'Fair' }))).toEqual(['stated-grade-mismatch@D10']);
  });
  it('a unit\'s max is compared with its computed max under `exclude`', () => {
    // Xã An's 1.1 not applicable: its max is 4; its subtotal and total as =SUM gives them; 3 of 4
    // is 75 %, ranked (by index, the maxima differ) with Xã Cường after Xã Bình, graded Khá.
    const na = { D3: 'Không áp dụng', D2: 1.5, D6: 3, D7: 75, D9: 2, D10: 'Khá' };
    const exclude = { notApplicable: 'exclude' as const };
    expect(ruleCells(findings({ ...na, D8: 4 }, exclude))).toEqual(['not-applicable@D3']);
    const f = findings({ ...na, D8: 6 }, exclude);
    expect(ruleCells(f)).toEqual(['not-applicable@D3', 'stated-max-mismatch@D8']);
    expect(f[1]).toMatchObject({ severity: 'warning', data: { unit: 'Xã An', value: 6, computed: 4, policy: 'exclude' } });
  });
  it('under `full` a unit\'s max other than the max total is a warning saying which policy', () => {
    const f = findings({ D3: 'KPS', D2: 1.5, D6: 3, D8: 4 });
    expect(ruleCells(f)).toEqual(['not-applicable@D3', 'stated-max-mismatch@D8']);
    expect(f[1].data).toEqual({ unit: 'Xã An', value: 4, computed: 6, policy: 'full' });
  });
  it('labels are found in the code column too, within ten rows of the total, up to a criterion row', () => {
    const moved = edit(sheet(), { B7: '', A7: 'Chỉ số CCHC (%)', D7: 90 });
    expect(ruleCells(scoreSheet(moved).findings)).toEqual(['stated-index-mismatch@D7']);
    const far = edit(sheet(), { B7: '', B17: 'Chỉ số', D17: 90 });
    expect(scoreSheet(far).findings).toEqual([]);
  });
  it('a self-assessment column\'s figures under the total are not compared', () => {
    const g = grid([
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', ''],
      ['', '', '', 'Tự đánh giá', 'Thẩm định'],
      ['I', 'Chỉ đạo', 2, 2, 1.5],
      ['', 'Tổng cộng', 2, 2, 1.5],
      ['', 'Chỉ số (%)', '', 100, 75],
    ]);
    expect(scoreSheet(g).findings).toEqual([]);
  });
});

/**
 * Group rows above the components (A, B) and bonus / deduction components, on literal sheets:
 *
 *      A    B                                  C     D       E
 *  1   STT  Nội dung                           Điểm tối đa  Xã An  Xã Bình
 *  2   A    ĐIỂM THẨM ĐỊNH (I đến II)          6     5       4.5
 *  3   I    Chỉ đạo điều hành                  4     3.5     3
 *  4   1.1  Kế hoạch                           2     2       1.5
 *  5   1.2  Kiểm tra                           2     1.5     1.5
 *  6   II   Thể chế                            2     1.5     1.5
 *  7   B    ĐIỂM ĐIỀU TRA XÃ HỘI HỌC           4     3       3.5
 *  8   III  Hài lòng                           4     3       3.5
 *  9   IV   Điểm thưởng                        1     0.5     0
 * 10   V    Điểm trừ                           -1    0       -0.5
 * 11   5.1  Chậm báo cáo                       -0.5  0       -0.5
 * 12   5.2  Sai sót TTHC                       -0.5  0       0
 * 13        TỔNG CỘNG (A+B+IV+V)               10    8.5     7.5
 *
 * Totals: An 3.5 + 1.5 + 3 + 0.5 + 0 = 8.5 of 10 (85 %); Bình 3 + 1.5 + 3.5 + 0 − 0.5 = 7.5 (75 %).
 */
import { buildWritePlan } from '../../src/appendix';
import { scoreSheet } from '../../src/engine';
import { toJsonResult } from '../../src/engine/json';
import type { ScoreResult } from '../../src/engine/types';
import { formatFinding } from '../../src/i18n/findings';
import { cell, findRow, sheetByKey } from '../appendix/read-plan';
import { edit, grid, ruleCells } from '../helpers/grid';

const sheet = () => grid([
  ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', 'Xã Bình'],
  ['A', 'ĐIỂM THẨM ĐỊNH (I đến II)', 6, 5, 4.5],
  ['I', 'Chỉ đạo điều hành', 4, 3.5, 3],
  ['1.1', 'Kế hoạch', 2, 2, 1.5],
  ['1.2', 'Kiểm tra', 2, 1.5, 1.5],
  ['II', 'Thể chế', 2, 1.5, 1.5],
  ['B', 'ĐIỂM ĐIỀU TRA XÃ HỘI HỌC', 4, 3, 3.5],
  ['III', 'Hài lòng', 4, 3, 3.5],
  ['IV', 'Điểm thưởng', 1, 0.5, 0],
  ['V', 'Điểm trừ', -1, 0, -0.5],
  ['5.1', 'Chậm báo cáo', -0.5, 0, -0.5],
  ['5.2', 'Sai sót TTHC', -0.5, 0, 0],
  ['', 'TỔNG CỘNG (A+B+IV+V)', 10, 8.5, 7.5],
]);

function scored(g = sheet()): ScoreResult {
  const out = scoreSheet(g);
  if (!out.ok) throw new Error(`not scored: ${ruleCells(out.findings).join(', ')}`);
  expect(out.findings).toEqual([]);
  return out.result;
}

describe('group rows A, B above the components', () => {
  it('are groups: the ranked components stay the Roman ones; bonus and deduction are not ranked', () => {
    const r = scored();
    expect(r.components.map((c) => c.code)).toEqual(['I', 'II', 'III']);
    expect(r.criteria.map((c) => `${c.code}:${c.kind}:${c.level}`)).toEqual([
      'A:group:0', 'I:component:1', '1.1:criterion:2', '1.2:criterion:2', 'II:component:1', 'B:group:0', 'III:component:1',
      'IV:bonus:1', 'V:deduction:1', '5.1:deduction:2', '5.2:deduction:2',
    ]);
    // I and II hang under A, III under B; IV and V (another family) under no group.
    expect(r.criteria.map((c) => c.parent)).toEqual([-1, 0, 1, 1, 0, -1, 5, -1, -1, 8, 8]);
    expect(r.criteria.map((c) => c.component)).toEqual([-1, 0, 0, 0, 1, -1, 2, -1, -1, -1, -1]);
    expect(r.maxTotal).toBe(10);
  });
  it('a group max that is not the sum of its components is max-sum-mismatch at its max cell', () => {
    const out = scoreSheet(edit(sheet(), { C2: 7, C13: 11 }));
    expect(ruleCells(out.findings)).toEqual(['max-sum-mismatch@C2', 'max-total-mismatch@C13']);
    expect(out.findings[0].data).toEqual({ code: 'A', max: 7, childrenSum: 6 });
  });
  it('a group subtotal is checked when present, computed when blank', () => {
    expect(ruleCells(scoreSheet(edit(sheet(), { D2: 5.5 })).findings)).toEqual(['subtotal-mismatch@D2']);
    const r = scored(edit(sheet(), { D2: '', E2: '', D7: '', E7: '' }));
    expect(r.units.map((u) => u.total)).toEqual([8.5, 7.5]);
  });
  it('"TỔNG CỘNG (A+B)" ends the body and is checked like a total', () => {
    expect(ruleCells(scoreSheet(edit(sheet(), { D13: 9 })).findings)).toEqual(['total-mismatch@D13']);
  });
  it('capital letters under a numbered row, not above a Roman component, stay sub-criteria', () => {
    const g = grid([
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An'],
      ['I', 'Chỉ đạo', 3, 2.5],
      ['1.1', 'Kế hoạch', 3, 2.5],
      ['A', 'Ban hành', 1, 1],
      ['B', 'Thực hiện', 2, 1.5],
      ['II', 'Thể chế', 1, 1],
      ['', 'Tổng cộng', 4, 3.5],
    ]);
    const r = scored(g);
    expect(r.criteria.map((c) => `${c.code}:${c.key}:${c.kind}`)).toEqual([
      'I:1:component', '1.1:1.1:criterion', 'a:1.1.a:criterion', 'b:1.1.b:criterion', 'II:2:component',
    ]);
  });
});

describe('bonus and deduction', () => {
  it('are added to the total, not to the max: the index may pass 100 % by a bonus', () => {
    const r = scored();
    expect(r.units.map((u) => [u.name, u.total, u.max, u.index, u.bonus, u.deduction, u.rank])).toEqual([
      ['Xã An', 8.5, 10, 85, 0.5, 0, 1],
      ['Xã Bình', 7.5, 10, 75, 0, -0.5, 2],
    ]);
    const over = scored(edit(sheet(), { D3: 4, D4: 2, D5: 2, D6: 2, D2: 6, D7: 4, D8: 4, D9: 1, D13: 11 }));
    expect([over.units[0].total, over.units[0].max, over.units[0].index]).toEqual([11, 10, 110]);
  });
  it('are in the JSON result as bonus and deduction; a sheet without them has neither', () => {
    const json = toJsonResult(scoreSheet(sheet()), 'Chấm điểm', 'dense', 'vi', formatFinding);
    expect(json.units.map((u) => [u.bonus, u.deduction, u.components.length])).toEqual([[0.5, 0, 3], [0, -0.5, 3]]);
    const plain = grid([['STT', 'Nội dung', 'Điểm tối đa', 'Xã An'], ['I', 'Chỉ đạo', 2, 1.5], ['', 'Tổng cộng', 2, 1.5]]);
    const unit = toJsonResult(scoreSheet(plain), 'Chấm điểm', 'dense', 'vi', formatFinding).units[0];
    expect('bonus' in unit || 'deduction' in unit).toBe(false);
  });
  it('are shown in each unit\'s lines on the per-unit sheet (a deduction by its size)', () => {
    const units = sheetByKey(buildWritePlan(scored()), 'units');
    const lineAfter = (name: string, k: number): unknown => cell(units, findRow(units, name, 1) + k, 1);
    expect(lineAfter('Xã An', 4)).toBe('Điểm thưởng 0,5; điểm trừ 0 (đã tính vào tổng điểm)');
    expect(lineAfter('Xã Bình', 4)).toBe('Điểm thưởng 0; điểm trừ 0,5 (đã tính vào tổng điểm)');
    const en = scoreSheet(sheet(), { lang: 'en' });
    const enUnits = en.ok ? sheetByKey(buildWritePlan(en.result), 'units') : undefined;
    expect(JSON.stringify(enUnits)).toContain('Bonus 0; deduction 0.5 (included in the total)');
  });
  it('a total row max that counts the bonus and deduction maxima too is accepted', () => {
    // With a bonus of at most 2: 10 for the ranked components, or 10 + 2 - 1 = 11 with both.
    expect(scoreSheet(edit(sheet(), { C9: 2 })).findings).toEqual([]);
    expect(scoreSheet(edit(sheet(), { C9: 2, C13: 11 })).findings).toEqual([]);
    expect(ruleCells(scoreSheet(edit(sheet(), { C9: 2, C13: 12 })).findings)).toEqual(['max-total-mismatch@C13']);
  });
  it('a positive score in a deduction is an error', () => {
    const out = scoreSheet(edit(sheet(), { D11: 0.5, D10: '', D13: '' }));
    expect(ruleCells(out.findings)).toEqual(['deduction-score-positive@D11']);
    expect(out.findings[0].data).toEqual({ unit: 'Xã An', code: '5.1', value: 0.5 });
  });
  it('a deduction below its (negative) max is an error', () => {
    const out = scoreSheet(edit(sheet(), { E11: -0.75, E10: '', E13: '' }));
    expect(ruleCells(out.findings)).toEqual(['deduction-below-max@E11']);
    expect(out.findings[0].data).toEqual({ unit: 'Xã Bình', code: '5.1', value: -0.75, max: -0.5 });
  });
  it('a deduction max above 0 is an error at the max cell', () => {
    const out = scoreSheet(edit(sheet(), { C11: 0.5 }));
    expect(ruleCells(out.findings)).toEqual(['deduction-max-positive@C11']);
    expect(out.findings[0].data).toEqual({ code: '5.1', max: 0.5 });
    // Its scores are still read as a deduction's.
    const both = scoreSheet(edit(sheet(), { C11: 0.5, D11: 0.25, D10: '', D13: '' }));
    expect(ruleCells(both.findings)).toEqual(['deduction-max-positive@C11', 'deduction-score-positive@D11']);
  });
  it('a negative bonus is score-negative, as anywhere else', () => {
    expect(ruleCells(scoreSheet(edit(sheet(), { D9: -0.5, D13: '' })).findings)).toEqual(['score-negative@D9']);
  });
  it('blank, dash or KPS leaves of a bonus or deduction count 0, without a finding', () => {
    const r = scored(edit(sheet(), { E11: '', E10: '', E13: '', D11: '-', D12: 'KPS' }));
    expect(r.units.map((u) => [u.deduction, u.total])).toEqual([[0, 8.5], [0, 8]]);
  });
  it('a self-assessment column is checked with the same rules, as warnings', () => {
    const g = grid([
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', ''],
      ['', '', '', 'Tự đánh giá', 'Thẩm định'],
      ['I', 'Chỉ đạo', 2, 2, 1.5],
      ['II', 'Điểm trừ', -1, 0.5, -0.5],
    ]);
    const out = scoreSheet(g);
    expect(ruleCells(out.findings)).toEqual(['deduction-score-positive@D4']);
    expect(out.findings[0].severity).toBe('warning');
    expect(out.ok && [out.result.units[0].total, out.result.units[0].deduction]).toEqual([1, -0.5]);
  });
});

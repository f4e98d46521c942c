import { buildWritePlan } from '../../src/appendix';
import { criterionCode, largestDeductions } from '../../src/appendix/self';
import type { CriterionInfo } from '../../src/engine/types';
import { makeResult } from './fixture';
import { cell, findRow, rowValues, sheetByKey, styleAt } from './read-plan';
import { communes, selfAssessed } from './samples';

describe('self-assessment vs appraisal sheet', () => {
  const plan = buildWritePlan(selfAssessed());
  const sheet = sheetByKey(plan, 'self');

  test('only when the sheet has self scores', () => {
    expect(plan.sheets.map((s) => s.key)).toEqual(['overall', 'components', 'statistics', 'units', 'self']);
    expect(buildWritePlan(communes()).sheets.map((s) => s.key)).not.toContain('self');
    expect(sheet.name).toBe('Tự đánh giá - Thẩm định');
  });

  test('one row per unit and component: self, appraised, difference; then the total', () => {
    expect(cell(sheet, 1, 0)).toBe('PHỤ LỤC');
    expect(rowValues(sheet, 5)).toEqual(['STT', 'Đơn vị', 'Lĩnh vực', 'Điểm tối đa', 'Tự đánh giá', 'Thẩm định', 'Chênh lệch']);
    // Rank order: Xã C (10), Xã A (8.75), Xã B (8.25). Maxima as given, scores with 2 decimals in every row.
    expect(rowValues(sheet, 6)).toEqual([1, 'Xã C', 'I. Cải cách thể chế', '5', '5,00', '5,00', '0,00']);
    expect(rowValues(sheet, 7)).toEqual([null, null, 'II. Cải cách TTHC', '5', '4,50', '5,00', '-0,50']);
    expect(rowValues(sheet, 8)).toEqual([null, null, 'Tổng điểm', '10', '9,50', '10,00', '-0,50']);
    expect(rowValues(sheet, 9)).toEqual([2, 'Xã A', 'I. Cải cách thể chế', '5', '5,00', '4,50', '0,50']);
    expect(rowValues(sheet, 10)).toEqual([null, null, 'II. Cải cách TTHC', '5', '5,00', '4,25', '0,75']);
    expect(rowValues(sheet, 11)).toEqual([null, null, 'Tổng điểm', '10', '10,00', '8,75', '1,25']);
    expect(rowValues(sheet, 12)).toEqual([3, 'Xã B', 'I. Cải cách thể chế', '5', '5,00', '4,00', '1,00']);
    expect(rowValues(sheet, 13)).toEqual([null, null, 'II. Cải cách TTHC', '5', '4,75', '4,25', '0,50']);
    expect(rowValues(sheet, 14)).toEqual([null, null, 'Tổng điểm', '10', '9,75', '8,25', '1,50']);
    expect(sheet.merges).toEqual(expect.arrayContaining([
      { row: 9, col: 0, rows: 3, cols: 1 },
      { row: 9, col: 1, rows: 3, cols: 1 },
    ]));
    expect(styleAt(sheet, 11, 5)).toMatchObject({ bold: true, numberFormat: '@' });
    expect(styleAt(sheet, 10, 5)).toMatchObject({ numberFormat: '@' });
  });

  test('criteria with the largest deductions', () => {
    const top = findRow(sheet, 'Các tiêu chí bị trừ điểm nhiều nhất (tự đánh giá - thẩm định, cộng trên các đơn vị)');
    expect(top).toBeGreaterThan(14);
    expect(rowValues(sheet, top + 1, 0, 5)).toEqual(['STT', 'Mã', 'Tiêu chí', 'Điểm tối đa', 'Tổng điểm bị trừ', 'Số đơn vị bị trừ']);
    expect(rowValues(sheet, top + 2, 0, 5)).toEqual([1, '1.1', 'Ban hành văn bản', '2', '1,00', 1]);
    expect(rowValues(sheet, top + 3, 0, 5)).toEqual([2, '2.2', 'Giải quyết hồ sơ', '3', '0,75', 2]);
    expect(rowValues(sheet, top + 4, 0, 5)).toEqual([3, '1.2', 'Kiểm tra văn bản', '3', '0,50', 1]);
    expect(rowValues(sheet, top + 5, 0, 5)).toEqual([4, '2.1', 'Công khai TTHC', '2', '0,50', 1]);
    expect(rowValues(sheet, top + 6, 0, 5)).toEqual([null, null, null, null, null, null]);
    expect(styleAt(sheet, top + 2, 1).numberFormat).toBe('@');
  });

  test('at most ten criteria, cut at the limit', () => {
    const twelve = Array.from({ length: 12 }, (_, i): [string, string, number] => [`1.${i + 1}`, `Tiêu chí ${i + 1}`, 1]);
    const result = makeResult({
      components: [{ code: 'I', name: 'Một lĩnh vực', max: 12, leaves: twelve }],
      units: [{ name: 'Xã A', scores: [twelve.map(() => 0.5)], self: [twelve.map(() => 1)] }],
    });
    expect(largestDeductions(result)).toHaveLength(10);
    const s = sheetByKey(buildWritePlan(result), 'self');
    const top = findRow(s, 'Mã', 1);
    expect(rowValues(s, top + 10, 0, 5)).toEqual([10, '1.10', 'Tiêu chí 10', '1', '0,50', 1]);
    expect(rowValues(s, top + 11, 0, 5)).toEqual([null, null, null, null, null, null]);
    expect(largestDeductions(selfAssessed(), 2).map((d) => d.points)).toEqual([1, 0.75]);
  });

  test('a sentence when no criterion lost points', () => {
    const result = makeResult({
      components: [{ code: 'I', name: 'Một lĩnh vực', max: 2, leaves: [['1.1', 'Tiêu chí', 2]] }],
      units: [{ name: 'Xã A', scores: [[2]], self: [[1.5]] }],
    });
    const s = sheetByKey(buildWritePlan(result), 'self');
    const top = findRow(s, 'Các tiêu chí bị trừ điểm nhiều nhất (tự đánh giá - thẩm định, cộng trên các đơn vị)');
    expect(cell(s, top + 1, 0)).toBe('Không có tiêu chí nào bị trừ điểm.');
  });

  test('English', () => {
    const en = sheetByKey(buildWritePlan(selfAssessed({ lang: 'en' })), 'self');
    expect(en.name).toBe('Self vs appraisal');
    expect(rowValues(en, 5, 4, 6)).toEqual(['Self', 'Appraised', 'Difference']);
    expect(rowValues(en, 7, 4, 6)).toEqual(['4.50', '5.00', '-0.50']);
  });

  test('lettered sub-criteria are shown under their parent code', () => {
    const base = { name: '', kind: 'criterion' as const, level: 2, component: 0, isLeaf: true, max: 1, row: 0 };
    const criteria: CriterionInfo[] = [
      { ...base, code: 'I', key: '1', kind: 'component', level: 1, parent: -1, isLeaf: false },
      { ...base, code: '1.1', key: '1.1', parent: 0, isLeaf: false },
      { ...base, code: 'a', key: '1.1.a', level: 3, parent: 1 },
    ];
    expect(criterionCode(criteria, 2)).toBe('1.1.a');
    expect(criterionCode(criteria, 1)).toBe('1.1');
  });
});

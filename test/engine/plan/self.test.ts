import { buildWritePlan } from '../../../src/engine/plan';
import { criterionCode } from '../../../src/engine/plan/self';
import type { CriterionInfo } from '../../../src/engine/types';
import { findRow, rowValues, sheetByKey } from './read-plan';
import { communes, selfAssessed } from './samples';

describe('self-assessment vs appraisal sheet', () => {
  const plan = buildWritePlan(selfAssessed());
  const sheet = sheetByKey(plan, 'self');

  test('only when the sheet has self scores', () => {
    expect(plan.sheets.map((s) => s.key)).toEqual(['overall', 'components', 'statistics', 'units', 'self']);
    expect(buildWritePlan(communes()).sheets.map((s) => s.key)).not.toContain('self');
    expect(sheet.name).toBe('Tự đánh giá - Thẩm định');
  });

  test('headers: each component over Tự đánh giá | Thẩm định | Chênh lệch', () => {
    expect(rowValues(sheet, 2)).toEqual(['STT', 'Đơn vị', 'I. Cải cách thể chế\n(Tối đa: 5)', null, null,
      'II. Cải cách TTHC\n(Tối đa: 5)', null, null, 'Tổng điểm (Tối đa: 10)', null, null]);
    expect(rowValues(sheet, 3)).toEqual([null, null, 'Tự đánh giá', 'Thẩm định', 'Chênh lệch',
      'Tự đánh giá', 'Thẩm định', 'Chênh lệch', 'Tự đánh giá', 'Thẩm định', 'Chênh lệch']);
    expect(sheet.merges).toContainEqual({ row: 2, col: 5, rows: 1, cols: 3 });
  });

  test('self, appraised and difference per unit, in rank order', () => {
    expect(rowValues(sheet, 4)).toEqual([1, 'Xã C', 5, 5, 0, 4.5, 5, -0.5, 9.5, 10, -0.5]);
    expect(rowValues(sheet, 5)).toEqual([2, 'Xã A', 5, 4.5, 0.5, 5, 4.25, 0.75, 10, 8.75, 1.25]);
    expect(rowValues(sheet, 6)).toEqual([3, 'Xã B', 5, 4, 1, 4.75, 4.25, 0.5, 9.75, 8.25, 1.5]);
  });

  test('criteria with the largest deductions', () => {
    const top = findRow(sheet, 'Các tiêu chí bị trừ điểm nhiều nhất (tự đánh giá - thẩm định, cộng trên các đơn vị)');
    expect(top).toBeGreaterThan(6);
    expect(rowValues(sheet, top + 1, 0, 4)).toEqual(['Mã', 'Tiêu chí', 'Điểm tối đa', 'Tổng điểm bị trừ', 'Số đơn vị bị trừ']);
    expect(rowValues(sheet, top + 2, 0, 4)).toEqual(['1.1', 'Ban hành văn bản', 2, 1, 1]);
    expect(rowValues(sheet, top + 3, 0, 4)).toEqual(['2.2', 'Giải quyết hồ sơ', 3, 0.75, 2]);
    expect(rowValues(sheet, top + 4, 0, 4)).toEqual(['1.2', 'Kiểm tra văn bản', 3, 0.5, 1]);
    expect(rowValues(sheet, top + 5, 0, 4)).toEqual(['2.1', 'Công khai TTHC', 2, 0.5, 1]);
    expect(rowValues(sheet, top + 6, 0, 4)).toEqual([null, null, null, null, null]);
  });

  test('English', () => {
    const en = sheetByKey(buildWritePlan(selfAssessed({ lang: 'en' })), 'self');
    expect(en.name).toBe('Self vs appraisal');
    expect(rowValues(en, 3, 2, 4)).toEqual(['Self', 'Appraised', 'Difference']);
  });

  test('lettered sub-criteria are shown under their parent code', () => {
    const base = { name: '', level: 2, component: 0, isLeaf: true, max: 1, row: 0 };
    const criteria: CriterionInfo[] = [
      { ...base, code: 'I', key: '1', level: 1, parent: -1, isLeaf: false },
      { ...base, code: '1.1', key: '1.1', parent: 0, isLeaf: false },
      { ...base, code: 'a', key: '1.1.a', level: 3, parent: 1 },
    ];
    expect(criterionCode(criteria, 2)).toBe('1.1.a');
    expect(criterionCode(criteria, 1)).toBe('1.1');
  });
});

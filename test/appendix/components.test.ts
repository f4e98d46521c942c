import { buildWritePlan } from '../../src/appendix';
import { cell, rowValues, sheetByKey } from './read-plan';
import { communes, groupedWithPrevious } from './samples';

describe('per-component ranking sheet', () => {
  const sheet = sheetByKey(buildWritePlan(communes()), 'components');

  test('two header rows: the component with its max over Điểm | Hạng', () => {
    expect(sheet.name).toBe('Xếp hạng lĩnh vực');
    expect(rowValues(sheet, 2)).toEqual([
      'STT', 'Đơn vị',
      'I. Công tác chỉ đạo, điều hành CCHC\n(Tối đa: 15)', null,
      'II. Cải cách thể chế\n(Tối đa: 5)', null,
      'III. Cải cách thủ tục hành chính\n(Tối đa: 80)', null,
      'Tổng điểm (Tối đa: 100)', 'Xếp hạng chung',
    ]);
    expect(rowValues(sheet, 3)).toEqual([null, null, 'Điểm', 'Hạng', 'Điểm', 'Hạng', 'Điểm', 'Hạng', null, null]);
    expect(sheet.merges).toEqual(expect.arrayContaining([
      { row: 2, col: 0, rows: 2, cols: 1 },
      { row: 2, col: 1, rows: 2, cols: 1 },
      { row: 2, col: 2, rows: 1, cols: 2 },
      { row: 2, col: 4, rows: 1, cols: 2 },
      { row: 2, col: 6, rows: 1, cols: 2 },
      { row: 2, col: 8, rows: 2, cols: 1 },
      { row: 2, col: 9, rows: 2, cols: 1 },
    ]));
  });

  test('units in overall rank order with scores and "r/L" ranks', () => {
    expect(rowValues(sheet, 4)).toEqual([1, 'Thị trấn Ninh Giang', 15, '1/5', 3, '4/5', 74, '1/6', 92, '1/4']);
    expect(rowValues(sheet, 5)).toEqual([2, 'Xã Ánh Sáng', 12.5, '3/5', 4.75, '2/5', 70.5, '4/6', 87.75, '2/4']);
    expect(rowValues(sheet, 7)).toEqual([4, 'Xã Đồng Tâm', 11.84, '4/5', 4.75, '2/5', 71.157, '2/6', 87.75, '2/4']);
    expect(rowValues(sheet, 9)).toEqual([6, 'Xã Eo Gió', 10, '5/5', 2, '5/5', 57.75, '6/6', 69.75, '4/4']);
    expect(cell(sheet, 10, 1)).toBeUndefined();
  });

  test('rank cells are text so "2/3" never becomes a date', () => {
    const styles = sheet.styles.filter((s) => s.box.col === 3 && s.box.row === 4);
    expect(styles.map((s) => s.style.numberFormat)).toContain('@');
  });

  test('English header', () => {
    const en = sheetByKey(buildWritePlan(communes({ lang: 'en' })), 'components');
    expect(en.name).toBe('Component ranking');
    expect(rowValues(en, 2, 4, 5)).toEqual(['II. Cải cách thể chế\n(Max: 5)', null]);
    expect(rowValues(en, 3, 2, 3)).toEqual(['Score', 'Rank']);
    expect(rowValues(en, 2, 8, 9)).toEqual(['Total (Max: 100)', 'Overall rank']);
  });

  test('ranking groups as merged band rows, ranks within each group', () => {
    const grouped = sheetByKey(buildWritePlan(groupedWithPrevious()), 'components');
    expect(cell(grouped, 4, 0)).toBe('I. Phòng chuyên môn');
    expect(grouped.merges).toContainEqual({ row: 4, col: 0, rows: 1, cols: 8 });
    expect(rowValues(grouped, 5)).toEqual([1, 'Phòng Nội vụ', 38, '1/2', 52, '1/2', 90, '1/2']);
    expect(rowValues(grouped, 6)).toEqual([2, 'Phòng Tư pháp', 30, '2/2', 50, '2/2', 80, '2/2']);
    expect(cell(grouped, 7, 0)).toBe('II. UBND xã');
    expect(rowValues(grouped, 8)).toEqual([1, 'Xã A', 35, '2/3', 50, '1/3', 85, '1/2']);
    expect(rowValues(grouped, 9)).toEqual([2, 'Xã C', 40, '1/3', 45, '2/3', 85, '1/2']);
    expect(rowValues(grouped, 10)).toEqual([3, 'Xã B', 30, '3/3', 40, '3/3', 70, '2/2']);
  });
});

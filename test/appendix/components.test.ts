import { buildWritePlan } from '../../src/appendix';
import { cell, flat, rowValues, sheetByKey } from './read-plan';
import { communes, groupedWithPrevious } from './samples';

describe('per-component ranking sheet', () => {
  const sheet = sheetByKey(buildWritePlan(communes()), 'components');

  test('the appendix heading with the year, as on the overall sheet', () => {
    const decided = sheetByKey(buildWritePlan(communes({ decision: { year: 2022, rankedGroup: 'UBND các xã, thị trấn', issuingBody: 'UBND huyện Ninh Giang' } })), 'components');
    expect(cell(decided, 0, 0)).toBe('UBND HUYỆN NINH GIANG');
    expect(cell(decided, 1, 0)).toBe('PHỤ LỤC');
    expect(flat(cell(decided, 2, 0))).toBe('KẾT QUẢ XẾP HẠNG THEO TỪNG LĨNH VỰC NĂM 2022 CỦA UBND CÁC XÃ, THỊ TRẤN');
    expect(flat(cell(decided, 3, 0))).toBe('(Kèm theo Quyết định số ..../QĐ-UBND ngày .... của UBND huyện Ninh Giang)');
    expect(decided.merges).toContainEqual({ row: 2, col: 0, rows: 1, cols: 10 });
  });

  test('two header rows: the component with its max over Điểm | Hạng', () => {
    expect(sheet.name).toBe('Xếp hạng lĩnh vực');
    expect(rowValues(sheet, 5)).toEqual([
      'STT', 'Đơn vị',
      'I. Công tác chỉ đạo, điều hành CCHC\n(Tối đa: 15)', null,
      'II. Cải cách thể chế\n(Tối đa: 5)', null,
      'III. Cải cách thủ tục hành chính\n(Tối đa: 80)', null,
      'Tổng điểm (Tối đa: 100)', 'Xếp hạng chung',
    ]);
    expect(rowValues(sheet, 6)).toEqual([null, null, 'Điểm', 'Hạng', 'Điểm', 'Hạng', 'Điểm', 'Hạng', null, null]);
    expect(sheet.merges).toEqual(expect.arrayContaining([
      { row: 5, col: 0, rows: 2, cols: 1 },
      { row: 5, col: 1, rows: 2, cols: 1 },
      { row: 5, col: 2, rows: 1, cols: 2 },
      { row: 5, col: 4, rows: 1, cols: 2 },
      { row: 5, col: 6, rows: 1, cols: 2 },
      { row: 5, col: 8, rows: 2, cols: 1 },
      { row: 5, col: 9, rows: 2, cols: 1 },
    ]));
  });

  test('units in overall rank order with scores and "r/L" ranks; one number of decimals per column', () => {
    // Component III has a score with 3 decimals (71.157): its column shows 3, the others the published 2.
    expect(rowValues(sheet, 7)).toEqual([1, 'Thị trấn Ninh Giang', '15,00', '1/5', '3,00', '4/5', '74,000', '1/6', '92,00', '1/4']);
    expect(rowValues(sheet, 8)).toEqual([2, 'Xã Ánh Sáng', '12,50', '3/5', '4,75', '2/5', '70,500', '4/6', '87,75', '2/4']);
    expect(rowValues(sheet, 10)).toEqual([4, 'Xã Đồng Tâm', '11,84', '4/5', '4,75', '2/5', '71,157', '2/6', '87,75', '2/4']);
    expect(rowValues(sheet, 12)).toEqual([6, 'Xã Eo Gió', '10,00', '5/5', '2,00', '5/5', '57,750', '6/6', '69,75', '4/4']);
    expect(cell(sheet, 13, 1)).toBeUndefined();
    expect(cell(sheet, 13, 0)).toMatch(/^Ghi chú: xếp hạng "r\/L"/);
  });

  test('rank cells are text so "2/3" never becomes a date', () => {
    const styles = sheet.styles.filter((s) => s.box.col === 3 && s.box.row === 7);
    expect(styles.map((s) => s.style.numberFormat)).toContain('@');
  });

  test('English header', () => {
    const en = sheetByKey(buildWritePlan(communes({ lang: 'en' })), 'components');
    expect(en.name).toBe('Component ranking');
    expect(rowValues(en, 5, 4, 5)).toEqual(['II. Cải cách thể chế\n(Max: 5)', null]);
    expect(rowValues(en, 6, 2, 3)).toEqual(['Score', 'Rank']);
    expect(rowValues(en, 5, 8, 9)).toEqual(['Total (Max: 100)', 'Overall rank']);
    expect(rowValues(en, 8, 2, 3)).toEqual(['12.50', '3/5']);
  });

  test('ranking groups as merged band rows, ranks within each group', () => {
    const grouped = sheetByKey(buildWritePlan(groupedWithPrevious()), 'components');
    expect(cell(grouped, 7, 0)).toBe('I. Phòng chuyên môn');
    expect(grouped.merges).toContainEqual({ row: 7, col: 0, rows: 1, cols: 8 });
    expect(rowValues(grouped, 8)).toEqual([1, 'Phòng Nội vụ', '38,00', '1/2', '52,00', '1/2', '90,00', '1/2']);
    expect(rowValues(grouped, 9)).toEqual([2, 'Phòng Tư pháp', '30,00', '2/2', '50,00', '2/2', '80,00', '2/2']);
    expect(cell(grouped, 10, 0)).toBe('II. UBND xã');
    expect(rowValues(grouped, 11)).toEqual([1, 'Xã A', '35,00', '2/3', '50,00', '1/3', '85,00', '1/2']);
    expect(rowValues(grouped, 12)).toEqual([2, 'Xã C', '40,00', '1/3', '45,00', '2/3', '85,00', '1/2']);
    expect(rowValues(grouped, 13)).toEqual([3, 'Xã B', '30,00', '3/3', '40,00', '3/3', '70,00', '2/2']);
  });
});

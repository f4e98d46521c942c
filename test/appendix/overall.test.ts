import { buildWritePlan } from '../../src/appendix';
import { cell, findRow, flat, rowValues, sheetByKey } from './read-plan';
import { communes, groupedWithPrevious } from './samples';

const decision = {
  issuingBody: 'UBND huyện Ninh Giang',
  number: '1234/QĐ-UBND',
  date: '15/01/2023',
  year: 2022,
  rankedGroup: 'UBND các xã, thị trấn',
};

describe('overall ranking sheet', () => {
  test('heading block from the decision details', () => {
    const sheet = sheetByKey(buildWritePlan(communes({ decision })), 'overall');
    expect(sheet.name).toBe('Xếp hạng chung');
    expect(cell(sheet, 0, 0)).toBe('UBND HUYỆN NINH GIANG');
    expect(cell(sheet, 1, 0)).toBe('PHỤ LỤC');
    expect(flat(cell(sheet, 2, 0))).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA UBND CÁC XÃ, THỊ TRẤN');
    expect(flat(cell(sheet, 3, 0))).toBe('(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/01/2023 của UBND huyện Ninh Giang)');
    expect(sheet.merges).toEqual(expect.arrayContaining([
      { row: 0, col: 0, rows: 1, cols: 3 },
      { row: 1, col: 0, rows: 1, cols: 7 },
      { row: 2, col: 0, rows: 1, cols: 7 },
      { row: 3, col: 0, rows: 1, cols: 7 },
    ]));
  });

  test('placeholders when the decision is not given', () => {
    const sheet = sheetByKey(buildWritePlan(communes()), 'overall');
    expect(cell(sheet, 0, 0) ?? null).toBeNull();
    expect(flat(cell(sheet, 2, 0))).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM .... CỦA ....');
    expect(flat(cell(sheet, 3, 0))).toBe('(Kèm theo Quyết định số ..../QĐ-UBND ngày .... của ....)');
  });

  test('table in rank order, ties by Vietnamese name, ranks "r/L", figures as text with a decimal comma, and the mean', () => {
    const sheet = sheetByKey(buildWritePlan(communes()), 'overall');
    expect(rowValues(sheet, 5)).toEqual(['STT', 'Đơn vị', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại']);
    expect(rowValues(sheet, 6)).toEqual([1, 'Thị trấn Ninh Giang', '100', '92,00', '92,00', '1/4', 'Xuất sắc']);
    expect(rowValues(sheet, 7)).toEqual([2, 'Xã Ánh Sáng', '100', '87,75', '87,75', '2/4', 'Tốt']);
    expect(rowValues(sheet, 8)).toEqual([3, 'Xã Bình Minh', '100', '87,75', '87,75', '2/4', 'Tốt']);
    expect(rowValues(sheet, 9)).toEqual([4, 'Xã Đồng Tâm', '100', '87,75', '87,75', '2/4', 'Tốt']);
    expect(rowValues(sheet, 10)).toEqual([5, 'Xã An Đức', '100', '86,50', '86,50', '3/4', 'Tốt']);
    expect(rowValues(sheet, 11)).toEqual([6, 'Xã Eo Gió', '100', '69,75', '69,75', '4/4', 'Trung bình']);
    // The mean's label is no grade's name ("Trung bình" is one, on the line above).
    expect(rowValues(sheet, 12)).toEqual([null, 'Điểm trung bình của các đơn vị', '100', '85,25', '85,25', null, null]);
  });

  test('a note under the table says how ranks are counted, by the method used', () => {
    const dense = sheetByKey(buildWritePlan(communes()), 'overall');
    expect(cell(dense, 13, 0)).toMatch(/^Ghi chú: xếp hạng "r\/L" là hạng r trong L mức hạng; .*\(1, 1, 2\)\.$/);
    expect(dense.merges).toContainEqual({ row: 13, col: 0, rows: 1, cols: 7 });
    const competition = sheetByKey(buildWritePlan(communes({ ranking: 'competition' })), 'overall');
    expect(cell(competition, 13, 0)).toMatch(/L đơn vị được xếp hạng; .*\(1, 1, 3\)\.$/);
  });

  test('English labels', () => {
    const sheet = sheetByKey(buildWritePlan(communes({ lang: 'en', decision })), 'overall');
    expect(sheet.name).toBe('Overall ranking');
    expect(cell(sheet, 1, 0)).toBe('APPENDIX');
    expect(flat(cell(sheet, 2, 0))).toBe('ADMINISTRATIVE REFORM INDEX RESULTS 2022 OF UBND CÁC XÃ, THỊ TRẤN');
    expect(flat(cell(sheet, 3, 0))).toBe('(Attached to Decision No. 1234/QĐ-UBND dated 15/01/2023 of UBND huyện Ninh Giang)');
    expect(rowValues(sheet, 5)).toEqual(['No.', 'Unit', 'Max points', 'Score', 'Index (%)', 'Rank', 'Grade']);
    expect(rowValues(sheet, 6)).toEqual([1, 'Thị trấn Ninh Giang', '100', '92.00', '92.00', '1/4', 'Excellent']);
    expect(rowValues(sheet, 10)).toEqual([5, 'Xã An Đức', '100', '86.50', '86.50', '3/4', 'Good']);
    expect(rowValues(sheet, 12)).toEqual([null, 'Average of the units', '100', '85.25', '85.25', null, null]);
    expect(cell(sheet, 13, 0)).toMatch(/^Note: rank "r\/L" is rank r of L rank levels/);
  });

  test('one table per ranking group, each with its heading and mean, and last year\'s change', () => {
    const sheet = sheetByKey(buildWritePlan(groupedWithPrevious()), 'overall');
    const header = ['STT', 'Đơn vị', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại',
      'Xếp hạng năm trước', 'Thay đổi', 'Thay đổi chỉ số (%)'];
    expect(cell(sheet, 5, 0)).toBe('I. Phòng chuyên môn');
    expect(rowValues(sheet, 6)).toEqual(header);
    expect(rowValues(sheet, 7)).toEqual([1, 'Phòng Nội vụ', '100', '90,00', '90,00', '1/2', 'Xuất sắc', 2, 'tăng 1 bậc', '+4,50']);
    expect(rowValues(sheet, 8)).toEqual([2, 'Phòng Tư pháp', '100', '80,00', '80,00', '2/2', 'Tốt', 7, 'tăng 5 bậc', '+10,00']);
    expect(rowValues(sheet, 9)).toEqual([null, 'Điểm trung bình của các đơn vị', '100', '85,00', '85,00', null, null, null, null, null]);

    expect(findRow(sheet, 'II. UBND xã')).toBe(11);
    expect(rowValues(sheet, 12)).toEqual(header);
    expect(rowValues(sheet, 13)).toEqual([1, 'Xã A', '100', '85,00', '85,00', '1/2', 'Tốt', 1, 'giữ nguyên', '0,00']);
    expect(rowValues(sheet, 14)).toEqual([2, 'Xã C', '100', '85,00', '85,00', '1/2', 'Tốt', null, null, null]);
    expect(rowValues(sheet, 15)).toEqual([3, 'Xã B', '100', '70,00', '70,00', '2/2', 'Khá', 1, 'giảm 1 bậc', '-2,25']);
    expect(rowValues(sheet, 16)).toEqual([null, 'Điểm trung bình của các đơn vị', '100', '80,00', '80,00', null, null, null, null, null]);
    expect(sheet.merges).toContainEqual({ row: 11, col: 0, rows: 1, cols: 10 });
  });

  test('rank changes in English', () => {
    const sheet = sheetByKey(buildWritePlan(groupedWithPrevious({ lang: 'en' })), 'overall');
    expect(rowValues(sheet, 7, 7)).toEqual([2, 'up 1', '+4.50']);
    expect(rowValues(sheet, 13, 7)).toEqual([1, 'unchanged', '0.00']);
    expect(rowValues(sheet, 15, 7)).toEqual([1, 'down 1', '-2.25']);
  });
});

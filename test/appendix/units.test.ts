import { buildWritePlan } from '../../src/appendix';
import { cell, findRow, sheetByKey } from './read-plan';
import { communes, groupedWithPrevious } from './samples';

/** The text lines under a unit's heading, up to the blank row. */
function linesOf(sheet: ReturnType<typeof sheetByKey>, unit: string): string[] {
  const head = findRow(sheet, unit, 1);
  const lines: string[] = [];
  for (let r = head + 1; typeof cell(sheet, r, 1) === 'string'; r++) lines.push(cell(sheet, r, 1) as string);
  return lines;
}

describe('per-unit results sheet', () => {
  test('the lines a unit publishes, with the decimal comma', () => {
    const sheet = sheetByKey(buildWritePlan(communes()), 'units');
    expect(sheet.name).toBe('Kết quả từng đơn vị');
    expect(linesOf(sheet, 'Xã Đồng Tâm')).toEqual([
      'Công tác chỉ đạo, điều hành CCHC: đạt 11,84/15 điểm, xếp hạng 4/5 hạng',
      'Cải cách thể chế: đạt 4,75/5 điểm, xếp hạng 2/5 hạng',
      'Cải cách thủ tục hành chính: đạt 71,157/80 điểm, xếp hạng 2/6 hạng',
      'Tổng điểm: đạt 87,75/100 điểm, chỉ số 87,75%, xếp hạng 2/4 hạng, xếp loại Tốt',
      'Không có lĩnh vực nào đạt dưới 75% điểm tối đa.',
    ]);
  });

  test('weak components listed with score, max and index', () => {
    const sheet = sheetByKey(buildWritePlan(communes()), 'units');
    expect(linesOf(sheet, 'Xã Eo Gió')).toEqual([
      'Công tác chỉ đạo, điều hành CCHC: đạt 10/15 điểm, xếp hạng 5/5 hạng',
      'Cải cách thể chế: đạt 2/5 điểm, xếp hạng 5/5 hạng',
      'Cải cách thủ tục hành chính: đạt 57,75/80 điểm, xếp hạng 6/6 hạng',
      'Tổng điểm: đạt 69,75/100 điểm, chỉ số 69,75%, xếp hạng 4/4 hạng, xếp loại Trung bình',
      'Lĩnh vực đạt dưới 75% điểm tối đa: Công tác chỉ đạo, điều hành CCHC (10/15 điểm, 66,67%); '
        + 'Cải cách thể chế (2/5 điểm, 40%); Cải cách thủ tục hành chính (57,75/80 điểm, 72,19%)',
    ]);
  });

  test('units in the order of the scoring sheet, numbered', () => {
    const sheet = sheetByKey(buildWritePlan(communes()), 'units');
    const heads = ['Xã Đồng Tâm', 'Xã An Đức', 'Xã Bình Minh', 'Thị trấn Ninh Giang', 'Xã Ánh Sáng', 'Xã Eo Gió'].map((n) => findRow(sheet, n, 1));
    expect([...heads].sort((a, b) => a - b)).toEqual(heads);
    expect(heads.map((r) => cell(sheet, r, 0))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('English lines with the decimal point', () => {
    const sheet = sheetByKey(buildWritePlan(communes({ lang: 'en' })), 'units');
    expect(sheet.name).toBe('Unit results');
    expect(linesOf(sheet, 'Xã Đồng Tâm').slice(1, 4)).toEqual([
      'Cải cách thể chế: 4.75/5 points, rank 2/5',
      'Cải cách thủ tục hành chính: 71.157/80 points, rank 2/6',
      'Total: 87.75/100 points, index 87.75%, rank 2/4, grade Good',
    ]);
  });

  test('last year compared, group named in the heading', () => {
    const sheet = sheetByKey(buildWritePlan(groupedWithPrevious()), 'units');
    const lines = linesOf(sheet, 'Xã B (UBND xã)');
    expect(lines).toContain('So với năm trước: xếp hạng 1 (giảm 1 bậc), chỉ số 72,25% (-2,25)');
    expect(linesOf(sheet, 'Phòng Tư pháp (Phòng chuyên môn)')).toContain('So với năm trước: xếp hạng 7 (tăng 5 bậc), chỉ số 70% (+10)');
    expect(linesOf(sheet, 'Xã C (UBND xã)').some((l) => l.startsWith('So với năm trước'))).toBe(false);
  });
});

import { scoreSheet } from '../../src/engine';
import { buildWritePlan } from '../../src/appendix';
import { cell, findRow, rowValues, sheetByKey, styleAt } from './read-plan';
import { communes, groupedWithPrevious } from './samples';

describe('statistics sheet', () => {
  const sheet = sheetByKey(buildWritePlan(communes()), 'statistics');

  test('per component and total: max, mean, highest and lowest with units, rank levels', () => {
    expect(sheet.name).toBe('Thống kê');
    expect(cell(sheet, 1, 0)).toBe('PHỤ LỤC');
    expect(rowValues(sheet, 5)).toEqual(['Lĩnh vực', 'Điểm tối đa', 'Điểm trung bình', 'Cao nhất', 'Đơn vị cao nhất',
      'Thấp nhất', 'Đơn vị thấp nhất', 'Số mức xếp hạng']);
    // Maxima as given; means with the published 2 decimals; highest and lowest with 2 in every row.
    // I: (11.84 + 13 + 11.84 + 15 + 12.5 + 10) / 6 = 74.18 / 6 = 12.363.. -> 12.36
    expect(rowValues(sheet, 6)).toEqual(['I. Công tác chỉ đạo, điều hành CCHC', '15', '12,36', '15,00', 'Thị trấn Ninh Giang', '10,00', 'Xã Eo Gió', 5]);
    // II: 23 / 6 = 3.833.. -> 3.83
    expect(rowValues(sheet, 7)).toEqual(['II. Cải cách thể chế', '5', '3,83', '5,00', 'Xã Bình Minh', '2,00', 'Xã Eo Gió', 5]);
    // III: 414.314 / 6 = 69.052.. -> 69.05
    expect(rowValues(sheet, 8)).toEqual(['III. Cải cách thủ tục hành chính', '80', '69,05', '74,00', 'Thị trấn Ninh Giang', '57,75', 'Xã Eo Gió', 6]);
    expect(rowValues(sheet, 9)).toEqual(['Tổng điểm', '100', '85,25', '92,00', 'Thị trấn Ninh Giang', '69,75', 'Xã Eo Gió', 4]);
  });

  test('one section per ranking group; highest shared by tied units', () => {
    const grouped = sheetByKey(buildWritePlan(groupedWithPrevious()), 'statistics');
    expect(cell(grouped, 5, 0)).toBe('I. Phòng chuyên môn');
    expect(rowValues(grouped, findRow(grouped, 'Tổng điểm'), 0, 7)).toEqual(['Tổng điểm', '100', '85,00', '90,00', 'Phòng Nội vụ', '80,00', 'Phòng Tư pháp', 2]);
    const xa = findRow(grouped, 'II. UBND xã');
    // Xã A and Xã C share the top total (85) of their group; mean (85 + 85 + 70) / 3 = 80.
    expect(rowValues(grouped, findRow(grouped, 'Tổng điểm', 0, xa), 0, 7)).toEqual(['Tổng điểm', '100', '80,00', '85,00', 'Xã A, Xã C', '70,00', 'Xã B', 2]);
    expect(grouped.charts?.map((c) => c.title)).toEqual(['Tổng điểm các đơn vị - Phòng chuyên môn', 'Tổng điểm các đơn vị - UBND xã']);
  });

  test('counts per grade', () => {
    const top = findRow(sheet, 'Số đơn vị theo xếp loại');
    expect(rowValues(sheet, top + 1, 0, 2)).toEqual(['Tổng hợp', 'Số đơn vị', 'Tỷ lệ (%)']);
    expect(rowValues(sheet, top + 2, 0, 2)).toEqual(['1/6 đơn vị xếp loại Xuất sắc', 1, '16,67']);
    expect(rowValues(sheet, top + 3, 0, 2)).toEqual(['4/6 đơn vị xếp loại Tốt', 4, '66,67']);
    expect(rowValues(sheet, top + 4, 0, 2)).toEqual(['0/6 đơn vị xếp loại Khá', 0, '0,00']);
    expect(rowValues(sheet, top + 5, 0, 2)).toEqual(['1/6 đơn vị xếp loại Trung bình', 1, '16,67']);
    expect(rowValues(sheet, top + 6, 0, 2)).toEqual(['0/6 đơn vị xếp loại Yếu', 0, '0,00']);
  });

  test('units below 75% of a component max, per component in rank order', () => {
    const top = findRow(sheet, 'Đơn vị đạt dưới 75% điểm tối đa của lĩnh vực');
    expect(rowValues(sheet, top + 1, 0, 3)).toEqual(['Đơn vị', 'Điểm đạt', 'Điểm tối đa', 'Chỉ số (%)']);
    const rows = [];
    for (let r = top + 2; r <= top + 9; r++) rows.push(rowValues(sheet, r, 0, 3));
    expect(rows).toEqual([
      ['I. Công tác chỉ đạo, điều hành CCHC', null, null, null], // 10 < 11.25
      ['Xã Eo Gió', '10,00', '15', '66,67'],
      ['II. Cải cách thể chế', null, null, null], // below 3.75
      ['Thị trấn Ninh Giang', '3,00', '5', '60,00'],
      ['Xã An Đức', '3,50', '5', '70,00'],
      ['Xã Eo Gió', '2,00', '5', '40,00'],
      ['III. Cải cách thủ tục hành chính', null, null, null], // below 60
      ['Xã Eo Gió', '57,75', '80', '72,19'],
    ]);
    // 11.84 of 15 is 78.9%: not listed.
    expect(rows.map((r) => r[0])).not.toContain('Xã Đồng Tâm');
  });

  test('bar chart of the totals in rank order: the table prints text, the chart plots numbers kept beside it', () => {
    const top = findRow(sheet, 'Tổng điểm theo thứ hạng');
    expect(rowValues(sheet, top + 1, 0, 2)).toEqual(['Đơn vị', 'Tổng điểm', 'Xếp hạng']);
    expect(rowValues(sheet, top + 2, 0, 2)).toEqual(['Thị trấn Ninh Giang', '92,00', '1/4']);
    expect(rowValues(sheet, top + 7, 0, 2)).toEqual(['Xã Eo Gió', '69,75', '4/4']);
    expect(cell(sheet, top + 8, 0)).toMatch(/^Ghi chú: xếp hạng "r\/L"/);
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0];
    expect(chart.kind).toBe('bar');
    expect(chart.title).toBe('Tổng điểm các đơn vị');
    expect(chart.categories).toEqual({ row: top + 2, col: 0, rows: 6, cols: 1 });
    expect(chart.values).toEqual({ row: top + 2, col: 3, rows: 6, cols: 1 });
    // The chart's values are the totals as numbers, in cells that show nothing (printed or on screen).
    const values = Array.from({ length: 6 }, (_, k) => cell(sheet, top + 2 + k, 3));
    expect(values).toEqual([92, 87.75, 87.75, 87.75, 86.5, 69.75]);
    for (let k = 0; k < 6; k++) expect(styleAt(sheet, top + 2 + k, 3).numberFormat).toBe(';;;');
    expect(chart.anchor.row).toBeGreaterThan(top + 8);
  });

  test('English', () => {
    const en = sheetByKey(buildWritePlan(communes({ lang: 'en' })), 'statistics');
    const top = findRow(en, 'Units by grade');
    expect(rowValues(en, top + 3, 0, 2)).toEqual(['4/6 units graded Good', 4, '66.67']);
    expect(findRow(en, "Units below 75% of a component's max")).toBeGreaterThan(top);
  });

  test('a sentence instead of an empty below-75% table', () => {
    const strong = communes();
    for (const u of strong.units) for (const c of u.components) c.score = c.max;
    const s = sheetByKey(buildWritePlan(strong), 'statistics');
    const top = findRow(s, 'Đơn vị đạt dưới 75% điểm tối đa của lĩnh vực');
    expect(cell(s, top + 1, 0)).toBe('Không có đơn vị nào đạt dưới 75% điểm tối đa của lĩnh vực.');
  });
});

describe('long lists of tied units stay printable', () => {
  it('lists at most 10 names in a cell, then the first 8 and how many others', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Xã ${String(i + 1).padStart(2, '0')}`);
    const out = scoreSheet({ sheetName: 'S', values: [['STT', 'Nội dung', 'Điểm tối đa', ...names], ['1', 'Lĩnh vực', 5, ...names.map(() => 4)]] });
    if (!out.ok) throw new Error('not ok');
    const stats = buildWritePlan(out.result).sheets.find((s) => s.key === 'statistics')!;
    const cells = stats.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string');
    expect(cells).toContain('Xã 01, Xã 02, Xã 03, Xã 04, Xã 05, Xã 06, Xã 07, Xã 08 và 22 đơn vị khác');
    expect((stats.rowHeights ?? []).every((h) => h.height <= 409)).toBe(true);
  });
});

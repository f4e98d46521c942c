/**
 * The appendix of a workbook with several ranking groups (Phụ lục I, II …): each group's sheets
 * in turn, keyed and named per group, titled with the group. Results come from scoring small
 * sheets; the expected texts are written out by hand.
 */
import { type AppendixGroup, buildWorkbookPlan, buildWritePlan } from '../../src/appendix';
import { scoreSheet } from '../../src/engine';
import type { CellValue } from '../../src/engine/grid';
import type { ScoreOptions, ScoreResult } from '../../src/engine/types';
import { grid } from '../helpers/grid';
import { cell, flat, rowValues, sheetByKey } from './read-plan';

function scored(rows: CellValue[][], options: Partial<ScoreOptions> = {}): ScoreResult {
  const out = scoreSheet(grid(rows), options);
  if (!out.ok) throw new Error(`not scored: ${out.findings.map((f) => `${f.rule}@${f.cell}`).join(', ')}`);
  return out.result;
}

/**
 * Three offices, two components (6 + 4 = 10 points), no self-assessment.
 * Totals: Phòng Tài chính 9 (rank 1), Phòng Nội vụ 8.5 and Phòng Tư pháp 8.5 (both rank 2).
 */
function offices(options: Partial<ScoreOptions> = {}): ScoreResult {
  return scored([
    ['STT', 'Nội dung', 'Điểm tối đa', 'Phòng Nội vụ', 'Phòng Tư pháp', 'Phòng Tài chính'],
    ['I', 'Chỉ đạo điều hành', 6, 5, 4.5, 6],
    ['II', 'Thể chế', 4, 3.5, 4, 3],
    ['', 'Tổng cộng', 10, 8.5, 8.5, 9],
  ], options);
}

/**
 * Two communes with their own criteria (10 + 5 = 15 points), self-assessed and appraised.
 * Appraised totals: Xã Bình 13.5 (rank 1, 90 %), Xã An 12 (rank 2, 80 %).
 */
function communes(options: Partial<ScoreOptions> = {}): ScoreResult {
  return scored([
    ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', '', 'Xã Bình', ''],
    ['', '', '', 'Tự đánh giá', 'Thẩm định', 'Tự đánh giá', 'Thẩm định'],
    ['I', 'Cải cách thủ tục hành chính', 10, 9, 8, 10, 9.5],
    ['II', 'Hiện đại hóa hành chính', 5, 5, 4, 4, 4],
    ['', 'Tổng cộng', 15, 14, 12, 14, 13.5],
  ], options);
}

function twoGroups(options: Partial<ScoreOptions> = {}, names: [string | null, string | null] = ['Khối phòng', 'Khối xã']): AppendixGroup[] {
  return [
    { name: names[0], result: offices(options) },
    { name: names[1], result: communes(options) },
  ];
}

const decision = {
  issuingBody: 'UBND huyện Ninh Giang',
  number: '1234/QĐ-UBND',
  date: '15/01/2023',
  year: 2022,
  rankedGroup: 'UBND các xã, thị trấn',
};

describe('one ranking group', () => {
  test('is exactly the plan of its result', () => {
    expect(buildWorkbookPlan([{ name: 'Khối xã', result: communes() }])).toEqual(buildWritePlan(communes()));
    expect(buildWorkbookPlan([{ name: null, result: offices({ decision }) }])).toEqual(buildWritePlan(offices({ decision })));
    expect(buildWorkbookPlan([{ name: 'Khối phòng', result: offices({ lang: 'en' }) }])).toEqual(buildWritePlan(offices({ lang: 'en' })));
  });

  test('its heading stays "PHỤ LỤC", titled with the decision\'s ranked group', () => {
    const sheet = sheetByKey(buildWorkbookPlan([{ name: 'Khối xã', result: communes({ decision }) }]), 'overall');
    expect(sheet.name).toBe('Xếp hạng chung');
    expect(cell(sheet, 1, 0)).toBe('PHỤ LỤC');
    expect(flat(cell(sheet, 2, 0))).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA UBND CÁC XÃ, THỊ TRẤN');
  });

  test('no group: no sheet', () => {
    expect(buildWorkbookPlan([])).toEqual({ sheets: [] });
  });
});

describe('several ranking groups', () => {
  const plan = buildWorkbookPlan(twoGroups());

  test('each group\'s sheets in turn; the first group keeps the standard keys', () => {
    expect(plan.sheets.map((s) => s.key)).toEqual([
      'overall', 'components', 'statistics', 'units',
      'overall-2', 'components-2', 'statistics-2', 'units-2', 'self-2',
    ]);
    expect(plan.sheets.map((s) => s.part)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2]);
  });

  test('sheet names carry the group\'s Roman numeral, all distinct', () => {
    const names = plan.sheets.map((s) => s.name);
    expect(names).toEqual([
      'Xếp hạng chung (I)', 'Xếp hạng lĩnh vực (I)', 'Thống kê (I)', 'Kết quả từng đơn vị (I)',
      'Xếp hạng chung (II)', 'Xếp hạng lĩnh vực (II)', 'Thống kê (II)', 'Kết quả từng đơn vị (II)', 'Tự đánh giá - Thẩm định (II)',
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  test('"PHỤ LỤC I", "PHỤ LỤC II", each titled with its group', () => {
    const first = sheetByKey(plan, 'overall');
    const second = sheetByKey(plan, 'overall-2');
    expect(cell(first, 1, 0)).toBe('PHỤ LỤC I');
    expect(flat(cell(first, 2, 0))).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM .... CỦA KHỐI PHÒNG');
    expect(flat(cell(first, 3, 0))).toBe('(Kèm theo Quyết định số ..../QĐ-UBND ngày .... của ....)');
    expect(cell(second, 1, 0)).toBe('PHỤ LỤC II');
    expect(flat(cell(second, 2, 0))).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM .... CỦA KHỐI XÃ');
  });

  test('the decision fills both headings; each title names its group, not the decision\'s ranked group', () => {
    const withDecision = buildWorkbookPlan(twoGroups({ decision }));
    for (const [key, title] of [
      ['overall', 'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA KHỐI PHÒNG'],
      ['overall-2', 'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA KHỐI XÃ'],
    ]) {
      const sheet = sheetByKey(withDecision, key);
      expect(cell(sheet, 0, 0)).toBe('UBND HUYỆN NINH GIANG');
      expect(flat(cell(sheet, 2, 0))).toBe(title);
      expect(flat(cell(sheet, 3, 0))).toBe('(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/01/2023 của UBND huyện Ninh Giang)');
    }
  });

  test('the other sheets\' titles name the group', () => {
    const title = (key: string) => flat(cell(sheetByKey(plan, key), 2, 0));
    expect(title('components')).toBe('KẾT QUẢ XẾP HẠNG THEO TỪNG LĨNH VỰC NĂM .... CỦA KHỐI PHÒNG');
    expect(title('statistics')).toBe('THỐNG KÊ KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM .... CỦA KHỐI PHÒNG');
    expect(title('units')).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA TỪNG ĐƠN VỊ NĂM .... (KHỐI PHÒNG)');
    expect(title('components-2')).toBe('KẾT QUẢ XẾP HẠNG THEO TỪNG LĨNH VỰC NĂM .... CỦA KHỐI XÃ');
    expect(title('statistics-2')).toBe('THỐNG KÊ KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM .... CỦA KHỐI XÃ');
    expect(title('units-2')).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA TỪNG ĐƠN VỊ NĂM .... (KHỐI XÃ)');
    expect(title('self-2')).toBe('SO SÁNH ĐIỂM TỰ ĐÁNH GIÁ VÀ ĐIỂM THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM .... CỦA KHỐI XÃ');
    // Every table of a part has the part's PHỤ LỤC heading.
    for (const key of ['components', 'statistics', 'units']) expect(cell(sheetByKey(plan, key), 1, 0)).toBe('PHỤ LỤC I');
    for (const key of ['components-2', 'statistics-2', 'units-2', 'self-2']) expect(cell(sheetByKey(plan, key), 1, 0)).toBe('PHỤ LỤC II');
  });

  test('the charts name the group', () => {
    expect(sheetByKey(plan, 'statistics').charts?.map((c) => c.title)).toEqual(['Tổng điểm các đơn vị - Khối phòng']);
    expect(sheetByKey(plan, 'statistics-2').charts?.map((c) => c.title)).toEqual(['Tổng điểm các đơn vị - Khối xã']);
  });

  test('each group\'s tables hold its own units, ranked within the group', () => {
    const first = sheetByKey(plan, 'overall');
    expect(rowValues(first, 5)).toEqual(['STT', 'Đơn vị', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại']);
    expect(rowValues(first, 6)).toEqual([1, 'Phòng Tài chính', '10', '9,00', '90,00', '1/2', 'Xuất sắc']);
    expect(rowValues(first, 7)).toEqual([2, 'Phòng Nội vụ', '10', '8,50', '85,00', '2/2', 'Tốt']);
    expect(rowValues(first, 8)).toEqual([3, 'Phòng Tư pháp', '10', '8,50', '85,00', '2/2', 'Tốt']);
    expect(rowValues(first, 9)).toEqual([null, 'Điểm trung bình của các đơn vị', '10', '8,67', '86,67', null, null]);
    const second = sheetByKey(plan, 'overall-2');
    expect(rowValues(second, 6)).toEqual([1, 'Xã Bình', '15', '13,50', '90,00', '1/2', 'Xuất sắc']);
    expect(rowValues(second, 7)).toEqual([2, 'Xã An', '15', '12,00', '80,00', '2/2', 'Tốt']);
    expect(rowValues(second, 8)).toEqual([null, 'Điểm trung bình của các đơn vị', '15', '12,75', '85,00', null, null]);
  });

  test('the same groups give the same sheets whatever else is in the plan', () => {
    // Group I's sheets are its one-group sheets but for their names, PHỤ LỤC headings and titles (blocks 0 and 1).
    const alone = buildWritePlan(offices());
    const inPlan = plan.sheets.slice(0, 4);
    expect(inPlan.map((s) => s.blocks.slice(2))).toEqual(alone.sheets.map((s) => s.blocks.slice(2)));
  });

  test('a group without a name is "Chưa phân khối"', () => {
    const unnamed = buildWorkbookPlan(twoGroups({}, ['Khối phòng', null]));
    expect(flat(cell(sheetByKey(unnamed, 'overall-2'), 2, 0))).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM .... CỦA CHƯA PHÂN KHỐI');
    expect(flat(cell(sheetByKey(unnamed, 'components-2'), 2, 0))).toBe('KẾT QUẢ XẾP HẠNG THEO TỪNG LĨNH VỰC NĂM .... CỦA CHƯA PHÂN KHỐI');
    expect(sheetByKey(unnamed, 'statistics-2').charts?.[0].title).toBe('Tổng điểm các đơn vị - Chưa phân khối');
  });

  test('long group names: whole in the titles, sheet names within 31 characters', () => {
    const long = 'Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Ninh Giang';
    const named = buildWorkbookPlan(twoGroups({}, [long, 'UBND các xã, thị trấn: [khối] xã/phường?']));
    expect(flat(cell(sheetByKey(named, 'overall'), 2, 0))).toBe(
      'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM .... CỦA CÁC CƠ QUAN CHUYÊN MÔN THUỘC ỦY BAN NHÂN DÂN HUYỆN NINH GIANG');
    // Too long for one line of the table's width: broken before the group's phrase, never inside it.
    expect(cell(sheetByKey(named, 'overall'), 2, 0)).toBe(
      'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ....\nCỦA CÁC CƠ QUAN CHUYÊN MÔN THUỘC ỦY BAN NHÂN DÂN HUYỆN NINH GIANG');
    expect(flat(cell(sheetByKey(named, 'components-2'), 2, 0))).toBe(
      'KẾT QUẢ XẾP HẠNG THEO TỪNG LĨNH VỰC NĂM .... CỦA UBND CÁC XÃ, THỊ TRẤN: [KHỐI] XÃ/PHƯỜNG?');
    const names = named.sheets.map((s) => s.name);
    expect(names).toEqual(plan.sheets.map((s) => s.name));
    for (const name of names) {
      expect(Array.from(name).length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  test('forty groups: names shortened to keep the numeral, never longer than 31, all distinct', () => {
    const groups = Array.from({ length: 40 }, (_, i): AppendixGroup => ({ name: `Khối ${i + 1}`, result: communes() }));
    const many = buildWorkbookPlan(groups);
    const names = many.sheets.map((s) => s.name);
    expect(names).toHaveLength(200);
    expect(new Set(names).size).toBe(200);
    expect(new Set(many.sheets.map((s) => s.key)).size).toBe(200);
    for (const name of names) expect(Array.from(name).length).toBeLessThanOrEqual(31);
    expect(sheetByKey(many, 'self-38').name).toBe('Tự đánh giá - Thẩm đị (XXXVIII)');
    expect(sheetByKey(many, 'overall-40').name).toBe('Xếp hạng chung (XL)');
    expect(cell(sheetByKey(many, 'overall-40'), 1, 0)).toBe('PHỤ LỤC XL');
  });

  test('English labels', () => {
    const en = buildWorkbookPlan(twoGroups({ lang: 'en' }, ['Khối phòng', null]));
    expect(en.sheets.map((s) => s.name)).toEqual([
      'Overall ranking (I)', 'Component ranking (I)', 'Statistics (I)', 'Unit results (I)',
      'Overall ranking (II)', 'Component ranking (II)', 'Statistics (II)', 'Unit results (II)', 'Self vs appraisal (II)',
    ]);
    const first = sheetByKey(en, 'overall');
    expect(cell(first, 1, 0)).toBe('APPENDIX I');
    expect(flat(cell(first, 2, 0))).toBe('ADMINISTRATIVE REFORM INDEX RESULTS .... OF KHỐI PHÒNG');
    expect(cell(sheetByKey(en, 'overall-2'), 1, 0)).toBe('APPENDIX II');
    expect(flat(cell(sheetByKey(en, 'overall-2'), 2, 0))).toBe('ADMINISTRATIVE REFORM INDEX RESULTS .... OF NO GROUP');
    expect(flat(cell(sheetByKey(en, 'components'), 2, 0))).toBe('RANKING BY COMPONENT .... OF KHỐI PHÒNG');
    expect(flat(cell(sheetByKey(en, 'statistics-2'), 2, 0))).toBe('ADMINISTRATIVE REFORM INDEX STATISTICS .... OF NO GROUP');
    expect(flat(cell(sheetByKey(en, 'units'), 2, 0))).toBe('ADMINISTRATIVE REFORM INDEX RESULTS BY UNIT .... (KHỐI PHÒNG)');
    expect(flat(cell(sheetByKey(en, 'self-2'), 2, 0))).toBe('SELF-ASSESSMENT VS APPRAISAL ADMINISTRATIVE REFORM INDEX .... OF NO GROUP');
    expect(sheetByKey(en, 'statistics').charts?.[0].title).toBe('Unit totals - Khối phòng');
  });
});

/** One sheet per unit: forms read, named, lined up by criterion code and put side by side. */
import { a1 } from '../../src/engine/grid';
import { scoreModel } from '../../src/engine/score-model';
import { readForm } from '../../src/readers/form';
import { readSheetsPerUnit } from '../../src/readers/sheet-per-unit';
import { unitNameFromTitle } from '../../src/readers/unit-name';
import { edit, grid } from '../helpers/grid';
import type { CellValue } from '../../src/engine/grid';

/** A form: title, header on row 3, numbering row, I (1.1, 1.2 with a, b), II (2.1), total, rows under it, signatures. */
function form(title: string, scores: { self: CellValue[]; appraised: CellValue[] }, extra: CellValue[][] = []) {
  const [s, a] = [scores.self, scores.appraised];
  return [
    [title, '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [],
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    ['I', 'Chỉ đạo', 4, s[0], a[0]],
    ['1.1', 'Kế hoạch', 2, s[1], a[1], 'KH số 1'],
    ['1.2', 'Kiểm tra', 2, s[2], a[2]],
    ['a', 'Tỷ lệ kiểm tra', 1, s[3], a[3]],
    ['b', 'Xử lý', 1, s[4], a[4]],
    ['II', 'Thủ tục', 2, s[5], a[5]],
    ['2.1', 'Công khai', 2, s[6], a[6]],
    ...extra,
    ['', 'Tổng cộng', 6, s[7], a[7]],
    ['', 'Chỉ số CCHC (%)', '', '', a[8]],
    [],
    ['', 'NGƯỜI LẬP BIỂU', '', '', 'TM. ỦY BAN NHÂN DÂN'],
  ] as CellValue[][];
}

const yenLac = () => grid(form('UBND XÃ YÊN LẠC', {
  self: [4, 2, 2, 1, 1, 2, 2, 6], appraised: [3.5, 2, 1.5, 1, 0.5, 1.5, 1.5, 5, 83.33],
}), 'YL');
const keSat = () => grid(form('', {
  self: [4, 2, 2, 1, 1, 2, 2, 6], appraised: [4, 2, 2, 1, 1, 2, 2, 6, 100],
}), 'Thị trấn Kẻ Sặt');

describe('a form', () => {
  it('is read with its columns, rows, total and the rows under it; the numbering row skipped', () => {
    const f = readForm('YL', yenLac());
    expect(f && {
      unit: f.unit, title: f.titleCell, cols: [f.codeCol, f.nameCol, f.maxCol, f.selfCol, f.appraisedCol],
      keys: f.criteria.map((r) => r.key), total: f.totalRow, below: f.below.map((r) => r.key),
    }).toEqual({
      unit: 'Xã Yên Lạc', title: { row: 0, col: 0 }, cols: [0, 1, 2, 3, 4],
      keys: ['I', '1.1', '1.2', '1.2.a', '1.2.b', 'II', '2.1'], total: 11, below: ['chi so cchc (%)'],
    });
  });
  it('without a title naming a unit, is named by its sheet', () => {
    expect(readForm('Thị trấn Kẻ Sặt', keSat())?.unit).toBe('Thị trấn Kẻ Sặt');
  });
  it('is not a form when a column right of the max is a unit (the standard layout)', () => {
    expect(readForm('S', grid([['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã An', 'Xã Bình'], ['I', 'Chỉ đạo', 2, 1, 2]]))).toBeUndefined();
    expect(readForm('S', grid([
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã An', ''], ['', '', '', 'Tự đánh giá', 'Thẩm định'], ['I', 'Chỉ đạo', 2, 1, 2],
    ]))).toBeUndefined();
  });
});

describe('forms side by side', () => {
  const forms = () => [readForm('YL', yenLac()), readForm('Thị trấn Kẻ Sặt', keSat())].map((f) => {
    if (!f) throw new Error('not a form');
    return f;
  });

  it('make the standard arrangement: each unit over its "Tự đánh giá" | "Thẩm định" columns', () => {
    const read = readSheetsPerUnit(forms(), null);
    expect(read.group.grid.values).toEqual([
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã Yên Lạc', '', 'Thị trấn Kẻ Sặt', ''],
      ['', '', '', 'Tự đánh giá', 'Thẩm định', 'Tự đánh giá', 'Thẩm định'],
      ['I', 'Chỉ đạo', 4, 4, 3.5, 4, 4],
      ['1.1', 'Kế hoạch', 2, 2, 2, 2, 2],
      ['1.2', 'Kiểm tra', 2, 2, 1.5, 2, 2],
      ['a', 'Tỷ lệ kiểm tra', 1, 1, 1, 1, 1],
      ['b', 'Xử lý', 1, 1, 0.5, 1, 1],
      ['II', 'Thủ tục', 2, 2, 1.5, 2, 2],
      ['2.1', 'Công khai', 2, 2, 1.5, 2, 2],
      ['', 'Tổng cộng', 6, 6, 5, 6, 6],
      ['', 'Chỉ số CCHC (%)', '', '', 83.33, '', 100],
    ]);
    expect(read.group.grid.merges).toEqual([{ row: 0, col: 3, rows: 1, cols: 2 }, { row: 0, col: 5, rows: 1, cols: 2 }]);
    expect(read.report).toEqual({ kind: 'sheet-per-unit', sheets: ['YL', 'Thị trấn Kẻ Sặt'], headerRow: 2, units: 2, components: 2 });
  });
  it('map every cell back to its form: a unit to its title, or its header when named by the sheet', () => {
    const { sourceOf } = readSheetsPerUnit(forms(), null).group;
    const at = (r: number, c: number) => {
      const s = sourceOf?.(r, c);
      return s && `${s.sheet}!${a1(s.row, s.col)}`;
    };
    expect([at(0, 3), at(0, 5), at(1, 4), at(2, 4), at(6, 6), at(9, 5), at(10, 4), at(3, 1)]).toEqual([
      'YL!A1', 'Thị trấn Kẻ Sặt!E3', 'YL!E3', 'YL!E5', 'Thị trấn Kẻ Sặt!E9', 'Thị trấn Kẻ Sặt!D12', 'YL!E13', 'YL!B6',
    ]);
  });
  it('line rows up by code: a criterion only one form has goes after the one it follows there', () => {
    // II's max is 3 with 2.2.
    const extra = edit(grid(form('UBND PHƯỜNG LÊ LỢI', {
      self: [4, 2, 2, 1, 1, 3, 1, 7], appraised: [4, 2, 2, 1, 1, 3, 1, 7],
    }, [['2.2', 'Một cửa', 1, 1, 1]]), 'LL'), { C10: 3 });
    const f = [...forms(), readForm('LL', extra)].map((x) => x!);
    const values = readSheetsPerUnit(f, null).group.grid.values;
    expect(values.map((r) => r[0])).toEqual(['STT', '', 'I', '1.1', '1.2', 'a', 'b', 'II', '2.1', '2.2', '', '']);
    expect(values[9]).toEqual(['2.2', 'Một cửa', 1, '', '', '', '', 1, 1]);
  });
  it('score as one ranking group; findings name the forms\' cells', () => {
    // Kẻ Sặt's 1.2 above its max of 2.
    const f = [readForm('YL', yenLac()), readForm('Thị trấn Kẻ Sặt', edit(keSat(), { E7: 2.5 }))].map((x) => x!);
    const read = readSheetsPerUnit(f, null);
    const out = scoreModel({ groups: [read.group], layouts: [read.report] });
    expect(out.findings.filter((x) => x.severity === 'error').map((x) => `${x.rule}@${x.sheet}!${x.cell}`)).toEqual(['score-above-max@Thị trấn Kẻ Sặt!E7']);
  });
  it('rank the self-assessment when so stated: only that column is the unit\'s', () => {
    const read = readSheetsPerUnit(forms(), null, { kind: 'sheet-per-unit', rankedScore: 'self' });
    expect(read.group.grid.values.slice(0, 3)).toEqual([
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã Yên Lạc', 'Thị trấn Kẻ Sặt'],
      ['', '', '', 'Tự đánh giá', 'Tự đánh giá'],
      ['I', 'Chỉ đạo', 4, 4, 4],
    ]);
  });
});

describe('a unit named by a title', () => {
  it.each([
    ['UBND XÃ YÊN LẠC', 'Xã Yên Lạc'],
    ['UBND THỊ TRẤN KẺ SẶT', 'Thị trấn Kẻ Sặt'],
    ['ỦY BAN NHÂN DÂN PHƯỜNG QUANG TRUNG', 'Phường Quang Trung'],
    ['UBND PHƯỜNG 12', 'Phường 12'],
    ['PHÒNG TÀI CHÍNH - KẾ HOẠCH', 'Phòng Tài chính - Kế hoạch'],
    ['PHÒNG VĂN HÓA VÀ THÔNG TIN', 'Phòng Văn hóa và Thông tin'],
    ['VĂN PHÒNG HĐND VÀ UBND', 'Văn phòng HĐND và UBND'],
    ['UBND xã Yên Lạc', 'Xã Yên Lạc'],
  ])('%s -> %s', (title, name) => expect(unitNameFromTitle(title)).toBe(name));
  it.each(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'UBND HUYỆN MÊ LINH', 'BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC', 'Số: /BC-UBND'])('%s names no unit', (title) => {
    expect(unitNameFromTitle(title)).toBeUndefined();
  });
});

describe('not a form', () => {
  it('a caption "Điểm thẩm định" over the units\' names on the row below is the standard layout', () => {
    const input = grid([
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm thẩm định của các xã', '', ''],
      ['', '', '', 'Xã An', 'Xã Bình', 'Xã Cường'],
      ['I', 'Chỉ đạo', 2, 1, 2, 1.5],
    ]);
    input.merges = [{ row: 0, col: 3, rows: 1, cols: 3 }];
    expect(readForm('S', input)).toBeUndefined();
  });
});

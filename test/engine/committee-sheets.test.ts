/** Sheets a committee really makes, found in review: each scored the way the committee means it. */
import { scoreSheet } from '../../src/engine';
import { grid, ruleCells } from '../helpers/grid';

describe('ranking groups labelled by a merged cell', () => {
  const rows = [
    ['STT', 'Nội dung', 'Điểm tối đa', 'Phòng A', 'Phòng B', 'Xã C', 'Xã D'],
    ['', 'Khối', '', 'Khối phòng', '', 'Khối xã', ''],
    ['1', 'Chỉ đạo', 2, 1, 2, 2, 1],
  ];
  it('every unit under the merge gets the label (merges known)', () => {
    const out = scoreSheet({ ...grid(rows), merges: [{ row: 1, col: 3, rows: 1, cols: 2 }, { row: 1, col: 5, rows: 1, cols: 2 }] });
    if (!out.ok) throw new Error(JSON.stringify(out.findings));
    expect(out.result.units.map((u) => [u.name, u.group, u.rank, u.rankLevels])).toEqual([
      ['Phòng A', 'Khối phòng', 2, 2], ['Phòng B', 'Khối phòng', 1, 2], ['Xã C', 'Khối xã', 1, 2], ['Xã D', 'Khối xã', 2, 2],
    ]);
    expect(out.result.groups).toEqual(['Khối phòng', 'Khối xã']);
  });
  it('and when the file lost its merges, the label carries to the right', () => {
    const out = scoreSheet(grid(rows));
    if (!out.ok) throw new Error('not ok');
    expect(out.result.units.map((u) => u.group)).toEqual(['Khối phòng', 'Khối phòng', 'Khối xã', 'Khối xã']);
  });
});

describe('criteria whose names read like a total row', () => {
  it('"1.1 Tổng số TTHC ..." is a criterion, not the end of the sheet', () => {
    const out = scoreSheet(grid([
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', 'Xã Bình'],
      ['I', 'Cải cách TTHC', 3, '', ''],
      ['1.1', 'Tổng số TTHC được công bố đúng hạn', 1, 1, 0.5],
      ['1.2', 'Tỷ lệ hồ sơ đúng hạn', 2, 2, 1.5],
      ['', 'Tổng cộng', 3, 3, 2],
    ]));
    expect(out.findings).toEqual([]);
    expect(out.ok && out.result.units.map((u) => u.total)).toEqual([3, 2]);
  });
});

describe('lower-case letters after h', () => {
  it('"i" is the sub-criterion after "h", not component I', () => {
    const letters = ['a', 'b', 'c', 'd', 'e', 'g', 'h', 'i', 'k'];
    const out = scoreSheet(grid([
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An'],
      ['1', 'Lĩnh vực', 9, ''],
      ['1.1', 'Tiêu chí', 9, ''],
      ...letters.map((l) => [l, `Tiêu chí thành phần ${l}`, 1, 1]),
    ]));
    expect(ruleCells(out.findings)).toEqual([]);
    expect(out.ok && out.result.criteria.map((c) => c.key).slice(-2)).toEqual(['1.1.i', '1.1.k']);
    expect(out.ok && out.result.components).toHaveLength(1);
  });
  it('a Roman component in capitals is still a component', () => {
    const out = scoreSheet(grid([
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An'],
      ['I', 'Lĩnh vực 1', 1, 1],
      ['II', 'Lĩnh vực 2', 1, 1],
    ]));
    expect(out.ok && out.result.components.map((c) => c.code)).toEqual(['I', 'II']);
  });
});

describe('the total row max typed as text', () => {
  it('is read with a warning, and checked against the components', () => {
    const rows = [
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An'],
      ['1', 'Lĩnh vực 1', 2, 1],
      ['2', 'Lĩnh vực 2', 3, 2],
      ['', 'Tổng cộng', '5', 3],
    ];
    expect(ruleCells(scoreSheet(grid(rows)).findings)).toEqual(['number-as-text@C4']);
    rows[3][2] = '6';
    expect(ruleCells(scoreSheet(grid(rows)).findings)).toEqual(['number-as-text@C4', 'max-total-mismatch@C4']);
  });
});

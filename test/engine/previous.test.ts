/** Last year's result read back from a ranking table, and the change it gives each unit. */
import { readPreviousResult, scoreSheet } from '../../src/engine';
import { grid, standardSheet } from '../helpers/grid';

describe('reading last year\'s ranking table', () => {
  const table = grid([
    ['UBND HUYỆN MẪU'],
    ['PHỤ LỤC'],
    ['STT', 'Đơn vị', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại'],
    [1, 'Xã Cường', 10, 9.25, 92.5, 1, 'Xuất sắc'],
    [2, 'Xã An', 10, 8, 80, 2, 'Tốt'],
    [3, 'Xã Bình', 10, 7.5, '75,00', '3', 'Khá'],
    ['', 'Trung bình', 10, 8.25, 82.5, '', ''],
  ], 'Xếp hạng chung');

  it('reads name, rank and index of each unit; skips the mean row', () => {
    expect(readPreviousResult(table)).toEqual([
      { name: 'Xã Cường', rank: 1, index: 92.5, group: null },
      { name: 'Xã An', rank: 2, index: 80, group: null },
      { name: 'Xã Bình', rank: 3, index: 75, group: null },
    ]);
  });
  it('is undefined for a sheet without such a table (a scoring sheet)', () => {
    expect(readPreviousResult(standardSheet())).toBeUndefined();
  });
  it('gives each unit of this year its previous rank and index', () => {
    const out = scoreSheet(standardSheet(), { previous: readPreviousResult(table) });
    if (!out.ok) throw new Error('not ok');
    // This year: Cường 9.5 (1), An 8.75 (2), Bình 8.5 (3).
    expect(out.result.units.map((u) => [u.name, u.rank, u.previous])).toEqual([
      ['Xã An', 2, { rank: 2, index: 80 }],
      ['Xã Bình', 3, { rank: 3, index: 75 }],
      ['Xã Cường', 1, { rank: 1, index: 92.5 }],
    ]);
  });
});

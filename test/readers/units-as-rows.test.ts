/** Units as rows (the summary table) turned into the standard arrangement, with every cell traced back. */
import { a1 } from '../../src/engine/grid';
import type { CellSource } from '../../src/engine/model';
import { scoreModel } from '../../src/engine/score-model';
import { readUnitsAsRows } from '../../src/readers/units-as-rows';
import { edit, grid } from '../helpers/grid';

const at = (s: CellSource) => `${s.sheet}!${a1(s.row, s.col)}`;

/**
 *     A    B            C                    D             E              F          G         H
 *  1  UBND HUYỆN MẪU
 *  2  STT  Tên đơn vị   I. Chỉ đạo (4 điểm)  II. Thể chế   III. Điểm cộng Tổng điểm  Xếp hạng  Ghi chú
 *  3       Điểm tối đa  4                    6             1              10
 *  4  1    Xã An        3.5                  5             0.5            9          1
 *  5  2    Xã Bình      3                    4.5           0              7.5        2         Chậm
 */
const table = () => grid([
  ['UBND HUYỆN MẪU'],
  ['STT', 'Tên đơn vị', 'I. Chỉ đạo (4 điểm)', 'II. Thể chế', 'III. Điểm cộng', 'Tổng điểm', 'Xếp hạng', 'Ghi chú'],
  ['', 'Điểm tối đa', 4, 6, 1, 10],
  [1, 'Xã An', 3.5, 5, 0.5, 9, 1],
  [2, 'Xã Bình', 3, 4.5, 0, 7.5, 2, 'Chậm'],
], 'Tổng hợp');

describe('a summary table with a max row', () => {
  const read = readUnitsAsRows('Tổng hợp', table());

  it('becomes one column per unit, one row per component, the results under the total', () => {
    expect(read?.group.grid.values).toEqual([
      ['STT', 'Lĩnh vực', 'Điểm tối đa', 'Xã An', 'Xã Bình'],
      ['I', 'Chỉ đạo', 4, 3.5, 3],
      ['II', 'Thể chế', 6, 5, 4.5],
      ['III', 'Điểm cộng', 1, 0.5, 0],
      ['', 'Tổng cộng', 10, 9, 7.5],
      ['', 'Xếp hạng', '', 1, 2],
    ]);
  });
  it('maps every cell back to the table', () => {
    const sourceOf = read?.group.sourceOf;
    if (!sourceOf) throw new Error('no map');
    expect([[0, 3], [0, 1], [1, 0], [1, 2], [2, 4], [3, 3], [4, 2], [4, 3], [5, 4]].map(([r, c]) => at(sourceOf(r, c)))).toEqual([
      'Tổng hợp!B4', 'Tổng hợp!B2', 'Tổng hợp!C2', 'Tổng hợp!C3', 'Tổng hợp!D5', 'Tổng hợp!E4', 'Tổng hợp!F3', 'Tổng hợp!F4', 'Tổng hợp!G5',
    ]);
  });
  it('reports the layout: header row, max row, units, ranked components (bonus not counted)', () => {
    expect(read?.report).toEqual({ kind: 'units-as-rows', sheets: ['Tổng hợp'], headerRow: 1, maxRow: 2, units: 2, components: 2 });
    expect(read?.unitNames).toEqual(['Xã An', 'Xã Bình']);
  });
  it('findings name the table\'s cells', () => {
    // Without the bonus column (how a bonus counts is the engine's): Xã An's total typed 9 for 8.5, Xã Bình's II 7 of 6.
    const bad = edit(grid(table().values.map((row) => row.filter((_, c) => c !== 4)), 'Tổng hợp'), { E4: 9, D5: 7 });
    const read2 = readUnitsAsRows('Tổng hợp', bad);
    if (!read2) throw new Error('not read');
    const out = scoreModel({ groups: [read2.group], layouts: [read2.report] });
    expect(out.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([
      'total-mismatch@Tổng hợp!E4', 'score-above-max@Tổng hợp!D5',
    ]);
  });
});

describe('a summary table under a caption, maxima in the headers', () => {
  const input = grid([
    ['TT', 'Đơn vị', 'Điểm thẩm định theo lĩnh vực', '', 'Tổng điểm', 'Chỉ số CCHC (%)', 'Xếp loại'],
    ['', '', 'I. Chỉ đạo (4 điểm)', 'II (6 điểm)', '', '', ''],
    [1, 'Phòng Nội vụ', 4, 5.5, 9.5, 95, 'Xuất sắc'],
    [2, 'Phòng Tư pháp', 3, 5, 8, 80, 'Tốt'],
    [],
    ['', 'NGƯỜI LẬP BIỂU'],
  ], 'KQ');
  input.merges = [{ row: 0, col: 2, rows: 1, cols: 2 }];
  const read = readUnitsAsRows('KQ', input);

  it('reads the components on the second header row, their maxima in their headers', () => {
    expect(read?.group.grid.values).toEqual([
      ['STT', 'Lĩnh vực', 'Điểm tối đa', 'Phòng Nội vụ', 'Phòng Tư pháp'],
      ['I', 'Chỉ đạo', 4, 4, 3],
      ['II', 'II', 6, 5.5, 5],
      ['', 'Tổng cộng', '', 9.5, 8],
      ['', 'Chỉ số CCHC (%)', '', 95, 80],
      ['', 'Xếp loại', '', 'Xuất sắc', 'Tốt'],
    ]);
    expect(read?.report).toEqual({ kind: 'units-as-rows', sheets: ['KQ'], headerRow: 0, headerRows: 2, units: 2, components: 2 });
    expect(read?.group.sourceOf?.(2, 2)).toEqual({ sheet: 'KQ', row: 1, col: 3 });
  });
});

describe('section rows', () => {
  it('"Khối …" rows give the units under them their ranking group', () => {
    const read = readUnitsAsRows('TH', grid([
      ['STT', 'Tên đơn vị', 'I. Chỉ đạo', 'II. Thể chế'],
      ['', 'Điểm tối đa', 4, 6],
      ['A', 'Khối xã'],
      [1, 'Xã An', 3, 5],
      ['B', 'Khối phòng'],
      [1, 'Phòng Nội vụ', 4, 6],
    ], 'TH'));
    expect(read?.group.grid.values.slice(0, 2)).toEqual([
      ['STT', 'Lĩnh vực', 'Điểm tối đa', 'Xã An', 'Phòng Nội vụ'],
      ['', 'Khối', '', 'Khối xã', 'Khối phòng'],
    ]);
    if (!read) throw new Error('not read');
    const out = scoreModel({ groups: [read.group], layouts: [read.report] });
    expect(out.ok && out.groups[0].outcome.ok && out.groups[0].outcome.result.units.map((u) => [u.name, u.group, u.rank])).toEqual([
      ['Xã An', 'Khối xã', 1], ['Phòng Nội vụ', 'Khối phòng', 1],
    ]);
  });
});

describe('a stated layout', () => {
  it('names the unit-name and component columns of a table whose headers say neither', () => {
    const input = grid([
      ['STT', 'Xã', 'Chỉ đạo', 'Thể chế', 'Cộng'],
      ['', 'Tối đa', 4, 6, 10],
      [1, 'Xã An', 3, 5, 8],
    ], 'TH');
    expect(readUnitsAsRows('TH', input)).toBeUndefined();
    const read = readUnitsAsRows('TH', input, { kind: 'units-as-rows', unitNameColumn: 1, componentColumns: [2, 3], maxRow: 1 });
    expect(read?.group.grid.values).toEqual([
      ['STT', 'Lĩnh vực', 'Điểm tối đa', 'Xã An'],
      ['I', 'Chỉ đạo', 4, 3],
      ['II', 'Thể chế', 6, 5],
      ['', 'Tổng cộng', 10, 8],
    ]);
    expect(read?.report.maxRow).toBe(1);
  });
});

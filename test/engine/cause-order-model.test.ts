/**
 * Cause order survives scoring a workbook (`scoreModel`): in a summary table read units as rows,
 * the links name the table's cells, and the findings of several groups keep their blocks.
 */
import { scoreModel } from '../../src/engine/score-model';
import { readUnitsAsRows } from '../../src/readers/units-as-rows';
import { edit, grid, standardSheet } from '../helpers/grid';

/** Units as rows; Xã An's II typed as text "5" while the total (=SUM) skips it. */
const table = (name: string) => grid([
  ['UBND HUYỆN MẪU'],
  ['STT', 'Tên đơn vị', 'I. Chỉ đạo', 'II. Thể chế', 'Tổng điểm'],
  ['', 'Điểm tối đa', 4, 6, 10],
  [1, 'Xã An', 3.5, '5', 3.5],
  [2, 'Xã Bình', 3, 7, 10],
], name);

it('a cause and what it explains name the table\'s cells, cause first, in each group', () => {
  const groups = ['Khối A', 'Khối B'].map((name) => {
    const read = readUnitsAsRows(name, table(name));
    if (!read) throw new Error('not read');
    return read;
  });
  const out = scoreModel({ groups: groups.map((r) => r.group), layouts: groups.map((r) => r.report) });
  const where = (f: { rule: string; sheet: string; cell: string }) => `${f.rule}@${f.sheet}!${f.cell}`;
  expect(out.findings.map(where)).toEqual([
    'number-as-text@Khối A!D4', 'total-mismatch@Khối A!E4', 'score-above-max@Khối A!D5',
    'number-as-text@Khối B!D4', 'total-mismatch@Khối B!E4', 'score-above-max@Khối B!D5',
  ]);
  expect(out.findings[0].explains?.map(where)).toEqual(['total-mismatch@Khối A!E4']);
  expect(out.findings[1].causedBy?.map(where)).toEqual(['number-as-text@Khối A!D4']);
});

it('several sheets scored together keep each cause before the sums above it', () => {
  // Criteria as rows: Xã An's 1.2.a (D7) typed as text, the sums above it (D6, D4, D12) without it.
  const sheet = (name: string) => edit({ ...standardSheet(), sheetName: name }, { D7: '1,25', D6: 2, D4: 4, D12: 7.5 });
  const out = scoreModel({
    groups: ['Khối phòng', 'Khối xã'].map((name) => ({ name, sheets: [name], grid: sheet(name) })),
    layouts: ['Khối phòng', 'Khối xã'].map((name) => ({ kind: 'criteria-as-rows' as const, sheets: [name], headerRow: 2, units: 3, components: 2 })),
  });
  const block = ['number-as-text@D7', 'subtotal-mismatch@D6', 'subtotal-mismatch@D4', 'total-mismatch@D12'];
  expect(out.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([...block, ...block]);
  expect(out.findings.map((f) => f.sheet)).toEqual([...block.map(() => 'Khối phòng'), ...block.map(() => 'Khối xã')]);
});

/** Every validation rule of the spec: a sheet in, the finding (rule and cell) out. */
import { scoreSheet } from '../../src/engine';
import { formatFinding } from '../../src/i18n/findings';
import { edit, grid, ruleCells, standardSheet } from '../helpers/grid';

const findingsOf = (cells: Record<string, string | number | boolean | null>) =>
  scoreSheet(edit(standardSheet(), cells)).findings;

describe('the standard sheet', () => {
  it('scores with no findings', () => {
    const out = scoreSheet(standardSheet());
    expect(out.findings).toEqual([]);
    expect(out.ok).toBe(true);
  });
});

describe('layout errors', () => {
  it('no header row with STT in the first 30 rows', () => {
    const out = scoreSheet(grid([['Tiêu chí', 'Điểm tối đa', 'Xã An'], ['1', 'x', 1]]));
    expect(out.ok).toBe(false);
    expect(ruleCells(out.findings)).toEqual(['no-header@A1']);
  });
  it('a header below row 30 is not found', () => {
    const rows = Array.from({ length: 30 }, () => ['']);
    const out = scoreSheet(grid([...rows, ...standardSheet().values.slice(2).map((r) => [...r])]));
    expect(ruleCells(out.findings)).toEqual(['no-header@A1']);
  });
  it('no max column', () => {
    expect(ruleCells(findingsOf({ C3: 'Trọng số' }))).toEqual(['no-max-column@A3']);
  });
  it('no unit column', () => {
    const g = grid([['STT', 'Nội dung', 'Điểm tối đa', 'Ghi chú'], ['1', 'Chỉ đạo', 2, '']]);
    expect(ruleCells(scoreSheet(g).findings)).toEqual(['no-unit-column@C1']);
  });
  it('header words compared without case, diacritics or extra spaces (NFD input too)', () => {
    const out = scoreSheet(edit(standardSheet(), { A3: ' tt ', C3: 'ĐIỂM  TỐI ĐA'.normalize('NFD') }));
    expect(out.ok).toBe(true);
    const out2 = scoreSheet(edit(standardSheet(), { C3: 'Diem chuan' }));
    expect(out2.ok).toBe(true);
  });
});

describe('score errors name the unit column cell', () => {
  it('score above max', () => {
    const out = scoreSheet(edit(standardSheet(), { E10: 3.5, E9: '', E12: '' }));
    expect(ruleCells(out.findings)).toEqual(['score-above-max@E10']);
    expect(out.findings[0].data).toEqual({ unit: 'Xã Bình', code: '2.1', value: 3.5, max: 3 });
  });
  it('negative score', () => {
    expect(ruleCells(findingsOf({ D11: -1 }))).toEqual(['score-negative@D11']);
  });
  it('text that is not a number', () => {
    expect(ruleCells(findingsOf({ F5: 'hai' }))).toEqual(['score-not-number@F5']);
  });
  it('Excel error value, as a literal or as a kind', () => {
    expect(ruleCells(findingsOf({ F5: '#DIV/0!' }))).toEqual(['score-error-value@F5']);
    const g = edit(standardSheet(), { F5: '#N/A' });
    const kinds = g.values.map((r) => r.map(() => 'Double' as const));
    const out = scoreSheet({ ...g, kinds: kinds.map((r, i) => r.map((k, j) => (i === 4 && j === 5 ? 'Error' as const : k))) });
    expect(ruleCells(out.findings)).toEqual(['score-error-value@F5']);
  });
  it('a number is read as a number whatever its kind (an error value reaches the grid as its text)', () => {
    const g = standardSheet();
    const kinds = g.values.map((r, i) => r.map((_, j) => (i === 4 && j === 5 ? 'Error' as const : 'Double' as const)));
    const plain = scoreSheet(g);
    const marked = scoreSheet({ ...g, kinds });
    expect(ruleCells(marked.findings)).toEqual(ruleCells(plain.findings));
    expect(marked.ok && plain.ok && marked.result.units.map((u) => u.total)).toEqual(plain.ok && plain.result.units.map((u) => u.total));
  });
  it('a missing leaf score when the unit has other scores', () => {
    expect(ruleCells(findingsOf({ D7: '' }))).toEqual(['score-missing@D7']);
  });
  it('an error in a subtotal formula is named at the subtotal', () => {
    expect(ruleCells(findingsOf({ D6: '#REF!' }))).toEqual(['score-error-value@D6']);
  });
});

describe('sums', () => {
  it('a subtotal that does not add up is an error at that cell', () => {
    const out = scoreSheet(edit(standardSheet(), { E6: 3.5 }));
    expect(ruleCells(out.findings)).toEqual(['subtotal-mismatch@E6']);
    expect(out.findings[0].data).toMatchObject({ value: 3.5, computed: 3 });
  });
  it('a wrong total is an error at the total cell', () => {
    expect(ruleCells(findingsOf({ F12: 9 }))).toEqual(['total-mismatch@F12']);
  });
  it('differences within 0.0005 are accepted (a formula result with binary noise)', () => {
    expect(findingsOf({ D12: 8.7504, D4: 5.25 + 1e-12 })).toEqual([]);
  });
  it('blank subtotals are computed, not required', () => {
    const out = scoreSheet(edit(standardSheet(), { D4: '', D6: '', D9: '', D12: '' }));
    expect(out.ok && out.result.units[0].total).toBe(8.75);
  });
  it('parent max differs from the sum of its children: error at the parent max cell', () => {
    expect(ruleCells(findingsOf({ C6: 5, C4: 7, C12: 11 }))).toEqual(['max-sum-mismatch@C6']);
  });
  it('total max differs from the sum of the components', () => {
    expect(ruleCells(findingsOf({ C12: 12 }))).toEqual(['max-total-mismatch@C12']);
  });
});

describe('codes and names', () => {
  it('duplicate criterion code', () => {
    expect(ruleCells(findingsOf({ A11: '2.1' }))).toEqual(['duplicate-code@A11']);
  });
  it('duplicate unit name', () => {
    const out = scoreSheet(edit(standardSheet(), { F3: 'Xã  An' }));
    expect(ruleCells(out.findings)).toEqual(['duplicate-unit@F3']);
    expect(out.findings[0].data).toEqual({ unit: 'Xã An', firstCell: 'D3' });
  });
  it('a child without its parent', () => {
    expect(ruleCells(findingsOf({ A10: '3.1' }))).toContain('orphan-code@A10');
  });
  it('codes with stray spaces or trailing dots are accepted', () => {
    const out = scoreSheet(edit(standardSheet(), { A5: ' 1. 1 ', A9: 'II.', A7: 'a)' }));
    expect(out.findings).toEqual([]);
    expect(out.ok && out.result.criteria.map((c) => c.code)).toEqual(['I', '1.1', '1.2', 'a', 'b', 'II', '2.1', '2.2']);
  });
  it('a code that is none of the accepted forms', () => {
    expect(ruleCells(findingsOf({ A10: '2-1' }))).toContain('invalid-code@A10');
  });
});

describe('warnings let the run go on', () => {
  it('a number stored as text, with a decimal comma or point', () => {
    const out = scoreSheet(edit(standardSheet(), { D7: '1,25', E7: '1.0' }));
    expect(ruleCells(out.findings)).toEqual(['number-as-text@D7', 'number-as-text@E7']);
    expect(out.ok && out.result.units[0].total).toBe(8.75);
  });
  it('a unit column that is entirely empty: the unit is left out', () => {
    const cells: Record<string, string> = {};
    for (let r = 4; r <= 12; r++) cells[`E${r}`] = '';
    const out = scoreSheet(edit(standardSheet(), cells));
    expect(ruleCells(out.findings)).toEqual(['unit-empty@E3']);
    expect(out.ok && out.result.units.map((u) => u.name)).toEqual(['Xã An', 'Xã Cường']);
  });
});

describe('not applicable (KPS)', () => {
  const kps = { D11: 'KPS', D9: '', D12: '' };
  it('full (default): the unit gets the criterion max', () => {
    const out = scoreSheet(edit(standardSheet(), kps));
    expect(ruleCells(out.findings)).toEqual(['not-applicable@D11']);
    expect(out.ok && out.result.units[0]).toMatchObject({ total: 8.75, max: 10, index: 87.5 });
  });
  it('exclude: the criterion leaves the unit max, the index is over the smaller max', () => {
    const out = scoreSheet(edit(standardSheet(), { ...kps, D11: 'không phát sinh' }), { notApplicable: 'exclude' });
    expect(out.ok && out.result.units[0]).toMatchObject({ total: 7.75, max: 9, index: 86.11 });
    expect(out.ok && out.result.units[0].criterionScores[7]).toBeNull();
  });
  it('on a parent row it is an error', () => {
    expect(ruleCells(findingsOf({ D6: 'N/A' }))).toEqual(['not-applicable-on-parent@D6']);
  });
  // Xã An's 2.2 (max 1, score 1) marked KPS: II's leaves are then 2.5 and KPS.
  it('a subtotal over it is right when it counts KPS as 0 (the sheet\'s =SUM) or as the max', () => {
    for (const policy of ['full', 'exclude'] as const) {
      expect(ruleCells(scoreSheet(edit(standardSheet(), { D11: 'KPS', D9: 2.5, D12: 7.75 }), { notApplicable: policy }).findings)).toEqual(['not-applicable@D11']);
      expect(ruleCells(scoreSheet(edit(standardSheet(), { D11: 'KPS', D9: 3.5, D12: 8.75 }), { notApplicable: policy }).findings)).toEqual(['not-applicable@D11']);
    }
  });
  it('a subtotal or total over it that is neither is an error at that cell, naming both sums; the KPS is listed first as its likely cause', () => {
    const sub = findingsOf({ D11: 'KPS', D9: 3 });
    expect(ruleCells(sub)).toEqual(['not-applicable@D11', 'subtotal-mismatch@D9']);
    expect(formatFinding(sub[1], 'vi')).toBe('Xã An: điểm 3 của tiêu chí II (Thể chế) khác tổng các tiêu chí con (3,5; hoặc 2,5 nếu tính tiêu chí '
      + 'không phát sinh (KPS) bằng 0), có thể do ô D11 ghi không phát sinh (KPS). Hãy kiểm tra ô D11 trước: ô tổng cần tính tiêu chí '
      + 'không phát sinh bằng 0 (như hàm SUM) hoặc bằng điểm tối đa của tiêu chí.');
    const total = scoreSheet(edit(standardSheet(), { D11: 'KPS', D9: '', D12: 8 }), { notApplicable: 'exclude' }).findings;
    expect(ruleCells(total)).toEqual(['not-applicable@D11', 'total-mismatch@D12']);
    expect(formatFinding(total[1], 'en')).toBe('Xã An: total 8 differs from the sum of the components (7.75; or 8.75 counting '
      + 'not-applicable (KPS) criteria as their max), probably because D11 is marked not applicable (KPS). Check D11 first: a sum should '
      + 'count a not-applicable criterion as 0 (as SUM does) or as its max.');
  });
});

describe('all findings are collected, never only the first', () => {
  it('reports several errors across units and rows at once, in sheet order', () => {
    expect(ruleCells(findingsOf({ F11: 2, D5: 'x', E7: -0.5 }))).toEqual([
      'score-not-number@D5', 'score-negative@E7', 'score-above-max@F11',
    ]);
  });
});

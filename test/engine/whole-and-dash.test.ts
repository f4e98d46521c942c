/**
 * A criterion scored as a whole (a score on a parent row, every cell under it blank), and
 * not-applicable written as a lone dash or "Không áp dụng"; the messages of the new rules.
 */
import { scoreSheet } from '../../src/engine';
import { RULE_SEVERITY, type Finding, type RuleData, type RuleId } from '../../src/engine/findings';
import { formatFinding } from '../../src/i18n/findings';
import { edit, grid, ruleCells } from '../helpers/grid';

/**
 * The survey component II comes as one figure per unit (3 decimals); its criteria and the
 * self-assessment column are blank for it.
 *
 *      A    B               C     D            E          F            G
 *  1   STT  Nội dung        Điểm tối đa  Xã An  ''    Xã Bình  ''
 *  2                                     Tự đánh giá  Thẩm định  Tự đánh giá  Thẩm định
 *  3   I    Chỉ đạo         5     5            4.5        4            4
 *  4   1.1  Kế hoạch        2     2            2          2            1.5
 *  5   1.2  Kiểm tra        3     3            2.5        2            2.5
 *  6   II   Điều tra XHH    10                 8.125                   7.64
 *  7   2.1  Hài lòng TTHC   4
 *  8   2.2  Hài lòng kết quả 6
 *  9        Tổng cộng       15                 12.625                  11.64
 */
const survey = () => grid([
  ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', '', 'Xã Bình', ''],
  ['', '', '', 'Tự đánh giá', 'Thẩm định', 'Tự đánh giá', 'Thẩm định'],
  ['I', 'Chỉ đạo', 5, 5, 4.5, 4, 4],
  ['1.1', 'Kế hoạch', 2, 2, 2, 2, 1.5],
  ['1.2', 'Kiểm tra', 3, 3, 2.5, 2, 2.5],
  ['II', 'Điều tra xã hội học', 10, '', 8.125, '', 7.64],
  ['2.1', 'Hài lòng về TTHC', 4, '', '', '', ''],
  ['2.2', 'Hài lòng về kết quả', 6, '', '', '', ''],
  ['', 'Tổng cộng', 15, '', 12.625, '', 11.64],
]);

describe('a criterion scored as a whole', () => {
  it('takes the parent\'s score; its blank criteria and the blank self-assessment are not missing', () => {
    const out = scoreSheet(survey());
    expect(out.findings).toEqual([]);
    if (!out.ok) throw new Error('not scored');
    const [an, binh] = out.result.units;
    expect([an.total, an.index, an.components[1].score, binh.total, binh.components[1].score]).toEqual([12.63, 84.17, 8.125, 11.64, 7.64]);
    expect(an.criterionScores).toEqual([4.5, 2, 2.5, 8.125, null, null]);
    expect(an.selfTotal).toBeUndefined();
  });
  it('a parent above its max is score-above-max, its blank criteria not missing', () => {
    const out = scoreSheet(edit(survey(), { E6: 10.5, E9: '' }));
    expect(ruleCells(out.findings)).toEqual(['score-above-max@E6']);
    expect(out.findings[0].data).toEqual({ unit: 'Xã An', code: 'II', value: 10.5, max: 10 });
  });
  it('a negative one is score-negative', () => {
    expect(ruleCells(scoreSheet(edit(survey(), { G6: -1, G9: '' })).findings)).toEqual(['score-negative@G6']);
  });
  it('with some criteria under it filled, the blank ones are missing', () => {
    // The appraised II is then no score as a whole: nor is the blank self-assessment excused.
    const out = scoreSheet(edit(survey(), { E7: 3 }));
    expect(ruleCells(out.findings, 'error')).toEqual(['score-missing@E8']);
    expect(ruleCells(out.findings, 'warning')).toEqual(['score-missing@D7', 'score-missing@D8']);
  });
  it('more than 3 decimals: rounded half-up with a warning', () => {
    const out = scoreSheet(edit(survey(), { E6: 8.1255, E9: '' }));
    expect(ruleCells(out.findings)).toEqual(['score-too-precise@E6']);
    expect(out.ok && out.result.units[0].components[1].score).toBe(8.126);
  });
  it('a self-assessment scored as a whole too, or criterion by criterion, is read; half-filled, its blanks are warnings', () => {
    const whole = scoreSheet(edit(survey(), { D6: 9, D9: 14 }));
    expect(whole.findings).toEqual([]);
    expect(whole.ok && whole.result.units[0].selfTotal).toBe(14);
    const half = scoreSheet(edit(survey(), { D7: 3 }));
    expect(ruleCells(half.findings)).toEqual(['score-missing@D8']);
    expect(half.findings[0].severity).toBe('warning');
  });
  it('a group row is never scored as a whole', () => {
    const g = grid([
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An'],
      ['A', 'ĐIỂM THẨM ĐỊNH', 3, 3],
      ['I', 'Chỉ đạo', 3, ''],
      ['1.1', 'Kế hoạch', 3, ''],
      ['B', 'ĐIỂM ĐIỀU TRA', 2, 2],
      ['II', 'Hài lòng', 2, 2],
    ]);
    expect(ruleCells(scoreSheet(g).findings)).toEqual(['score-missing@D4']);
  });
  it('a criterion of a lower level may be scored as a whole', () => {
    const g = grid([
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An'],
      ['I', 'Chỉ đạo', 4, 3.5],
      ['1.1', 'Kế hoạch', 2, 1.5],
      ['a', 'Ban hành', 1, ''],
      ['b', 'Thực hiện', 1, ''],
      ['1.2', 'Kiểm tra', 2, 2],
    ]);
    const out = scoreSheet(g);
    expect(out.findings).toEqual([]);
    expect(out.ok && out.result.units[0].criterionScores).toEqual([3.5, 1.5, null, null, 2]);
  });
});

/**
 * Dashes on leaves: Xã An's 1.1 "-", its II (a leaf component) "–", Xã Bình's II "—". The
 * subtotal D2 and the totals are what the sheet's =SUM gives (a dash counts 0).
 */
const dashes = () => grid([
  ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', 'Xã Bình'],
  ['I', 'Chỉ đạo', 4, 2, 3.5],
  ['1.1', 'Kế hoạch', 2, '-', 2],
  ['1.2', 'Kiểm tra', 2, 2, 1.5],
  ['II', 'Thể chế', 2, '\u2013', '\u2014'],
  ['', 'Tổng cộng', 6, 2, 3.5],
]);

describe('not applicable written as a dash or "Không áp dụng"', () => {
  it('under `full` the unit gets the max; sums counting the dash as 0 are accepted', () => {
    const out = scoreSheet(dashes());
    expect(ruleCells(out.findings)).toEqual(['not-applicable@D3', 'not-applicable@D5', 'not-applicable@E5']);
    expect(out.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(out.ok && out.result.units.map((u) => [u.total, u.max, u.index])).toEqual([[6, 6, 100], [5.5, 6, 91.67]]);
  });
  it('under `exclude` the criterion leaves the unit\'s max', () => {
    const out = scoreSheet(dashes(), { notApplicable: 'exclude' });
    expect(out.ok && out.result.units.map((u) => [u.total, u.max, u.index])).toEqual([[2, 2, 100], [3.5, 4, 87.5]]);
  });
  it('a subtotal that is neither sum is subtotal-mismatch, naming both; the dash is listed first, as an error, as its likely cause', () => {
    const out = scoreSheet(edit(dashes(), { D2: 3 }));
    expect(ruleCells(out.findings, 'error')).toEqual(['not-applicable@D3', 'subtotal-mismatch@D2']);
    expect(out.findings[1].data).toEqual({ unit: 'Xã An', code: 'I', value: 3, computed: 4, other: { computed: 2, kpsAs: 'zero' } });
  });
  it('"Không áp dụng" in any case, and a dash with spaces, are markers; two dashes are not', () => {
    const out = scoreSheet(edit(dashes(), { D3: 'KHÔNG ÁP DỤNG', D5: ' - ' }));
    expect(ruleCells(out.findings)).toEqual(['not-applicable@D3', 'not-applicable@D5', 'not-applicable@E5']);
    expect(ruleCells(scoreSheet(edit(dashes(), { D3: '--', D2: '', D6: '' })).findings)).toEqual(['score-not-number@D3', 'not-applicable@D5', 'not-applicable@E5']);
  });
  it('a dash on a parent row is not-applicable-on-parent', () => {
    expect(ruleCells(scoreSheet(edit(dashes(), { E2: '-', E6: '' })).findings, 'error')).toEqual(['not-applicable-on-parent@E2']);
  });
});

describe('messages of the new rules, Vietnamese first, then English', () => {
  const samples: { [R in RuleId]?: RuleData[R] } = {
    'deduction-max-positive': { code: '5.1', max: 0.5 },
    'deduction-score-positive': { unit: 'Xã An', code: '5.1', value: 0.5 },
    'deduction-below-max': { unit: 'Xã An', code: '5.1', value: -0.75, max: -0.5 },
    'stated-index-mismatch': { unit: 'Xã An', value: 82.5, computed: 81.25 },
    'stated-max-mismatch': { unit: 'Xã An', value: 10, computed: 7, policy: 'exclude' },
    'stated-rank-mismatch': { unit: 'Xã An', value: 4, computed: 2, other: 3 },
    'stated-grade-mismatch': { unit: 'Xã An', value: 'Tốt', computed: 'Khá' },
  };
  const finding = (rule: RuleId): Finding =>
    ({ rule, severity: RULE_SEVERITY[rule], sheet: 'S', row: 0, col: 0, cell: 'A1', data: samples[rule] }) as Finding;
  it.each(Object.keys(samples) as RuleId[])('%s', (rule) => {
    const vi = formatFinding(finding(rule), 'vi');
    const en = formatFinding(finding(rule), 'en');
    expect(vi).toMatch(/Hãy|hãy/);
    expect(en).not.toEqual(vi);
    expect(en.length).toBeGreaterThan(30);
  });
  it('numbers in Vietnamese with a decimal comma, and each figure named', () => {
    expect(formatFinding(finding('deduction-below-max'), 'vi')).toBe('Xã An: điểm trừ -0,75 của tiêu chí 5.1 vượt mức trừ tối đa -0,5. Hãy nhập điểm từ -0,5 đến 0.');
    expect(formatFinding(finding('stated-index-mismatch'), 'en')).toContain('82.5');
    expect(formatFinding(finding('stated-rank-mismatch'), 'vi')).toContain('(2, hoặc 3 theo cách xếp hạng còn lại)');
    expect(formatFinding({ ...finding('stated-max-mismatch'), data: { unit: 'Xã An', value: 4, computed: 6, policy: 'full' } } as Finding, 'vi'))
      .toContain('--not-applicable exclude');
  });
});

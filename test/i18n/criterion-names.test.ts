/**
 * Findings name a criterion by its full code and its name ("1.2.a (Đúng hạn)"), never by a bare
 * letter that many criteria share; long names are cut at a word with "…".
 */
import { scoreSheet } from '../../src/engine';
import { formatFinding, shortName } from '../../src/i18n/findings';
import { edit, standardSheet } from '../helpers/grid';

const first = (cells: Record<string, string | number>) => scoreSheet(edit(standardSheet(), cells)).findings[0];

describe('a criterion in a finding', () => {
  it('a lettered sub-criterion is named with its parent\'s code and its name, in both languages', () => {
    const f = first({ E7: 1.75 }); // Xã Bình, 1.2.a "Đúng hạn", max 1.5
    expect(f.criterion).toEqual({ code: '1.2.a', name: 'Đúng hạn' });
    expect(f.data).toMatchObject({ code: 'a' });
    expect(formatFinding(f, 'vi')).toBe('Xã Bình: 1,75 vượt điểm tối đa 1,5 của tiêu chí 1.2.a (Đúng hạn). Hãy nhập điểm từ 0 đến 1,5.');
    expect(formatFinding(f, 'en')).toBe('Xã Bình: 1.75 is above the max 1.5 of criterion 1.2.a (Đúng hạn). Enter a score from 0 to 1.5.');
  });

  it('a component keeps its Roman code; a criterion its numbered code', () => {
    expect(formatFinding(first({ D9: 5 }), 'vi')).toContain('của tiêu chí II (Thể chế)');
    expect(formatFinding(first({ D10: 'x' }), 'vi')).toContain('ô điểm của tiêu chí 2.1 (Ban hành văn bản) chứa "x"');
  });

  it('a letter right under a Roman component hangs under it', () => {
    const sheet = edit(standardSheet(), { A10: 'a', A11: 'b' }); // II's children lettered
    const f = scoreSheet(edit(sheet, { E11: 2 })).findings[0];
    expect(f.criterion?.code).toBe('II.b');
  });

  it('a long name is cut at a word within 60 characters, with "…"; a criterion without a name is its code', () => {
    const long = 'Tỷ lệ văn bản quy phạm pháp luật được ban hành đúng thời hạn theo kế hoạch của ủy ban nhân dân';
    const f = first({ B7: long, E7: 1.75 });
    const label = /tiêu chí (1\.2\.a \(.*\))\. Hãy/.exec(formatFinding(f, 'vi'))?.[1];
    expect(label).toBe(`1.2.a (${shortName(long)})`);
    const cut = shortName(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(61);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long[cut.length - 1]).toBe(' '); // cut before a space, not inside a word
    expect(shortName('  Đúng   hạn ')).toBe('Đúng hạn');
    expect(formatFinding(first({ B7: '', E7: 1.75 }), 'vi')).toContain('của tiêu chí 1.2.a. Hãy');
  });

  it('a duplicate code is named in full, with the duplicate row\'s name', () => {
    const out = scoreSheet(edit(standardSheet(), { A8: 'a' }));
    const dup = out.findings.find((f) => f.rule === 'duplicate-code');
    expect(dup && formatFinding(dup, 'vi')).toBe('Mã tiêu chí 1.2.a (Đủ nội dung) bị trùng với ô A7. Hãy sửa để mỗi tiêu chí có một mã riêng.');
  });

  it('the total row is named as before (it is no criterion)', () => {
    const f = first({ D12: 'KPS' });
    expect(f.criterion).toBeUndefined();
    expect(formatFinding(f, 'vi')).toContain('ô điểm của tiêu chí Tổng cộng chứa "KPS"');
  });
});

/** Old Vietnamese encodings: the decoders, how a sheet's encoding is told, and what stays as typed. */
import { decodeTcvn3, decodeVni } from '../../src/readers/legacy-tables';
import { decodeCell, decodeLegacySheet, legacyEncodingOf } from '../../src/readers/legacy-text';
import { isSyllable, vietnameseScore } from '../../src/readers/syllable';
import { edit, grid } from '../helpers/grid';

describe('TCVN3 (.VnTime)', () => {
  it('decodes the letters of a word, ư being the soft hyphen 0xAD', () => {
    expect(decodeTcvn3('§iÓm tèi ®a', false)).toBe('Điểm tối đa');
    expect(decodeTcvn3('Møc ®é hµi lßng cña ng\u00adêi d©n', false)).toBe('Mức độ hài lòng của người dân');
    expect(decodeTcvn3('Tæng céng', false)).toBe('Tổng cộng');
  });
  it('text in the capitals-only font (.VnTimeH) holds lower-case codes shown as capitals', () => {
    expect(decodeTcvn3('UBND X· MINH §øC', true)).toBe('UBND XÃ MINH ĐỨC');
    expect(decodeTcvn3('B¶NG TæNG HîP', true)).toBe('BẢNG TỔNG HỢP');
  });
  it('refuses text holding places VN3 never uses (Unicode capitals with a tone, as in "XÃ HÀ")', () => {
    expect(decodeTcvn3('XÃ HÀ', true)).toBeUndefined();
    expect(decodeTcvn3('Xã Hà', false)).toBeUndefined();
  });
});

describe('VNI (VNI-Times)', () => {
  it('decodes base letters followed by their marks', () => {
    expect(decodeVni('Ñieåm toái ña')).toBe('Điểm tối đa');
    expect(decodeVni('Teân ñôn vò')).toBe('Tên đơn vị');
    expect(decodeVni('Xaõ Phöôùc Vónh An')).toBe('Xã Phước Vĩnh An');
    expect(decodeVni('Thò traán Cuû Chi')).toBe('Thị trấn Củ Chi');
    expect(decodeVni('Caûi caùch haønh chính')).toBe('Cải cách hành chính');
  });
  it('capitals have their own mark characters', () => {
    expect(decodeVni('UÛY BAN NHAÂN DAÂN')).toBe('ỦY BAN NHÂN DÂN');
    expect(decodeVni('UBND XAÕ BÌNH MYÕ')).toBe('UBND XÃ BÌNH MỸ');
    expect(decodeVni('NAÊM')).toBe('NĂM');
  });
  it('refuses text with a mark after a consonant, where VNI has none (Unicode "Phú")', () => {
    expect(decodeVni('Hòa Phú')).toBeUndefined();
    expect(decodeVni('Xã')).toBeUndefined();
  });
});

describe('how Vietnamese a text reads', () => {
  it('knows a syllable', () => {
    for (const w of ['Điểm', 'nghĩa', 'người', 'Huyện', 'quyền', 'Khuyến', 'giá', 'Ủy', 'Tốt', 'hóa', 'hoá']) expect([w, isSyllable(w)]).toEqual([w, true]);
    for (const w of ['Néi', 'Tèt', '§iÓm', 'X·', 'UBND', 'Ñieåm']) expect([w, isSyllable(w)]).toEqual([w, false]);
  });
  it('counts well-formed words with a letter beyond ASCII, ignores ASCII words', () => {
    expect(vietnameseScore('Điểm tối đa CCHC 2021')).toBe(3);
    expect(vietnameseScore('§iÓm tèi ®a')).toBe(-3);
  });
});

describe('a sheet', () => {
  const tcvn3 = () => grid([
    ['UBND HUYÖN Tø Kú'],
    ['STT', 'Néi dung', '§iÓm tèi ®a', 'X· Hµ Kú', 'Xã Quang Phục', 'Ghi chó'],
    ['I', 'C«ng t¸c chØ ®¹o', 6, 5.5, 6, ''],
    ['', 'Tæng céng', 6, 5.5, 6, ''],
  ], 'Cham diem');

  it('in TCVN3 is told from its text and converted; a name retyped in Unicode stays as typed', () => {
    const out = decodeLegacySheet(tcvn3());
    expect(out.encoding).toBe('tcvn3');
    expect(out.grid.values).toEqual([
      ['UBND HUYỆN TỨ KỲ'],
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã Hà Kỳ', 'Xã Quang Phục', 'Ghi chú'],
      ['I', 'Công tác chỉ đạo', 6, 5.5, 6, ''],
      ['', 'Tổng cộng', 6, 5.5, 6, ''],
    ]);
  });
  it('shares the rows that did not change', () => {
    const input = edit(tcvn3(), { B3: 'Chỉ đạo' });
    const out = decodeLegacySheet(input);
    expect(out.grid.values[2]).toBe(input.values[2]);
  });
  it('in Unicode is the sheet itself, never copied', () => {
    const input = grid([['STT', 'Nội dung', 'Điểm tối đa', 'Xã Hà', 'Hòa Phú'], ['I', 'Chỉ đạo', 2, 1, 2]]);
    expect(legacyEncodingOf(input)).toBeUndefined();
    expect(decodeLegacySheet(input).grid).toBe(input);
  });
  it('in VNI is told apart from TCVN3', () => {
    const input = grid([['STT', 'Teân ñôn vò', 'I. Coâng taùc chæ ñaïo', 'Toång ñieåm'], ['', 'Ñieåm toái ña', 6, 6]]);
    expect(legacyEncodingOf(input)).toBe('vni');
    expect(decodeLegacySheet(input).grid.values[0]).toEqual(['STT', 'Tên đơn vị', 'I. Công tác chỉ đạo', 'Tổng điểm']);
  });
  it('a cell typed in Unicode with Latin-1 letters only is kept when the encoding cannot have produced it', () => {
    expect(decodeCell('tcvn3', 'XÃ HÀ')).toBe('XÃ HÀ');
    expect(decodeCell('vni', 'Hòa Phú')).toBe('Hòa Phú');
    expect(decodeCell('tcvn3', 'Ghi chó')).toBe('Ghi chú');
  });
});

/** The detection line: what the readers recognised, in words, rows counted from 1. */
import { describeLayout } from '../../src/i18n/layout';

describe('the line saying which layout was recognised', () => {
  it('units as rows with a max row, as the issue words it', () => {
    const report = { kind: 'units-as-rows', sheets: ['Tổng hợp'], headerRow: 3, maxRow: 5, units: 14, components: 8 } as const;
    expect(describeLayout(report, 'vi')).toBe('Đơn vị theo hàng · sheet Tổng hợp · dòng tiêu đề 4 · dòng điểm tối đa 6 · 14 đơn vị · 8 lĩnh vực');
    expect(describeLayout(report, 'en')).toBe('Units as rows · sheet Tổng hợp · header row 4 · max row 6 · 14 units · 8 components');
  });

  it('forms over several sheets, two header rows, text converted from TCVN3', () => {
    const report = {
      kind: 'sheet-per-unit', sheets: ['Yên Lạc', 'Kẻ Sặt', 'Tân Việt'], headerRow: 5, headerRows: 2, units: 3, components: 1, encoding: 'tcvn3',
    } as const;
    expect(describeLayout(report, 'vi')).toBe('Mỗi sheet một đơn vị · 3 sheet (Yên Lạc … Tân Việt) · dòng tiêu đề 6–7 · 3 đơn vị · 1 lĩnh vực · chữ TCVN3 đã chuyển sang Unicode');
    expect(describeLayout(report, 'en')).toBe('One sheet per unit · 3 sheets (Yên Lạc … Tân Việt) · header rows 6–7 · 3 units · 1 component · TCVN3 text converted to Unicode');
  });
});

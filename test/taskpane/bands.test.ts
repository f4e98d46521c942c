/** Grade bands as edited: every field gets its own problem; bands are given only when all are right. */
import { checkBands, parseMin } from '../../src/taskpane/bands';

const entries = (rows: [string, number][]) => rows.map(([name, min]) => ({ name, min }));
const PUBLISHED: [string, number][] = [['Xuất sắc', 90], ['Tốt', 80], ['Khá', 70], ['Trung bình', 50], ['Yếu', 0]];

describe('grade bands', () => {
  it('the published bands are right, with their English names', () => {
    const { bands, problems } = checkBands(entries(PUBLISHED));
    expect(problems.flat()).toEqual([]);
    expect(bands?.map((b) => `${b.name}/${b.nameEn}/${b.min}`)).toEqual([
      'Xuất sắc/Excellent/90', 'Tốt/Good/80', 'Khá/Fair/70', 'Trung bình/Average/50', 'Yếu/Poor/0',
    ]);
  });

  it('a renamed band keeps its Vietnamese name in English tables too; names are trimmed', () => {
    const { bands } = checkBands(entries([['  Hoàn thành xuất sắc ', 90], ['tốt', 80], ['Khá', 70], ['Trung bình', 50], ['Không hoàn thành', 0]]));
    expect(bands?.map((b) => [b.name, b.nameEn])).toEqual([
      ['Hoàn thành xuất sắc', 'Hoàn thành xuất sắc'], ['tốt', 'Good'], ['Khá', 'Fair'], ['Trung bình', 'Average'], ['Không hoàn thành', 'Không hoàn thành'],
    ]);
  });

  it('each field says what is wrong with it', () => {
    const { bands, problems } = checkBands(entries([['Xuất sắc', 90], ['', 80], ['xuất sắc', 120], ['Trung bình', 85], ['Yếu', NaN]]));
    expect(bands).toBeUndefined();
    expect(problems).toEqual([
      [],
      [{ field: 'name', code: 'empty' }],
      [{ field: 'name', code: 'duplicate', first: 0 }, { field: 'min', code: 'out-of-range' }],
      // Compared with the nearest sensible minimum above (80), not with the 120 typed by mistake.
      [{ field: 'min', code: 'not-decreasing', above: 1, aboveName: '', aboveMin: 80 }],
      [{ field: 'min', code: 'not-number' }],
    ]);
  });

  it('equal minimums are not decreasing', () => {
    expect(checkBands(entries([['A', 90], ['B', 90], ['C', 70], ['D', 50], ['E', 0]])).problems[1]).toEqual([
      { field: 'min', code: 'not-decreasing', above: 0, aboveName: 'A', aboveMin: 90 },
    ]);
  });

  it.each([
    ['82,5', 82.5], ['82.5', 82.5], [' 90 ', 90], ['0', 0], ['', NaN], ['tám mươi', NaN], ['8O', NaN], ['1e2', NaN], ['82,5,1', NaN],
  ])('minimum typed %p is %p', (text, value) => {
    expect(parseMin(text)).toBe(value);
  });
});

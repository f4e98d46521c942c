/** The layout form's pure side: a draft to the layout it states, and the sheet's rows and columns offered by what they hold. */
import {
  columnChoices, draftOf, firstRow, rowChoices, statedOf,
} from '../../src/taskpane/stated-layout';
import { grid } from '../helpers/grid';

describe('the draft and the layout it states', () => {
  it('no kind: detection, nothing stated', () => {
    expect(statedOf({ ...draftOf(undefined), headerRow: 3 })).toBeUndefined();
  });
  it('only what the kind reads; empty lists and the default score left out', () => {
    const draft = { ...draftOf(undefined), kind: 'units-as-rows' as const, headerRow: 3, maxRow: 5, maxColumn: 2, unitNameColumn: 1, unitColumns: [4] };
    expect(statedOf(draft)).toEqual({ kind: 'units-as-rows', headerRow: 3, maxRow: 5, unitNameColumn: 1 });
    expect(statedOf({ ...draftOf(undefined), kind: 'sheet-per-unit', rankedScore: 'self', sheets: ['An', 'Bình'] }))
      .toEqual({ kind: 'sheet-per-unit', rankedScore: 'self', sheets: ['An', 'Bình'] });
  });
  it('a layout stated comes back as it was, its code column kept', () => {
    const stated = { kind: 'criteria-as-rows' as const, headerRow: 34, codeColumn: 0, maxColumn: 2, unitColumns: [3, 4], rankedScore: 'self' as const };
    expect(statedOf(draftOf(stated))).toEqual(stated);
  });
});

describe('rows and columns as Excel shows them', () => {
  it('rows: the non-empty ones, at their sheet row (the used range may start lower), with their first cells', () => {
    const g = { ...grid([['UBND HUYỆN MẪU'], [], ['STT', 'Tên đơn vị', 'I. Chỉ đạo', 'II. Thể chế', 'Tổng']]), originRow: 2, originCol: 1 };
    expect(rowChoices(g)).toEqual([{ at: 2, text: 'UBND HUYỆN MẪU' }, { at: 4, text: 'STT | Tên đơn vị | I. Chỉ đạo | II. Thể chế' }]);
    expect(firstRow(g)).toBe(2);
  });
  it('columns: named by the header row, or the row under it under a merged caption; none after the last named', () => {
    const g = { ...grid([
      ['STT', 'Tên đơn vị', 'Điểm đạt được theo lĩnh vực', '', 'Ghi chú', ''],
      ['', '', 'I. Chỉ đạo', 'II. Thể chế', '', ''],
    ]), originCol: 1 };
    expect(columnChoices(g, 0)).toEqual([
      { at: 1, text: 'STT' }, { at: 2, text: 'Tên đơn vị' }, { at: 3, text: 'Điểm đạt được theo lĩnh vực' }, { at: 4, text: 'II. Thể chế' },
      { at: 5, text: 'Ghi chú' },
    ]);
  });
});

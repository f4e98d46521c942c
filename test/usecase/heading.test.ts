/**
 * The appendix heading's details (issue 15, item 3): the options' own first, the sheet's title
 * block where they are empty; what stays as dots is named, so both shells can warn.
 */
import path from 'path';
import { headingOf, scoreSelection, defaultEngine, type TitleBlock } from '../../src/usecase';
import { openXlsx } from '../../src/workbook/xlsx';

const part = <T>(value: T, cell: string) => ({ value, row: 0, col: 0, cell });
const BLOCK: TitleBlock = {
  issuingBody: part('UBND HUYỆN THANH TRÌ', 'A1'),
  year: part(2021, 'A2'),
  rankedGroup: part('UBND CÁC XÃ, THỊ TRẤN', 'A2'),
};

describe('headingOf', () => {
  test('empty options: the title block fills body, year and group; number and date stay as dots', () => {
    expect(headingOf({}, BLOCK, false)).toEqual({
      decision: { issuingBody: 'UBND HUYỆN THANH TRÌ', year: 2021, rankedGroup: 'UBND CÁC XÃ, THỊ TRẤN' },
      fromTitleBlock: ['issuingBody', 'year', 'rankedGroup'],
      missing: ['number', 'date'],
    });
  });

  test('what the user gave wins; a blank text counts as not given', () => {
    const h = headingOf({ issuingBody: 'UBND quận X', rankedGroup: '  ', number: '12/QĐ-UBND', date: '01/02/2022' }, BLOCK, false);
    expect(h.decision).toEqual({ issuingBody: 'UBND quận X', year: 2021, rankedGroup: 'UBND CÁC XÃ, THỊ TRẤN', number: '12/QĐ-UBND', date: '01/02/2022' });
    expect(h.fromTitleBlock).toEqual(['year', 'rankedGroup']);
    expect(h.missing).toEqual([]);
  });

  test('no title block: every part not given is missing', () => {
    expect(headingOf(undefined, undefined, false).missing).toEqual(['issuingBody', 'year', 'rankedGroup', 'number', 'date']);
  });

  test('several groups: each part is titled with its group, so the ranked group is neither filled nor missing', () => {
    const h = headingOf({}, BLOCK, true);
    expect(h.decision.rankedGroup).toBeUndefined();
    expect(h.fromTitleBlock).toEqual(['issuingBody', 'year']);
    expect(h.missing).toEqual(['number', 'date']);
  });
});

test('scoring the Thanh Trì sample: the title block found, and the heading of the appendix filled from it', async () => {
  const wb = await openXlsx(path.join(__dirname, '../../samples/thanh-tri-2021.xlsx'));
  const [first] = await wb.listSheets();
  const scored = scoreSelection(defaultEngine, { scope: first.name, sheets: [{ name: first.name, grid: await wb.readSheet(first.name) }] }, {});
  expect(scored.titleBlock?.issuingBody?.cell).toBe('A1');
  expect(scored.heading?.fromTitleBlock).toEqual(['issuingBody', 'year', 'rankedGroup']);
  expect(scored.heading?.missing).toEqual(['number', 'date']);
  if (!scored.outcome.ok) throw new Error('the sample scores');
  const result = scored.outcome.groups[0].outcome;
  if (!result.ok) throw new Error('the sample scores');
  expect(result.result.options.decision).toEqual({ issuingBody: 'UBND HUYỆN THANH TRÌ', year: 2021, rankedGroup: 'UBND CÁC XÃ, THỊ TRẤN' });
});

/**
 * The title block above a scoring sheet's header (issue 15, item 3): real title rows of the bundled
 * samples and of the layout fixtures (TCVN3 and VNI converted by the readers first). Expected
 * values are read off the sheets by eye (test/fixtures/layouts/*\/source.fods), not computed.
 */
import path from 'path';
import { readTitleBlock, type SheetGrid, type TitleBlock } from '../../src/engine';
import { decodeLegacySheet } from '../../src/readers';
import { openXlsx } from '../../src/workbook/xlsx';

const ROOT = path.join(__dirname, '../..');

async function titleOf(file: string, sheet?: string): Promise<TitleBlock> {
  const wb = await openXlsx(path.join(ROOT, file));
  const name = sheet ?? (await wb.listSheets())[0].name;
  return readTitleBlock(decodeLegacySheet(await wb.readSheet(name)).grid);
}

/** The values alone, and the cells they were read from. */
const values = (t: TitleBlock) => ({ issuingBody: t.issuingBody?.value, year: t.year?.value, rankedGroup: t.rankedGroup?.value });

describe('readTitleBlock on real title rows', () => {
  test('Thanh Trì 2021: body, year and the group after "CỦA"', async () => {
    const t = await titleOf('samples/thanh-tri-2021.xlsx');
    expect(values(t)).toEqual({ issuingBody: 'UBND HUYỆN THANH TRÌ', year: 2021, rankedGroup: 'UBND CÁC XÃ, THỊ TRẤN' });
    expect([t.issuingBody?.cell, t.year?.cell, t.rankedGroup?.cell]).toEqual(['A1', 'A2', 'A2']);
  });

  test('Đầm Hà 2018: no ranked group in its title', async () => {
    expect(values(await titleOf('samples/dam-ha-2018-tham-dinh.xlsx'))).toEqual({ issuingBody: 'UBND HUYỆN ĐẦM HÀ', year: 2018, rankedGroup: undefined });
  });

  test('TCVN3 and VNI titles, converted first', async () => {
    expect(values(await titleOf('test/fixtures/layouts/tcvn3/input.xlsx'))).toEqual({ issuingBody: 'UBND HUYỆN TỨ KỲ', year: 2021, rankedGroup: undefined });
    expect(values(await titleOf('test/fixtures/layouts/vni/input.xlsx'))).toEqual({ issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN CỦ CHI', year: 2019, rankedGroup: undefined });
  });

  test('the group from "các" after the index\'s name, the year after it left out; a council line is not the title', async () => {
    const t = await titleOf('test/fixtures/layouts/units-as-rows-max-row/input.xlsx');
    expect(values(t)).toEqual({ issuingBody: 'UBND HUYỆN NINH GIANG', year: 2023, rankedGroup: 'CÁC XÃ, THỊ TRẤN' });
    expect(t.title?.cell).toBe('A3');
    expect(values(await titleOf('test/fixtures/layouts/two-groups-two-sheets/input.xlsx', 'Khối xã')))
      .toEqual({ issuingBody: 'UBND HUYỆN MÊ LINH', year: 2023, rankedGroup: 'UBND CÁC XÃ' });
    expect(values(await titleOf('test/fixtures/layouts/units-as-rows-two-header-rows/input.xlsx')))
      .toEqual({ issuingBody: 'UBND THÀNH PHỐ HẢI DƯƠNG', year: 2022, rankedGroup: 'CÁC PHƯỜNG, XÃ' });
  });

  test('a form under the national motto: no issuing body, the year', async () => {
    expect(values(await titleOf('test/fixtures/layouts/sheet-per-unit-sheet-name/input.xlsx')))
      .toEqual({ issuingBody: undefined, year: 2023, rankedGroup: undefined });
  });
});

describe('readTitleBlock on small grids', () => {
  const grid = (values: SheetGrid['values'], originRow = 0): SheetGrid => ({ sheetName: 'S', values, originRow });

  test('nothing above the header: nothing found', () => {
    expect(readTitleBlock(grid([['STT', 'Nội dung', 'Điểm tối đa', 'Xã A'], [1, 'Lĩnh vực', 10, 8]]))).toEqual({});
  });

  test('rows under the header are not read, even with a title-like text', () => {
    const g = grid([['STT', 'Nội dung'], ['UBND HUYỆN X', 'KẾT QUẢ CHỈ SỐ CCHC NĂM 2020 CỦA CÁC XÃ']]);
    expect(readTitleBlock(g)).toEqual({});
  });

  test('sheet coordinates, a given header row, the year from another line', () => {
    const g = grid([['Ủy ban nhân dân quận Y'], ['', 'Bảng điểm chỉ số CCHC của các phường'], ['', 'Năm 2024'], ['STT']], 4);
    const t = readTitleBlock(g, 7);
    expect(t.issuingBody).toEqual({ value: 'Ủy ban nhân dân quận Y', row: 4, col: 0, cell: 'A5' });
    expect(t.rankedGroup).toEqual({ value: 'các phường', row: 5, col: 1, cell: 'B6' });
    expect(t.year).toEqual({ value: 2024, row: 6, col: 1, cell: 'B7' });
    // A header row given above the block: nothing read.
    expect(readTitleBlock(g, 4)).toEqual({});
  });

  test('a year outside 1990–2100 is no year', () => {
    expect(readTitleBlock(grid([['KẾT QUẢ CHỈ SỐ CCHC NĂM 1890'], ['STT']])).year).toBeUndefined();
  });
});

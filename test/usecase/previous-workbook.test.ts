/**
 * Last year's result from another workbook (the command line's --previous): a ranking table, ours
 * first; else its scoring sheet scored with the options given; every sheet read once.
 */
import { defaultEngine, readPreviousWorkbook } from '../../src/usecase';
import { edit, grid, standardSheet } from '../helpers/grid';
import { lastYearRanking, notesSheet } from './fixtures';
import { MemoryWorkbook } from './memory-workbook';

/** Our own "Xếp hạng chung" of last year, as a run of the product wrote it (trimmed). */
const ourRanking = () => grid([
  ['STT', 'Đơn vị', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại'],
  [1, 'Xã Bình', 10, 9.5, 95, 1, 'Xuất sắc'],
  [2, 'Xã An', 10, 8, 80, 2, 'Tốt'],
]);

describe('last year’s workbook', () => {
  it('our own ranking sheet first, though the user’s table comes earlier in the tabs', async () => {
    const port = new MemoryWorkbook([
      { name: 'Năm 2020', grid: lastYearRanking() },
      { name: 'Xếp hạng chung', grid: ourRanking(), ownedKey: 'overall' },
    ]);
    expect(await readPreviousWorkbook(port, defaultEngine, {})).toEqual({
      sheet: 'Xếp hạng chung',
      units: [{ name: 'Xã Bình', rank: 1, index: 95, group: null }, { name: 'Xã An', rank: 2, index: 80, group: null }],
      from: 'ranking-table',
    });
    expect(port.reads).toEqual(['Xếp hạng chung']);
  });

  it('every group’s table of ours, each unit once', async () => {
    const phong = grid([
      ['STT', 'Đơn vị', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại'],
      [1, 'Phòng Nội vụ', 10, 9, 90, 1, 'Xuất sắc'],
      [2, 'Xã An', 10, 7, 70, 2, 'Khá'],
    ]);
    const port = new MemoryWorkbook([
      { name: 'Xếp hạng chung (I)', grid: ourRanking(), ownedKey: 'overall' },
      { name: 'Ghi chú', grid: notesSheet() },
      { name: 'Xếp hạng chung (II)', grid: phong, ownedKey: 'overall-2' },
    ]);
    expect(await readPreviousWorkbook(port, defaultEngine, {})).toEqual({
      sheet: 'Xếp hạng chung (I)',
      units: [
        { name: 'Xã Bình', rank: 1, index: 95, group: null }, { name: 'Xã An', rank: 2, index: 80, group: null },
        { name: 'Phòng Nội vụ', rank: 1, index: 90, group: null },
      ],
      from: 'ranking-table',
    });
    expect(port.batches).toEqual([['Xếp hạng chung (I)', 'Xếp hạng chung (II)']]);
  });

  it('else a table of the user’s, anywhere', async () => {
    const port = new MemoryWorkbook([{ name: 'Ghi chú', grid: notesSheet() }, { name: 'Năm 2020', grid: lastYearRanking() }]);
    const load = await readPreviousWorkbook(port, defaultEngine, {});
    expect([load, port.reads]).toEqual([
      {
        sheet: 'Năm 2020',
        units: [
          { name: 'Xã An', rank: 1, index: 90, group: null },
          { name: 'Xã Cường', rank: 2, index: 82.5, group: null },
          { name: 'Xã Dương', rank: 3, index: 70, group: null },
        ],
        from: 'ranking-table',
      },
      ['Ghi chú', 'Năm 2020'],
    ]);
  });

  it('else its scoring sheet, scored with the options given; each sheet read once', async () => {
    // Xã An and Xã Bình tie at 8.5: competition ranks them 2 and 2, Xã Cường 1.
    const tie = edit(standardSheet(), { D5: 1.5, D6: 3, D7: 1, D8: 2, D9: 4, D10: 3, D11: 1, D12: 8.5, D4: 4.5 });
    const port = new MemoryWorkbook([{ name: 'Ghi chú', grid: notesSheet() }, { name: 'Năm 2020', grid: tie }]);
    expect(await readPreviousWorkbook(port, defaultEngine, { ranking: 'competition' })).toEqual({
      sheet: 'Năm 2020',
      units: [
        { name: 'Xã An', rank: 2, index: 85, group: null },
        { name: 'Xã Bình', rank: 2, index: 85, group: null },
        { name: 'Xã Cường', rank: 1, index: 95, group: null },
      ],
      from: 'scoring-sheet',
    });
    expect(port.reads).toEqual(['Ghi chú', 'Năm 2020']);
  });

  it('a scoring sheet with errors: how many, and where', async () => {
    const port = new MemoryWorkbook([{ name: 'Năm 2020', grid: edit(standardSheet(), { E10: 3.5, F5: 'hai' }) }]);
    expect(await readPreviousWorkbook(port, defaultEngine, {})).toEqual({ problem: 'not-scorable', sheet: 'Năm 2020', errors: 2 });
  });

  it('no sheet at all', async () => {
    expect(await readPreviousWorkbook(new MemoryWorkbook([]), defaultEngine, {})).toEqual({ problem: 'no-sheets' });
  });
});

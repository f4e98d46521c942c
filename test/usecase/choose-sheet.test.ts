/**
 * Which sheet is scored, with each shell's rules: the pane (kept, active, saved, first complete,
 * header only; hidden sheets never) and a file on the command line (named, first complete, header
 * only, first sheet; hidden sheets too). Never a result sheet of ours, never last year's ranking
 * table; every sheet read once.
 */
import type { SheetGrid } from '../../src/engine/grid';
import {
  chooseSheet, defaultEngine, FILE_SHEET_CHOICE, NamedSheetNotFoundError, PANE_SHEET_CHOICE, WHOLE_WORKBOOK,
} from '../../src/usecase';
import { WorkbookError } from '../../src/workbook/port';
import { grid, standardSheet } from '../helpers/grid';
import { headerOnlySheet, lastYearRanking, notesSheet } from './fixtures';
import { MemoryWorkbook } from './memory-workbook';

type Sheet = { name: string; grid: SheetGrid; visible?: boolean; ownedKey?: string };

const scoring = (name: string): Sheet => ({ name, grid: standardSheet() });
const notes = (name = 'Ghi chú'): Sheet => ({ name, grid: notesSheet(name) });
const headerOnly = (name = 'Bảng dở dang'): Sheet => ({ name, grid: headerOnlySheet(name) });
const ranking = (name = 'Năm 2020'): Sheet => ({ name, grid: lastYearRanking(name) });
const hidden = (sheet: Sheet): Sheet => ({ ...sheet, visible: false });
const ours = (sheet: Sheet): Sheet => ({ ...sheet, ownedKey: 'overall' });

/** The lists without `kinds` (checked on their own below). */
function withoutKinds<C extends { kinds: unknown }>(choice: C): Omit<C, 'kinds'> {
  const { kinds: _kinds, ...rest } = choice;
  return rest;
}

async function inPane(sheets: Sheet[], active: string, prefs: { current?: string; saved?: string } = {}) {
  const chosen = await chooseSheet(new MemoryWorkbook(sheets, active), defaultEngine, { ...PANE_SHEET_CHOICE, ...prefs });
  return { selected: chosen.selected?.scope, ...withoutKinds(chosen.choice) };
}

async function inFile(sheets: Sheet[], named?: string) {
  const workbook = new MemoryWorkbook(sheets);
  const chosen = await chooseSheet(workbook, defaultEngine, { ...FILE_SHEET_CHOICE, named: named === undefined ? undefined : [named] });
  return { selected: chosen.selected?.scope, reads: workbook.reads, ...withoutKinds(chosen.choice) };
}

describe('in the pane, the sheet selected', () => {
  it('is the active sheet when it has a complete layout, even if another comes first', async () => {
    const c = await inPane([scoring('Khối xã'), scoring('Khối phòng')], 'Khối phòng', { saved: 'Khối xã' });
    expect([c.selected, c.hint]).toEqual(['Khối phòng', 'active']);
  });

  it('is the sheet saved last time when the active one is not a scoring sheet', async () => {
    const c = await inPane([notes(), scoring('Khối xã'), scoring('Khối phòng')], 'Ghi chú', { saved: 'Khối phòng' });
    expect([c.selected, c.hint]).toEqual(['Khối phòng', 'saved']);
  });

  it('is the saved sheet even when it has become broken, so its findings are shown', async () => {
    const c = await inPane([notes(), scoring('Khối xã'), headerOnly('Khối phòng')], 'Ghi chú', { saved: 'Khối phòng' });
    expect([c.selected, c.hint]).toEqual(['Khối phòng', 'saved']);
  });

  it('is not a saved sheet that no longer has even the header', async () => {
    const c = await inPane([notes('Cũ'), scoring('Chấm điểm')], 'Cũ', { saved: 'Cũ' });
    expect([c.selected, c.hint]).toEqual(['Chấm điểm', 'workbook']);
  });

  it('is the first complete sheet, not an earlier one with a header only, nor the active header-only one', async () => {
    const c = await inPane([headerOnly('Hướng dẫn'), scoring('Chấm điểm'), scoring('Chấm điểm (2)')], 'Hướng dẫn');
    expect([c.selected, c.hint]).toEqual(['Chấm điểm', 'workbook']);
  });

  it('is the first sheet with a header only when no sheet is complete', async () => {
    const c = await inPane([notes(), headerOnly('Bảng 1'), headerOnly('Bảng 2')], 'Ghi chú');
    expect([c.selected, c.hint]).toEqual(['Bảng 1', 'header-only']);
  });

  it('is nothing when no sheet has even a header', async () => {
    const c = await inPane([notes('A'), notes('B')], 'A');
    expect([c.selected, c.hint, c.others]).toEqual([undefined, 'none', ['A', 'B']]);
  });

  it('is the sheet already selected when the list is reloaded, though another is active', async () => {
    const c = await inPane([scoring('Khối xã'), scoring('Khối phòng')], 'Khối xã', { current: 'Khối phòng' });
    expect([c.selected, c.hint]).toEqual(['Khối phòng', 'kept']);
  });

  it('is never last year’s ranking table, even when it is active', async () => {
    const c = await inPane([ranking(), scoring('Chấm điểm')], 'Năm 2020');
    expect([c.selected, c.hint, c.scoring, c.others]).toEqual(['Chấm điểm', 'workbook', ['Chấm điểm'], ['Năm 2020']]);
  });
});

describe('in the pane, the sheets offered', () => {
  it('complete layouts first, then header only, then the rest, each in tab order; the ranking tables apart', async () => {
    const c = await inPane([notes('Bìa'), headerOnly('Mẫu trống'), scoring('Khối xã'), ranking(), scoring('Khối phòng')], 'Bìa');
    expect(c).toEqual({
      selected: 'Khối xã',
      scoring: ['Khối xã', 'Khối phòng'],
      incomplete: ['Mẫu trống'],
      others: ['Bìa', 'Năm 2020'],
      rankingTables: ['Năm 2020'],
      hint: 'workbook',
    });
  });

  it('never hidden sheets nor the result sheets the product wrote (ranking tables though they hold)', async () => {
    const c = await inPane(
      [scoring('Chấm điểm'), hidden(scoring('Ẩn')), hidden(ranking('Năm 2019')), ours(ranking('Xếp hạng chung'))],
      'Chấm điểm',
    );
    expect([c.scoring, c.incomplete, c.others, c.rankingTables]).toEqual([['Chấm điểm'], [], [], []]);
  });

  it('no sheet to offer: nothing selected, and the active sheet not even asked', async () => {
    const workbook = new MemoryWorkbook([ours(ranking('Xếp hạng chung'))]);
    workbook.failNext('activeSheetName', new Error('must not be asked'));
    const chosen = await chooseSheet(workbook, defaultEngine, PANE_SHEET_CHOICE);
    expect(chosen).toEqual({ choice: { scoring: [], kinds: {}, incomplete: [], others: [], rankingTables: [], hint: 'none' } });
  });
});

describe('in a file, the sheet scored', () => {
  it('is the sheet named, ignoring case; only it is read', async () => {
    const sheets = [scoring('Khối xã'), notes(), scoring('Khối phòng')];
    expect(await inFile(sheets, 'Khối phòng')).toEqual({
      selected: 'Khối phòng', reads: ['Khối phòng'], scoring: [], incomplete: [], others: [], rankingTables: [], hint: 'named',
    });
    expect((await inFile(sheets, 'KHỐI XÃ')).selected).toBe('Khối xã');
  });

  it('is the sheet named even when hidden or ours', async () => {
    expect((await inFile([scoring('A'), hidden(scoring('Ẩn'))], 'Ẩn')).selected).toBe('Ẩn');
    expect((await inFile([scoring('A'), ours(ranking('Xếp hạng chung'))], 'Xếp hạng chung')).selected).toBe('Xếp hạng chung');
  });

  it('a name that is no sheet: a typed failure listing the sheets there are', async () => {
    const failure = await inFile([scoring('Khối xã'), notes()], 'Không có').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NamedSheetNotFoundError);
    expect(failure).toBeInstanceOf(WorkbookError);
    expect(failure).toMatchObject({ code: 'sheet-not-found', requested: 'Không có', sheets: ['Khối xã', 'Ghi chú'] });
  });

  it('is the first complete sheet, hidden or not; every sheet read once; the others complete listed', async () => {
    const c = await inFile([headerOnly('Hướng dẫn'), hidden(scoring('Năm 2021')), scoring('Năm 2022'), notes()]);
    expect(c).toEqual({
      selected: 'Năm 2021',
      reads: ['Hướng dẫn', 'Năm 2021', 'Năm 2022', 'Ghi chú'],
      scoring: ['Năm 2021', 'Năm 2022'],
      incomplete: ['Hướng dẫn'],
      others: ['Ghi chú'],
      rankingTables: [],
      hint: 'workbook',
    });
  });

  it('is never last year’s ranking table copied in before the scoring sheet', async () => {
    const c = await inFile([ranking(), scoring('Chấm điểm')]);
    expect([c.selected, c.hint, c.scoring, c.others]).toEqual(['Chấm điểm', 'workbook', ['Chấm điểm'], ['Năm 2020']]);
  });

  it('is the first sheet with a header only when none is complete', async () => {
    const c = await inFile([notes(), headerOnly('Bảng 1'), headerOnly('Bảng 2')]);
    expect([c.selected, c.hint]).toEqual(['Bảng 1', 'header-only']);
  });

  it('is the first sheet when none has a header (its findings will say so), read once', async () => {
    const c = await inFile([ours(ranking('Xếp hạng chung')), notes('A'), notes('B')]);
    expect([c.selected, c.hint, c.reads]).toEqual(['A', 'first-sheet', ['A', 'B']]);
  });

  it('is the first sheet, ours, when every sheet is ours', async () => {
    const c = await inFile([ours(ranking('Xếp hạng chung')), ours(notes('Thống kê'))]);
    expect([c.selected, c.hint, c.reads]).toEqual(['Xếp hạng chung', 'first-sheet', ['Xếp hạng chung']]);
  });

  it('is nothing in a workbook without sheets', async () => {
    const c = await inFile([]);
    expect([c.selected, c.hint, c.reads]).toEqual([undefined, 'none', []]);
  });
});

describe('the whole workbook as the scope', () => {
  const withUnits = (name: string, units: string[]): Sheet => {
    const values = standardSheet().values.map((row) => [...row]);
    values[2] = ['STT', 'Nội dung', 'Điểm tối đa', ...units, 'Ghi chú'];
    return { name, grid: grid(values, name) };
  };
  const xa = () => withUnits('Khối xã', ['Xã An', 'Xã Bình', 'Xã Cường']);
  const phong = () => withUnits('Khối phòng', ['Phòng Nội vụ', 'Phòng Tư pháp', 'Phòng Y tế']);
  const summary = (name: string): Sheet => ({ name, grid: grid([
    ['STT', 'Tên đơn vị', 'I. Chỉ đạo', 'II. Thể chế', 'Tổng điểm'],
    ['', 'Điểm tối đa', 6, 4, 10],
    [1, 'Xã Yên', 5, 3, 8],
    [2, 'Xã Lạc', 4.5, 4, 8.5],
  ], name) });

  it('is what a file scores when its sheets are two ranking groups: both sheets, read in one request', async () => {
    const workbook = new MemoryWorkbook([notes(), phong(), xa()]);
    const chosen = await chooseSheet(workbook, defaultEngine, FILE_SHEET_CHOICE);
    expect(chosen.selected?.scope).toBe(WHOLE_WORKBOOK);
    expect(chosen.selected?.sheets.map((s) => s.name)).toEqual(['Khối phòng', 'Khối xã']);
    expect(chosen.choice.hint).toBe('workbook');
    expect(workbook.batches).toEqual([['Ghi chú', 'Khối phòng', 'Khối xã']]);
  });

  it('is what the pane selects when the reviewer is on one of the groups, not on another year’s copy', async () => {
    const sheets = [phong(), xa(), { ...xa(), name: 'Khối xã 2022' }];
    expect((await inPane(sheets, 'Khối xã')).selected).toBe(WHOLE_WORKBOOK);
    expect((await inPane(sheets, 'Khối xã 2022')).selected).toBe('Khối xã 2022');
    expect((await inPane(sheets, 'Khối phòng', { current: WHOLE_WORKBOOK })).hint).toBe('kept');
  });

  it('lists the reader of each scoring sheet', async () => {
    const c = await chooseSheet(new MemoryWorkbook([summary('Tổng hợp'), xa()]), defaultEngine, PANE_SHEET_CHOICE);
    expect(c.choice.kinds).toEqual({ 'Tổng hợp': 'units-as-rows', 'Khối xã': 'criteria-as-rows' });
  });

  it('a saved whole-workbook scope comes back while the workbook still reads as several groups', async () => {
    const c = await inPane([notes(), phong(), xa()], 'Ghi chú', { saved: WHOLE_WORKBOOK });
    expect([c.selected, c.hint]).toEqual([WHOLE_WORKBOOK, 'saved']);
    const one = await inPane([notes(), xa()], 'Ghi chú', { saved: WHOLE_WORKBOOK });
    expect([one.selected, one.hint]).toEqual(['Khối xã', 'saved']);
  });

  it('several sheets named: they alone, read together, in the order named', async () => {
    const workbook = new MemoryWorkbook([notes(), phong(), xa()]);
    const chosen = await chooseSheet(workbook, defaultEngine, { ...FILE_SHEET_CHOICE, named: ['khối xã', 'Khối phòng'] });
    expect([chosen.selected?.scope, chosen.selected?.sheets.map((s) => s.name)]).toEqual([WHOLE_WORKBOOK, ['Khối xã', 'Khối phòng']]);
    expect(workbook.batches).toEqual([['Khối xã', 'Khối phòng']]);
  });
});

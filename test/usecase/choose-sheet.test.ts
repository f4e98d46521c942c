/**
 * Which sheet is scored, with each shell's rules: the pane (kept, active, saved, first complete,
 * header only; hidden sheets never) and a file on the command line (named, first complete, header
 * only, first sheet; hidden sheets too). Never a result sheet of ours, never last year's ranking
 * table; every sheet read once.
 */
import type { SheetGrid } from '../../src/engine/grid';
import {
  chooseSheet, defaultEngine, FILE_SHEET_CHOICE, NamedSheetNotFoundError, PANE_SHEET_CHOICE,
} from '../../src/usecase';
import { WorkbookError } from '../../src/workbook/port';
import { standardSheet } from '../helpers/grid';
import { headerOnlySheet, lastYearRanking, notesSheet } from './fixtures';
import { MemoryWorkbook } from './memory-workbook';

type Sheet = { name: string; grid: SheetGrid; visible?: boolean; ownedKey?: string };

const scoring = (name: string): Sheet => ({ name, grid: standardSheet() });
const notes = (name = 'Ghi chú'): Sheet => ({ name, grid: notesSheet(name) });
const headerOnly = (name = 'Bảng dở dang'): Sheet => ({ name, grid: headerOnlySheet(name) });
const ranking = (name = 'Năm 2020'): Sheet => ({ name, grid: lastYearRanking(name) });
const hidden = (sheet: Sheet): Sheet => ({ ...sheet, visible: false });
const ours = (sheet: Sheet): Sheet => ({ ...sheet, ownedKey: 'overall' });

async function inPane(sheets: Sheet[], active: string, prefs: { current?: string; saved?: string } = {}) {
  const chosen = await chooseSheet(new MemoryWorkbook(sheets, active), defaultEngine, { ...PANE_SHEET_CHOICE, ...prefs });
  return { selected: chosen.selected?.name, ...chosen.choice };
}

async function inFile(sheets: Sheet[], named?: string) {
  const workbook = new MemoryWorkbook(sheets);
  const chosen = await chooseSheet(workbook, defaultEngine, { ...FILE_SHEET_CHOICE, named });
  return { selected: chosen.selected?.name, reads: workbook.reads, ...chosen.choice };
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
    expect([c.selected, c.hint]).toEqual(['Chấm điểm', 'first-complete']);
  });

  it('is the first complete sheet, not an earlier one with a header only, nor the active header-only one', async () => {
    const c = await inPane([headerOnly('Hướng dẫn'), scoring('Chấm điểm'), scoring('Chấm điểm (2)')], 'Hướng dẫn');
    expect([c.selected, c.hint]).toEqual(['Chấm điểm', 'first-complete']);
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
    expect([c.selected, c.hint, c.scoring, c.others]).toEqual(['Chấm điểm', 'first-complete', ['Chấm điểm'], ['Năm 2020']]);
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
      hint: 'first-complete',
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
    expect(chosen).toEqual({ choice: { scoring: [], incomplete: [], others: [], rankingTables: [], hint: 'none' } });
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
      hint: 'first-complete',
    });
  });

  it('is never last year’s ranking table copied in before the scoring sheet', async () => {
    const c = await inFile([ranking(), scoring('Chấm điểm')]);
    expect([c.selected, c.hint, c.scoring, c.others]).toEqual(['Chấm điểm', 'first-complete', ['Chấm điểm'], ['Năm 2020']]);
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

/**
 * Which sheet the pane scores: the active sheet with a complete layout, else the one saved last
 * time, else the first complete one, else the first with a header only; never a hidden sheet or
 * a result sheet of ours; last year's ranking table is never taken for a scoring sheet.
 */
import type { SheetGrid } from '../../src/engine/grid';
import { defaultEngine } from '../../src/taskpane/engine';
import { chooseSheet, type SheetPreferences } from '../../src/taskpane/sheets';
import { standardSheet } from '../helpers/grid';
import { headerOnlySheet, lastYearRanking, notesSheet } from './fixtures';
import { MemoryWorkbook } from './memory-workbook';

type Sheet = { name: string; grid: SheetGrid; visible?: boolean };

const scoring = (name: string): Sheet => ({ name, grid: standardSheet() });
const notes = (name = 'Ghi chú'): Sheet => ({ name, grid: notesSheet(name) });
const headerOnly = (name = 'Bảng dở dang'): Sheet => ({ name, grid: headerOnlySheet(name) });
const ranking = (name = 'Năm 2020'): Sheet => ({ name, grid: lastYearRanking(name) });

async function choose(sheets: Sheet[], active: string, prefs: SheetPreferences = {}) {
  const workbook = new MemoryWorkbook(sheets, active);
  const chosen = await chooseSheet(workbook, defaultEngine, prefs);
  return { selected: chosen.selected?.name, ...chosen.choice };
}

describe('the sheet selected', () => {
  it('is the active sheet when it has a complete layout, even if another comes first', async () => {
    const c = await choose([scoring('Khối xã'), scoring('Khối phòng')], 'Khối phòng', { saved: 'Khối xã' });
    expect([c.selected, c.hint]).toEqual(['Khối phòng', 'active']);
  });

  it('is the sheet saved last time when the active one is not a scoring sheet', async () => {
    const c = await choose([notes(), scoring('Khối xã'), scoring('Khối phòng')], 'Ghi chú', { saved: 'Khối phòng' });
    expect([c.selected, c.hint]).toEqual(['Khối phòng', 'saved']);
  });

  it('is the saved sheet even when it has become broken, so its findings are shown', async () => {
    const c = await choose([notes(), scoring('Khối xã'), headerOnly('Khối phòng')], 'Ghi chú', { saved: 'Khối phòng' });
    expect([c.selected, c.hint]).toEqual(['Khối phòng', 'saved']);
  });

  it('is not a saved sheet that no longer has even the header', async () => {
    const c = await choose([notes('Cũ'), scoring('Chấm điểm')], 'Cũ', { saved: 'Cũ' });
    expect([c.selected, c.hint]).toEqual(['Chấm điểm', 'first-complete']);
  });

  it('is the first complete sheet, not an earlier one with a header only, nor the active header-only one', async () => {
    const c = await choose([headerOnly('Hướng dẫn'), scoring('Chấm điểm'), scoring('Chấm điểm (2)')], 'Hướng dẫn');
    expect([c.selected, c.hint]).toEqual(['Chấm điểm', 'first-complete']);
  });

  it('is the first sheet with a header only when no sheet is complete', async () => {
    const c = await choose([notes(), headerOnly('Bảng 1'), headerOnly('Bảng 2')], 'Ghi chú');
    expect([c.selected, c.hint]).toEqual(['Bảng 1', 'header-only']);
  });

  it('is nothing when no sheet has even a header', async () => {
    const c = await choose([notes('A'), notes('B')], 'A');
    expect([c.selected, c.hint]).toEqual([undefined, 'none']);
    expect(c.others).toEqual(['A', 'B']);
  });

  it('is the sheet already selected when the list is reloaded, though another is active', async () => {
    const c = await choose([scoring('Khối xã'), scoring('Khối phòng')], 'Khối xã', { current: 'Khối phòng' });
    expect([c.selected, c.hint]).toEqual(['Khối phòng', 'kept']);
  });

  it('is never last year’s ranking table, even when it is active', async () => {
    const c = await choose([ranking(), scoring('Chấm điểm')], 'Năm 2020');
    expect([c.selected, c.hint]).toEqual(['Chấm điểm', 'first-complete']);
    expect(c.scoring).toEqual(['Chấm điểm']);
    expect(c.others).toEqual(['Năm 2020']);
  });
});

describe('the sheets offered', () => {
  it('complete layouts first, then header only, then the rest, each in tab order', async () => {
    const c = await choose(
      [notes('Bìa'), headerOnly('Mẫu trống'), scoring('Khối xã'), ranking(), scoring('Khối phòng')],
      'Bìa',
    );
    expect(c.scoring).toEqual(['Khối xã', 'Khối phòng']);
    expect(c.incomplete).toEqual(['Mẫu trống']);
    expect(c.others).toEqual(['Bìa', 'Năm 2020']);
    expect(c.rankingTables).toEqual(['Năm 2020']);
  });

  it('never hidden sheets nor the result sheets the product wrote', async () => {
    const workbook = new MemoryWorkbook([scoring('Chấm điểm'), { ...scoring('Ẩn'), visible: false }, { ...ranking('Năm 2019'), visible: false }]);
    const first = await chooseSheet(workbook, defaultEngine);
    const outcome = defaultEngine.scoreSheet(first.selected!.grid);
    if (!outcome.ok) throw new Error('the standard sheet scores');
    await workbook.applyPlan(defaultEngine.buildWritePlan(outcome.result));
    expect(workbook.sheets.length).toBeGreaterThan(3);

    const again = await chooseSheet(workbook, defaultEngine, { current: 'Chấm điểm' });
    const offered = [...again.choice.scoring, ...again.choice.incomplete, ...again.choice.others];
    expect(offered).toEqual(['Chấm điểm']);
    // Our own "Xếp hạng chung" holds a ranking table, but it is this year's: not last year's result.
    expect(again.choice.rankingTables).toEqual([]);
  });
});

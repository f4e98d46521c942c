/**
 * The run both shells make: score, and when the sheet scores, plan and apply through the port,
 * reporting each step with the fraction done; a sheet with errors writes nothing.
 */
import type { ScoreOptions } from '../../src/engine/types';
import { defaultEngine, type RunHooks, scoreAndWrite, type Scored, WHOLE_WORKBOOK } from '../../src/usecase';
import { WorkbookError } from '../../src/workbook/port';
import { edit, grid, standardSheet } from '../helpers/grid';
import { lastYearRanking } from './fixtures';
import { MemoryWorkbook } from './memory-workbook';

const SHEET = 'Chấm điểm';

/** The run over a workbook, with every hook call written down in order. */
async function recorded(port: MemoryWorkbook, request: { grid?: boolean; previousSheet?: string; options?: Partial<ScoreOptions> } = {}) {
  const calls: string[] = [];
  const scored: Scored[] = [];
  const hooks: RunHooks = {
    onStep: (step, fraction) => { calls.push(`step ${step} ${fraction}`); },
    onApplyProgress: (step, fraction) => { calls.push(`apply ${step} ${fraction.toFixed(2)}`); },
    onScored: (s) => {
      scored.push(s);
      calls.push(`scored (applied ${port.applied.length})`);
    },
  };
  const sheets = request.grid ? [{ name: SHEET, grid: port.sheets[0].grid }] : undefined;
  const run = await scoreAndWrite(port, defaultEngine, { scope: SHEET, sheets, previousSheet: request.previousSheet, options: request.options ?? {} }, hooks);
  return { run, calls, scored };
}

describe('a sheet that scores', () => {
  it('read, scored (nothing written yet), planned, applied, done; the port’s progress fills the last part', async () => {
    const port = new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }]);
    const { run, calls } = await recorded(port);
    expect(calls).toEqual([
      'step read 0.02', 'step score 0.1', 'scored (applied 0)', 'step write 0.2',
      'apply write 0.40', 'apply write 0.60', 'apply write 0.80', 'apply write 1.00', 'step done 1',
    ]);
    expect(port.applied).toHaveLength(1);
    expect(run.written && run.report.sheets.map((s) => s.name)).toEqual(['Xếp hạng chung', 'Xếp hạng lĩnh vực', 'Thống kê', 'Kết quả từng đơn vị']);
    expect(run.written && run.plan).toBe(port.applied[0]);
    expect(run.written && run.results[0].result.units.map((u) => [u.name, u.rank])).toEqual([['Xã An', 2], ['Xã Bình', 3], ['Xã Cường', 1]]);
  });

  it('a grid already read is not read again', async () => {
    const port = new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }]);
    const { calls } = await recorded(port, { grid: true });
    expect(port.reads).toEqual([]);
    expect(calls.slice(0, 2)).toEqual(['step score 0.1', 'scored (applied 0)']);
  });

  it('the options reach the engine, last year’s result given in them included', async () => {
    const port = new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }]);
    const previous = [{ name: 'Xã An', rank: 1, index: 90 }];
    const { run, scored } = await recorded(port, { options: { lang: 'en', previous } });
    expect(scored[0].previous).toEqual([{ name: 'Xã An', rank: 1, index: 90 }]);
    expect(run.written && run.results[0].result.options.lang).toBe('en');
    expect(run.written && run.results[0].result.units.map((u) => [u.name, u.previous?.rank])).toEqual([['Xã An', 1], ['Xã Bình', undefined], ['Xã Cường', undefined]]);
    expect(run.written && run.comparison).toBeUndefined();
  });
});

describe('the whole workbook', () => {
  const withUnits = (name: string, units: string[]) => {
    const values = standardSheet().values.map((row) => [...row]);
    values[2] = ['STT', 'Nội dung', 'Điểm tối đa', ...units, 'Ghi chú'];
    return { name, grid: grid(values, name) };
  };

  it('two groups: both ranked, their sheets read in one request, every group’s tables written in one plan', async () => {
    const port = new MemoryWorkbook([withUnits('Khối phòng', ['Phòng Nội vụ', 'Phòng Y tế', 'Phòng Tư pháp']), withUnits('Khối xã', ['Xã An', 'Xã Bình', 'Xã Cường'])]);
    const run = await scoreAndWrite(port, defaultEngine, { scope: WHOLE_WORKBOOK, names: ['Khối phòng', 'Khối xã'], options: {} });
    expect(port.batches).toEqual([['Khối phòng', 'Khối xã']]);
    if (!run.written) throw new Error('not written');
    expect(run.results.map((r) => [r.name, r.result.units.map((u) => `${u.name} ${u.rank}`)])).toEqual([
      ['Khối phòng', ['Phòng Nội vụ 2', 'Phòng Y tế 3', 'Phòng Tư pháp 1']],
      ['Khối xã', ['Xã An 2', 'Xã Bình 3', 'Xã Cường 1']],
    ]);
    expect(port.applied).toHaveLength(1);
    expect(run.plan.sheets.map((s) => s.key)).toEqual([
      'overall', 'components', 'statistics', 'units', 'overall-2', 'components-2', 'statistics-2', 'units-2',
    ]);
  });

  it('an error in one group writes nothing for any', async () => {
    const port = new MemoryWorkbook([withUnits('Khối phòng', ['Phòng Nội vụ', 'Phòng Y tế', 'Phòng Tư pháp']), withUnits('Khối xã', ['Xã An', 'Xã Bình', 'Xã Cường'])]);
    port.edit('Khối xã', edit(port.sheets[1].grid, { E10: 3.5 }));
    const run = await scoreAndWrite(port, defaultEngine, { scope: WHOLE_WORKBOOK, names: ['Khối phòng', 'Khối xã'], options: {} });
    expect([run.written, !run.written && run.errors, port.applied.length]).toEqual([false, 1, 0]);
    expect(run.scored.outcome.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Khối xã!E10']);
  });
});

describe('last year’s result on a sheet of the workbook', () => {
  it('compared, and the summary’s count made', async () => {
    const port = new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }, { name: 'Năm 2020', grid: lastYearRanking() }]);
    const { run, scored } = await recorded(port, { previousSheet: 'Năm 2020' });
    expect(scored[0].previous?.map((u) => u.name)).toEqual(['Xã An', 'Xã Cường', 'Xã Dương']);
    expect(run.written && run.comparison).toEqual({ sheet: 'Năm 2020', matched: 2, total: 3, unmatched: ['Xã Bình'] });
  });

  it('gone: the tables are still written, and the comparison says why', async () => {
    const port = new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }]);
    const { run, scored } = await recorded(port, { previousSheet: 'Năm 2020' });
    expect(scored[0].previous).toBeUndefined();
    expect(port.applied).toHaveLength(1);
    expect(run.written && run.comparison).toEqual({ sheet: 'Năm 2020', problem: 'sheet-gone' });
  });
});

describe('a sheet with errors', () => {
  it('scored, counted, nothing planned or written', async () => {
    const port = new MemoryWorkbook([{ name: SHEET, grid: edit(standardSheet(), { E10: 3.5, F5: 'hai' }) }]);
    const { run, calls } = await recorded(port);
    expect(calls).toEqual(['step read 0.02', 'step score 0.1', 'scored (applied 0)']);
    expect([run.written, !run.written && run.errors, port.applied.length]).toEqual([false, 2, 0]);
  });
});

describe('failures', () => {
  it('the port’s, thrown as they came, after the findings were given', async () => {
    const port = new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }]);
    const failure = new WorkbookError('write-failed', 'Could not write sheet "Xếp hạng chung"');
    port.failNext('applyPlan', failure);
    const scored: Scored[] = [];
    await expect(scoreAndWrite(port, defaultEngine, { scope: SHEET, options: {} }, { onScored: (s) => { scored.push(s); } })).rejects.toBe(failure);
    expect(scored.map((s) => s.outcome.ok)).toEqual([true]);
  });

  it('a hook’s, thrown as they came, and nothing written', async () => {
    const port = new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }]);
    const failure = new Error('cannot write the JSON');
    await expect(scoreAndWrite(port, defaultEngine, { scope: SHEET, options: {} }, { onScored: () => Promise.reject(failure) })).rejects.toBe(failure);
    expect(port.applied).toEqual([]);
  });
});

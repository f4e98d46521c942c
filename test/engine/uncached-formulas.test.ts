/**
 * Issue 13: formulas stored without their value (a file written by openpyxl or an exporting
 * program, which keeps formulas but not their results). Maxima, subtotals and totals are computed
 * from the tree as blank ones are, and the result says so once; a leaf's formula is calculated
 * when it is simple, else named in an error.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { type CellValue, parseA1, type SheetGrid } from '../../src/engine/grid';
import { type Finding, scoreModel, scoreSheet } from '../../src/engine';
import type { ScoreOutcome } from '../../src/engine/types';
import { formatFinding } from '../../src/i18n/findings';
import { openXlsx } from '../../src/workbook/xlsx';
import { edit, ruleCells, standardSheet } from '../helpers/grid';
import { requireTools, SYSTEM_PYTHON } from '../helpers/system-tools';

/**
 * `g` with the cells given (A1 → formula text, without "=") made formulas stored without their
 * value: "" in the grid, flagged as formulas, and (when `listed`) in `uncached`.
 */
function uncached(g: SheetGrid, cells: Record<string, string>, listed = true): SheetGrid {
  const blanked = edit(g, Object.fromEntries(Object.keys(cells).map((a) => [a, ''])));
  const formulas = blanked.values.map((row) => row.map(() => false));
  const list: { row: number; col: number; formula: string }[] = [];
  for (const [address, formula] of Object.entries(cells)) {
    const at = parseA1(address);
    if (!at) throw new Error(`bad address ${address}`);
    formulas[at.row - (g.originRow ?? 0)][at.col - (g.originCol ?? 0)] = true;
    list.push({ row: at.row, col: at.col, formula });
  }
  return listed ? { ...blanked, formulas, uncached: list } : { ...blanked, formulas };
}

/** The standard sheet's parent maxima, subtotals and totals as the formulas a sheet has there. */
const PARENT_FORMULAS: Record<string, string> = Object.fromEntries(['C', 'D', 'E', 'F'].flatMap((c) => [
  [`${c}4`, `${c}5+${c}6`], [`${c}6`, `SUM(${c}7:${c}8)`], [`${c}9`, `${c}10+${c}11`], [`${c}12`, `${c}4+${c}9`],
]));

/** What a result says about the units and the criteria, as the JSON writes it. */
function units(out: ScoreOutcome): unknown {
  if (!out.ok) throw new Error(`not scored: ${out.findings.map((f) => `${f.rule}@${f.cell}`).join(', ')}`);
  return JSON.parse(JSON.stringify({ units: out.result.units, criteria: out.result.criteria, maxTotal: out.result.maxTotal }));
}

const note = (out: ScoreOutcome): Finding | undefined => out.findings.find((f) => f.rule === 'formulas-not-calculated');

describe('maxima, subtotals and totals without values are computed, as blank ones are', () => {
  const cached = scoreSheet(standardSheet());

  it('listed by the reader: the same result as the calculated sheet, and one warning', () => {
    const out = scoreSheet(uncached(standardSheet(), PARENT_FORMULAS));
    expect(units(out)).toEqual(units(cached));
    expect(ruleCells(out.findings)).toEqual(['formulas-not-calculated@C4']);
    expect(out.findings[0].severity).toBe('warning');
    expect(out.findings[0].data).toEqual({ count: 16, cells: ['C4', 'D4', 'E4', 'F4', 'C6'], evaluated: 0 });
    expect(formatFinding(out.findings[0], 'vi')).toBe(
      '16 ô công thức chưa có giá trị tính sẵn (tệp được ghi bởi một chương trình không tính công thức, ví dụ C4, D4, E4, F4, C6 …): '
      + 'điểm tối đa, điểm tổng hợp và tổng điểm được tính lại từ các tiêu chí con. '
      + 'Mở tệp bằng Excel hoặc LibreOffice rồi lưu lại nếu muốn giữ giá trị của chính tệp.');
    expect(formatFinding(out.findings[0], 'en')).toContain('16 formula cells have no stored value');
  });

  it('told only by the formula flags (a reader that does not list them): the same', () => {
    const out = scoreSheet(uncached(standardSheet(), PARENT_FORMULAS, false));
    expect(units(out)).toEqual(units(cached));
    expect(ruleCells(out.findings)).toEqual(['formulas-not-calculated@C4']);
    expect(out.findings[0].data).toEqual({ count: 16, cells: ['C4', 'D4', 'E4', 'F4', 'C6'], evaluated: 0 });
  });

  it('one cell: no "…" after it', () => {
    const out = scoreSheet(uncached(standardSheet(), { E9: 'E10+E11' }));
    expect(out.findings.map((f) => f.data)).toEqual([{ count: 1, cells: ['E9'], evaluated: 0 }]);
    expect(formatFinding(out.findings[0], 'vi')).toMatch(/^1 ô công thức .*ví dụ E9\): /);
    expect(formatFinding(out.findings[0], 'en')).toMatch(/^1 formula cell has /);
  });

  it('a grid that starts below A1: cells in sheet coordinates', () => {
    const whole = uncached(standardSheet(), PARENT_FORMULAS);
    const below: SheetGrid = { ...whole, values: whole.values.slice(2), formulas: whole.formulas?.slice(2), originRow: 2 };
    const out = scoreSheet(below);
    expect(units(out)).toEqual(units(cached));
    expect(note(out)?.cell).toBe('C4');
  });

  it('a blank parent max that the reader does not list is a blank max, as before (its formula returned "")', () => {
    const g = uncached(standardSheet(), { D4: 'D5+D6' });
    const out = scoreSheet({ ...edit(g, { C4: '' }), formulas: g.formulas?.map((row, r) => row.map((f, c) => f || (r === 3 && c === 2))) });
    expect(ruleCells(out.findings)).toEqual(['max-missing@C4', 'formulas-not-calculated@D4']);
  });

  it('a sheet without such cells says nothing', () => {
    expect(scoreSheet({ ...standardSheet(), uncached: [] }).findings).toEqual([]);
    const flagged = standardSheet();
    expect(scoreSheet({ ...flagged, formulas: flagged.values.map((row) => row.map((v) => typeof v === 'number')) }).findings).toEqual([]);
  });

  it('the warning names workbook cells when the grid was rearranged by a reader', () => {
    const grid = uncached(standardSheet(), PARENT_FORMULAS);
    const out = scoreModel({
      groups: [{ name: null, sheets: ['Nguồn'], grid, sourceOf: (row, col) => ({ sheet: 'Nguồn', row: row + 10, col }) }],
      layouts: [],
    });
    expect(out.findings.map((f) => [f.rule, f.cell])).toEqual([['formulas-not-calculated', 'C14']]);
    expect(out.findings[0].data).toMatchObject({ cells: ['C14', 'D14', 'E14', 'F14', 'C16'] });
  });
});

describe('a leaf formula without a value is calculated when it is simple', () => {
  it('=2-0.25 on a leaf reads as 1.75', () => {
    const cached = edit(standardSheet(), { D5: 1.75, D4: 5, D12: 8.5 });
    const out = scoreSheet(uncached(cached, { D5: '2-0.25' }));
    expect(units(out)).toEqual(units(scoreSheet(cached)));
    expect(out.findings.map((f) => [f.rule, f.cell, f.data])).toEqual([['formulas-not-calculated', 'D5', { count: 1, cells: ['D5'], evaluated: 1 }]]);
    expect(formatFinding(out.findings[0], 'vi')).toContain('; 1 ô điểm của tiêu chí được tính theo chính công thức trong ô.');
  });

  it('=SUM(H10:H11) and =ROUND(H8+0.0004, 2) on leaves, over numbers beside the table', () => {
    const cached = edit(standardSheet(), { H8: 2, H10: 0.25, H11: 0.5 });
    const out = scoreSheet(uncached(cached, { F11: 'SUM(H10:H11)', D8: 'ROUND(H8+0.0004, 2)', E11: '$E$10 - 2' }));
    expect(units(out)).toEqual(units(scoreSheet(cached)));
    expect(note(out)?.data).toEqual({ count: 3, cells: ['D8', 'E11', 'F11'], evaluated: 3 });
  });

  it('a leaf formula referring to a subtotal without a value calculates that too', () => {
    const cached = edit(standardSheet(), { H5: 3.25 });
    const out = scoreSheet(uncached(cached, { D6: 'D7+D8', F8: 'D6-0.75' }));
    expect(units(out)).toEqual(units(scoreSheet(cached)));
    expect(note(out)?.data).toEqual({ count: 2, cells: ['D6', 'F8'], evaluated: 1 });
  });

  it('its value is read as if the file held it: above the max is score-above-max at the cell', () => {
    const out = scoreSheet(uncached(standardSheet(), { D5: '2+1' }));
    expect(ruleCells(out.findings)).toEqual(['score-above-max@D5', 'formulas-not-calculated@D5']);
    expect(out.findings[0].data).toEqual({ unit: 'Xã An', code: '1.1', value: 3, max: 2 });
  });

  it('a leaf max =1+1 is calculated; a parent max above it computed', () => {
    const out = scoreSheet(uncached(standardSheet(), { C5: '1+1', C4: 'C5+C6' }));
    expect(units(out)).toEqual(units(scoreSheet(standardSheet())));
    expect(note(out)?.data).toEqual({ count: 2, cells: ['C4', 'C5'], evaluated: 1 });
  });
});

describe('a leaf formula the engine cannot calculate is formula-without-value at the cell, saying why', () => {
  const errors = (cells: Record<string, string>, listed = true) => {
    const out = scoreSheet(uncached(standardSheet(), cells, listed));
    expect(out.ok).toBe(false);
    return out.findings.filter((f) => f.severity === 'error');
  };

  it('=Sheet2!A1: another sheet', () => {
    const [f, ...more] = errors({ D7: 'Sheet2!A1' });
    expect(more).toEqual([]);
    expect([f.rule, f.cell, f.data]).toEqual(['formula-without-value', 'D7',
      { unit: 'Xã An', code: 'a', formula: 'Sheet2!A1', problem: { reason: 'other-sheet', detail: 'Sheet2' } }]);
    expect(formatFinding(f, 'vi')).toBe('Xã An: ô điểm của tiêu chí 1.2.a (Đúng hạn) là công thức =Sheet2!A1 chưa có giá trị tính sẵn, chương trình không tự tính được '
      + '(công thức lấy số từ sheet "Sheet2"). Mở tệp bằng Excel hoặc LibreOffice, lưu lại, rồi chạy lại.');
    expect(formatFinding(f, 'en')).toContain('is a formula =Sheet2!A1 stored without its value');
  });

  it('=VLOOKUP(...): a function it does not calculate', () => {
    const [f] = errors({ E10: 'VLOOKUP(B10,$K$1:$L$9,2,0)' });
    expect([f.cell, f.data]).toEqual(['E10', {
      unit: 'Xã Bình', code: '2.1', formula: 'VLOOKUP(B10,$K$1:$L$9,2,0)', problem: { reason: 'unsupported', detail: 'VLOOKUP' } }]);
    expect(formatFinding(f, 'vi')).toContain('công thức dùng VLOOKUP, chương trình chỉ tính được phép cộng, phép trừ, hàm SUM và ROUND');
  });

  it('formulas that loop, and one over a formula that cannot be calculated', () => {
    expect(errors({ D7: 'H7', H7: 'D7+0' }).map((f) => [f.cell, f.data])).toEqual([
      ['D7', { unit: 'Xã An', code: 'a', formula: 'H7', problem: { reason: 'cycle', detail: 'D7' } }]]);
    expect(errors({ D7: 'H7+0', H7: 'INDIRECT("A1")' }).map((f) => [f.cell, f.data])).toEqual([
      ['D7', { unit: 'Xã An', code: 'a', formula: 'H7+0', problem: { reason: 'input', detail: 'H7' } }]]);
  });

  it('a leaf max that is such a formula', () => {
    const [f] = errors({ C7: 'Sheet2!C7' });
    expect([f.rule, f.cell, f.data]).toEqual(['formula-without-value', 'C7',
      { unit: null, code: 'a', formula: 'Sheet2!C7', problem: { reason: 'other-sheet', detail: 'Sheet2' } }]);
    expect(formatFinding(f, 'vi')).toMatch(/^Điểm tối đa của tiêu chí 1\.2\.a \(Đúng hạn\) là công thức =Sheet2!C7 chưa có giá trị tính sẵn/);
  });

  it('told only by the flags, the text is unknown: the same rule, without the formula', () => {
    const [max] = errors({ C7: '1.5' }, false);
    expect([max.rule, max.cell, max.data]).toEqual(['formula-without-value', 'C7', { unit: null, code: 'a' }]);
    expect(formatFinding(max, 'vi')).toMatch(/^Điểm tối đa của tiêu chí 1\.2\.a \(Đúng hạn\) có công thức nhưng không có giá trị \(/);
    expect(errors({ D7: '1.25' }, false).map((f) => [f.rule, f.cell, f.data])).toEqual([['formula-without-value', 'D7', { unit: 'Xã An', code: 'a' }]]);
  });

  it('a unit whose leaves are all such formulas is not "empty"', () => {
    const out = scoreSheet(uncached(standardSheet(), Object.fromEntries(['D5', 'D7', 'D8', 'D10', 'D11'].map((a) => [a, `Sheet2!${a}`]))));
    expect(ruleCells(out.findings, 'error')).toEqual(['D5', 'D7', 'D8', 'D10', 'D11'].map((a) => `formula-without-value@${a}`));
  });

  it('in a self-assessment column it is a warning, as other score rules are', () => {
    const sheet: SheetGrid = {
      sheetName: 'Chấm điểm',
      values: [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', ''],
        ['', '', '', 'Tự đánh giá', 'Thẩm định'],
        ['I', 'Chỉ đạo', 2, '', ''],
        ['1.1', 'Kế hoạch', 2, '', 1.5],
        ['', 'Tổng cộng', 2, '', ''],
      ],
      merges: [{ row: 0, col: 3, rows: 1, cols: 2 }],
    };
    const out = scoreSheet(uncached(sheet, { D4: 'Sheet2!D4' }));
    expect(out.findings.filter((f) => f.rule === 'formula-without-value').map((f) => [f.cell, f.severity])).toEqual([['D4', 'warning']]);
    expect(out.ok).toBe(true);
  });
});

describe('the shared sample re-saved by openpyxl (formulas kept, their values dropped)', () => {
  const SAMPLE = path.join(__dirname, '../../samples/thanh-tri-2021.xlsx');
  let dir: string;
  let resaved: string;

  beforeAll(() => {
    requireTools('openpyxl');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-openpyxl-'));
    resaved = path.join(dir, 'thanh-tri-2021-openpyxl.xlsx');
    const script = 'import sys, openpyxl\nopenpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])';
    const run = spawnSync(SYSTEM_PYTHON, ['-c', script, SAMPLE, resaved], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function firstSheet(file: string): Promise<SheetGrid> {
    const wb = await openXlsx(file);
    const [sheet] = await wb.listSheets();
    return wb.readSheet(sheet.name);
  }

  /** The formula cells ExcelJS reads without a result, as a reader that lists them gives them. */
  async function withUncached(file: string, grid: SheetGrid): Promise<SheetGrid> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const list: { row: number; col: number; formula: string }[] = [];
    wb.worksheets[0].eachRow((row, r) => row.eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.Formula && cell.result === undefined) list.push({ row: r - 1, col: c - 1, formula: cell.formula });
    }));
    return { ...grid, uncached: list };
  }

  it('its formulas have no values: the file really is what the issue describes', async () => {
    const grid = await firstSheet(resaved);
    const flagged = grid.values.flatMap((row, r) => row.filter((v: CellValue, c) => grid.formulas?.[r]?.[c] === true && v === ''));
    expect(flagged.length).toBeGreaterThan(0);
  });

  it('scores to the same totals and ranks as the original, with one warning more', async () => {
    const original = scoreSheet(await firstSheet(SAMPLE));
    const grid = await firstSheet(resaved);
    for (const g of [grid, await withUncached(resaved, grid)]) {
      const out = scoreSheet(g);
      expect(units(out)).toEqual(units(original));
      const extra = out.findings.filter((f) => !original.findings.some((o) => o.rule === f.rule && o.cell === f.cell));
      expect(extra.map((f) => [f.rule, f.severity])).toEqual([['formulas-not-calculated', 'warning']]);
      if (g.uncached) expect(extra[0].data).toMatchObject({ count: g.uncached.length, evaluated: 0 });
    }
  });
});

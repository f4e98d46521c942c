/**
 * Text stays text: names that came from the input and start with "=", "+", "-" or "@" (unit
 * names, criterion names, ranking groups), or look like SpreadsheetML escapes ("_x0041_"), are
 * written as literal text by both adapters. Checked in the command line's output re-read with
 * ExcelJS (no formula cell at all) and with LibreOffice (converted to CSV, the text verbatim),
 * and in the fake Excel (the written cells are text, not formulas).
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import { buildWritePlan } from '../../src/appendix';
import { scoreSheet } from '../../src/engine';
import { a1, type CellValue } from '../../src/engine/grid';
import { createFakeExcel } from '../../src/office-fake';
import { OfficeWorkbook } from '../../src/workbook/office';
import { requireTools } from '../helpers/system-tools';

const UNITS = ['=SUM(1,2)', '+84 Xã An', '-Xã Bình', '@Xã Cường', '_x0041_ Xã Dũng'];
const GROUPS = ['=1+1', '=1+1', '@nhóm', '@nhóm', '-khối'];
/** Component names (written in the result tables) and criterion names (read, not written). */
const COMPONENTS = ['=HYPERLINK("http://example.invalid","bấm")', '+1 Thể chế', '-Tổ chức bộ máy', '@Công chức'];
const CRITERIA = ['=1/0', '+Kế hoạch', '-Báo cáo', '@Văn bản'];
/** What must come out verbatim in the result sheets. */
const TEXTS = [...UNITS, ...new Set(GROUPS), ...COMPONENTS];

const ROWS: CellValue[][] = [
  ['UBND HUYỆN MẪU'],
  ['STT', 'Nội dung', 'Điểm tối đa', ...UNITS],
  ['Khối', '', '', ...GROUPS],
  ...COMPONENTS.flatMap((name, i): CellValue[][] => [
    [['I', 'II', 'III', 'IV'][i], name, 2, '', '', '', '', ''],
    [`${i + 1}.1`, CRITERIA[i], 2, 2, 1.5 - i / 4, 1, 2, 0.5 + i / 2],
  ]),
];

/** A string as Excel stores it in a file: a literal "_xHHHH_" has its underscore escaped. */
const stored = (v: CellValue): CellValue => (typeof v === 'string' ? v.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : v);

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-text-')); });
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });
const quiet = { out: () => undefined, err: () => undefined };

it('the engine scores the sheet, keeping the names as typed', () => {
  const outcome = scoreSheet({ sheetName: 'Chấm điểm', values: ROWS });
  expect(outcome.findings).toEqual([]);
  expect(outcome.ok && outcome.result.units.map((u) => [u.name, u.group])).toEqual(UNITS.map((u, i) => [u, GROUPS[i]]));
  expect(outcome.ok && outcome.result.criteria.map((c) => c.name)).toEqual(COMPONENTS.flatMap((c, i) => [c, CRITERIA[i]]));
});

describe('the command line (its package adapter, re-read by ExcelJS and by LibreOffice)', () => {
  let output: string;
  let inputSheets: string[];
  beforeAll(async () => {
    const input = path.join(dir, 'ten-la-cong-thuc.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Chấm điểm').addRows(ROWS.map((r) => r.map(stored)));
    await wb.xlsx.writeFile(input);
    inputSheets = ['Chấm điểm'];
    expect(await runCli([input], quiet)).toBe(0);
    output = path.join(dir, 'ten-la-cong-thuc-xep-hang.xlsx');
  });

  it('re-read with ExcelJS: no formula cell in any result sheet, every name written verbatim as text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const results = wb.worksheets.filter((ws) => !inputSheets.includes(ws.name));
    expect(results.length).toBeGreaterThanOrEqual(4);
    const texts = new Set<string>();
    const formulas: string[] = [];
    for (const ws of results) {
      ws.eachRow((row) => row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${cell.address}`);
        if (typeof cell.value === 'string') texts.add(cell.value);
      }));
    }
    expect(formulas).toEqual([]);
    // Result text is written as inline strings, where "_x0041_" typed by a user must be stored
    // escaped ("_x005F_x0041_", as Excel and LibreOffice read it back: the CSV test below). ExcelJS
    // undoes that escape in shared strings only, so it reads the inline one still escaped.
    const asExcelJsReads = (t: string) => t.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_');
    expect(TEXTS.map(asExcelJsReads).filter((t) => ![...texts].some((x) => x === t || x.includes(t)))).toEqual([]);
    for (const u of UNITS) expect(texts.has(asExcelJsReads(u))).toBe(true);
  });

  it('converted to CSV by LibreOffice: every name verbatim, nothing evaluated', () => {
    requireTools('soffice');
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, output],
    { stdio: 'pipe', timeout: 180_000 });
    const csvs = fs.readdirSync(dir).filter((f) => f.startsWith('ten-la-cong-thuc-xep-hang-') && f.endsWith('.csv'));
    const resultCsvs = csvs.filter((f) => !f.endsWith('-Chấm điểm.csv'));
    expect(resultCsvs.length).toBeGreaterThanOrEqual(4);
    const all = resultCsvs.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    for (const t of TEXTS) expect(all).toContain(t.replace(/"/g, '""'));
    expect(all).not.toMatch(/#DIV\/0!|#NAME\?|Err:/);
  }, 240_000);
});

describe('the add-in (Office adapter on the fake Excel)', () => {
  it('every written cell holding a name is text, no result cell holds a formula', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: 'Chấm điểm', values: ROWS });
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    const outcome = scoreSheet(await port.readSheet('Chấm điểm'));
    if (!outcome.ok) throw new Error('the sheet should score');
    const report = await port.applyPlan(buildWritePlan(outcome.result));
    const texts = new Set<string>();
    for (const { name } of report.sheets) {
      expect({ name, formulas: fake.sheet(name).formulas.size }).toEqual({ name, formulas: 0 });
      fake.valuesFromA1(name).forEach((line, r) => line.forEach((v, c) => {
        if (typeof v !== 'string' || v === '') return;
        expect(fake.cell(name, a1(r, c)).kind).toBe('String');
        texts.add(v);
      }));
    }
    expect(TEXTS.filter((t) => ![...texts].some((x) => x === t || x.includes(t)))).toEqual([]);
    for (const u of UNITS) expect(texts.has(u)).toBe(true);
  });
});

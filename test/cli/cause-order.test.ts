/**
 * The command line lists a cause first: a number typed as text in the sample, with the sheet's
 * =SUM formulas skipping it, prints the text cell first (as an error), then the three sums it
 * breaks, each naming it; the JSON carries the links.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import type { JsonResult } from '../../src/engine/json';

const SAMPLE = path.join(__dirname, '../../samples/thanh-tri-2021.xlsx');

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cause-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

it('prints and writes the number stored as text first, then the sums it explains', async () => {
  const file = path.join(dir, 'bang-diem.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.worksheets[0];
  // Thị trấn Văn Điển's 1.1.b (D8) typed "1,75" as text: Excel's =SUM in D6, D5 and D55 then skips it.
  const old = ws.getCell('D8').value as number;
  ws.getCell('D8').value = '1,75';
  for (const a of ['D6', 'D5', 'D55']) {
    const v = ws.getCell(a).value as ExcelJS.CellFormulaValue;
    ws.getCell(a).value = { formula: v.formula, result: (v.result as number) - old } as ExcelJS.CellFormulaValue;
  }
  await wb.xlsx.writeFile(file);
  const out: string[] = [];
  const err: string[] = [];
  const jsonFile = path.join(dir, 'r.json');
  const code = await runCli([file, '--json', jsonFile], { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => undefined });
  expect(code).toBe(1);
  const sheet = ws.name;
  const lines = err.filter((l) => l.startsWith('Lỗi '));
  expect(lines.map((l) => /!([A-Z]+\d+):/.exec(l)?.[1])).toEqual(['D8', 'D6', 'D5', 'D55']);
  expect(lines[0]).toContain(`${sheet}!D8: Số "1,75" được lưu dưới dạng chữ`);
  for (const l of lines.slice(1)) expect(l).toContain('có thể do ô D8 chứa số dạng văn bản');
  const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as JsonResult;
  expect(json.findings.map((f) => `${f.severity} ${f.rule}@${f.cell}`)).toEqual([
    'error number-as-text@D8', 'error subtotal-mismatch@D6', 'error subtotal-mismatch@D5', 'error total-mismatch@D55',
  ]);
  expect(json.findings[0].explains).toEqual(['D6', 'D5', 'D55'].map((cell, i) => ({ rule: i < 2 ? 'subtotal-mismatch' : 'total-mismatch', sheet, cell })));
  expect(json.findings.slice(1).map((f) => f.causedBy)).toEqual([1, 2, 3].map(() => [{ rule: 'number-as-text', sheet, cell: 'D8' }]));
});

/**
 * Every catalogue case through the command line, on an .xlsx another writer made (ExcelJS
 * directly, or LibreOffice): the exit code, each finding printed as "Sheet!A1: message", the
 * JSON result, no output file when the sheet has errors, the input byte-identical, no temporary
 * file left behind. A scored workbook scored again gives the same result sheets, not duplicates.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import type { JsonResult } from '../../src/engine/json';
import { type CatalogueCase, cliOptions, loadCatalogue } from './catalogue';
import { jsonToWorkbook } from './json-input';

const cases = loadCatalogue();

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-catalogue-')); });
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { streams: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

/** The case's input as a file in its own folder. */
async function inputFile(c: CatalogueCase): Promise<string> {
  const folder = fs.mkdtempSync(path.join(dir, `${c.name}-`));
  const file = path.join(folder, 'bang-diem.xlsx');
  if (c.json) await jsonToWorkbook(c.json).xlsx.writeFile(file);
  else fs.copyFileSync(c.xlsx as string, file);
  return file;
}

async function sheetValues(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return new Map(wb.worksheets.map((ws) => [ws.name, JSON.stringify(ws.getSheetValues())]));
}

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const known = c.expected.knownIssue ? it.failing : it;
  known('command line: exit code, cells named, JSON, nothing written on errors, input untouched', async () => {
    const input = await inputFile(c);
    const folder = path.dirname(input);
    const output = path.join(folder, 'bang-diem-xep-hang.xlsx');
    const jsonFile = path.join(dir, `${c.name}.json`);
    const before = fs.readFileSync(input);
    const run = capture();

    const code = await runCli([input, '--json', jsonFile, ...cliOptions(c)], run.streams);

    expect({ code, err: run.err.filter((l) => !/Lỗi |Cảnh báo |lỗi/.test(l)) }).toEqual({ code: c.mustFail ? 1 : 0, err: [] });
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as JsonResult;
    const sheet = c.expected.sheet ?? c.json?.sheets[0].name ?? json.sheet;
    expect(json.sheet).toBe(sheet);
    expect(json.ok).toBe(c.expected.ok);
    expect(json.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(c.expected.workbookFindings ?? c.expected.findings);
    for (const f of json.findings) {
      const printed = (f.severity === 'error' ? run.err : run.out).join('\n');
      expect(printed).toContain(`${f.sheet}!${f.cell}: ${f.message}`);
    }
    if (c.expected.units) {
      // The JSON's unit fields that the case names (the JSON has no group, column or self total).
      const keys = ['name', 'total', 'max', 'index', 'rank', 'rankLevels'];
      const wanted = c.expected.units.map((u) => Object.fromEntries(keys.filter((k) => k in u).map((k) => [k, u[k]])));
      const got = json.units.map((u, i) => Object.fromEntries(Object.keys(wanted[i] ?? {}).map((k) => [k, (u as unknown as Record<string, unknown>)[k]])));
      expect(got).toEqual(wanted);
    }

    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(fs.existsSync(output)).toBe(!c.mustFail);
  });

  if (!c.mustFail) {
    known('scored again from its own output: the same result sheets, none duplicated, the input sheets kept', async () => {
      const input = await inputFile(c);
      const first = path.join(path.dirname(input), 'first.xlsx');
      const second = path.join(path.dirname(input), 'second.xlsx');
      expect(await runCli([input, '--out', first, ...cliOptions(c)], capture().streams)).toBe(0);
      const firstBytes = fs.readFileSync(first);
      expect(await runCli([first, '--out', second, ...cliOptions(c)], capture().streams)).toBe(0);
      expect(fs.readFileSync(first).equals(firstBytes)).toBe(true);
      const a = await sheetValues(first);
      const b = await sheetValues(second);
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [name, values] of a) expect({ name, values: b.get(name) }).toEqual({ name, values });
    });
  }
});

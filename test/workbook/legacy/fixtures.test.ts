/**
 * The fixtures from other programs (test/fixtures/programs, made by scripts/make-programs.py)
 * are what their README says: small, holding the objects they are about, and (those with a
 * scoring sheet) scoring to the sample's ranks. The .xlsx ones are read here with SheetJS: the
 * ExcelJS adapter cannot open openpyxl's chart drawing, which is what issue 13 is about.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import * as XLSX from '@e965/xlsx';
import { scoreSheet } from '../../../src/engine/score';
import { cfbNames } from '../../../src/workbook/legacy/cfb-directory';
import { gridOfSheet } from '../../../src/workbook/legacy/sheet-grid';
import { ZipArchive } from '../../../src/workbook/package/zip';
import { openXlsx } from '../../../src/workbook/xlsx';
import { requireTools, SYSTEM_PYTHON } from '../../helpers/system-tools';
import { fixture, PROGRAMS, SAMPLE } from './helpers';

const FILES = [
  'openpyxl-chart.xlsx', 'openpyxl-macro.xlsm', 'openpyxl-uncached.xlsx', 'thanh-tri-2021.xls', 'thanh-tri-2021.ods',
  'openpyxl-chart.xls', 'openpyxl-chart.ods', 'empty.xlsx', 'text.xlsx', 'cut-off.xlsx',
];

async function sampleRanks(): Promise<[string, number, number][]> {
  const wb = await openXlsx(SAMPLE);
  const outcome = scoreSheet(await wb.readSheet('Bảng chấm điểm'));
  if (!outcome.ok) throw new Error('the sample should score');
  return outcome.result.units.map((u) => [u.name, u.total, u.rank]);
}

it('every fixture is there, listed in the README, and small', () => {
  const readme = fs.readFileSync(path.join(PROGRAMS, 'README.md'), 'utf8');
  expect(fs.readdirSync(PROGRAMS).filter((f) => f !== 'README.md').sort()).toEqual([...FILES].sort());
  for (const file of FILES) {
    expect(readme).toContain(`\`${file}\``);
    expect({ file, small: fs.statSync(path.join(PROGRAMS, file)).size < 64 * 1024 }).toEqual({ file, small: true });
  }
});

it.each(['openpyxl-chart.xlsx', 'openpyxl-macro.xlsm'])('%s: the scoring sheet, plain numbers, scores to the sample’s ranks', async (file) => {
  const book = XLSX.read(fixture(file), { type: 'array', dense: true, cellText: false });
  const outcome = scoreSheet(gridOfSheet('Bảng chấm điểm', book.Sheets['Bảng chấm điểm']));
  if (!outcome.ok) throw new Error(`${file} should score`);
  expect(outcome.result.units.map((u) => [u.name, u.total, u.rank])).toEqual(await sampleRanks());
});

it.each(['openpyxl-chart.xlsx', 'openpyxl-macro.xlsm'])('%s: a chart, a comment, conditional formats, validation, a defined name', (file) => {
  const zip = ZipArchive.open(fixture(file));
  expect(zip.has('xl/charts/chart1.xml')).toBe(true);
  expect(zip.has('xl/comments/comment1.xml')).toBe(true);
  const userSheet = zip.textOf('xl/worksheets/sheet2.xml') ?? '';
  expect(userSheet).toContain('<conditionalFormatting');
  expect(userSheet).toContain('<dataValidations');
  expect(userSheet).toContain('<drawing');
  expect(zip.textOf('xl/workbook.xml')).toContain('<definedName name="SoHoSo">');
  expect(zip.textOf('xl/workbook.xml')).toContain('state="hidden"');
});

it('openpyxl-macro.xlsm: declared macro-enabled, with a VBA project part and its relationship', () => {
  const zip = ZipArchive.open(fixture('openpyxl-macro.xlsm'));
  const types = zip.textOf('[Content_Types].xml') ?? '';
  expect(types).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
  expect(types).toContain('<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>');
  expect(zip.textOf('xl/_rels/workbook.xml.rels')).toContain('Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"');
  const vba = zip.bytesOf('xl/vbaProject.bin') as Uint8Array;
  expect(cfbNames(vba)?.map((n) => n.name)).toEqual(['Root Entry', 'VBA', 'PROJECT', 'dir', 'Module1', '_VBA_PROJECT']);
});

it('openpyxl-uncached.xlsx: the sample’s formulas, stored without values', () => {
  requireTools('openpyxl');
  const sheet = ZipArchive.open(fixture('openpyxl-uncached.xlsx')).textOf('xl/worksheets/sheet1.xml') ?? '';
  expect(sheet).toContain('<c r="D5" s="2"><f>D6+D9+D10+D11+D12+D13</f><v></v></c>');
  const script = 'import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1], data_only=True).active\nprint(repr([ws["D5"].value, ws["D7"].value]))';
  expect(execFileSync(SYSTEM_PYTHON, ['-c', script, path.join(PROGRAMS, 'openpyxl-uncached.xlsx')], { encoding: 'utf8' }).trim()).toBe('[None, 0.75]');
});

it('empty.xlsx has no bytes, text.xlsx is a CSV, cut-off.xlsx is the sample’s first half', () => {
  expect(fixture('empty.xlsx').length).toBe(0);
  expect(new TextDecoder().decode(fixture('text.xlsx'))).toMatch(/^STT,Nội dung tiêu chí,Điểm tối đa,/);
  const sample = new Uint8Array(fs.readFileSync(SAMPLE));
  expect(Buffer.from(fixture('cut-off.xlsx')).equals(Buffer.from(sample.subarray(0, sample.length >> 1)))).toBe(true);
});

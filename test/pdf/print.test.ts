/**
 * The printed appendix: the command line's output rendered by LibreOffice to PDF, checked with
 * pdfinfo and pdftotext: every result table and unit is there, pages are A4 landscape, and the
 * table header is repeated on the next page of a 60-unit sheet; no page of the per-unit sheet
 * starts in the middle of a unit's block.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import { syntheticRows } from '../helpers/synthetic';
import { requireTools } from '../helpers/system-tools';
import { isA4, printPages, type PrintedPage } from './libreoffice';

const quiet = { out: () => undefined, err: () => undefined };
let dir: string;
beforeAll(() => {
  requireTools('soffice', 'pdftotext');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-pdf-')); });
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

/** The printed result pages of a 60-unit sheet: those after the input sheet's, from the first saying PHỤ LỤC. */
let result: PrintedPage[] = [];
beforeAll(async () => {
  const input = path.join(dir, 'huyen-60.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Chấm điểm').addRows(syntheticRows({ units: 60, components: 4, criteriaPerComponent: 3, seed: 11 }));
  await wb.xlsx.writeFile(input);
  expect(await runCli([input], quiet)).toBe(0);
  const pages = printPages(path.join(dir, 'huyen-60-xep-hang.xlsx'), dir);
  const first = pages.findIndex((p) => p.text.includes('PHỤ LỤC'));
  expect(first).toBeGreaterThanOrEqual(0);
  result = pages.slice(first);
}, 240_000);

it('60 units: every table and unit printed on A4, the header repeated on the next page', () => {
  expect(result.length).toBeGreaterThan(1);
  expect(result.every((p) => isA4(p, 'portrait') || isA4(p, 'landscape'))).toBe(true);
  // The overall table (7 columns) on portrait pages, the component table (4 components, 12 columns) on landscape.
  expect(isA4(result[0], 'portrait')).toBe(true);
  const components = result.findIndex((p) => p.text.includes('KẾT QUẢ XẾP HẠNG THEO TỪNG LĨNH VỰC'));
  expect(isA4(result[components], 'landscape')).toBe(true);
  const all = result.map((p) => p.text).join('\n');
  for (let i = 1; i <= 60; i++) expect(all).toContain(`Xã Số ${String(i).padStart(3, '0')}`);
  // The overall table spans two pages; its column headers appear again on the second.
  expect(result[0].text).toMatch(/STT\s+Đơn vị/);
  expect(result[1].text).toMatch(/STT\s+Đơn vị/);
  expect(result[1].text).not.toContain('PHỤ LỤC');
  // Page numbers in the footer.
  expect(result[0].text).toMatch(/Trang \d+\/\d+/);
});

const UNITS_TITLE = 'CỦA TỪNG ĐƠN VỊ NĂM';

it("60 units: every page of the per-unit sheet starts with the sheet title or a unit's number and name", () => {
  const from = result.findIndex((p) => p.text.includes(UNITS_TITLE));
  expect(from).toBeGreaterThanOrEqual(0);
  // The per-unit pages run until the unit numbered 60 has been printed.
  const pages: string[] = [];
  for (let i = from; i < result.length; i++) {
    pages.push(result[i].text);
    if (/^\s*60\s+Xã Số \d{3}/m.test(result[i].text)) break;
  }
  expect(pages.length).toBeGreaterThan(5);
  const starts = pages.map((text) => text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '');
  // The first page starts with the appendix heading: the issuing body, read from the sheet's title rows.
  expect(starts[0]).toBe('UBND HUYỆN MẪU');
  expect(pages[0]).toContain(UNITS_TITLE);
  for (const line of starts.slice(1)) expect(line).toMatch(/^\d+\s+Xã Số \d{3}$/);
  // Each unit's block is whole on one page: its heading and its total line are printed together.
  const numbered = pages.flatMap((text) => [...text.matchAll(/^\s*(\d+)\s+Xã Số \d{3}/gm)].map((m) => Number(m[1])));
  expect(numbered).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  for (const text of pages) {
    const heads = [...text.matchAll(/^\s*\d+\s+Xã Số \d{3}/gm)].length;
    expect([...text.matchAll(/Tổng điểm: đạt/g)].length).toBe(heads);
  }
});

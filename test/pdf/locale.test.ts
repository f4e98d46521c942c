/**
 * One decimal convention per document (issue 15): the appendix printed by LibreOffice reads the
 * same on a machine set to English (en-US) and to Vietnamese (vi-VN). The input holds a control
 * sheet with a plain General number, which does follow the machine: it shows that the locale
 * really changed between the two printings, so the comparison cannot pass by printing twice alike.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import { requireTools } from '../helpers/system-tools';
import { isA4, printPages, type PrintedPage, type PrintLocale } from './libreoffice';

const SAMPLE = path.join(__dirname, '../../samples/thanh-tri-2021.xlsx');
const quiet = { out: () => undefined, err: () => undefined };
const CONTROL_SHEET = 'Kiểm tra máy in';

let dir: string;
/** Per document language and locale: the control sheet's page, and the pages from the first saying PHỤ LỤC / APPENDIX. */
const printed = new Map<string, { control: string; result: PrintedPage[] }>();

/** Scores the sample (with a control sheet added) in `lang`, prints the copy under `locale`. */
async function print(lang: 'vi' | 'en', locale: PrintLocale): Promise<void> {
  const out = path.join(dir, `thanh-tri-${lang}.xlsx`);
  if (!fs.existsSync(out)) expect(await runCli([path.join(dir, 'input.xlsx'), '--out', out, '--lang', lang], quiet)).toBe(0);
  const pages = printPages(out, dir, locale);
  const control = pages.find((p) => p.text.includes('1234'));
  const first = pages.findIndex((p) => /PHỤ LỤC|APPENDIX/.test(p.text));
  expect(control).toBeDefined();
  expect(first).toBeGreaterThanOrEqual(0);
  printed.set(`${lang} ${locale}`, { control: control!.text, result: pages.slice(first) });
}

beforeAll(async () => {
  requireTools('soffice', 'pdftotext');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-locale-'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  wb.addWorksheet(CONTROL_SHEET).getCell('A1').value = 1234.5;
  await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
  await print('vi', 'en-US');
  await print('vi', 'vi-VN');
  await print('en', 'vi-VN');
}, 600_000);
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

/**
 * The bar chart's data labels: a unit's name and one number, alone on a line. The chart is drawn
 * by the host, which writes its labels with the machine's separator (a known limit, see
 * docs/decisions.md "One decimal convention"); every other line is the tables' text.
 */
const CHART_LABEL = /^\s*(Xã|Thị trấn|Th ị trấn)[^\d]*?\s{3,}\d+[.,]\d{2}\s*$/;

/** A page's lines without the chart's data labels; `labels` collects those. */
function tableLines(text: string, labels?: string[]): string {
  return text.split('\n').filter((line) => {
    if (!CHART_LABEL.test(line)) return true;
    labels?.push(line.trim());
    return false;
  }).join('\n');
}

const pagesText = (key: string): string => printed.get(key)!.result.map((p) => tableLines(p.text)).join('\f');

it('the control: a General number follows the machine, so the locale did change', () => {
  expect(printed.get('vi en-US')!.control).toContain('1234.5');
  expect(printed.get('vi en-US')!.control).not.toContain('1234,5');
  expect(printed.get('vi vi-VN')!.control).toContain('1234,5');
  expect(printed.get('en vi-VN')!.control).toContain('1234,5');
});

it('a Vietnamese appendix prints the same text, page for page, under en-US and vi-VN', () => {
  const en = printed.get('vi en-US')!.result;
  const vi = printed.get('vi vi-VN')!.result;
  const labels = { en: [] as string[], vi: [] as string[] };
  expect(vi.map((p) => tableLines(p.text, labels.vi))).toEqual(en.map((p) => tableLines(p.text, labels.en)));
  // The chart's labels, the one thing set aside, differ only by the machine's separator (16 units;
  // LibreOffice may draw the chart on two pages, so 16 per drawing).
  expect(labels.vi.length).toBeGreaterThanOrEqual(16);
  expect(labels.vi.length % 16).toBe(0);
  expect(labels.vi).toEqual(labels.en.map((line) => line.replace(/(\d)\.(\d\d)$/, '$1,$2')));
  const text = pagesText('vi vi-VN');
  // Published figures with a decimal comma, ranks out of their levels, the mean's label.
  expect(text).toMatch(/Xã Tam Hiệp\s+100\s+95,00\s+95,00\s+1\/15\s+Xuất sắc/);
  expect(text).toMatch(/Xã Thanh Liệt\s+100\s+77,75\s+77,75\s+15\/15\s+Khá/);
  expect(text).toMatch(/Điểm trung bình của các đơn vị\s+100\s+85,78\s+85,78/);
  expect(text).toContain('(Tối đa: 18,5)');
  // No figure printed with a decimal point anywhere in the tables.
  expect(text).not.toMatch(/\d\.\d\d(?!\d)/);
});

it('an English appendix prints the point, even on a Vietnamese machine', () => {
  const text = pagesText('en vi-VN');
  expect(text).toMatch(/Xã Tam Hiệp\s+100\s+95\.00\s+95\.00\s+1\/15\s+Excellent/);
  expect(text).toContain('Average of the units');
  expect(text).not.toMatch(/\d,\d\d(?!\d)/);
});

it('the heading comes from the sheet\'s title rows, on every table, its title not broken inside a phrase', () => {
  const pages = printed.get('vi vi-VN')!.result;
  const headed = pages.filter((p) => p.text.includes('PHỤ LỤC'));
  // Overall, components, statistics, per-unit: each table starts with the heading.
  expect(headed.length).toBeGreaterThanOrEqual(4);
  for (const page of headed) {
    expect(page.text).toContain('UBND HUYỆN THANH TRÌ');
    expect(page.text).toMatch(/NĂM 2021/);
    // "CỦA UBND CÁC XÃ, THỊ TRẤN" (or the per-unit title's "(UBND CÁC XÃ, THỊ TRẤN)") on one line.
    expect(page.text).toMatch(/UBND CÁC XÃ, THỊ TRẤN/);
  }
  // The overall table (7 columns) on a portrait page.
  expect(isA4(pages[0], 'portrait')).toBe(true);
});

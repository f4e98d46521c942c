/**
 * The built preview in Chromium, as a reviewer uses it: open it, check the sample sheet, follow a
 * finding to its cell, generate, and find the ranking tables in the (fake) workbook; a screenshot
 * for CI's artifacts and an accessibility scan with axe.
 */
import * as fs from 'node:fs';
import type { Server } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewHandle } from '../../src/taskpane/preview/handle';
import { serveDist } from '../../scripts/serve-dist';
import { buildTaskPane } from '../../scripts/webpack-build';
import { chromiumAvailable, launch, localPage } from './browser';

const ARTIFACTS = path.resolve(__dirname, '../../artifacts');
const SHEET = 'Bảng chấm điểm';
const AXE = require.resolve('axe-core/axe.min.js');

type Win = Window & { __cchcPreview: PreviewHandle; __csp: string[]; axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } };
interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

let dist: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (!chromiumAvailable()) throw new Error('Chromium not found at /usr/bin/chromium: apt-get install -y chromium');
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-preview-'));
  await buildTaskPane({ outDir: dist, mode: 'production' });
  ({ server, url: origin } = await serveDist(dist, 0));
  browser = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

/** Sets a cell of the fake workbook through the Excel API, as a user typing would. */
async function typeInCell(page: Page, sheet: string, address: string, value: number) {
  await page.evaluate(
    async ([s, a, v]) => {
      await (window as unknown as Win).__cchcPreview.fake.run(async (context) => {
        context.workbook.worksheets.getItem(s as string).getRange(a as string).values = [[v]];
        await context.sync();
      });
    },
    [sheet, address, value] as const,
  );
}

async function axeScan(page: Page): Promise<AxeResults> {
  // Evaluated through DevTools, so the page's CSP (scripts from 'self' only) stays as it is.
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  return page.evaluate(() =>
    (window as unknown as Win).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
  );
}

test('the preview: check, go to a finding, generate, tables written, accessible', async () => {
  const { context, page, blocked, problems } = await localPage(browser, origin);
  try {
    await page.goto(`${origin}preview.html`);
    await page.getByText('Bản xem thử / Preview').waitFor();
    const found = page.getByRole('region', { name: 'Đã tìm thấy' });
    await found.waitFor();
    await expectText(found.locator('dd').first(), '16');
    const before = await page.evaluate((s) => (window as unknown as Win).__cchcPreview.fake.snapshot(s), SHEET);

    // A reviewer types 5 where the max is 1 (criterion 1.1 a of Thị trấn Văn Điển), then checks.
    await typeInCell(page, SHEET, 'D7', 5);
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    const errors = page.getByRole('group', { name: /^Lỗi \(\d+\)/ });
    await errors.waitFor();
    const finding = errors.locator(`[data-cell="${SHEET}!D7"]`);
    await expectText(finding, /D7:Thị trấn Văn Điển: 5 vượt điểm tối đa 1 của tiêu chí/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-findings.png'), fullPage: true });
    await finding.click();
    await page.waitForFunction((s) => {
      const sel = (window as unknown as Win).__cchcPreview.fake.selection();
      return sel !== undefined && sel.sheet === s && /D7$/.test(sel.address);
    }, SHEET);

    // Corrected, then generated: the pane reads the sheet again before writing.
    await typeInCell(page, SHEET, 'D7', 0.75);
    await page.getByRole('button', { name: 'Tạo bảng xếp hạng' }).click();
    const summary = page.getByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    await summary.waitFor({ timeout: 30_000 });
    await expectText(summary.getByRole('listitem').first(), 'Hạng 1: Xã Tam Hiệp, 95 điểm (95%)');

    const workbook = await page.evaluate(() => {
      const fake = (window as unknown as Win).__cchcPreview.fake;
      return { names: fake.sheetNames(), overall: fake.valuesFromA1('Xếp hạng chung') };
    });
    expect(workbook.names[0]).toBe(SHEET);
    expect(workbook.names).toEqual(expect.arrayContaining(['Xếp hạng chung', 'Xếp hạng lĩnh vực']));
    const tamHiep = workbook.overall.find((row) => row.includes('Xã Tam Hiệp'));
    expect(tamHiep).toEqual(expect.arrayContaining([95, 1]));
    const thanhLiet = workbook.overall.find((row) => row.includes('Xã Thanh Liệt'));
    expect(thanhLiet).toEqual(expect.arrayContaining([77.75]));
    // The input sheet is as it was (the reviewer's own edit was put back).
    expect(await page.evaluate((s) => (window as unknown as Win).__cchcPreview.fake.snapshot(s), SHEET)).toBe(before);

    // A link opens a written sheet.
    await summary.getByRole('button', { name: 'Mở trang “Xếp hạng chung”' }).click();
    await page.waitForFunction(() => (window as unknown as Win).__cchcPreview.fake.activeSheetName() === 'Xếp hạng chung');

    await page.getByRole('button', { name: 'Tùy chọn' }).click();
    await page.getByRole('radiogroup', { name: 'Cách xếp hạng' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview.png'), fullPage: true });

    const axe = await axeScan(page);
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    expect(await page.evaluate(() => (window as unknown as Win).__csp)).toEqual([]);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the task pane page outside Excel says where to open it, loading nothing from elsewhere', async () => {
  const { context, page, blocked } = await localPage(browser, origin);
  try {
    await page.goto(`${origin}taskpane.html`);
    await page.getByRole('alert').waitFor();
    await expectText(page.getByRole('alert'), /Hãy mở nó trong Excel/);
    // office.js is requested from Microsoft's CDN and stopped by the test: nothing leaves the machine.
    expect(blocked).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  } finally {
    await context.close();
  }
});

async function expectText(locator: ReturnType<Page['locator']>, expected: string | RegExp) {
  await locator.waitFor();
  const text = (await locator.textContent()) ?? '';
  if (typeof expected === 'string') expect(text).toBe(expected);
  else expect(text).toMatch(expected);
}

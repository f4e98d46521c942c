/**
 * The built preview in Chromium, as a reviewer uses it: open it, check the sample sheet, follow a
 * finding to its cell, generate, and find the ranking tables in the (fake) workbook; then compare
 * with last year's ranking copied into the workbook. Screenshots for CI's artifacts (artifacts/*.png,
 * Vietnamese and English) and accessibility scans with axe.
 */
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { en } from '../../src/i18n/ui.en';
import { vi } from '../../src/i18n/ui.vi';
import { ARTIFACTS, closePane, localPage, servePane, type ServedPane } from './browser';
import { axeScan, expectText, figuresOf, lastYearFrom, serious, settle, typeInCell, type Win } from './preview-helpers';

const SHEET = 'Bảng chấm điểm';
const LAST_YEAR = 'Năm 2020';
const shot = (name: string) => path.join(ARTIFACTS, name);

/** The Vietnamese catalogue's plain strings that differ from the English ones. */
const VIETNAMESE_ONLY = new Set(
  (Object.keys(vi) as (keyof typeof vi)[]).flatMap((k) => (typeof vi[k] === 'string' && vi[k] !== en[k] ? [vi[k] as string] : [])),
);

let pane: ServedPane;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  pane = await servePane();
  ({ origin, browser } = pane);
}, 300_000);

afterAll(() => closePane(pane));

test('the preview: check, go to a finding, generate, compare with last year, accessible', async () => {
  const { context, page, blocked, problems } = await localPage(browser, origin);
  try {
    await page.goto(`${origin}preview.html`);
    await page.getByText('Bản xem thử / Preview').waitFor();
    // A first visit: what the add-in does and its three steps; the sample workbook drawn beside the pane.
    const guide = page.getByRole('region', { name: 'Bắt đầu' });
    expect(await guide.getByRole('listitem').count()).toBe(3);
    const workbookView = page.getByRole('region', { name: 'Sổ tính (bản xem thử)' });
    await workbookView.locator(`table[data-sheet="${SHEET}"]`).waitFor();
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
    await settle(page);
    await page.screenshot({ path: shot('preview-findings.png'), fullPage: true });
    await finding.click();
    await page.waitForFunction((s) => {
      const sel = (window as unknown as Win).__cchcPreview.fake.selection();
      return sel !== undefined && sel.sheet === s && /D7$/.test(sel.address);
    }, SHEET);
    // The workbook beside the pane shows the cell, with the value typed in it.
    const d7 = workbookView.locator(`table[data-sheet="${SHEET}"] td[data-cell="D7"]`);
    await d7.waitFor();
    expect(await d7.textContent()).toBe('5');
    expect(await d7.evaluate((td) => getComputedStyle(td).outlineStyle)).toBe('solid');

    // Corrected, then generated: the pane reads the sheet again before writing.
    await typeInCell(page, SHEET, 'D7', 0.75);
    await page.getByRole('button', { name: 'Tạo bảng xếp hạng' }).click();
    const summary = page.getByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    await summary.waitFor({ timeout: 30_000 });
    // Totals and indices with the tables' decimals, in the pane's convention (a decimal comma).
    await expectText(summary.getByRole('listitem').first(), 'Hạng 1: Xã Tam Hiệp, 95,00 điểm (95,00%)');

    const workbook = await page.evaluate(() => {
      const fake = (window as unknown as Win).__cchcPreview.fake;
      return { names: fake.sheetNames(), overall: fake.valuesFromA1('Xếp hạng chung') };
    });
    expect(workbook.names[0]).toBe(SHEET);
    expect(workbook.names).toEqual(expect.arrayContaining(['Xếp hạng chung', 'Xếp hạng lĩnh vực']));
    // Figures as the table shows them (numbers, or texts in the tables' convention; ranks as "r/L").
    const tamHiep = workbook.overall.find((row) => row.includes('Xã Tam Hiệp'));
    expect(figuresOf(tamHiep)).toEqual(expect.arrayContaining([95, 1]));
    const thanhLiet = workbook.overall.find((row) => row.includes('Xã Thanh Liệt'));
    expect(figuresOf(thanhLiet)).toEqual(expect.arrayContaining([77.75]));
    // The input sheet is as it was (the reviewer's own edit was put back).
    expect(await page.evaluate((s) => (window as unknown as Win).__cchcPreview.fake.snapshot(s), SHEET)).toBe(before);

    // A link opens a written sheet: in the (fake) workbook, and drawn beside the pane with its units and figures.
    await summary.getByRole('button', { name: 'Mở trang “Xếp hạng chung”' }).click();
    await page.waitForFunction(() => (window as unknown as Win).__cchcPreview.fake.activeSheetName() === 'Xếp hạng chung');
    const overallTable = workbookView.locator('table[data-sheet="Xếp hạng chung"]');
    await overallTable.waitFor();
    const tamHiepRow = overallTable.locator('tr', { hasText: 'Xã Tam Hiệp' });
    expect(await tamHiepRow.isVisible()).toBe(true);
    expect(await tamHiepRow.locator('td').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^95(,00)?$/)]));
    expect(await overallTable.locator('tr', { hasText: 'Xã Thanh Liệt' }).locator('td').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/^77,75$/)]));
    expect(await workbookView.getByRole('button', { name: 'Xếp hạng chung', exact: true }).getAttribute('aria-current')).toBe('true');
    await summary.getByRole('button', { name: 'Mở trang “Xếp hạng lĩnh vực”' }).click();
    await workbookView.locator('table[data-sheet="Xếp hạng lĩnh vực"]').waitFor();
    expect(await workbookView.locator('table[data-sheet="Xếp hạng lĩnh vực"]').getByText('Xã Tam Hiệp').first().isVisible()).toBe(true);
    // A tab of the workbook opens its sheet, as Excel's tabs do.
    await workbookView.getByRole('button', { name: 'Xếp hạng chung', exact: true }).click();
    await overallTable.waitFor();
    await page.waitForFunction(() => (window as unknown as Win).__cchcPreview.fake.activeSheetName() === 'Xếp hạng chung');

    await settle(page);
    await summary.screenshot({ path: shot('preview-result.png') });
    // At full width the result stands beside the pane.
    await page.setViewportSize({ width: 1366, height: 900 });
    await settle(page);
    await page.screenshot({ path: shot('preview-wide.png') });
    const [pane, book] = await Promise.all([page.locator('#root').boundingBox(), page.locator('#workbook').boundingBox()]);
    expect(book && pane && book.x >= pane.x + pane.width - 1).toBe(true);
    // At the narrowest task pane nothing runs off the side: the pane and the workbook (which scrolls inside) fit.
    await page.setViewportSize({ width: 320, height: 900 });
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 360, height: 900 });

    // Last year's ranking, copied into the workbook by the reviewer, then chosen in the options.
    await page.evaluate(
      ([name, values]) => (window as unknown as Win).__cchcPreview.fake.seed({ name, values }),
      [LAST_YEAR, lastYearFrom(workbook.overall)] as const,
    );
    await page.getByRole('button', { name: 'Tải lại danh sách trang tính' }).click();
    await page.getByText('Dùng trang tính đã chọn.').waitFor();
    await page.getByRole('button', { name: 'Tùy chọn' }).click();
    const previous = page.getByRole('combobox', { name: 'Kết quả năm trước' });
    expect(await previous.locator('option').allTextContents()).toEqual(['(không có)', LAST_YEAR]);
    await previous.selectOption(LAST_YEAR);
    await page.getByText(`So sánh với kết quả năm trước ở trang “${LAST_YEAR}”.`).waitFor();

    // Grade names are editable; a wrong field says what is wrong, right under it.
    const grades = page.getByRole('group', { name: 'Xếp loại theo chỉ số (%)' });
    await grades.getByRole('textbox', { name: 'Tên loại thứ 2' }).fill('');
    await grades.getByRole('textbox', { name: 'Khá từ' }).fill('85');
    await grades.getByText('Hãy nhập tên loại.').waitFor();
    await grades.getByText('Phải nhỏ hơn 80, mức của loại thứ 2.').waitFor();
    await settle(page);
    await grades.screenshot({ path: shot('preview-grades-invalid.png') });
    await grades.getByRole('textbox', { name: 'Tên loại thứ 2' }).fill('Tốt');
    await grades.getByRole('textbox', { name: 'Khá từ' }).fill('70');
    expect(await grades.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Tạo bảng xếp hạng' }).click();
    const compared = page.getByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    await compared.waitFor({ timeout: 30_000 });
    await expectText(compared.getByTestId('comparison'), new RegExp(`^So sánh với năm trước: 15/16 đơn vị \\(trang “${LAST_YEAR}”\\)\\.`));
    const withPrevious = await page.evaluate(() => (window as unknown as Win).__cchcPreview.fake.valuesFromA1('Xếp hạng chung'));
    const header = withPrevious.find((row) => row.includes('Đơn vị')) ?? [];
    expect(header).toEqual(expect.arrayContaining(['Xếp hạng năm trước', 'Thay đổi', 'Thay đổi chỉ số (%)']));
    const first = withPrevious.find((row) => row.includes('Xã Tam Hiệp')) ?? [];
    // Xã Tam Hiệp, first this year, was second in the table made above.
    expect([figuresOf([first[header.indexOf('Xếp hạng năm trước')]])[0], first[header.indexOf('Thay đổi')]]).toEqual([2, 'tăng 1 bậc']);
    // The options were saved with the choice.
    expect(await page.evaluate(() => JSON.stringify((window as unknown as Win).__cchcPreview.shim.saved()))).toContain(`"previousSheet":"${LAST_YEAR}"`);

    // An option changed after generating: the tables written no longer follow it, and the result
    // says so instead of staying green.
    await page.getByRole('combobox', { name: 'Số chữ số thập phân của tổng điểm và chỉ số' }).selectOption('1');
    await page.getByRole('region', { name: 'Bảng kết quả đã cũ' }).waitFor();
    expect(await page.getByText('Đã tạo bảng xếp hạng', { exact: true }).count()).toBe(0);

    await settle(page);
    await page.screenshot({ path: shot('preview.png'), fullPage: true });
    expect(serious(await axeScan(page))).toEqual([]);

    // The layout form: collapsed until opened; rows and columns offered by what the sheet holds.
    await page.getByRole('button', { name: 'Khai báo bố cục bảng' }).click();
    await page.getByRole('combobox', { name: 'Kiểu bảng' }).selectOption('criteria-as-rows');
    const maxColumn = page.getByRole('combobox', { name: 'Cột điểm tối đa' });
    expect(await maxColumn.locator('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Cột [A-Z]: Điểm tối đa/)]));
    await page.getByRole('group', { name: 'Các cột đơn vị' }).waitFor();
    await settle(page);
    await page.getByTestId('stated-layout').screenshot({ path: shot('preview-layout.png') });
    expect(serious(await axeScan(page))).toEqual([]);

    // "Xoá các bảng kết quả": asked first (an accessible dialog), then only the sheets written go,
    // from the workbook and from the view beside the pane; the reviewer's own sheets stay.
    await page.getByRole('button', { name: 'Xoá các bảng kết quả' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Xoá các bảng kết quả?' });
    await dialog.waitFor();
    await settle(page);
    expect(serious(await axeScan(page))).toEqual([]);
    await dialog.getByRole('button', { name: 'Xoá', exact: true }).click();
    await page.getByText(/^Đã xoá \d+ trang tính: Xếp hạng chung, /).waitFor();
    expect(await page.evaluate(() => (window as unknown as Win).__cchcPreview.fake.sheetNames())).toEqual([SHEET, LAST_YEAR]);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="workbook"] nav li').length === 2);

    expect(await page.evaluate(() => (window as unknown as Win).__csp)).toEqual([]);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the preview in English: every string of the pane translated', async () => {
  const { context, page, problems } = await localPage(browser, origin);
  try {
    await page.goto(`${origin}preview.html?lang=en`);
    await page.getByRole('region', { name: 'Found' }).waitFor();
    await page.getByRole('button', { name: 'Options' }).click();
    await page.getByRole('combobox', { name: 'Last year’s result' }).waitFor();
    await page.getByRole('button', { name: 'State the layout' }).click();
    await page.getByRole('combobox', { name: 'Kind of table' }).selectOption('units-as-rows');
    await page.getByRole('group', { name: 'Component columns' }).waitFor();
    await page.getByRole('button', { name: 'Create ranking tables' }).click();
    await page.getByRole('region', { name: 'Ranking tables created' }).waitFor({ timeout: 30_000 });
    await settle(page);
    await page.screenshot({ path: shot('preview-en.png'), fullPage: true });

    // No text the reviewer reads is a Vietnamese catalogue string (sheet names, which are data, aside).
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('option, optgroup, [data-testid="preview-banner"], [data-workbook-text]'))
        .flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => (n.textContent ?? '').trim()))
        .filter((t) => t !== ''),
    );
    expect(texts.filter((t) => VIETNAMESE_ONLY.has(t))).toEqual([]);
    expect(serious(await axeScan(page))).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the task pane page without office.js says it could not load it, loading nothing from elsewhere', async () => {
  // Outside Office with office.js loaded, the page says where to open it: test/browser/startup.browser.ts.
  const { context, page, blocked } = await localPage(browser, origin);
  try {
    await page.goto(`${origin}taskpane.html`);
    const alert = page.getByRole('alert').filter({ visible: true });
    await alert.waitFor();
    await expectText(alert, /^Không tải được office\.js từ máy chủ của Microsoft/);
    // office.js is requested from Microsoft's CDN and stopped by the test: nothing leaves the machine.
    expect(blocked).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  } finally {
    await context.close();
  }
});

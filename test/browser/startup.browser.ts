/**
 * The built task pane's first screen in Chromium, in the ways real hosts fail before the pane can
 * start: office.js blocked (a CDN the network refuses), office.js loaded but Office never ready
 * (a short start-up timeout set for the test), opened in a plain browser (Office reports no host),
 * and a webview too old for the bundle (features removed before the page loads, an old user agent,
 * a bundle that does not parse). Each time a message, Vietnamese then English, never a blank pane.
 * Screenshots in artifacts/startup-*.png.
 */
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { vi } from '../../src/i18n/ui.vi';
import { ARTIFACTS, closePane, localPage, servePane, type ServedPane } from './browser';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Internet Explorer 11 as Office's Trident webview reports itself. */
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
/** A build made beforehand to check instead (as test/build does). */
const GIVEN = process.env.CCHC_TEST_DIST;

let pane: ServedPane;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  pane = await servePane(GIVEN ? path.resolve(GIVEN) : undefined);
  ({ origin, browser } = pane);
}, 600_000);

afterAll(() => closePane(pane));

/**
 * office.js replaced by a stand-in: `Office.onReady` resolves with window.__officeHost when the test
 * set it before the page loaded (null for a plain browser, as office.js reports outside Office),
 * else only when the test calls window.__officeReady(host).
 */
const OFFICE_STAND_IN = `
  window.Office = {
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: 'vi-VN' },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        window.__officeReady = function (host) {
          var info = { host: host, platform: null };
          if (callback) callback(info);
          resolve(info);
        };
        if ('__officeHost' in window) window.__officeReady(window.__officeHost);
      });
    }
  };`;

type StandIn = { CCHC_STARTUP_TIMEOUT_MS?: number; __officeHost?: string | null; __officeReady: (host: string | null) => void };

async function serveOfficeStandIn(page: Page) {
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STAND_IN }));
}

/** The ids of the first screen's messages that are on screen. */
async function shownMessages(page: Page): Promise<string[]> {
  return page.$$eval('#cchc-startup > section', (sections) => sections.filter((s) => !(s as HTMLElement).hidden && (s as HTMLElement).offsetHeight > 0).map((s) => s.id));
}

/** A message's text: its Vietnamese part, then its English part. */
async function parts(page: Page, id: string): Promise<{ vi: string; en: string }> {
  return page.$eval(`#${id}`, (section) => {
    const en = section.querySelector('div[lang="en"]');
    const all = (section as HTMLElement).innerText;
    const english = en ? (en as HTMLElement).innerText : '';
    return { vi: all.slice(0, all.indexOf(english)), en: english };
  });
}

/** Console errors other than the browser's own report of the request the test blocked. */
function realProblems(problems: string[]): string[] {
  return problems.filter((p) => !/Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/.test(p));
}

test('office.js blocked: says office.js could not be loaded from Microsoft, not "open it in Excel"', async () => {
  const { context, page, blocked, problems } = await localPage(browser, origin);
  try {
    await page.goto(`${origin}taskpane.html`);
    await page.locator('#cchc-office-missing').waitFor({ state: 'visible', timeout: 10_000 });
    expect(blocked).toEqual([OFFICE_JS]);
    expect(await shownMessages(page)).toEqual(['cchc-office-missing']);
    const text = await parts(page, 'cchc-office-missing');
    expect(text.vi).toMatch(/^Không tải được office\.js từ máy chủ của Microsoft/);
    expect(text.vi).toContain('https://appsforoffice.microsoft.com');
    expect(text.en).toMatch(/^office\.js could not be loaded from Microsoft/);
    expect(text.en).toMatch(/proxy/);
    expect(text.en).toMatch(/open the add-in again/);
    // Not the plain-browser message: inside Excel that would be wrong.
    expect(await page.locator('body').innerText()).not.toContain(vi.notInExcel);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(realProblems(problems)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'startup-office-blocked.png'), fullPage: true });
  } finally {
    await context.close();
  }
});

test('office.js loaded but Office never ready: a timeout message, gone when Office answers', async () => {
  const { context, page, problems } = await localPage(browser, origin);
  try {
    await serveOfficeStandIn(page);
    await page.addInitScript(() => {
      (window as unknown as StandIn).CCHC_STARTUP_TIMEOUT_MS = 1000;
    });
    await page.goto(`${origin}taskpane.html`);
    await page.locator('#cchc-office-slow').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await shownMessages(page)).toEqual(['cchc-office-slow']);
    const text = await parts(page, 'cchc-office-slow');
    expect(text.vi).toMatch(/^Excel chưa sẵn sàng sau 1 giây/);
    expect(text.en).toMatch(/^Excel is not ready after 1 seconds/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'startup-office-slow.png'), fullPage: true });
    // Office answers late (here: outside Office): the timeout message goes, the pane says where it is.
    await page.evaluate(() => (window as unknown as StandIn).__officeReady(null));
    await page.getByRole('alert').filter({ hasText: vi.notInExcel }).waitFor();
    expect(await shownMessages(page)).toEqual([]);
    expect(realProblems(problems)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('opened in a plain browser: Office reports no host, and the pane says to open it in Excel', async () => {
  const { context, page, problems } = await localPage(browser, origin);
  try {
    await serveOfficeStandIn(page);
    await page.addInitScript(() => {
      const w = window as unknown as StandIn;
      w.CCHC_STARTUP_TIMEOUT_MS = 1000;
      w.__officeHost = null;
    });
    await page.goto(`${origin}taskpane.html`);
    await page.getByRole('alert').filter({ hasText: vi.notInExcel }).waitFor();
    // Past the timeout, still no start-up message: Office did answer.
    await page.waitForTimeout(1500);
    expect(await shownMessages(page)).toEqual([]);
    expect(realProblems(problems)).toEqual([]);
  } finally {
    await context.close();
  }
});

describe('a webview too old for the bundle', () => {
  test('features missing (Edge Legacy, old Safari): says which Excel works and what to do', async () => {
    const { context, page, problems } = await localPage(browser, origin, undefined, { userAgent: IE11 });
    try {
      await serveOfficeStandIn(page);
      await page.addInitScript(() => {
        delete (window as unknown as Record<string, unknown>).ResizeObserver;
        delete (Object as unknown as Record<string, unknown>).fromEntries;
        // Office is there, in Excel: the pane must still not start.
        (window as unknown as StandIn).__officeHost = 'Excel';
      });
      await page.goto(`${origin}taskpane.html`);
      await page.locator('#cchc-unsupported').waitFor({ state: 'visible', timeout: 10_000 });
      await page.waitForLoadState('load');
      expect(await shownMessages(page)).toEqual(['cchc-unsupported']);
      const text = await parts(page, 'cchc-unsupported');
      expect(text.vi).toMatch(/^Phiên bản Excel này không chạy được ngăn tác vụ Chỉ số CCHC/);
      expect(text.vi).toMatch(/Microsoft 365.*Excel 2021.*Excel 2024/s);
      expect(text.vi).toMatch(/WebView2 Runtime/);
      expect(text.vi).toMatch(/Excel trên web/);
      expect(text.en).toMatch(/^This version of Excel cannot run the PAR Index task pane/);
      expect(text.en).toMatch(/Install the Microsoft Edge WebView2 Runtime/);
      expect(text.en).toMatch(/Excel on the web/);
      // For whoever gives support: what is missing, and the webview.
      expect(await page.locator('#cchc-unsupported-detail').innerText()).toBe(`Thiếu / Missing: Object.fromEntries, ResizeObserver · ${IE11}`);
      // The bundle did not start the pane, and nothing failed on the way.
      expect(await page.locator('#root').isHidden()).toBe(true);
      expect(await page.locator('#root').innerHTML()).toBe('');
      expect(realProblems(problems)).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, 'startup-unsupported.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('a bundle the webview cannot parse: the same message, not a blank pane', async () => {
    const { context, page, problems } = await localPage(browser, origin, undefined, { userAgent: IE11 });
    try {
      await serveOfficeStandIn(page);
      // What an ES5-only webview makes of a modern bundle: a syntax error in the first chunk.
      await page.route(/\/vendor-react\.[0-9a-f]{8}\.js$/, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: 'class A { static { this.depth = 10; } }\n#' }),
      );
      await page.goto(`${origin}taskpane.html`);
      await page.locator('#cchc-unsupported').waitFor({ state: 'visible', timeout: 10_000 });
      expect(await shownMessages(page)).toEqual(['cchc-unsupported']);
      expect(await page.locator('#cchc-unsupported-detail').innerText()).toMatch(/^Thiếu \/ Missing: .*SyntaxError/);
      expect(realProblems(problems)).toEqual([expect.stringMatching(/^pageerror: .*(Invalid|Unexpected)/)]);
    } finally {
      await context.close();
    }
  });
});

/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium through playwright-core, headless,
 * with every request that is not for the local server aborted before it leaves the browser.
 */
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page that may load only from `origin`; everything else is aborted and recorded. `options` add
 * to the context's (a user agent, say).
 */
export async function localPage(browser: Browser, origin: string, viewport = { width: 360, height: 900 }, options: BrowserContextOptions = {}) {
  // A task pane's width; no animations, so screenshots show settled states.
  const context: BrowserContext = await browser.newContext({ viewport, locale: 'vi-VN', reducedMotion: 'reduce', ...options });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  // CSP violations are reported as events; keep them where the test can read them.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, page, blocked, problems };
}

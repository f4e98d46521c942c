/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium through playwright-core, headless,
 * with every request that is not for the local server aborted before it leaves the browser.
 */
import * as fs from 'node:fs';
import type { Server } from 'node:http';
import * as path from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { serveDist } from '../../scripts/serve-dist';
import { sharedTaskPaneBuild } from '../../scripts/webpack-build';
import { requireTools } from '../helpers/system-tools';

/** Where the browser tests leave their screenshots (CI keeps them). */
export const ARTIFACTS = path.resolve(__dirname, '../../artifacts');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** The built pane served on a free port, and Chromium: what each browser test starts from. */
export interface ServedPane {
  server: Server;
  origin: string;
  browser: Browser;
}

/** Serves `dist` (by default the shared production build) and launches Chromium. */
export async function servePane(dist?: string): Promise<ServedPane> {
  requireTools('chromium');
  const root = dist ?? (await sharedTaskPaneBuild({ addinUrl: 'https://example.org/cchc/' }));
  const { server, url } = await serveDist(root, 0);
  const browser = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return { server, origin: url, browser };
}

export async function closePane(pane: ServedPane | undefined): Promise<void> {
  await pane?.browser.close();
  await new Promise<void>((resolve) => (pane ? pane.server.close(() => resolve()) : resolve()));
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

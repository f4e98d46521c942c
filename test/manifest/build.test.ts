/**
 * The production build: every icon and URL the manifest names is a file of dist/ (an icon removed
 * makes this fail), the production URL replaces the development one (and without one the build
 * refuses), the page's CSP allows only the pane's own scripts and office.js, and no eval or source
 * map ships.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { initialJs } from '../../scripts/bundle-size';
import { sharedTaskPaneBuild } from '../../scripts/webpack-build';
import { buildProblems, manifestUrls } from './checks';
import { parseXml, type XmlElement } from './xml';

const PROD_URL = 'https://example.org/cchc/';
const BUDGET_GZIP = 400 * 1024;

let dist: string;
let manifest: XmlElement;
let manifestText: string;

beforeAll(async () => {
  dist = await sharedTaskPaneBuild({ addinUrl: PROD_URL });
  manifestText = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
  manifest = parseXml(manifestText);
}, 240_000);

describe('the manifest in the build', () => {
  it('points at the production URL, never at localhost', () => {
    expect(manifestText).not.toContain('localhost');
    const urls = manifestUrls(manifest).map((u) => u.url);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) expect(url.startsWith(PROD_URL)).toBe(true);
  });

  it('names only files that the build contains, icons of the declared sizes', () => {
    expect(buildProblems(manifest, PROD_URL, dist)).toEqual([]);
    const files = new Set(manifestUrls(manifest).map((u) => u.url.slice(PROD_URL.length)));
    expect([...files].sort()).toEqual([
      'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'help.html', 'taskpane.html',
    ]);
  });

  it('fails when an icon is missing from the build', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-dist-copy-'));
    try {
      fs.cpSync(dist, copy, { recursive: true });
      fs.rmSync(path.join(copy, 'assets/icon-80.png'));
      expect(buildProblems(manifest, PROD_URL, copy)).toEqual([
        '<bt:Image id="Icon.80x80" DefaultValue>: assets/icon-80.png is missing from the build',
      ]);
      // An icon of the wrong size is caught too.
      fs.copyFileSync(path.join(copy, 'assets/icon-64.png'), path.join(copy, 'assets/icon-80.png'));
      expect(buildProblems(manifest, PROD_URL, copy)).toEqual([
        '<bt:Image id="Icon.80x80" DefaultValue>: assets/icon-80.png is 64x64, expected 80x80',
      ]);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the production build without a URL', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: { mode?: string }) => { mode: string };
  const saved = process.env.ADDIN_URL;
  beforeEach(() => {
    delete process.env.ADDIN_URL;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  it('refuses to write a manifest pointing at localhost, saying what to give', () => {
    expect(() => makeConfig({}, { mode: 'production' })).toThrow(/needs the URL where dist\/ will be hosted.*ADDIN_URL=https:\/\/.*--env addinUrl=/s);
    expect(() => makeConfig({}, {})).toThrow(/ADDIN_URL/);
  });

  it('builds with ADDIN_URL or --env addinUrl, and in development without either', () => {
    expect(makeConfig({ addinUrl: PROD_URL }, { mode: 'production' }).mode).toBe('production');
    process.env.ADDIN_URL = PROD_URL;
    expect(makeConfig({}, { mode: 'production' }).mode).toBe('production');
    delete process.env.ADDIN_URL;
    // As the dev server (npm run preview, npm start) builds.
    expect(makeConfig({}, { mode: 'development' }).mode).toBe('development');
  });
});

describe('the task pane page', () => {
  const csp = () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const m = /http-equiv=("?)Content-Security-Policy\1 content="([^"]+)"/.exec(html);
    if (!m) throw new Error('taskpane.html has no CSP meta');
    return new Map(m[2].split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  };

  it('loads its start-up check, office.js from Microsoft and its own bundle, nothing else', () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
    expect(scripts.slice(0, 2)).toEqual(['startup-check.js', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    for (const src of [scripts[0], ...scripts.slice(2)]) {
      expect(src).toMatch(/^[\w.-]+\.js$/);
      expect(fs.existsSync(path.join(dist, src))).toBe(true);
    }
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  });

  it('has a CSP: scripts from itself and office.js only, no eval, connections to itself only', () => {
    const policy = csp();
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const values of policy.values()) expect(values).not.toContain("'unsafe-eval'");
  });

  it('ships no eval, no Function constructor and no source maps', () => {
    const js = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) {
      const text = fs.readFileSync(path.join(dist, f), 'utf8');
      expect({ f, evals: /\beval\(|new Function\(|\bFunction\(["']/.test(text) }).toEqual({ f, evals: false });
      expect(text).not.toMatch(/sourceMappingURL/);
    }
    expect(fs.readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.map'))).toEqual([]);
  });

  it(`keeps the initial JavaScript within ${BUDGET_GZIP / 1024} KB gzip, React in its own chunk`, () => {
    const size = initialJs(dist);
    expect(size.files.map((f) => f.file.replace(/\.[0-9a-f]{8}\.js$/, ''))).toEqual(['startup-check.js', 'vendor-react', 'vendor', 'taskpane']);
    expect(size.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
  });
});

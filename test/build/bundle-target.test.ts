/**
 * The production bundle runs in the browsers package.json's "browserslist" names: every built
 * script parses at the ECMAScript edition all of them support (ES2021 today: Safari 15 has no class
 * static blocks), node_modules included; the first screen's check (startup-check.js) is ES5, so
 * that it runs in the Internet Explorer 11 and Edge Legacy webviews it turns away, and it runs
 * before office.js and the bundle.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sharedTaskPaneBuild } from '../../scripts/webpack-build';
import { jsFiles, parseProblem, supportedEdition } from './es-level';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const BROWSERS: string[] = require('../../package.json').browserslist;
/** The edition the built scripts are held to; the first test ties it to BROWSERS. */
const EDITION = 2021;
const STARTUP_CHECK = path.resolve(__dirname, '../../src/taskpane/startup-check.js');

/** A build made beforehand (`npx webpack --mode production --env outDir=...`) to check instead. */
const GIVEN = process.env.CCHC_TEST_DIST;
let dist: string;

beforeAll(async () => {
  if (GIVEN) {
    dist = path.resolve(GIVEN);
    return;
  }
  dist = await sharedTaskPaneBuild({ addinUrl: 'https://example.org/cchc/' });
}, 600_000);

it('states its browsers: WebView2 (Chromium), Safari 15 on Mac and iPad, current browsers on the web', () => {
  expect(BROWSERS).toEqual(expect.arrayContaining([expect.stringMatching(/^edge >= \d+$/), expect.stringMatching(/^safari >= \d+/), expect.stringMatching(/^ios_saf >= \d+/)]));
  // The edition below is the highest these browsers all run, by Babel's own data.
  expect(supportedEdition(BROWSERS)).toBe(EDITION);
  // And the check of the edition knows old webviews: Internet Explorer 11 runs ES5 only.
  expect(supportedEdition(['ie 11'])).toBeLessThan(2015);
});

it(`compiles every script of the build, node_modules included, to ES${EDITION}`, () => {
  const scripts = jsFiles(dist).filter((f) => !f.startsWith('startup-check'));
  expect(scripts.map((f) => f.replace(/\.[0-9a-f]{8}\.js$/, '')).sort()).toEqual(['docx', 'preview', 'taskpane', 'vendor', 'vendor-react']);
  expect(scripts.map((f) => parseProblem(path.join(dist, f), EDITION)).filter(Boolean)).toEqual([]);
});

it('the edition check fails on what the old build shipped: a class static block, a class field', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-es-'));
  try {
    fs.writeFileSync(path.join(dir, 'static-block.js'), 'class A { static { this.depth = 10; } }\n');
    fs.writeFileSync(path.join(dir, 'field.js'), 'class B { x = 1; }\n');
    fs.writeFileSync(path.join(dir, 'es2021.js'), 'let a = null; a ??= 1_000; const b = a?.c;\n');
    expect(jsFiles(dir).map((f) => [f, parseProblem(path.join(dir, f), EDITION) === undefined])).toEqual([
      ['es2021.js', true], ['field.js', false], ['static-block.js', false],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('the first screen', () => {
  it('is ES5, as written and as shipped', () => {
    expect(parseProblem(STARTUP_CHECK, 5)).toBeUndefined();
    expect(parseProblem(path.join(dist, 'startup-check.js'), 5)).toBeUndefined();
    // ES5 means ES5: one arrow function in it fails the check.
    const source = fs.readFileSync(STARTUP_CHECK, 'utf8');
    const arrow = path.join(dist, 'startup-check-es2015.js');
    expect(source).toContain('var need = function (name, present) {');
    fs.writeFileSync(arrow, source.replace('var need = function (name, present) {', 'var need = (name, present) => {'));
    expect(parseProblem(arrow, 5)).toMatch(/^startup-check-es2015\.js: /);
    fs.rmSync(arrow);
  });

  it('runs first: before office.js and the bundle, neither deferred nor async', () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    expect(scripts[0]).toMatch(/^\s*src="?startup-check\.js"?\s*$/);
    expect(scripts[1]).toMatch(/^\s*src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?\s*$/);
    for (const attrs of scripts.slice(2)) expect(attrs).toMatch(/\bdefer\b/);
  });

  it('has its three messages as static markup, Vietnamese then English, hidden until chosen', () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    for (const id of ['cchc-unsupported', 'cchc-office-missing', 'cchc-office-slow']) {
      const section = new RegExp(`<section id="?${id}"?[^>]*>([\\s\\S]*?)</section>`).exec(html);
      expect({ id, found: Boolean(section) }).toEqual({ id, found: true });
      const [, body] = section as RegExpExecArray;
      expect(section?.[0]).toMatch(/\bhidden\b/);
      const english = body.search(/<div lang="?en"?>/);
      expect(english).toBeGreaterThan(0);
      // Vietnamese before the English part.
      expect(body.slice(0, english)).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    }
  });
});

#!/usr/bin/env node
/**
 * The browser preview's sample workbook: every sheet of an .xlsx, in tab order, read by the
 * product's own reader (src/workbook/xlsx, the command line's adapter: openXlsx, listSheets,
 * readSheet), printed as the JSON the preview fetches (src/taskpane/preview/sample.ts):
 *
 *   { "source": "thanh-tri-2021.xlsx", "sheets": [{ "name", "visible", "grid": SheetGrid }] }
 *
 * scripts/sample-grid-plugin.js runs it in a child process at build time, with `--with-sources`
 * (prints `{ "sample": ..., "sources": [the src/ files the reader loaded] }`, so the plugin knows
 * when to read again); by hand:
 *
 *   node scripts/sample-workbook.js samples/thanh-tri-2021.xlsx > /tmp/sample.json
 */
'use strict';
const path = require('node:path');
require('./register-ts').registerTypeScript();
const { openXlsx } = require('../src/workbook/xlsx');

/** @param {string} file */
async function sampleWorkbook(file) {
  const workbook = await openXlsx(file);
  const sheets = [];
  for (const sheet of await workbook.listSheets()) {
    sheets.push({ name: sheet.name, visible: sheet.visible, grid: await workbook.readSheet(sheet.name) });
  }
  return { source: path.basename(file), sheets };
}

/** The project's source files loaded so far in this process (the reader and what it imports). */
function loadedSources() {
  const src = path.resolve(__dirname, '..', 'src') + path.sep;
  return Object.keys(require.cache).filter((f) => f.startsWith(src)).sort();
}

module.exports = { sampleWorkbook, loadedSources };

if (require.main === module) {
  const args = process.argv.slice(2);
  const withSources = args[0] === '--with-sources';
  const file = withSources ? args[1] : args[0];
  if (!file || args.length !== (withSources ? 2 : 1)) {
    process.stderr.write('usage: node scripts/sample-workbook.js [--with-sources] FILE.xlsx\n');
    process.exit(2);
  }
  sampleWorkbook(file).then(
    (sample) => process.stdout.write(`${JSON.stringify(withSources ? { sample, sources: loadedSources() } : sample)}\n`),
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      if (error && error.cause) process.stderr.write(`caused by: ${error.cause.stack || error.cause}\n`);
      process.exit(1);
    },
  );
}

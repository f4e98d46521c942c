#!/usr/bin/env node
/**
 * Initial JavaScript of the built task pane: the scripts taskpane.html loads from the build
 * (office.js from Microsoft's CDN excluded), raw and gzip-compressed.
 *
 *   node scripts/bundle-size.js [distDir] [--json] [--budget-kb 400]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

/** @returns {{ files: { file: string, bytes: number, gzip: number }[], bytes: number, gzip: number }} */
function initialJs(distDir, page = 'taskpane.html') {
  const html = fs.readFileSync(path.join(distDir, page), 'utf8');
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] || m[2] || m[3])
    .filter((src) => !/^https?:/.test(src));
  const files = srcs.map((src) => {
    const data = fs.readFileSync(path.join(distDir, src));
    return { file: src, bytes: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
  });
  return {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}

module.exports = { initialJs };

if (require.main === module) {
  const args = process.argv.slice(2);
  const dist = path.resolve(args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) || 'dist');
  const budgetAt = args.indexOf('--budget-kb');
  const budgetKb = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 400;
  const size = initialJs(dist);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...size, budgetKb, pass: size.gzip <= budgetKb * 1024 })}\n`);
  } else {
    for (const f of size.files) process.stdout.write(`${f.file.padEnd(40)} ${(f.bytes / 1024).toFixed(1).padStart(8)} KB  ${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip\n`);
    const pass = size.gzip <= budgetKb * 1024;
    process.stdout.write(`initial JS: ${(size.bytes / 1024).toFixed(1)} KB, ${(size.gzip / 1024).toFixed(1)} KB gzip; budget ${budgetKb} KB gzip: ${pass ? 'PASS' : 'FAIL'}\n`);
    process.exitCode = pass ? 0 : 1;
  }
}

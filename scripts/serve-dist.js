#!/usr/bin/env node
/**
 * A small static server for the built pane (dist/), on the loopback interface only. Used by the
 * browser test and by `npm run preview` (open http://localhost:3001/preview.html).
 *
 *   node scripts/serve-dist.js [distDir] [port]
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { URL } = require('node:url');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Starts serving `root`; resolves with the server and its base URL ("http://127.0.0.1:PORT/").
 * @param {string} root
 * @param {number} [port] 0 for any free port
 */
function serveDist(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    const file = path.resolve(base, `.${urlPath === '/' ? '/preview.html' : urlPath}`);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

module.exports = { serveDist };

if (require.main === module) {
  const dir = process.argv[2] || path.join(__dirname, '..', 'dist');
  const port = Number(process.argv[3] || 3001);
  if (!fs.existsSync(path.join(dir, 'preview.html'))) {
    process.stderr.write(`No build in ${dir}: run \`npm run build:dev\` (or a production build, ADDIN_URL=https://... npm run build) first.\n`);
    process.exit(1);
  }
  serveDist(dir, port).then(({ url }) => {
    process.stdout.write(`Serving ${dir}\n  preview: ${url}preview.html\n  (Ctrl+C to stop)\n`);
  });
}

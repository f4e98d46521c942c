/**
 * Builds the task pane with webpack's Node API, in-process (used by the manifest and browser tests).
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const webpack = require('webpack');
const makeConfig = require('../webpack.config.js');

/**
 * Runs webpack once on `config` (its logging quiet) and closes the compiler; resolves to the
 * stats, rejects with webpack's errors when the build has any.
 * @param {import('webpack').Configuration} config
 * @returns {Promise<import('webpack').Stats>}
 */
function runWebpack(config) {
  config.infrastructureLogging = { level: 'error' };
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close((closeErr) => {
        if (err || closeErr) return reject(err || closeErr);
        if (!stats) return reject(new Error('webpack gave no stats'));
        if (stats.hasErrors()) return reject(new Error(`webpack build failed:\n${stats.toString('errors-only')}`));
        resolve(stats);
      });
    });
  });
}

/**
 * @param {{ outDir: string, mode?: 'production' | 'development', addinUrl?: string }} options
 * @returns {Promise<{ outDir: string, warnings: string[] }>}
 */
async function buildTaskPane(options) {
  const config = makeConfig(
    { outDir: path.resolve(options.outDir), ...(options.addinUrl ? { addinUrl: options.addinUrl } : {}) },
    { mode: options.mode || 'production' },
  );
  const stats = await runWebpack(config);
  return { outDir: config.output.path, warnings: stats.compilation.warnings.map((w) => w.message) };
}

/** What a production build of the pane is made from: a change to any of these makes a new build. */
const BUILD_INPUTS = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package.json', 'package-lock.json', 'tsconfig.json',
  'scripts/sample-grid-plugin.js', 'samples/thanh-tri-2021.xlsx'];

/** A digest of every file under `inputs` (paths and contents), relative to the project's root. */
function inputsDigest(root, inputs) {
  const hash = crypto.createHash('sha256');
  const visit = (rel) => {
    const abs = path.join(root, rel);
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) visit(path.join(rel, name));
      return;
    }
    hash.update(`${rel}\0`);
    hash.update(fs.readFileSync(abs));
  };
  for (const rel of inputs) visit(rel);
  return hash.digest('hex').slice(0, 16);
}

/**
 * One production build of the pane for every test that only reads it (the manifest, the browser
 * target, the browser tests), in the system's temporary folder under a name made of the inputs'
 * digest and `addinUrl`: the first test builds it, the others in this run (or a later run with the
 * same sources) find it complete. A test that changes files copies the build first.
 * @param {{ addinUrl: string }} options
 * @returns {Promise<string>} the build's folder
 */
async function sharedTaskPaneBuild(options) {
  const root = path.resolve(__dirname, '..');
  const key = inputsDigest(root, [...BUILD_INPUTS]) + crypto.createHash('sha256').update(options.addinUrl).digest('hex').slice(0, 8);
  const dir = path.join(os.tmpdir(), `cchc-pane-build-${key}`);
  // The folder appears whole: each build is made under its own name and renamed when done.
  if (fs.existsSync(dir)) return dir;
  const part = `${dir}.part-${process.pid}-${Date.now()}`;
  await buildTaskPane({ outDir: part, mode: 'production', addinUrl: options.addinUrl });
  try {
    fs.renameSync(part, dir);
  } catch (e) {
    // Another test process finished the same build first: keep theirs.
    fs.rmSync(part, { recursive: true, force: true });
    if (!fs.existsSync(dir)) throw e;
  }
  return dir;
}

module.exports = { buildTaskPane, sharedTaskPaneBuild };

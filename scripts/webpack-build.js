/**
 * Builds the task pane with webpack's Node API, in-process (used by the manifest and browser tests).
 */
'use strict';
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

module.exports = { buildTaskPane };

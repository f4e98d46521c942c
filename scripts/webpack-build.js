/**
 * Builds the task pane with webpack's Node API, in-process (used by the manifest and browser tests).
 */
'use strict';
const path = require('node:path');
const webpack = require('webpack');
const makeConfig = require('../webpack.config.js');

/**
 * @param {{ outDir: string, mode?: 'production' | 'development', addinUrl?: string }} options
 * @returns {Promise<{ outDir: string, warnings: string[] }>}
 */
function buildTaskPane(options) {
  const config = makeConfig(
    { outDir: path.resolve(options.outDir), ...(options.addinUrl ? { addinUrl: options.addinUrl } : {}) },
    { mode: options.mode || 'production' },
  );
  config.infrastructureLogging = { level: 'error' };
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close((closeErr) => {
        if (err || closeErr) return reject(err || closeErr);
        if (!stats) return reject(new Error('webpack gave no stats'));
        if (stats.hasErrors()) return reject(new Error(`webpack build failed:\n${stats.toString('errors-only')}`));
        const warnings = stats.compilation.warnings.map((w) => w.message);
        resolve({ outDir: config.output.path, warnings });
      });
    });
  });
}

/**
 * Builds the command line's one-file bundle (webpack.cli.config.js) into `outDir`; resolves to
 * the bundle's path.
 * @param {{ outDir: string }} options
 * @returns {Promise<string>}
 */
function buildCli(options) {
  const config = require('../webpack.cli.config.js')({ outDir: options.outDir });
  config.infrastructureLogging = { level: 'error' };
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close((closeErr) => {
        if (err || closeErr) return reject(err || closeErr);
        if (!stats || stats.hasErrors()) return reject(new Error(`webpack build failed:\n${stats ? stats.toString('errors-only') : ''}`));
        resolve(path.join(config.output.path, 'cchc.js'));
      });
    });
  });
}

module.exports = { buildTaskPane, buildCli };

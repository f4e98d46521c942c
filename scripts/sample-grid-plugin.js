/**
 * Webpack plugin: reads the sample workbook with the product's own xlsx reader at build time
 * (scripts/sample-workbook.js, run in a child process so the build's process loads no TypeScript
 * hook and always runs the current reader) and emits the result as an asset (e.g.
 * preview/sample.json) that the browser preview fetches and loads into the fake Excel.
 *
 * The sample and the reader's source files are watched; a watch rebuild reads the sample again
 * only when one of them changed.
 */
'use strict';
const { execFile } = require('node:child_process');
const path = require('node:path');

const SCRIPT = path.join(__dirname, 'sample-workbook.js');

/** Runs the reader on `xlsx`; resolves to { json, sources }. */
function readSample(xlsx) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [SCRIPT, '--with-sources', xlsx], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`Could not read the preview's sample ${xlsx} (node ${path.relative(process.cwd(), SCRIPT)}):\n${stderr || error.message}`, { cause: error }));
        return;
      }
      const { sample, sources } = JSON.parse(stdout);
      resolve({ json: JSON.stringify(sample), sources });
    });
  });
}

class SampleGridPlugin {
  /** @param {{ xlsx: string, asset: string }} options */
  constructor(options) {
    this.options = options;
    /** @type {{ json: string, sources: string[] } | undefined} */
    this.last = undefined;
  }

  apply(compiler) {
    const { xlsx, asset } = this.options;
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('SampleGridPlugin', (compilation) => {
      compilation.fileDependencies.add(xlsx);
      compilation.hooks.processAssets.tapPromise(
        { name: 'SampleGridPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          if (!this.last || this._changed(compiler, [xlsx, ...this.last.sources])) this.last = await readSample(xlsx);
          for (const file of this.last.sources) compilation.fileDependencies.add(file);
          compilation.emitAsset(asset, new sources.RawSource(this.last.json));
        },
      );
    });
  }

  /** True unless this is a watch rebuild in which none of `files` changed. */
  _changed(compiler, files) {
    const { modifiedFiles, removedFiles } = compiler;
    if (!modifiedFiles) return true;
    return files.some((f) => modifiedFiles.has(f) || (removedFiles !== undefined && removedFiles.has(f)));
  }
}

module.exports = { SampleGridPlugin };

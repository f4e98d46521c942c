/**
 * Webpack plugin: converts the sample workbook into JSON grids at build time and emits it as an
 * asset (e.g. preview/sample.json) that the browser preview fetches and loads into the fake Excel.
 */
'use strict';
const { xlsxToGrids } = require('./xlsx-to-grid');

class SampleGridPlugin {
  /** @param {{ xlsx: string, asset: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { xlsx, asset } = this.options;
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('SampleGridPlugin', (compilation) => {
      compilation.fileDependencies.add(xlsx);
      compilation.hooks.processAssets.tapPromise(
        { name: 'SampleGridPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const workbook = await xlsxToGrids(xlsx);
          const json = JSON.stringify({ source: require('node:path').basename(xlsx), ...workbook });
          compilation.emitAsset(asset, new sources.RawSource(json));
        },
      );
    });
  }
}

module.exports = { SampleGridPlugin };

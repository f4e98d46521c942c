/* The command line bundled into one file for Node (`npm run build:cli` -> build/cli/cchc.js).
 *
 * One file loads in a fraction of the time the hundred-odd modules of a plain TypeScript build
 * take, and loading is a good part of a small workbook's run (the budget: 20 units within 3× a
 * bare `node -e 0`; docs/performance.md). SheetJS (only for .xls and .ods) stays outside and is
 * loaded from node_modules on the first such file; nothing else is required at run time but
 * Node's own modules.
 */
'use strict';
const path = require('node:path');

/** @param {{ outDir?: string }} env */
module.exports = (env = {}) => ({
  mode: 'production',
  target: 'node20',
  context: __dirname,
  entry: { cchc: './src/cli/bin.ts' },
  output: { path: path.resolve(env.outDir || path.join(__dirname, 'build/cli')), filename: '[name].js', clean: true },
  externals: { '@e965/xlsx': 'commonjs @e965/xlsx' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{
      test: /\.ts$/,
      exclude: /node_modules/,
      loader: 'ts-loader',
      options: {
        transpileOnly: true,
        configFile: path.resolve(__dirname, 'tsconfig.cli.json'),
        compilerOptions: { module: 'esnext', target: 'es2022', sourceMap: false },
      },
    }],
  },
  // Readable stack traces in a user's bug report; the size hardly matters on a disk.
  optimization: { minimize: false },
  performance: { hints: false },
  devtool: false,
  stats: 'errors-warnings',
});

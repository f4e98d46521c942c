/* Build of the task pane (taskpane.html), its browser preview (preview.html) and the manifest.
 *
 *   npx webpack --mode production           -> dist/ (no source maps, tree-shaken ES modules)
 *   npx webpack serve --mode development    -> https://localhost:3000/ (http when no dev certs)
 *   ADDIN_URL=https://example.org/cchc/ npx webpack --mode production
 *                                            -> dist/manifest.xml points at ADDIN_URL
 *   npx webpack --env outDir=/tmp/x         -> build somewhere else (tests)
 *   npx webpack --env addinUrl=https://...  -> same as ADDIN_URL
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { SampleGridPlugin } = require('./scripts/sample-grid-plugin');

const DEV_URL = 'https://localhost:3000/';
/** The preview's sample, read at build time by the product's xlsx reader (scripts/sample-grid-plugin.js). */
const SAMPLE = path.resolve(__dirname, 'samples/thanh-tri-2021.xlsx');

/** The production URL (ADDIN_URL, or --env addinUrl=...), normalised to end with "/". */
function addinUrl(url) {
  if (!url) return undefined;
  if (!/^https:\/\//.test(url)) {
    throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over https only), got "${url}"`);
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/** Dev certificates as office-addin-dev-certs installs them, when present. */
function devServerTransport() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const found = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
  if (!found) {
    console.warn(
      `[webpack] No dev certificates in ${dir}: serving over http. Office needs https; run ` +
        '`npx office-addin-dev-certs install` once, then restart. The browser preview works over http.',
    );
    return { type: 'http' };
  }
  const read = (f) => fs.readFileSync(path.join(dir, f));
  return { type: 'https', options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) } };
}

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode || 'production') === 'production';
  const prodUrl = addinUrl(env.addinUrl || process.env.ADDIN_URL);
  const outDir = path.resolve(env.outDir || path.join(__dirname, 'dist'));

  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/taskpane/preview/index.tsx',
    },
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    // Never an eval-based devtool: the page's CSP has no 'unsafe-eval'.
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    // No `global` shim: webpack's shim falls back to `new Function("return this")`, which the
    // CSP forbids. Griffel reads `global` only when there is no `window`, never in a browser.
    node: { global: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules so webpack can tree-shake Fluent UI and the icons.
              compilerOptions: { module: 'esnext', target: 'es2020', sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      // React in its own vendor chunk, as the Office task pane template does; the rest of
      // node_modules (Fluent UI, Griffel) in another, both cached across releases. Only the task
      // pane is split, so nothing the preview alone needs can end up in the pane's chunks.
      splitChunks: {
        chunks: (chunk) => chunk.name === 'taskpane',
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'vendor-react',
            priority: 20,
          },
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendor',
            priority: 10,
          },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1.5 * 1024 * 1024,
      maxAssetSize: 1.5 * 1024 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/taskpane/preview/preview.html',
        chunks: ['preview'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              if (!prodUrl) return content;
              return content.toString('utf8').split(DEV_URL).join(prodUrl);
            },
          },
        ],
      }),
      new SampleGridPlugin({ xlsx: SAMPLE, asset: 'preview/sample.json' }),
    ],
    devServer: {
      host: 'localhost',
      port: 3000,
      server: env.WEBPACK_SERVE ? devServerTransport() : undefined,
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: false },
      headers: { 'Cache-Control': 'no-store' },
    },
  };
};

/* Build of the task pane (taskpane.html), its browser preview (preview.html) and the manifest.
 *
 *   ADDIN_URL=https://example.org/cchc/ npx webpack --mode production
 *                                            -> dist/, its manifest.xml pointing at ADDIN_URL (no
 *                                               source maps, tree-shaken ES modules); without
 *                                               ADDIN_URL a production build stops with a message
 *   npx webpack --mode development          -> dist/ with the manifest at https://localhost:3000/
 *   npx webpack serve --mode development    -> https://localhost:3000/ (http when no dev certs)
 *   npx webpack --env outDir=/tmp/x         -> build somewhere else (tests)
 *   npx webpack --env addinUrl=https://...  -> same as ADDIN_URL
 *
 * All the pane's JavaScript, node_modules included, is compiled by Babel for the browsers named by
 * "browserslist" in package.json (docs/decisions.md, "The task pane's browsers").
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const browserslist = require('browserslist');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { SampleGridPlugin } = require('./scripts/sample-grid-plugin');

const DEV_URL = 'https://localhost:3000/';
/** The preview's sample, read at build time by the product's xlsx reader (scripts/sample-grid-plugin.js). */
const SAMPLE = path.resolve(__dirname, 'samples/thanh-tri-2021.xlsx');

/** The browsers the pane supports: package.json's "browserslist", the one statement of them. */
const TARGETS = browserslist.loadConfig({ path: __dirname });
if (!TARGETS) throw new Error('package.json has no "browserslist": the task pane\'s browsers must be stated');

/**
 * Babel for every JavaScript file of the pane, after ts-loader for our TypeScript and directly for
 * node_modules (Fluent UI and tabster ship ES2022 class static blocks). preset-env compiles down to
 * TARGETS; the class features are always compiled, so that the output is plain ES2021 (Safari 15
 * has class fields but not static blocks, and the build test parses at one ECMAScript version).
 * No polyfills: src/taskpane/startup-check.js turns browsers missing a feature away with a message.
 */
function babel(production, extra = {}) {
  return {
    loader: 'babel-loader',
    options: {
      ...extra,
      babelrc: false,
      configFile: false,
      // Packages' own Babel or browserslist settings never apply: only TARGETS.
      browserslistConfigFile: false,
      cacheDirectory: true,
      cacheCompression: false,
      sourceMaps: !production,
      sourceType: 'unambiguous',
      presets: [
        [
          '@babel/preset-env',
          {
            targets: TARGETS,
            bugfixes: true,
            modules: false,
            include: [
              'transform-class-properties',
              'transform-private-methods',
              'transform-private-property-in-object',
              'transform-class-static-block',
            ],
          },
        ],
      ],
    },
  };
}

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
  if (production && !prodUrl) {
    // A manifest pointing at https://localhost:3000/ installs an add-in that opens nothing.
    throw new Error(
      'A production build needs the URL where dist/ will be hosted, for dist/manifest.xml: ' +
        'ADDIN_URL=https://your.server/cchc/ npm run build (or --env addinUrl=https://...). ' +
        'For a local build use `npm run build:dev`; for the browser preview `npm run preview`.',
    );
  }
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
          use: [
            babel(production),
            {
              loader: 'ts-loader',
              options: {
                transpileOnly: true,
                configFile: path.resolve(__dirname, 'tsconfig.json'),
                // ES modules so webpack can tree-shake Fluent UI and the icons; Babel then
                // compiles the rest down to the browsers' level.
                compilerOptions: { module: 'esnext', target: 'es2022', sourceMap: !production },
              },
            },
          ],
        },
        {
          test: /\.m?js$/,
          // Babel's own helpers are already compiled, and compiling them again would loop.
          exclude: /[\\/]node_modules[\\/](@babel[\\/]runtime|core-js)[\\/]/,
          use: babel(production, { compact: true }),
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
          // ES5, loaded before office.js and the bundle, never compiled (test/build checks it).
          { from: 'src/taskpane/startup-check.js', to: 'startup-check.js' },
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

/**
 * Lets plain Node require the project's own TypeScript sources (src/**.ts) without a build step:
 * each file is transpiled with the `typescript` package's transpileModule (tsconfig.json's
 * options, CommonJS output, no type check: `npm run typecheck` does that) when it is first
 * required. Used by scripts that must run the product's real code at build time (the preview's
 * sample, scripts/sample-workbook.js), in a process of their own.
 *
 *   require('./register-ts').registerTypeScript();
 *   const { openXlsx } = require('../src/workbook/xlsx');
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const SOURCES = path.join(ROOT, 'src') + path.sep;

/** tsconfig.json's compiler options, with the output Node can run. */
function compilerOptions() {
  const file = path.join(ROOT, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  const { options, errors } = ts.convertCompilerOptionsFromJson(config.compilerOptions, ROOT, file);
  if (errors.length > 0) throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(errors[0].messageText, '\n')}`);
  return { ...options, module: ts.ModuleKind.CommonJS, sourceMap: false, inlineSourceMap: true, inlineSources: true };
}

/** Installs the `.ts` loader in this process (once). Only files under src/ are accepted. */
function registerTypeScript() {
  if (require.extensions['.ts']) return;
  const options = compilerOptions();
  require.extensions['.ts'] = (module, filename) => {
    if (!filename.startsWith(SOURCES)) {
      throw new Error(`${filename}: register-ts loads only the project's sources under ${SOURCES}`);
    }
    const { outputText, diagnostics = [] } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      compilerOptions: options,
      fileName: filename,
      reportDiagnostics: true,
    });
    if (diagnostics.length > 0) {
      const text = ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => ROOT,
        getNewLine: () => '\n',
      });
      throw new Error(`Cannot transpile ${filename}:\n${text}`);
    }
    module._compile(outputText, filename);
  };
}

module.exports = { registerTypeScript };

/**
 * The ECMAScript level of the task pane's target, and a check of built files against it: every
 * file must parse with acorn at that level (a class static block, an ES2022 feature, fails at
 * ES2021).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'acorn';

/**
 * The syntax each edition added, by the names of the Babel plugins that compile it away (the same
 * data, @babel/compat-data, that decides what the build compiles).
 */
export const SYNTAX_BY_EDITION: Record<number, string[]> = {
  2015: ['transform-arrow-functions', 'transform-classes', 'transform-block-scoping', 'transform-template-literals'],
  2016: ['transform-exponentiation-operator'],
  2017: ['transform-async-to-generator'],
  2018: ['transform-object-rest-spread', 'transform-async-generator-functions', 'transform-named-capturing-groups-regex'],
  2019: ['transform-optional-catch-binding', 'transform-json-strings'],
  2020: ['transform-optional-chaining', 'transform-nullish-coalescing-operator', 'transform-export-namespace-from'],
  2021: ['transform-logical-assignment-operators', 'transform-numeric-separator'],
  2022: ['transform-class-properties', 'transform-private-methods', 'transform-class-static-block', 'transform-private-property-in-object'],
};

interface CompilationTargets {
  default: (options: { browsers: string[] }) => Record<string, string>;
  isRequired: (plugin: string, targets: Record<string, string>) => boolean;
}

/** The highest edition whose syntax every browser of `browsers` (a browserslist query) runs. */
export function supportedEdition(browsers: string[]): number {
  // Babel's own resolution of the query (a dependency of @babel/preset-env).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const targets: CompilationTargets = require('@babel/helper-compilation-targets');
  const resolved = targets.default({ browsers });
  let edition = 2009;
  for (const year of Object.keys(SYNTAX_BY_EDITION).map(Number).sort((a, b) => a - b)) {
    if (SYNTAX_BY_EDITION[year].some((plugin) => targets.isRequired(plugin, resolved))) break;
    edition = year;
  }
  return edition;
}

/** Files of `dir` (not recursive) whose name ends with .js. */
export function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
}

/** Parse problems of one file at an ECMAScript version: "file: message (line:column)". */
export function parseProblem(file: string, ecmaVersion: 5 | 2015 | 2016 | 2017 | 2018 | 2019 | 2020 | 2021 | 2022): string | undefined {
  try {
    parse(fs.readFileSync(file, 'utf8'), { ecmaVersion, sourceType: 'script' });
    return undefined;
  } catch (error) {
    return `${path.basename(file)}: ${(error as Error).message}`;
  }
}

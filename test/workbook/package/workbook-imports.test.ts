/**
 * The command line's file layer must load nothing heavy (a 20-unit run within 3× a bare
 * `node -e 0`): the modules the package adapter loads at run time, followed from its index
 * through every import that is not type-only, include no ExcelJS, SheetJS or jszip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const HEAVY = ['exceljs', 'jszip', '@e965/xlsx', 'xlsx'];

/** Specifiers a module loads when it runs (`import type` and `export type` load nothing). */
function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[4] !== undefined) {
      if (m[2]) continue;
      const names = m[3].replace(/^\{|\}$/g, '').split(',').map((n) => n.trim()).filter(Boolean);
      if (m[3].startsWith('{') && names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
      found.push(m[4]);
    } else {
      found.push(m[5] ?? m[6] ?? m[7]);
    }
  }
  return found;
}

function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f));
}

function loadedModules(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (files.includes(file)) continue;
    files.push(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolveModule(file, spec);
        if (target) queue.push(target);
      } else {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
      }
    }
  }
  return { files: files.map((f) => relative(ROOT, f)), packages };
}

test('the package adapter loads no ExcelJS, SheetJS or jszip', () => {
  const { files, packages } = loadedModules(join(ROOT, 'src/workbook/package/index.ts'));
  expect(files).toEqual(expect.arrayContaining(['src/workbook/package/workbook.ts', 'src/workbook/package/read-sheet.ts', 'src/workbook/package/splice.ts']));
  expect([...packages].filter((p) => HEAVY.includes(p))).toEqual([]);
});

test('the scan finds what a heavy import would look like', () => {
  expect(runtimeImports("import ExcelJS from 'exceljs';\nimport type { Cell } from 'exceljs';\nimport { type A, b } from './x';\nimport { type C } from './y';")).toEqual(['exceljs', './x']);
});

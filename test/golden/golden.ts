/**
 * Golden files of the result sheets: each sample in, each written sheet's values out as a TSV
 * (readable diffs), compared cell by cell. `UPDATE_GOLDEN=1 npx jest test/golden` rewrites them;
 * a rewrite is reviewed by eye before it is committed.
 */
import fs from 'fs';
import path from 'path';
import type { CellValue } from '../../src/engine/grid';

export const GOLDEN_DIR = path.join(__dirname, 'expected');

export function toTsv(values: readonly (readonly CellValue[])[]): string {
  const rows = values.map((r) => r.map((v) => (v === null ? '' : String(v).replace(/\t/g, ' ').replace(/\n/g, '⏎'))));
  // Trim trailing empty cells and rows, so only what is written counts.
  const trimmed = rows.map((r) => { const c = [...r]; while (c.length && c[c.length - 1] === '') c.pop(); return c.join('\t'); });
  while (trimmed.length && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed.join('\n') + '\n';
}

/** Compares with the golden file, or writes it when UPDATE_GOLDEN is set. */
export function expectGolden(file: string, actual: string): void {
  const full = path.join(GOLDEN_DIR, file);
  if (process.env.UPDATE_GOLDEN) {
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, actual, 'utf8');
    return;
  }
  if (!fs.existsSync(full)) throw new Error(`No golden file ${full}: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(fs.readFileSync(full, 'utf8'));
}

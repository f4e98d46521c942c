/** Shared helpers of the legacy reader's tests: the fixtures from other programs, cells by A1. */
import fs from 'fs';
import path from 'path';
import { parseA1, type SheetGrid } from '../../../src/engine/grid';

export const PROGRAMS = path.join(__dirname, '..', '..', 'fixtures', 'programs');
export const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'thanh-tri-2021.xlsx');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(PROGRAMS, name)));
}

/** A cell of a grid by its A1 address: value, kind and formula flag. */
export function at(grid: SheetGrid, address: string): { value: unknown; kind: unknown; formula: unknown } {
  const p = parseA1(address);
  if (!p) throw new Error(address);
  return { value: grid.values[p.row]?.[p.col], kind: grid.kinds?.[p.row]?.[p.col], formula: grid.formulas?.[p.row]?.[p.col] };
}

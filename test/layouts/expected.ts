/**
 * The acceptance fixtures of test/fixtures/layouts (figures written by hand; see its README) and
 * the one comparison both shells' tests make: a JSON result (the spec's shape) against
 * expected.json, figure by figure.
 */
import fs from 'fs';
import path from 'path';
import type { JsonResult } from '../../src/engine/json';

export const LAYOUTS_DIR = path.join(__dirname, '..', 'fixtures', 'layouts');

interface ExpectedUnit { name: string; group?: string; components: unknown[]; bonus?: number; deduction?: number }

export interface ExpectedLayoutCase {
  notApplicable: 'full' | 'exclude';
  layout: { kind: string };
  groups: { name?: string; sheets: string[]; maxTotal: number; units: number; layout?: { kind: string } }[];
  units: ExpectedUnit[];
  warnings?: string[];
}

export const layoutCases = (): string[] =>
  fs.readdirSync(LAYOUTS_DIR).filter((c) => fs.existsSync(path.join(LAYOUTS_DIR, c, 'expected.json'))).sort();

export const layoutCase = (name: string): ExpectedLayoutCase =>
  JSON.parse(fs.readFileSync(path.join(LAYOUTS_DIR, name, 'expected.json'), 'utf8')) as ExpectedLayoutCase;

export const layoutInput = (name: string): string => path.join(LAYOUTS_DIR, name, 'input.xlsx');

/** Every figure expected.json states (a group of forms has no name to compare), and its warnings present. */
export function expectFigures(json: JsonResult, expected: ExpectedLayoutCase): void {
  expect(json.ok).toBe(true);
  expect(json.groups?.map((g, i) => ({
    ...(expected.groups[i] && 'name' in expected.groups[i] ? { name: g.name } : {}),
    sheets: g.sheets, maxTotal: g.maxTotal, units: g.units,
  }))).toEqual(expected.groups.map(({ name, sheets, maxTotal, units }) => ({
    ...(name === undefined ? {} : { name }), sheets, maxTotal, units,
  })));
  expect(json.units.map((u, i) => {
    const want = expected.units[i];
    return {
      name: u.name,
      ...(want && 'group' in want ? { group: u.group } : {}),
      total: u.total, max: u.max, index: u.index, rank: u.rank, rankLevels: u.rankLevels,
      components: u.components.map((c) => ({ code: c.code, score: c.score, rank: c.rank, rankLevels: c.rankLevels })),
      ...(want && 'bonus' in want ? { bonus: u.bonus } : {}),
      ...(want && 'deduction' in want ? { deduction: u.deduction } : {}),
    };
  })).toEqual(expected.units);
  const warned = new Set(json.findings.filter((f) => f.severity === 'warning').map((f) => `${f.sheet}!${f.cell}`));
  expect((expected.warnings ?? []).filter((w) => !warned.has(w))).toEqual([]);
}

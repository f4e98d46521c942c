/**
 * The acceptance fixtures of the layouts in the field (test/fixtures/layouts, figures written by
 * hand) that are single standard sheets (criteria as rows): group rows A/B, rows below the total,
 * bonus and deduction, dashes, "Không áp dụng" with a unit's max row, a survey scored as a whole.
 * Each workbook is read with the project's xlsx reader, its first sheet with a scoring layout
 * scored with the case's not-applicable policy, and every figure of expected.json compared (the
 * units through the JSON result, as the command line writes them); the warnings it names must be
 * there, and no error.
 */
import fs from 'fs';
import path from 'path';
import { hasScoringLayout, scoreSheet, type SheetGrid } from '../../src/engine';
import { type JsonUnit, toJsonResult } from '../../src/engine/json';
import type { NotApplicablePolicy, ScoreOutcome } from '../../src/engine/types';
import { formatFinding } from '../../src/i18n/findings';
import { openXlsx } from '../../src/workbook/xlsx';

const DIR = path.join(__dirname, '..', 'fixtures', 'layouts');
const CASES = [
  'group-rows-ab', 'rows-below-total', 'bonus-deduction', 'not-applicable-dash', 'khong-ap-dung-unit-max-row', 'survey-scored-as-whole',
];

interface ExpectedComponent { code: string; score: number; rank: number; rankLevels: number }
interface ExpectedUnit {
  name: string; group: string; total: number; max: number; index: number; rank: number; rankLevels: number;
  components: ExpectedComponent[]; bonus?: number; deduction?: number;
}
interface Expected {
  notApplicable: NotApplicablePolicy;
  layout: { kind: string; headerRow: number; units: number; components: number };
  groups: { name: string; sheets: string[]; maxTotal: number; units: number }[];
  units: ExpectedUnit[];
  warnings?: string[];
}

/** The first sheet of the workbook with a scoring layout. */
async function scoringSheet(file: string): Promise<SheetGrid> {
  const wb = await openXlsx(file);
  for (const s of await wb.listSheets()) {
    const grid = await wb.readSheet(s.name);
    if (hasScoringLayout(grid)) return grid;
  }
  throw new Error(`${file}: no sheet with a scoring layout`);
}

/** A unit of the JSON result in expected.json's shape: the group is the sheet's (a standard sheet is one group). */
function asExpected(u: JsonUnit, sheet: string): ExpectedUnit {
  const out: ExpectedUnit = {
    name: u.name, group: u.group ?? sheet, total: u.total, max: u.max, index: u.index, rank: u.rank, rankLevels: u.rankLevels,
    components: u.components.map((c) => ({ code: c.code, score: c.score, rank: c.rank, rankLevels: c.rankLevels })),
  };
  if (u.bonus !== undefined) out.bonus = u.bonus;
  if (u.deduction !== undefined) out.deduction = u.deduction;
  return out;
}

describe.each(CASES)('%s', (name) => {
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, name, 'expected.json'), 'utf8')) as Expected;
  let grid: SheetGrid;
  let outcome: ScoreOutcome;
  beforeAll(async () => {
    grid = await scoringSheet(path.join(DIR, name, 'input.xlsx'));
    outcome = scoreSheet(grid, { notApplicable: expected.notApplicable });
  });

  it('scores with no error', () => {
    expect(outcome.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
    expect(outcome.ok).toBe(true);
  });

  it('finds the layout: header row, units, ranked components', () => {
    if (!outcome.ok) throw new Error('not scored');
    const { result } = outcome;
    expect(expected.layout.kind).toBe('criteria-as-rows');
    expect({ headerRow: result.headerRow + 1, units: result.units.length, components: result.components.length })
      .toEqual({ headerRow: expected.layout.headerRow, units: expected.layout.units, components: expected.layout.components });
  });

  it('has the group of the sheet, with its max total', () => {
    if (!outcome.ok) throw new Error('not scored');
    const { result } = outcome;
    expect([{ name: grid.sheetName, sheets: [grid.sheetName], maxTotal: result.maxTotal, units: result.units.length }]).toEqual(expected.groups);
  });

  it('gives every unit the figures written by hand (JSON result)', () => {
    const json = toJsonResult(outcome, grid.sheetName, 'dense', 'vi', formatFinding);
    expect(json.units.map((u) => asExpected(u, grid.sheetName))).toEqual(expected.units);
  });

  it('reports the warnings the case names', () => {
    const warnings = outcome.findings.filter((f) => f.severity === 'warning').map((f) => `${f.sheet}!${f.cell}`);
    for (const cell of expected.warnings ?? []) expect(warnings).toContain(cell);
  });
});

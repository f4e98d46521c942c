/**
 * The acceptance fixtures of the layouts in the field (test/fixtures/layouts, figures written by
 * hand): each workbook read with the project's xlsx reader, read into the model (readWorkbook)
 * and scored (scoreModel); every figure of expected.json compared, the warnings it names present,
 * no error. The cases of the engine's semantics (group rows, rows under the total, bonus and
 * deduction, dashes, a unit's max row, a criterion scored as a whole) run here too, read as a
 * whole workbook like the others.
 */
import fs from 'fs';
import path from 'path';
import type { Finding } from '../../src/engine/findings';
import type { LayoutReport } from '../../src/engine/model';
import { type ModelOutcome, scoreModel } from '../../src/engine/score-model';
import type { NotApplicablePolicy, UnitResult } from '../../src/engine/types';
import { readWorkbook, type SheetInput } from '../../src/readers';
import { openXlsx } from '../../src/workbook/xlsx';

const DIR = path.join(__dirname, '..', 'fixtures', 'layouts');

interface ExpectedLayout { kind: string; headerRow?: number; headerRows?: number; maxRow?: number; units?: number; components?: number }
interface ExpectedComponent { code: string; score: number; rank: number; rankLevels: number }
interface ExpectedUnit {
  name: string; group?: string; total: number; max: number; index: number; rank: number; rankLevels: number;
  components: ExpectedComponent[]; bonus?: number; deduction?: number;
}
interface Expected {
  title: string;
  notApplicable: NotApplicablePolicy;
  layout: ExpectedLayout;
  groups: { name?: string; sheets: string[]; maxTotal: number; units: number; layout?: ExpectedLayout }[];
  units: ExpectedUnit[];
  warnings?: string[];
}

const cases = fs.readdirSync(DIR).filter((c) => fs.existsSync(path.join(DIR, c, 'expected.json'))).sort();


async function sheetsOf(file: string): Promise<SheetInput[]> {
  const wb = await openXlsx(file);
  const sheets: SheetInput[] = [];
  for (const s of await wb.listSheets()) if (!s.ownedByUs) sheets.push({ name: s.name, grid: await wb.readSheet(s.name) });
  return sheets;
}

const where = (f: Finding) => `${f.sheet}!${f.cell}`;

/** The layout report as expected.json writes it: 1-based rows, only the fields the case states. */
function asExpected(report: LayoutReport, wanted: ExpectedLayout): ExpectedLayout {
  const out: ExpectedLayout = { kind: report.kind };
  if ('headerRow' in wanted) out.headerRow = report.headerRow + 1;
  if ('units' in wanted) out.units = report.units;
  if ('components' in wanted) out.components = report.components;
  if ('headerRow' in wanted) {
    if ((report.headerRows ?? 1) !== 1 || 'headerRows' in wanted) out.headerRows = report.headerRows ?? 1;
    if (report.maxRow !== undefined || 'maxRow' in wanted) out.maxRow = report.maxRow === undefined ? undefined : report.maxRow + 1;
  }
  return out;
}

function unitsOf(scored: ModelOutcome): { unit: UnitResult; group: string | null; codes: string[] }[] {
  return scored.groups.flatMap(({ group, outcome }) => (outcome.ok
    ? outcome.result.units.map((unit) => ({ unit, group: unit.group ?? group.name, codes: outcome.result.components.map((c) => c.code) }))
    : []));
}

describe.each(cases)('%s', (name) => {
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, name, 'expected.json'), 'utf8')) as Expected;

  it('reads, scores and ranks as written by hand', async () => {
    const read = readWorkbook(await sheetsOf(path.join(DIR, name, 'input.xlsx')));
    if (!read.ok) throw new Error(`not read: ${read.findings.map((f) => `${f.rule}@${where(f)}`).join(', ')}`);
    const scored = scoreModel(read.model, { notApplicable: expected.notApplicable });
    expect(scored.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${where(f)}`)).toEqual([]);
    expect(scored.ok).toBe(true);

    const { model } = read;
    const single = expected.groups.length === 1;
    expect(model.layouts.map((l) => l.kind)).toEqual(expected.groups.map((g) => (g.layout ?? expected.layout).kind));
    model.layouts.forEach((report, i) => {
      const wanted = single ? expected.layout : expected.groups[i].layout ?? expected.layout;
      expect(asExpected(report, wanted)).toEqual(wanted);
    });
    expect(scored.groups.map(({ group, outcome }, i) => ({
      ...('name' in expected.groups[i] ? { name: group.name } : {}),
      sheets: group.sheets,
      maxTotal: outcome.ok ? outcome.result.maxTotal : undefined,
      units: outcome.ok ? outcome.result.units.length : undefined,
    }))).toEqual(expected.groups.map(({ layout: _layout, ...g }) => g));

    const units = unitsOf(scored);
    expect(units.map(({ unit, group, codes }, i) => {
      const want = expected.units[i];
      const extra = unit as unknown as Record<string, unknown>;
      return {
        name: unit.name,
        ...(want && 'group' in want ? { group } : {}),
        total: unit.total, max: unit.max, index: unit.index, rank: unit.rank, rankLevels: unit.rankLevels,
        components: unit.components.map((c, k) => ({ code: codes[k], score: c.score, rank: c.rank, rankLevels: c.rankLevels })),
        ...(want && 'bonus' in want ? { bonus: extra.bonus } : {}),
        ...(want && 'deduction' in want ? { deduction: extra.deduction } : {}),
      };
    })).toEqual(expected.units);

    const warnings = new Set(scored.findings.filter((f) => f.severity === 'warning').map(where));
    expect((expected.warnings ?? []).filter((w) => !warnings.has(w))).toEqual([]);
  });
});

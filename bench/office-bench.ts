/**
 * The Office adapter on the strict fake Excel: how many context.sync() calls a whole run takes
 * (read the scoring sheet, then write the result sheets, as the task pane's "generate" does) and
 * the largest request and response in bytes, as the fake measures them (UTF-8 JSON of the batch);
 * and whole workbooks read with readSheets (30 forms of a unit each, two standard sheets), then
 * read into the model and scored.
 */
import { performance } from 'node:perf_hooks';
import { buildWritePlan } from '../src/appendix';
import { scoreModel } from '../src/engine/score-model';
import { scoreSheet } from '../src/engine/score';
import { createFakeExcel, type FakeExcel, type SeedSheet, type SyncRecord } from '../src/office-fake';
import { readWorkbook } from '../src/readers';
import { OfficeWorkbook } from '../src/workbook/office/office-workbook';
import { BenchCheckError } from './engine-bench';
import { formSheet } from './forms';
import { formulaRows } from './hyperformula-bench';
import { median } from './measure';
import { type SyntheticSheet, syntheticGrid, syntheticSheet } from './sheet';

export interface SyncFigures {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Syncs the fake refused (a payload over its limits); the adapter then retried in parts. */
  failed: number;
}

export interface OfficeFigures {
  units: number;
  read: SyncFigures;
  write: SyncFigures;
  /** read + write: one "generate" in the task pane. */
  run: SyncFigures;
  readMs: number;
  writeMs: number;
}

function figures(syncs: readonly SyncRecord[]): SyncFigures {
  return {
    syncs: syncs.length,
    maxRequestBytes: syncs.reduce((m, s) => Math.max(m, s.requestBytes), 0),
    maxResponseBytes: syncs.reduce((m, s) => Math.max(m, s.responseBytes), 0),
    failed: syncs.filter((s) => s.failed !== undefined).length,
  };
}

/** The synthetic sheet as the fake holds it: values, with its subtotal and total formulas. */
function syntheticSeed(sheet: SyntheticSheet): SeedSheet {
  const grid = syntheticGrid(sheet);
  const withFormulas = formulaRows(sheet);
  return {
    name: grid.sheetName,
    values: grid.values,
    formulas: grid.values.map((row, r) => row.map((_, c) => {
      const f = r <= sheet.totalRow ? withFormulas[r]?.[c] : undefined;
      return typeof f === 'string' && f.startsWith('=') ? f : undefined;
    })),
  };
}

export async function benchOffice(sheet: SyntheticSheet): Promise<OfficeFigures> {
  const grid = syntheticGrid(sheet);
  const fake = createFakeExcel();
  fake.seed(syntheticSeed(sheet));
  const workbook = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });

  fake.resetSyncs();
  let t0 = performance.now();
  const read = await workbook.readSheet(grid.sheetName);
  const readMs = performance.now() - t0;
  const readSyncs = [...fake.syncs];

  const outcome = scoreSheet(read);
  if (!outcome.ok) throw new BenchCheckError(`the sheet read through the Office adapter did not score: ${outcome.findings.slice(0, 3).map((f) => `${f.rule}@${f.cell}`).join(', ')}`);
  if (outcome.result.units.length !== sheet.units.length) throw new BenchCheckError('the Office adapter read a different number of units');
  const plan = buildWritePlan(outcome.result);

  fake.resetSyncs();
  t0 = performance.now();
  await workbook.applyPlan(plan);
  const writeMs = performance.now() - t0;
  const writeSyncs = [...fake.syncs];
  return {
    units: sheet.units.length,
    read: figures(readSyncs),
    write: figures(writeSyncs),
    run: figures([...readSyncs, ...writeSyncs]),
    readMs,
    writeMs,
  };
}

/** A whole workbook read through readSheets on the fake, then read into the model and scored. */
export interface WorkbookReadFigures {
  workbook: string;
  sheets: number;
  groups: number;
  units: number;
  /** The syncs of one read (every run reads alike). */
  read: SyncFigures;
  /** Medians over the runs: readSheets with a new adapter each time; readWorkbook + scoreModel. */
  readMs: number;
  scoreMs: number;
  runs: number;
}

/** Units of each of the two standard sheets of the two-group workbook. */
export const GROUP_UNITS = 20;

async function benchWorkbookRead(label: string, seeds: readonly SeedSheet[], want: { groups: number; units: number[] }, runs: number): Promise<WorkbookReadFigures> {
  const fake: FakeExcel = createFakeExcel();
  seeds.forEach((s) => fake.seed(s));
  const names = seeds.map((s) => s.name);
  const readTimes: number[] = [];
  const scoreTimes: number[] = [];
  let syncs: SyncRecord[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const workbook = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    fake.resetSyncs();
    let t0 = performance.now();
    const grids = await workbook.readSheets(names);
    const readMs = performance.now() - t0;
    syncs = [...fake.syncs];
    t0 = performance.now();
    const read = readWorkbook(grids.map((grid, s) => ({ name: names[s], grid })));
    if (!read.ok) throw new BenchCheckError(`${label}: the readers found no layout: ${read.findings.map((f) => f.rule).join(', ')}`);
    const outcome = scoreModel(read.model);
    const scoreMs = performance.now() - t0;
    const units = read.model.layouts.map((l) => l.units);
    if (read.model.groups.length !== want.groups || units.join() !== want.units.join()) {
      throw new BenchCheckError(`${label}: ${read.model.groups.length} group(s) of ${units.join(', ')} units read, ${want.groups} of ${want.units.join(', ')} expected`);
    }
    if (!outcome.ok) throw new BenchCheckError(`${label}: did not score: ${outcome.findings.slice(0, 3).map((f) => `${f.rule}@${f.sheet}!${f.cell}`).join(', ')}`);
    // The first run warms up.
    if (i > 0) {
      readTimes.push(readMs);
      scoreTimes.push(scoreMs);
    }
  }
  return {
    workbook: label, sheets: seeds.length, groups: want.groups, units: want.units.reduce((a, b) => a + b, 0),
    read: figures(syncs), readMs: median(readTimes), scoreMs: median(scoreTimes), runs,
  };
}

/** `forms` one-unit forms (one group), and two standard sheets of GROUP_UNITS units (two groups). */
export async function benchOfficeWorkbooks(forms: number, runs: number): Promise<WorkbookReadFigures[]> {
  const formSeeds = Array.from({ length: forms }, (_, u) => formSheet(u));
  const first = syntheticSheet(GROUP_UNITS);
  const second = syntheticSheet(GROUP_UNITS, 7);
  const groups = [
    syntheticSeed({ ...first, sheetName: 'Khối xã' }),
    syntheticSeed({ ...second, sheetName: 'Khối phòng', units: second.units.map((_, u) => `Phòng Số ${String(u + 1).padStart(2, '0')}`) }),
  ];
  return [
    await benchWorkbookRead(`${forms} forms (one sheet per unit)`, formSeeds, { groups: 1, units: [forms] }, runs),
    await benchWorkbookRead('2 groups (two standard sheets)', groups, { groups: 2, units: [GROUP_UNITS, GROUP_UNITS] }, runs),
  ];
}

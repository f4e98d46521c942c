/**
 * The Office adapter on the strict fake Excel: how many context.sync() calls a whole run takes
 * (read the scoring sheet, then write the result sheets, as the task pane's "generate" does) and
 * the largest request and response in bytes, as the fake measures them (UTF-8 JSON of the batch).
 */
import { buildWritePlan } from '../src/appendix';
import { scoreSheet } from '../src/engine/score';
import { createFakeExcel, type SyncRecord } from '../src/office-fake';
import { OfficeWorkbook } from '../src/workbook/office/office-workbook';
import { BenchCheckError } from './engine-bench';
import { formulaRows } from './hyperformula-bench';
import { type SyntheticSheet, syntheticGrid } from './sheet';

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

export async function benchOffice(sheet: SyntheticSheet): Promise<OfficeFigures> {
  const grid = syntheticGrid(sheet);
  const withFormulas = formulaRows(sheet);
  const fake = createFakeExcel();
  fake.seed({
    name: grid.sheetName,
    values: grid.values,
    formulas: grid.values.map((row, r) => row.map((_, c) => {
      const f = r <= sheet.totalRow ? withFormulas[r]?.[c] : undefined;
      return typeof f === 'string' && f.startsWith('=') ? f : undefined;
    })),
  });
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

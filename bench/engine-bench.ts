/** The engine's phases against the floor, on one synthetic sheet. */
import { buildWritePlan } from '../src/appendix';
import { scoreSheet } from '../src/engine/score';
import type { ScoreResult } from '../src/engine/types';
import { floorTotals } from './floor';
import { runsFor, type Timing, timeSync } from './measure';
import { leafRowsAndUnitCols, type SyntheticSheet, syntheticGrid, unitTotal } from './sheet';

export interface EngineFigures {
  units: number;
  cells: number;
  score: Timing;
  plan: Timing;
  floor: Timing;
  findings: number;
  planCells: number;
}

export class BenchCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchCheckError';
  }
}

/** Fails loudly when the engine's totals are not the sheet's: a fast wrong answer is no answer. */
export function checkTotals(sheet: SyntheticSheet, result: ScoreResult, what: string): void {
  if (result.units.length !== sheet.units.length) throw new BenchCheckError(`${what}: ${result.units.length} units scored, ${sheet.units.length} expected`);
  result.units.forEach((u, i) => {
    const expected = unitTotal(sheet, i);
    if (Math.abs(u.totalExact - expected) > 1e-9) throw new BenchCheckError(`${what}: ${u.name} total ${u.totalExact}, expected ${expected}`);
  });
}

export function benchEngine(sheet: SyntheticSheet, runs = runsFor(sheet.units.length)): EngineFigures {
  const grid = syntheticGrid(sheet);
  const { leafRows, unitCols } = leafRowsAndUnitCols(sheet);
  const floor = timeSync(() => floorTotals(grid, leafRows, unitCols), runs, 3);
  const score = timeSync(() => scoreSheet(grid), runs, 2);
  const outcome = score.last;
  if (!outcome.ok) throw new BenchCheckError(`engine refused the synthetic sheet: ${outcome.findings.slice(0, 3).map((f) => `${f.rule}@${f.cell}`).join(', ')}`);
  checkTotals(sheet, outcome.result, 'engine');
  floor.last.forEach((t, i) => {
    if (Math.abs(t - sheet.scores[i].reduce((s, v, r) => s + (sheet.rows[r].kind === 'leaf' ? v : 0), 0)) > 1e-6) throw new BenchCheckError('floor total differs');
  });
  const plan = timeSync(() => buildWritePlan(outcome.result), runs, 2);
  const planCells = plan.last.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.values.length * (b.values[0]?.length ?? 0), 0), 0);
  return {
    units: sheet.units.length,
    cells: leafRows.length * unitCols.length,
    score: score.timing,
    plan: plan.timing,
    floor: floor.timing,
    findings: outcome.findings.length,
    planCells,
  };
}

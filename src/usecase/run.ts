/**
 * The run both shells make: (read the sheet,) last year's result, score, and when the sheet scores,
 * plan the result sheets and apply them through the port. A sheet with errors writes nothing.
 * Progress is reported as steps with the fraction of the whole run done; the port's own progress
 * while applying fills the last part.
 */
import type { WritePlan } from '../appendix/types';
import type { SheetGrid } from '../engine/grid';
import type { ScoreOptions, ScoreResult } from '../engine/types';
import type { ApplyReport, ProgressReport, WorkbookPort } from '../workbook/port';
import type { EngineApi } from './engine';
import { type Comparison, comparisonOf, loadPreviousSheet } from './previous-sheet';
import { type Scored, scoreGrid } from './score';

/** The run's own steps, in order; `read` only when the sheet is read by the run. */
export type RunStep = 'read' | 'score' | 'write' | 'done';

/** Every step a progress bar may show: the run's and the port's while it applies the plan. */
export type RunProgressStep = RunStep | ProgressReport['step'];

/** Fraction of the run done when each step starts; applying the plan goes from `write` to `done`. */
export const STEP_FRACTION: Record<RunStep, number> = { read: 0.02, score: 0.1, write: 0.2, done: 1 };

export interface RunRequest {
  sheet: string;
  /** The sheet's grid when the caller has just read it (choosing the sheet); else the run reads it. */
  grid?: SheetGrid;
  /** A sheet of this workbook holding last year's ranking table; a problem with it is reported, not thrown. */
  previousSheet?: string;
  /** The engine's options; `previous` is last year's result read elsewhere (a table from `previousSheet` replaces it). */
  options: Partial<ScoreOptions>;
}

export interface RunHooks {
  /** A step starts. Awaited: a pane lets its progress bar paint before the next synchronous step. */
  onStep?: (step: RunStep, fraction: number) => void | Promise<void>;
  /** The port's progress while applying the plan, as a fraction of the whole run. */
  onApplyProgress?: (step: ProgressReport['step'], fraction: number) => void;
  /** Scored, nothing written yet (the findings can be shown or printed here). */
  onScored?: (scored: Scored) => void | Promise<void>;
}

export type RunOutcome =
  | { written: false; scored: Scored; errors: number }
  | {
      written: true;
      scored: Scored;
      result: ScoreResult;
      plan: WritePlan;
      report: ApplyReport;
      /** When last year's result was asked for from a sheet: how many units it matched, or why none. */
      comparison?: Comparison;
    };

export async function scoreAndWrite(
  port: WorkbookPort, engine: EngineApi, request: RunRequest, hooks: RunHooks = {},
): Promise<RunOutcome> {
  const { sheet } = request;
  let grid = request.grid;
  if (grid === undefined) {
    await hooks.onStep?.('read', STEP_FRACTION.read);
    grid = await port.readSheet(sheet);
  }
  const previous = request.previousSheet === undefined
    ? undefined
    : await loadPreviousSheet(port, engine, request.previousSheet, sheet);
  await hooks.onStep?.('score', STEP_FRACTION.score);
  const options = previous && 'units' in previous ? { ...request.options, previous: previous.units } : request.options;
  const scored = scoreGrid(engine, sheet, grid, options);
  await hooks.onScored?.(scored);
  const { outcome } = scored;
  if (!outcome.ok) {
    const errors = outcome.findings.filter((f) => f.severity === 'error').length;
    return { written: false, scored, errors };
  }

  await hooks.onStep?.('write', STEP_FRACTION.write);
  const plan = engine.buildWritePlan(outcome.result);
  const span = STEP_FRACTION.done - STEP_FRACTION.write;
  const report = await port.applyPlan(plan, (p) => hooks.onApplyProgress?.(p.step, STEP_FRACTION.write + span * p.fraction));
  await hooks.onStep?.('done', STEP_FRACTION.done);
  const comparison = previous && comparisonOf(previous, outcome.result);
  return { written: true, scored, result: outcome.result, plan, report, ...(comparison ? { comparison } : {}) };
}

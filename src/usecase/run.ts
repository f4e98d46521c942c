/**
 * The run both shells make: (read the sheets,) last year's result, score, and when every group
 * scores, plan the result sheets and apply them through the port. Errors write nothing.
 * Progress is reported as steps with the fraction of the whole run done; the port's own progress
 * while applying fills the last part.
 */
import type { WritePlan } from '../appendix/types';
import type { ScoreOptions } from '../engine/types';
import type { StatedLayout } from '../readers';
import type { ApplyReport, ProgressReport, WorkbookPort } from '../workbook/port';
import type { LoadedSheet } from './choose-sheet';
import type { EngineApi, GroupResult } from './engine';
import { type Comparison, comparisonOf, loadPreviousSheet } from './previous-sheet';
import { errorCount, groupResults, type Scored, scoreSelection } from './score';

/** The run's own steps, in order; `read` only when the sheets are read by the run. */
export type RunStep = 'read' | 'score' | 'write' | 'done';

/** Every step a progress bar may show: the run's and the port's while it applies the plan. */
export type RunProgressStep = RunStep | ProgressReport['step'];

/** Fraction of the run done when each step starts; applying the plan goes from `write` to `done`. */
export const STEP_FRACTION: Record<RunStep, number> = { read: 0.02, score: 0.1, write: 0.2, done: 1 };

export interface RunRequest {
  /** A sheet's name, or `WHOLE_WORKBOOK`. */
  scope: string;
  /** The scope's sheets when the caller has just read them (choosing the scope). */
  sheets?: LoadedSheet[];
  /** Else the names of the sheets to read (default: the scope, a sheet). */
  names?: readonly string[];
  /** The layout as the user stated it. */
  stated?: StatedLayout;
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
      /** Each ranking group's result, in workbook order. */
      results: GroupResult[];
      plan: WritePlan;
      report: ApplyReport;
      /** When last year's result was asked for from a sheet: how many units it matched, or why none. */
      comparison?: Comparison;
    };

export async function scoreAndWrite(
  port: WorkbookPort, engine: EngineApi, request: RunRequest, hooks: RunHooks = {},
): Promise<RunOutcome> {
  let sheets = request.sheets;
  if (sheets === undefined) {
    await hooks.onStep?.('read', STEP_FRACTION.read);
    const names = request.names ?? [request.scope];
    const grids = await port.readSheets(names);
    sheets = names.map((name, i) => ({ name, grid: grids[i] }));
  }
  const previous = request.previousSheet === undefined
    ? undefined
    : await loadPreviousSheet(port, engine, request.previousSheet, sheets.map((s) => s.name));
  await hooks.onStep?.('score', STEP_FRACTION.score);
  const options = previous && 'units' in previous ? { ...request.options, previous: previous.units } : request.options;
  const scored = scoreSelection(engine, { scope: request.scope, sheets }, options, request.stated);
  await hooks.onScored?.(scored);
  const { outcome } = scored;
  if (!outcome.ok) return { written: false, scored, errors: errorCount(outcome) };

  await hooks.onStep?.('write', STEP_FRACTION.write);
  const results = groupResults(outcome);
  const plan = engine.buildWorkbookPlan(results);
  const span = STEP_FRACTION.done - STEP_FRACTION.write;
  const report = await port.applyPlan(plan, (p) => hooks.onApplyProgress?.(p.step, STEP_FRACTION.write + span * p.fraction));
  await hooks.onStep?.('done', STEP_FRACTION.done);
  const comparison = previous && comparisonOf(previous, results);
  return { written: true, scored, results, plan, report, ...(comparison ? { comparison } : {}) };
}

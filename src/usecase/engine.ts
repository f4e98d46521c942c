/**
 * The engine, the readers and the plan builder as the use case calls them: one object,
 * injectable, so tests can make any of them fail on purpose (a pane must explain an engine bug,
 * not die of it).
 */
import { buildWorkbookPlan } from '../appendix';
import type { WritePlan } from '../appendix/types';
import type { SheetGrid } from '../engine/grid';
import { readPreviousResult } from '../engine/previous';
import { type ModelOutcome, scoreModel } from '../engine/score-model';
import type { ScoringModel } from '../engine/model';
import type { PreviousUnitResult, ScoreOptions, ScoreResult } from '../engine/types';
import { fitOneSheet, readWorkbook, type ReadOutcome, type SheetFit, type SheetInput, type StatedLayout } from '../readers';

/** A ranking group's result, named, as the appendix tables it. */
export interface GroupResult {
  name: string | null;
  result: ScoreResult;
}

export interface EngineApi {
  /** The sheets (tab order, our result sheets left out) read into the one model, or the finding that nothing fits. */
  readWorkbook(sheets: readonly SheetInput[], stated?: StatedLayout): ReadOutcome;
  /** Which reader fits one sheet (its text in an old encoding converted first). */
  fitSheet(sheet: SheetInput, stated?: StatedLayout): SheetFit;
  /** Every group of the model validated, computed and ranked; findings at the workbook's cells. */
  scoreModel(model: ScoringModel, options?: Partial<ScoreOptions>): ModelOutcome;
  /** Last year's ranking table ("Đơn vị", "Xếp hạng", "Chỉ số" columns), or undefined. */
  readPreviousResult(grid: SheetGrid): PreviousUnitResult[] | undefined;
  /** The appendix of every group (one group: the single sheet's plan). */
  buildWorkbookPlan(groups: readonly GroupResult[]): WritePlan;
}

export const defaultEngine: EngineApi = {
  readWorkbook,
  fitSheet: fitOneSheet,
  scoreModel,
  readPreviousResult,
  buildWorkbookPlan,
};

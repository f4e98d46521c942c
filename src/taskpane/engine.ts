/**
 * The engine as the pane uses it, injectable so tests can make it fail on purpose.
 */
import type { SheetGrid } from '../engine/grid';
import type { WritePlan } from '../appendix/types';
import type { PreviousUnitResult, ScoreOptions, ScoreOutcome, ScoreResult } from '../engine/types';
import { buildWritePlan } from '../appendix';
import { readPreviousResult } from '../engine/previous';
import { hasScoringLayout, looksLikeScoringSheet, scoreSheet } from '../engine/score';

export interface EngineApi {
  scoreSheet(grid: SheetGrid, options?: Partial<ScoreOptions>): ScoreOutcome;
  /** A standard header row (STT/TT) only. */
  looksLikeScoringSheet(grid: SheetGrid): boolean;
  /** A header row, a max column and at least one unit column. */
  hasScoringLayout(grid: SheetGrid): boolean;
  /** Last year's ranking table ("Đơn vị", "Xếp hạng", "Chỉ số" columns), or undefined. */
  readPreviousResult(grid: SheetGrid): PreviousUnitResult[] | undefined;
  buildWritePlan(result: ScoreResult): WritePlan;
}

export const defaultEngine: EngineApi = { scoreSheet, looksLikeScoringSheet, hasScoringLayout, readPreviousResult, buildWritePlan };

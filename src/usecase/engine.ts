/**
 * The engine and the plan builder as the use case calls them: one object, injectable, so tests
 * can make either fail on purpose (a pane must explain an engine bug, not die of it).
 */
import { buildWritePlan } from '../appendix';
import type { WritePlan } from '../appendix/types';
import type { SheetGrid } from '../engine/grid';
import { readPreviousResult } from '../engine/previous';
import { hasScoringLayout, looksLikeScoringSheet, scoreSheet } from '../engine/score';
import type { PreviousUnitResult, ScoreOptions, ScoreOutcome, ScoreResult } from '../engine/types';

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

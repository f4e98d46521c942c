/**
 * The engine as the pane uses it, injectable so tests can make it fail on purpose.
 */
import type { SheetGrid } from '../engine/grid';
import type { WritePlan } from '../engine/plan/types';
import type { ScoreOptions, ScoreOutcome, ScoreResult } from '../engine/types';
import { buildWritePlan } from '../engine/plan';
import { looksLikeScoringSheet, scoreSheet } from '../engine/score';

export interface EngineApi {
  scoreSheet(grid: SheetGrid, options?: Partial<ScoreOptions>): ScoreOutcome;
  looksLikeScoringSheet(grid: SheetGrid): boolean;
  buildWritePlan(result: ScoreResult): WritePlan;
}

export const defaultEngine: EngineApi = { scoreSheet, looksLikeScoringSheet, buildWritePlan };

/** One sheet scored: what went in (the grid, last year's result) and what came out. */
import type { SheetGrid } from '../engine/grid';
import type { PreviousUnitResult, ScoreOptions, ScoreOutcome } from '../engine/types';
import type { EngineApi } from './engine';

export interface Scored {
  sheet: string;
  grid: SheetGrid;
  /** Last year's result the units were compared with, if any. */
  previous?: readonly PreviousUnitResult[];
  outcome: ScoreOutcome;
}

/** Scores a grid already read; `options.previous` is last year's result, kept with the outcome. */
export function scoreGrid(engine: EngineApi, sheet: string, grid: SheetGrid, options: Partial<ScoreOptions>): Scored {
  const outcome = engine.scoreSheet(grid, options);
  return { sheet, grid, ...(options.previous === undefined ? {} : { previous: options.previous }), outcome };
}


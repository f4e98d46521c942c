import type { SheetGrid } from './grid';
import type { ScoreOptions, ScoreOutcome } from './types';

/** Detects, validates, computes, ranks and grades one scoring sheet. Never throws on bad data. */
export function scoreSheet(grid: SheetGrid, options: Partial<ScoreOptions> = {}): ScoreOutcome {
  void grid; void options;
  throw new Error('not implemented yet');
}

/** True when the grid has a standard header row (STT/TT) in its first 30 rows. */
export function looksLikeScoringSheet(grid: SheetGrid): boolean {
  void grid;
  throw new Error('not implemented yet');
}

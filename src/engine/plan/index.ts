import type { ScoreResult } from '../types';
import type { WritePlan } from './types';

/** Builds the result sheets (ranking tables, statistics, reports) for a scored sheet. */
export function buildWritePlan(result: ScoreResult): WritePlan {
  void result;
  throw new Error('not implemented yet');
}

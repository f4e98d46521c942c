/**
 * Last year's result for the year-over-year comparison: the ranking table on the sheet the
 * reviewer chose. When that sheet is gone or no longer holds a table, the tables are still made,
 * without the comparison, and the summary says why (a missing comparison should not stop the
 * appendix; a silent one would mislead).
 */
import type { PreviousUnitResult, ScoreResult } from '../engine/types';
import type { PreviousProblem } from '../i18n/ui';
import { WorkbookError, type WorkbookPort } from '../workbook/port';
import type { EngineApi } from './engine';

export type PreviousLoad =
  | { sheet: string; units: PreviousUnitResult[] }
  | { sheet: string; problem: PreviousProblem };

/** Reads the chosen sheet's ranking table; other read failures than a missing sheet are thrown. */
export async function loadPrevious(
  port: WorkbookPort, engine: EngineApi, previousSheet: string, scoringSheet: string,
): Promise<PreviousLoad> {
  if (previousSheet.toLowerCase() === scoringSheet.toLowerCase()) return { sheet: previousSheet, problem: 'same-sheet' };
  let units: PreviousUnitResult[] | undefined;
  try {
    units = engine.readPreviousResult(await port.readSheet(previousSheet));
  } catch (error) {
    if (error instanceof WorkbookError && error.code === 'sheet-not-found') return { sheet: previousSheet, problem: 'sheet-gone' };
    throw error;
  }
  return units ? { sheet: previousSheet, units } : { sheet: previousSheet, problem: 'no-table' };
}

/** What the summary says about the comparison. */
export type Comparison =
  | { sheet: string; matched: number; total: number; unmatched: string[] }
  | { sheet: string; problem: PreviousProblem };

export function comparisonOf(load: PreviousLoad, result: ScoreResult): Comparison {
  if ('problem' in load) return load;
  const unmatched = result.units.filter((u) => u.previous === undefined).map((u) => u.name);
  return { sheet: load.sheet, matched: result.units.length - unmatched.length, total: result.units.length, unmatched };
}

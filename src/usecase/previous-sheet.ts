/**
 * Last year's result on a sheet of the same workbook (the pane's option): the ranking table the
 * reviewer chose. When that sheet is gone or no longer holds a table, the tables are still made,
 * without the comparison, and the caller says why (a missing comparison should not stop the
 * appendix; a silent one would mislead).
 */
import type { PreviousUnitResult } from '../engine/types';
import { WorkbookError, type WorkbookPort } from '../workbook/port';
import type { EngineApi, GroupResult } from './engine';

/** Why last year's result could not be used. */
export type PreviousSheetProblem = 'sheet-gone' | 'no-table' | 'same-sheet';

export type PreviousLoad =
  | { sheet: string; units: PreviousUnitResult[] }
  | { sheet: string; problem: PreviousSheetProblem };

/** Reads the chosen sheet's ranking table; read failures other than a missing sheet are thrown. */
export async function loadPreviousSheet(
  port: WorkbookPort, engine: EngineApi, previousSheet: string, scoringSheets: readonly string[],
): Promise<PreviousLoad> {
  if (scoringSheets.some((s) => s.toLowerCase() === previousSheet.toLowerCase())) return { sheet: previousSheet, problem: 'same-sheet' };
  let units: PreviousUnitResult[] | undefined;
  try {
    const [grid] = await port.readSheets([previousSheet]);
    units = engine.readPreviousResult(grid);
  } catch (error) {
    if (error instanceof WorkbookError && error.code === 'sheet-not-found') return { sheet: previousSheet, problem: 'sheet-gone' };
    throw error;
  }
  return units ? { sheet: previousSheet, units } : { sheet: previousSheet, problem: 'no-table' };
}

/** What a summary says about the comparison: the units matched by name, or why there was none. */
export type Comparison =
  | { sheet: string; matched: number; total: number; unmatched: string[] }
  | { sheet: string; problem: PreviousSheetProblem };

export function comparisonOf(load: PreviousLoad, results: readonly GroupResult[]): Comparison {
  if ('problem' in load) return load;
  const units = results.flatMap((r) => r.result.units);
  const unmatched = units.filter((u) => u.previous === undefined).map((u) => u.name);
  return { sheet: load.sheet, matched: units.length - unmatched.length, total: units.length, unmatched };
}

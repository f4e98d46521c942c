/**
 * Last year's result from another workbook (the command line's `--previous`): a ranking table
 * anywhere in it, our own result sheets first (last year's run of this product), then the user's
 * sheets in tab order; else its scoring sheet (chosen as for a file), scored with the options
 * given, so last year's ranks are computed the same way as this year's. Each sheet is read once.
 */
import type { PreviousUnitResult, ScoreOptions } from '../engine/types';
import type { WorkbookPort } from '../workbook/port';
import { chooseSheet, FILE_SHEET_CHOICE } from './choose-sheet';
import type { EngineApi } from './engine';
import { readingOnce } from './read-once';
import { errorCount, groupResults, scoreSelection } from './score';

export type PreviousWorkbookLoad =
  | { sheet: string; units: PreviousUnitResult[]; from: 'ranking-table' | 'scoring-sheet' }
  /** The workbook has no sheet at all. */
  | { problem: 'no-sheets' }
  /** No ranking table, and its scoring sheet has errors. */
  | { problem: 'not-scorable'; sheet: string; errors: number };

export async function readPreviousWorkbook(
  port: WorkbookPort, engine: EngineApi, options: Partial<ScoreOptions>,
): Promise<PreviousWorkbookLoad> {
  const reading = readingOnce(port);
  const sheets = [...(await reading.listSheets())].sort((a, b) => a.position - b.position);
  const ordered = [...sheets.filter((s) => s.ownedByUs), ...sheets.filter((s) => !s.ownedByUs)];
  for (const s of ordered) {
    const [grid] = await reading.readSheets([s.name]);
    const units = engine.readPreviousResult(grid);
    if (units) return { sheet: s.name, units, from: 'ranking-table' };
  }
  const { selected } = await chooseSheet(reading, engine, FILE_SHEET_CHOICE);
  if (!selected) return { problem: 'no-sheets' };
  const { outcome } = scoreSelection(engine, selected, options);
  const sheet = selected.sheets[0]?.name ?? selected.scope;
  if (!outcome.ok) return { problem: 'not-scorable', sheet, errors: errorCount(outcome) };
  // Ranked within each group: with several, a unit's group is its sheet's "Khối" row, else its group's name.
  const results = groupResults(outcome);
  const units = results.flatMap(({ name, result }) =>
    result.units.map((u) => ({ name: u.name, rank: u.rank, index: u.index, group: u.group ?? (results.length > 1 ? name : null) })));
  return { sheet, units, from: 'scoring-sheet' };
}

/**
 * Last year's result from another workbook (the command line's `--previous`): our own result
 * sheets' ranking tables first (last year's run of this product, every group's), else a ranking
 * table of the user's sheets, the first in tab order; else its scoring sheet (chosen as for a file), scored with the options
 * given, so last year's ranks are computed the same way as this year's. Each sheet is read once.
 */
import { nameKey } from '../engine/text';
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
  // Our own result sheets: every group's overall table ("Xếp hạng chung (I)", "(II)" …), read
  // together, a unit taken from the first table that has it.
  const ours = sheets.filter((s) => s.ownedByUs).map((s) => s.name);
  const ourTables = (await reading.readSheets(ours)).map((grid, i) => ({ sheet: ours[i], units: engine.readPreviousResult(grid) }));
  const found = ourTables.filter((t): t is { sheet: string; units: PreviousUnitResult[] } => t.units !== undefined);
  if (found.length > 0) return { sheet: found[0].sheet, units: firstOfEachUnit(found.flatMap((t) => t.units)), from: 'ranking-table' };
  for (const s of sheets.filter((x) => !x.ownedByUs)) {
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

/** Each unit once (by name, as units are matched), where several of our tables list it. */
function firstOfEachUnit(units: readonly PreviousUnitResult[]): PreviousUnitResult[] {
  const seen = new Set<string>();
  return units.filter((u) => {
    const key = nameKey(u.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

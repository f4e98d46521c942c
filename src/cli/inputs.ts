/**
 * What the command line reads, over the use case: the sheet to score and last year's result. A
 * problem the user can fix becomes a `CliFailure` with its message (exit 2).
 */
import type { PreviousUnitResult, ScoreOptions } from '../engine/types';
import {
  chooseSheet, type ChosenSheet, defaultEngine, FILE_SHEET_CHOICE, type FileSheetHint, type LoadedSheet,
  NamedSheetNotFoundError, readPreviousWorkbook,
} from '../usecase';
import type { WorkbookPort } from '../workbook/port';
import { CliFailure, openWorkbook } from './io';
import type { CliText } from './messages';

/**
 * The sheet to score (`--sheet`, else as the use case chooses for a file). Says which sheet was
 * chosen and which others also have a scoring layout, unless the user named it.
 */
export async function scoringSheet(
  workbook: WorkbookPort, named: string | undefined, T: CliText, say: (text: string) => void,
): Promise<LoadedSheet> {
  let chosen: ChosenSheet<FileSheetHint>;
  try {
    chosen = await chooseSheet(workbook, defaultEngine, { ...FILE_SHEET_CHOICE, named });
  } catch (e) {
    if (e instanceof NamedSheetNotFoundError) throw new CliFailure(2, T.noSuchSheet(e.requested, [...e.sheets]), { cause: e });
    throw e;
  }
  const { choice, selected } = chosen;
  if (!selected) throw new CliFailure(2, T.noSheets);
  if (choice.hint !== 'named') say(T.scoring(selected.name, choice.scoring.filter((n) => n !== selected.name)));
  return selected;
}

/** Last year's result from the `--previous` workbook, scored (if need be) with this year's ranking options. */
export async function lastYearResult(file: string, options: Partial<ScoreOptions>, T: CliText): Promise<PreviousUnitResult[]> {
  const workbook = await openWorkbook(file, T);
  const previous = await readPreviousWorkbook(workbook, defaultEngine, options);
  if ('units' in previous) return previous.units;
  if (previous.problem === 'no-sheets') throw new CliFailure(2, T.noSheets);
  throw new CliFailure(2, T.previousInvalid(file, previous.errors));
}

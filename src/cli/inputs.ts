/**
 * What the command line reads, over the use case: what to score and last year's result. A
 * problem the user can fix becomes a `CliFailure` with its message (exit 2).
 */
import type { Lang, PreviousUnitResult, ScoreOptions } from '../engine/types';
import type { StatedLayout } from '../readers';
import {
  chooseSheet, type ChosenSheet, defaultEngine, FILE_SHEET_CHOICE, type FileSheetHint, NamedSheetNotFoundError,
  readPreviousWorkbook, type Selection, WHOLE_WORKBOOK,
} from '../usecase';
import type { WorkbookPort } from '../workbook/port';
import { asReadFailure, CliFailure, openWorkbook } from './io';
import type { CliText } from './messages';

/**
 * The sheets to score (`--sheet`, else every scoring sheet, else as the use case chooses for a
 * file). Says what was chosen and which other sheets also qualify, unless the user named them.
 */
export async function scoringSelection(
  workbook: WorkbookPort, named: readonly string[], stated: StatedLayout | undefined, T: CliText, say: (text: string) => void,
): Promise<Selection> {
  let chosen: ChosenSheet<FileSheetHint>;
  try {
    chosen = await chooseSheet(workbook, defaultEngine, { ...FILE_SHEET_CHOICE, named, stated });
  } catch (e) {
    if (e instanceof NamedSheetNotFoundError) throw new CliFailure(2, T.noSuchSheet(e.requested, [...e.sheets]), { cause: e });
    throw e;
  }
  const { choice, selected } = chosen;
  if (!selected) throw new CliFailure(2, T.noSheets);
  if (choice.hint === 'named') return selected;
  if (selected.scope === WHOLE_WORKBOOK) say(T.scoringAll(selected.sheets.map((s) => s.name)));
  else say(T.scoring(selected.scope, choice.scoring.filter((n) => n !== selected.scope)));
  return selected;
}

/** Last year's result from the `--previous` workbook, scored (if need be) with this year's ranking options. */
export async function lastYearResult(file: string, options: Partial<ScoreOptions>, T: CliText, lang: Lang): Promise<PreviousUnitResult[]> {
  const { workbook } = await openWorkbook(file, lang);
  let previous: Awaited<ReturnType<typeof readPreviousWorkbook>>;
  try {
    previous = await readPreviousWorkbook(workbook, defaultEngine, options);
  } catch (e) {
    throw asReadFailure(e, file, lang);
  }
  if ('units' in previous) return previous.units;
  if (previous.problem === 'no-sheets') throw new CliFailure(2, T.noSheets);
  throw new CliFailure(2, T.previousInvalid(file, previous.errors));
}

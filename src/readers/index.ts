/**
 * The readers' front door: the sheets of a workbook in, the one model out (ranking groups, each a
 * grid in the standard arrangement with a map back to the workbook's cells), or the one finding
 * saying no layout fits and how to state it. Pure: imports only the engine.
 */
import type { Finding } from '../engine/findings';
import type { ScoringModel } from '../engine/model';
import { readBrokenStandard } from './criteria-as-rows';
import { fitSheet, type ReadySheet, type SheetFit } from './detect';
import { groupsOf } from './groups';
import { decodeLegacySheet } from './legacy-text';
import type { ReadOutcome, SheetInput, StatedLayout } from './types';

export type { ReadOutcome, SheetInput, StatedLayout } from './types';
export type { SheetFit, ReadySheet } from './detect';
export { fitSheet } from './detect';
export { decodeLegacySheet, legacyEncodingOf, type LegacyEncoding } from './legacy-text';
export { unitNameFromTitle } from './unit-name';

/**
 * Reads the workbook's sheets (tab order; our own result sheets already left out) into the model.
 * Text in TCVN3 or VNI is converted to Unicode first. Without a layout that fits, a sheet with a
 * header (STT) is still read as the standard layout so the engine says what it lacks; with none,
 * one 'no-layout' finding.
 */
export function readWorkbook(sheets: readonly SheetInput[], stated?: StatedLayout): ReadOutcome {
  const chosen = stated?.sheets ? sheets.filter((s) => stated.sheets?.includes(s.name)) : sheets;
  const fits = chosen.map((s, position) => fitSheet(readySheet(s, position), stated));
  const { groups, leftOut } = groupsOf(fits, stated);
  if (groups.length > 0) {
    const model: ScoringModel = { groups: groups.map((g) => g.group), layouts: groups.map((g) => g.report) };
    if (leftOut.length > 0) model.leftOut = leftOut;
    return { ok: true, model };
  }
  // A stated layout that fits nothing is said so; unstated, a broken scoring sheet is still scored.
  const broken = stated ? undefined : fits.find((f) => f.kind === 'header-only');
  if (broken) return { ok: true, model: brokenSheetModel(broken) };
  return { ok: false, findings: [noLayout(chosen, stated)] };
}

/** A sheet as the readers take it: its text in an old encoding converted to Unicode. */
function readySheet(sheet: SheetInput, position: number): ReadySheet {
  const { grid, encoding } = decodeLegacySheet(sheet.grid);
  return encoding ? { name: sheet.name, grid, position, encoding } : { name: sheet.name, grid: sheet.grid, position };
}

/** Which reader fits one sheet of the workbook (its text converted first), as `readWorkbook` decides. */
export function fitOneSheet(sheet: SheetInput, stated?: StatedLayout): SheetFit {
  return fitSheet(readySheet(sheet, 0), stated);
}

/** A sheet with a header and no complete layout, read as it is: scoring it names what is missing. */
function brokenSheetModel(fit: SheetFit): ScoringModel {
  const { group, report } = readBrokenStandard(fit.sheet.name, fit.sheet.grid);
  return { groups: [group], layouts: [report] };
}

function noLayout(sheets: readonly SheetInput[], stated: StatedLayout | undefined): Finding {
  return {
    rule: 'no-layout', severity: 'error', sheet: sheets[0]?.name ?? '', row: 0, col: 0, cell: 'A1',
    data: { sheets: sheets.length, stated: stated?.kind ?? null },
  };
}

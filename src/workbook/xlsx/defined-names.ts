/**
 * The defined names of a saved workbook. ExcelJS loses the scope (localSheetId) of names, drops
 * names that are not plain ranges (constants, formulas, #REF!) and the `hidden` flag. So for a
 * workbook read from a file, the names are written back as they were in the file, with:
 * - our workbook-scoped ownership marks rewritten from OwnershipMarks;
 * - the sheet-scoped names of result sheets we replaced dropped (their print titles ...), and
 *   ExcelJS's sheet-scoped names of the sheets written now (print titles) added;
 * - each remaining sheet-scoped name's localSheetId re-pointed at its sheet's new position;
 * - ExcelJS's unescaped apostrophes in sheet names of print titles fixed.
 * For a workbook built in memory, ExcelJS's own names are kept.
 */
import { keyFromOwnedName, quoteSheetName } from '../office/ownership';
import type { OwnershipMarks } from './ownership';
import {
  parseDefinedNames,
  parseSheets,
  renderDefinedName,
  replaceDefinedNames,
  withLocalSheetId,
  type DefinedNameEntry,
} from './workbook-xml';

export interface OriginalNames {
  /** Sheet names in the order of the file's <sheets>. */
  sheets: string[];
  names: DefinedNameEntry[];
}

export interface NamesContext {
  original?: OriginalNames;
  /** Original sheets (by name in the file) that were removed to be replaced. */
  removedOriginalSheets: ReadonlySet<string>;
  /** Sheets written by applyPlan during this adapter's life (current names). */
  writtenSheets: ReadonlySet<string>;
  marks: OwnershipMarks;
}

/**
 * ExcelJS writes print areas and titles as `'<name>'!$1:$1` without doubling apostrophes inside
 * the name, which breaks the reference of a sheet named "Xã 'A' B". Re-quote it properly.
 */
function requoted(entry: DefinedNameEntry, sheetName: string | undefined): string {
  if (entry.localSheetId === undefined || sheetName === undefined || !sheetName.includes("'")) return entry.raw;
  const formula = entry.formula.split(`'${sheetName}'!`).join(`${quoteSheetName(sheetName)}!`);
  return renderDefinedName(entry.name, formula, entry.localSheetId);
}

function isWorkbookScopedMark(entry: DefinedNameEntry): boolean {
  return entry.localSheetId === undefined && keyFromOwnedName(entry.name) !== undefined;
}

/** Returns workbook.xml (as ExcelJS wrote it) with the final defined names. */
export function rewriteDefinedNames(outputWorkbookXml: string, ctx: NamesContext): string {
  const outSheets = parseSheets(outputWorkbookXml).map((s) => s.name);
  const written = (localSheetId: number | undefined): boolean =>
    localSheetId !== undefined && ctx.writtenSheets.has(outSheets[localSheetId] ?? '');
  const excelJsNames = parseDefinedNames(outputWorkbookXml).filter((e) => !isWorkbookScopedMark(e));
  const elements: string[] = [];

  if (ctx.original) {
    const { sheets, names } = ctx.original;
    for (const entry of names) {
      if (isWorkbookScopedMark(entry)) continue;
      if (entry.localSheetId === undefined) {
        elements.push(entry.raw);
        continue;
      }
      const sheet = sheets[entry.localSheetId];
      if (sheet === undefined || ctx.removedOriginalSheets.has(sheet)) continue;
      const now = outSheets.indexOf(sheet);
      if (now >= 0) elements.push(withLocalSheetId(entry.raw, now));
    }
    for (const entry of excelJsNames) {
      if (written(entry.localSheetId)) elements.push(requoted(entry, outSheets[entry.localSheetId ?? -1]));
    }
  } else {
    for (const entry of excelJsNames) elements.push(requoted(entry, outSheets[entry.localSheetId ?? -1]));
  }
  for (const mark of ctx.marks.entries()) elements.push(renderDefinedName(mark.name, mark.formula));
  return replaceDefinedNames(outputWorkbookXml, elements);
}

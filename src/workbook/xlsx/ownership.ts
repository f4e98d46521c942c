/**
 * The ownership marks of this workbook (src/workbook/ownership.md): which plan key owns which
 * result sheet. The scheme's pure helpers are shared with the Office adapter and imported from
 * there, so both adapters encode keys and choose free names the same way.
 *
 * Marks are workbook-scoped defined names `CCHC_OWNED.<key>` = 'Sheet'!$A$1. ExcelJS reads
 * defined names without their scope and drops names that are not ranges, so for a workbook read
 * from a file the marks are taken from xl/workbook.xml itself (see defined-names.ts); the
 * ExcelJS model is only used for workbooks built in memory.
 */
import type { Workbook } from 'exceljs';
import {
  keyFromOwnedName,
  ownedNameForKey,
  ownedNameFormula,
  sameSheetName,
  sheetOfReference,
} from '../office/ownership';
import type { DefinedNameEntry } from './workbook-xml';

export { freeSheetName, sameSheetName } from '../office/ownership';

export class OwnershipMarks {
  /** Formula text (without "=") of the workbook-scoped mark of each key, as stored. */
  private readonly formulas = new Map<string, string>();

  /** Marks from the defined names of a workbook.xml (only workbook-scoped names count). */
  static fromDefinedNames(names: readonly DefinedNameEntry[]): OwnershipMarks {
    const marks = new OwnershipMarks();
    for (const entry of names) {
      if (entry.localSheetId !== undefined) continue;
      const key = keyFromOwnedName(entry.name);
      if (key !== undefined) marks.formulas.set(key, entry.formula);
    }
    return marks;
  }

  /** Marks from ExcelJS's defined names (a workbook built in memory has no scoped names). */
  static fromExcelJsModel(workbook: Workbook): OwnershipMarks {
    const marks = new OwnershipMarks();
    for (const { name, ranges } of workbook.definedNames.model) {
      const key = keyFromOwnedName(name);
      if (key !== undefined) marks.formulas.set(key, ranges.join(','));
    }
    return marks;
  }

  /** Removes our marks from ExcelJS's model so ExcelJS does not write its own (scope-less) copy. */
  static stripFromExcelJsModel(workbook: Workbook): void {
    const model = workbook.definedNames.model;
    const kept = model.filter(({ name }) => keyFromOwnedName(name) === undefined);
    if (kept.length !== model.length) workbook.definedNames.model = kept;
  }

  /** Sheet the mark of `key` points at, among `sheetNames` (undefined when stale or absent). */
  sheetOf(key: string, sheetNames: readonly string[]): string | undefined {
    const formula = this.formulas.get(key);
    if (formula === undefined) return undefined;
    const target = sheetOfReference(formula);
    if (target === undefined) return undefined;
    return sheetNames.find((n) => sameSheetName(n, target));
  }

  /** True when some mark points at the sheet. */
  owns(sheetName: string, sheetNames: readonly string[]): boolean {
    return [...this.formulas.keys()].some((key) => {
      const target = this.sheetOf(key, sheetNames);
      return target !== undefined && sameSheetName(target, sheetName);
    });
  }

  /** (Re)points the mark of `key` at A1 of `sheetName`. */
  point(key: string, sheetName: string): void {
    this.formulas.set(key, ownedNameFormula(sheetName).replace(/^=/, ''));
  }

  /** Every mark as a defined name (name, formula without "="), stale ones kept as they were. */
  entries(): { name: string; formula: string }[] {
    return [...this.formulas].map(([key, formula]) => ({ name: ownedNameForKey(key), formula }));
  }
}

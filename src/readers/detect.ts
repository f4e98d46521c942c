/**
 * Which reader fits a sheet. A form (one sheet per unit) is tried first: its score columns are
 * headed "Tự đánh giá"/"Thẩm định" where the standard layout has unit names. Then a summary
 * table (units as rows: a unit-name column and component columns), then the standard layout.
 * A sheet with a header and nothing more is a broken scoring sheet (or a criteria guide).
 */
import type { SheetGrid } from '../engine/grid';
import { hasHeader, readCriteriaAsRows, type CriteriaAsRows } from './criteria-as-rows';
import { type Form, readForm } from './form';
import type { LegacyEncoding } from './legacy-text';
import type { StatedLayout } from './types';
import { readUnitsAsRows, type UnitsAsRows } from './units-as-rows';

/** A sheet of the workbook, its text in Unicode. */
export interface ReadySheet {
  name: string;
  grid: SheetGrid;
  /** Its position among the sheets given. */
  position: number;
  encoding?: LegacyEncoding;
}

export type SheetFit =
  | { kind: 'sheet-per-unit'; sheet: ReadySheet; form: Form }
  | { kind: 'units-as-rows'; sheet: ReadySheet; read: UnitsAsRows }
  | { kind: 'criteria-as-rows'; sheet: ReadySheet; read: CriteriaAsRows }
  /** A header (STT) and no complete layout: a broken scoring sheet, or a criteria guide without units. */
  | { kind: 'header-only'; sheet: ReadySheet }
  | { kind: 'none'; sheet: ReadySheet };

/** The reader that fits the sheet (only the stated kind's, when the layout is stated). */
export function fitSheet(sheet: ReadySheet, stated?: StatedLayout): SheetFit {
  const kind = stated?.kind;
  if (kind === undefined || kind === 'sheet-per-unit') {
    const form = readForm(sheet.name, sheet.grid, stated);
    if (form) return { kind: 'sheet-per-unit', sheet, form };
  }
  if (kind === undefined || kind === 'units-as-rows') {
    const read = readUnitsAsRows(sheet.name, sheet.grid, stated);
    if (read) return { kind: 'units-as-rows', sheet, read };
  }
  if (kind === undefined || kind === 'criteria-as-rows') {
    const read = readCriteriaAsRows(sheet.name, sheet.grid, stated);
    if (read) return { kind: 'criteria-as-rows', sheet, read };
  }
  return hasHeader(sheet.grid) ? { kind: 'header-only', sheet } : { kind: 'none', sheet };
}

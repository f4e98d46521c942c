/**
 * Putting content into a fake workbook directly (not through the API, nothing counted): a sheet
 * from a 2D array or from a SheetGrid, with formulas, error values, number formats, merges and
 * hidden rows/columns.
 */
import { EXCEL_ERROR_TEXTS, type CellBox, type CellValue, type SheetGrid } from '../engine/grid';
import { checkSheetName } from './sheet-ops';
import { cellKey, newSheet, type SheetModel, type Visibility, type WorkbookModel } from './model';

export interface SeedSheet {
  name: string;
  /** Cell values; strings are stored as typed text (no formula or number conversion). */
  values?: readonly (readonly CellValue[])[];
  /** 0-based sheet row/column of values[0][0]. */
  originRow?: number;
  originCol?: number;
  /** Same shape as values: formula text ("=SUM(D7:D8)") where the cell holds a formula; its value is the cached result. */
  formulas?: readonly (readonly (string | null | undefined)[])[];
  /** Same shape as values: true where the value is an Excel error (error literals are errors anyway). */
  errors?: readonly (readonly boolean[])[];
  /** Same shape as values: number format codes. */
  numberFormats?: readonly (readonly (string | null | undefined)[])[];
  merges?: readonly CellBox[];
  hiddenRows?: readonly number[];
  hiddenCols?: readonly number[];
  visibility?: Visibility;
  /** Make this the active sheet (the first seeded sheet is active by default). */
  active?: boolean;
}

export function seedSheet(wb: WorkbookModel, spec: SeedSheet): SheetModel {
  checkSheetName(wb, spec.name);
  const sheet = newSheet(wb, spec.name);
  sheet.visibility = spec.visibility ?? 'Visible';
  const r0 = spec.originRow ?? 0;
  const c0 = spec.originCol ?? 0;
  (spec.values ?? []).forEach((line, r) => {
    line.forEach((v, c) => {
      const row = r0 + r;
      const col = c0 + c;
      const formula = spec.formulas?.[r]?.[c];
      if (formula) sheet.formulas.set(cellKey(row, col), formula);
      const nf = spec.numberFormats?.[r]?.[c];
      if (nf && nf !== 'General') sheet.numberFormats.set(cellKey(row, col), nf);
      if (v === null || v === '') return;
      sheet.values.set(row, col, v);
      if (spec.errors?.[r]?.[c] || (typeof v === 'string' && EXCEL_ERROR_TEXTS.has(v))) sheet.errors.add(cellKey(row, col));
    });
  });
  sheet.merges = (spec.merges ?? []).map((m) => ({ ...m }));
  (spec.hiddenRows ?? []).forEach((r) => sheet.hiddenRows.add(r));
  (spec.hiddenCols ?? []).forEach((c) => sheet.hiddenCols.add(c));
  wb.sheets.push(sheet);
  if (spec.active || wb.activeSheetId === '') wb.activeSheetId = sheet.id;
  return sheet;
}

/** Seeds a sheet from the engine's grid type; formula flags become formulas returning the value. */
export function seedGrid(wb: WorkbookModel, grid: SheetGrid, options: { active?: boolean } = {}): SheetModel {
  return seedSheet(wb, {
    name: grid.sheetName,
    values: grid.values,
    originRow: grid.originRow,
    originCol: grid.originCol,
    formulas: grid.formulas?.map((line, r) =>
      line.map((isFormula, c) => (isFormula ? `=${JSON.stringify(grid.values[r]?.[c] ?? '')}` : null)),
    ),
    errors: grid.kinds?.map((line) => line.map((k) => k === 'Error')),
    merges: grid.merges,
    hiddenRows: grid.hiddenRows,
    hiddenCols: grid.hiddenCols,
    active: options.active,
  });
}

/**
 * Reading a fake workbook back for assertions (directly from the model, nothing counted): sheet
 * names, one cell with its formats, a sheet's values from A1, and a deterministic snapshot of
 * everything about a sheet for before/after comparisons.
 */
import { parseA1, type CellBox } from '../engine/grid';
import { parseRef } from './address';
import { boxContains, cellKey, findSheet, liveSheets, type FakeValue, type SheetModel, type StyleProps, type WorkbookModel } from './model';
import { usedBox } from './sheet-ops';
import { styleAt } from './styles';

export interface CellInfo {
  /** The value as range.values would return it ("" when empty). */
  value: FakeValue;
  kind: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';
  /** Formula text when the cell holds a formula. */
  formula?: string;
  numberFormat: string;
  style: StyleProps;
  /** The merged area the cell belongs to, when it does. */
  merge?: CellBox;
}

export function sheetModel(wb: WorkbookModel, name: string): SheetModel {
  const sheet = findSheet(wb, name);
  if (!sheet) throw new Error(`The fake workbook has no sheet "${name}" (it has: ${sheetNames(wb).join(', ')}).`);
  return sheet;
}

export function sheetNames(wb: WorkbookModel): string[] {
  return liveSheets(wb).map((s) => s.name);
}

export function cellInfo(wb: WorkbookModel, sheetName: string, address: string): CellInfo {
  const sheet = sheetModel(wb, sheetName);
  const at = parseA1(address);
  if (!at) throw new Error(`"${address}" is not an A1 cell address.`);
  const { row, col } = at;
  const k = cellKey(row, col);
  const v = sheet.values.get(row, col);
  const kind: CellInfo['kind'] =
    v === undefined || v === ''
      ? 'Empty'
      : sheet.errors.has(k)
        ? 'Error'
        : typeof v === 'number'
          ? 'Double'
          : typeof v === 'boolean'
            ? 'Boolean'
            : 'String';
  return {
    value: v ?? '',
    kind,
    formula: sheet.formulas.get(k),
    numberFormat: sheet.numberFormats.get(k) ?? 'General',
    style: styleAt(sheet, row, col),
    merge: sheet.merges.find((m) => boxContains(m, row, col)),
  };
}

/** Values from A1 to the last used cell ("" for empty cells). */
export function valuesFromA1(wb: WorkbookModel, sheetName: string): FakeValue[][] {
  const sheet = sheetModel(wb, sheetName);
  const used = usedBox(sheet, true);
  if (!used) return [];
  const out: FakeValue[][] = [];
  for (let r = 0; r < used.row + used.rows; r++) {
    const line: FakeValue[] = [];
    for (let c = 0; c < used.col + used.cols; c++) line.push(sheet.values.get(r, c) ?? '');
    out.push(line);
  }
  return out;
}

/** Formula texts in a box given as "A1:C3" (undefined where there is no formula). */
export function formulasIn(wb: WorkbookModel, sheetName: string, ref: string): (string | undefined)[][] {
  const sheet = sheetModel(wb, sheetName);
  const box = parseRef(ref);
  return Array.from({ length: box.rows }, (_, r) =>
    Array.from({ length: box.cols }, (_, c) => sheet.formulas.get(cellKey(box.row + r, box.col + c))),
  );
}

function sortedEntries<T>(map: Map<number, T> | Set<number>): [number, unknown][] {
  const entries: [number, unknown][] = map instanceof Map ? Array.from(map.entries()) : Array.from(map.values()).map((k) => [k, true]);
  return entries.sort((a, b) => a[0] - b[0]);
}

/** Everything about a sheet as a deterministic JSON string. */
export function snapshotSheet(wb: WorkbookModel, sheetName: string): string {
  const sheet = sheetModel(wb, sheetName);
  const cells: [number, number, FakeValue][] = [];
  sheet.values.rows.forEach((line, r) => {
    line?.forEach((v, c) => {
      if (v !== undefined) cells.push([r, c, v]);
    });
  });
  return JSON.stringify({
    id: sheet.id,
    name: sheet.name,
    position: liveSheets(wb).indexOf(sheet),
    visibility: sheet.visibility,
    cells,
    formulas: sortedEntries(sheet.formulas),
    numberFormats: sortedEntries(sheet.numberFormats),
    errors: sortedEntries(sheet.errors),
    styles: sheet.styles,
    merges: sheet.merges,
    columnWidths: sortedEntries(sheet.columnWidths),
    rowHeights: sortedEntries(sheet.rowHeights),
    hiddenRows: sortedEntries(sheet.hiddenRows),
    hiddenCols: sortedEntries(sheet.hiddenCols),
    freeze: sheet.freeze ?? null,
    pageLayout: sheet.pageLayout,
    charts: sheet.charts.filter((c) => !c.deleted),
  });
}

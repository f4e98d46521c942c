/**
 * The standard layout (criteria as rows, units as columns): the sheet is the model's grid as it
 * is, never copied, so scoring it costs what it always did. A stated layout is honoured by reading
 * the sheet through a view (patch.ts): from the stated header row, with the stated code and max
 * columns read as "STT" and "Điểm tối đa", columns not stated as units read as notes, and the
 * self-assessment ranked when so stated.
 */
import { detectLayout, findHeader, type Layout } from '../engine/detect';
import type { CellValue, SheetGrid } from '../engine/grid';
import type { LayoutReport, ModelGroup } from '../engine/model';
import { GridReader } from '../engine/sheet';
import { cellText } from '../engine/text';
import { romanValue } from '../engine/tree';
import { type CellOverrides, overrideCell, patchGrid } from './patch';
import type { StatedLayout } from './types';
import { folded, isAppraisedHeader, isBonusName, isCodeHeader, isDeductionName, isMaxLabel, isSelfHeader, isTotalLabel } from './words';

export interface CriteriaAsRows {
  group: ModelGroup;
  report: LayoutReport;
  unitNames: string[];
}

/** The sheet read as the standard layout; undefined when it has no complete layout (header, max column, a unit). */
export function readCriteriaAsRows(name: string, grid: SheetGrid, stated?: StatedLayout): CriteriaAsRows | undefined {
  const { grid: seen, shift } = stated ? statedView(grid, stated) : { grid, shift: 0 };
  const g = new GridReader(seen);
  const layout = detectLayout(g, []);
  const header = findHeader(g);
  if (!layout || !header) return undefined;
  const group: ModelGroup = { name, sheets: [name], grid: seen };
  if (shift > 0) group.sourceOf = (row, col) => ({ sheet: seen.sheetName, row: row + shift, col });
  // The header is two rows when the unit names are under a caption, or sub-headers are under the units.
  const subHeaders = layout.units.some((u) => u.selfCol !== undefined || u.scoreCol !== u.headerCol);
  const headerRows = layout.headerRow - header.row + 1 + (subHeaders ? 1 : 0);
  const report: LayoutReport = {
    kind: 'criteria-as-rows', sheets: [name], headerRow: g.sheetRow(header.row) + shift,
    units: layout.units.length, components: countComponents(g, layout),
  };
  if (headerRows > 1) report.headerRows = headerRows;
  return { group, report, unitNames: layout.units.map((u) => u.name) };
}

/** True when the sheet has a header row (STT) at all: a broken scoring sheet, whose findings say what is missing. */
export function hasHeader(grid: SheetGrid): boolean {
  return findHeader(new GridReader(grid)) !== undefined;
}

/** A sheet with a header and no complete layout, read as it is: scoring it names what is missing. */
export function readBrokenStandard(name: string, grid: SheetGrid): { group: ModelGroup; report: LayoutReport } {
  const g = new GridReader(grid);
  const header = findHeader(g);
  return {
    group: { name, sheets: [name], grid },
    report: { kind: 'criteria-as-rows', sheets: [name], headerRow: header ? g.sheetRow(header.row) : 0, units: 0, components: 0 },
  };
}

/** Ranked components: level-1 codes (Roman, or a number without a dot) above the total, bonus and deduction not counted. */
export function countComponents(g: GridReader, layout: Pick<Layout, 'bodyStart' | 'codeCol' | 'nameCol'>): number {
  let count = 0;
  for (let r = layout.bodyStart; r < g.rows; r++) {
    const code = cellText(g.value(r, layout.codeCol)).replace(/\s+/g, '').replace(/\.+$/, '');
    const name = folded(g.value(r, layout.nameCol));
    if (isTotalLabel(code === '' ? name : folded(code))) {
      if (count > 0) break;
      continue;
    }
    const level1 = /^\d+$/.test(code) || (code === code.toUpperCase() && romanValue(code) !== undefined);
    if (level1 && !isBonusName(name) && !isDeductionName(name)) count++;
  }
  return count;
}

/** The sheet as the stated layout reads it (a view; the sheet itself when nothing is stated for it). */
function statedView(grid: SheetGrid, stated: StatedLayout): { grid: SheetGrid; shift: number } {
  const originRow = grid.originRow ?? 0;
  const originCol = grid.originCol ?? 0;
  const at = (r: number, c: number): CellValue => grid.values[r - originRow]?.[c - originCol] ?? '';
  const found = findHeader(new GridReader(grid));
  const headerRow = stated.headerRow ?? (found ? found.row + originRow : undefined);
  if (headerRow === undefined) return { grid, shift: 0 };
  const width = grid.values[headerRow - originRow]?.length ?? 0;
  const overrides: CellOverrides = new Map();
  const firstFilled = (from: number): number | undefined => {
    for (let c = from; c < originCol + width; c++) if (cellText(at(headerRow, c)) !== '') return c;
    return undefined;
  };
  let codeCol = stated.codeColumn;
  if (codeCol === undefined) {
    for (let c = originCol; c < originCol + width && codeCol === undefined; c++) if (isCodeHeader(folded(at(headerRow, c)))) codeCol = c;
  }
  codeCol ??= firstFilled(originCol) ?? originCol;
  if (!isCodeHeader(folded(at(headerRow, codeCol)))) overrideCell(overrides, headerRow, codeCol, 'STT');
  const nameCol = firstFilled(codeCol + 1);
  if ((nameCol === undefined || nameCol === stated.maxColumn) && codeCol + 1 !== stated.maxColumn) overrideCell(overrides, headerRow, codeCol + 1, 'Nội dung');
  let maxCol = stated.maxColumn;
  if (maxCol !== undefined && !isMaxLabel(folded(at(headerRow, maxCol)))) overrideCell(overrides, headerRow, maxCol, 'Điểm tối đa');
  if (maxCol === undefined) {
    for (let c = codeCol + 1; c < originCol + width && maxCol === undefined; c++) if (isMaxLabel(folded(at(headerRow, c)))) maxCol = c;
  }
  if (maxCol !== undefined && stated.unitColumns) notUnitsAsNotes(grid, headerRow, maxCol, width, stated.unitColumns, overrides);
  if (maxCol !== undefined && stated.rankedScore === 'self') rankSelf(grid, headerRow, maxCol, at, overrides);
  return patchGrid(grid, stated.headerRow, overrides);
}

/** Columns right of the max column that are not stated as units (nor under a stated unit's merged header) read as notes. */
function notUnitsAsNotes(grid: SheetGrid, headerRow: number, maxCol: number, width: number, units: number[], overrides: CellOverrides): void {
  const originCol = grid.originCol ?? 0;
  const spans = (grid.merges ?? []).filter((m) => m.row <= headerRow && headerRow < m.row + m.rows && units.includes(m.col));
  for (let c = maxCol + 1; c < originCol + width; c++) {
    if (units.includes(c) || spans.some((m) => m.col <= c && c < m.col + m.cols)) continue;
    overrideCell(overrides, headerRow, c, 'Ghi chú');
  }
}

/** The self-assessment ranked: the sub-headers "Tự đánh giá" and "Thẩm định" read the other way round. */
function rankSelf(grid: SheetGrid, headerRow: number, maxCol: number, at: (r: number, c: number) => CellValue, overrides: CellOverrides): void {
  const originCol = grid.originCol ?? 0;
  for (const r of [headerRow + 1, headerRow + 2]) {
    const width = grid.values[r - (grid.originRow ?? 0)]?.length ?? 0;
    let swapped = false;
    for (let c = maxCol + 1; c < originCol + width; c++) {
      const f = folded(at(r, c));
      if (isSelfHeader(f)) { overrideCell(overrides, r, c, 'Thẩm định'); swapped = true; }
      else if (isAppraisedHeader(f)) { overrideCell(overrides, r, c, 'Tự đánh giá'); swapped = true; }
    }
    if (swapped) return;
  }
}

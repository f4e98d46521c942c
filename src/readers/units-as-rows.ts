/**
 * Units as rows (the summary table), turned into the standard arrangement: one column per unit,
 * one row per component (code, name, max from the max row or the header), then the results as a
 * total row "Tổng cộng" and rows under it ("Chỉ số CCHC (%)", "Điểm tối đa của đơn vị", "Xếp
 * hạng", "Xếp loại") that the engine checks like the standard layout's. Section rows "Khối …"
 * become the ranking group row. Every cell maps back to the table's cell it came from.
 */
import type { SheetGrid } from '../engine/grid';
import type { CellSource, LayoutReport, ModelGroup } from '../engine/model';
import { GridReader } from '../engine/sheet';
import { cellText } from '../engine/text';
import { GridBuilder } from './grid-builder';
import { readSummaryHeader, type ResultKind, type SummaryHeader } from './summary-header';
import type { StatedLayout } from './types';
import { folded, isBonusName, isDeductionName, isGroupLabel, isMaxLabel, isSummaryLabel } from './words';

export interface UnitsAsRows {
  group: ModelGroup;
  report: LayoutReport;
  unitNames: string[];
}

/** A unit's row, and the section row naming its ranking group, if any (grid rows). */
interface UnitRow {
  row: number;
  groupRow?: number;
}

/** Labels of the rows the results become, in the order they are written. */
const RESULT_ROWS: readonly [ResultKind, string][] = [
  ['index', 'Chỉ số CCHC (%)'], ['unitMax', 'Điểm tối đa của đơn vị'], ['rank', 'Xếp hạng'], ['grade', 'Xếp loại'],
];

export function readUnitsAsRows(name: string, grid: SheetGrid, stated?: StatedLayout): UnitsAsRows | undefined {
  const g = new GridReader(grid);
  const header = readSummaryHeader(g, stated);
  if (!header) return undefined;
  const units = unitRows(g, header);
  if (units.length === 0) return undefined;

  const b = new GridBuilder();
  /** For each row of the new grid: the table's column it reads (-1: none) and the row of its label. */
  const rowFrom: { col: number; labelRow: number; labelCol: number }[] = [];
  const h = header.headerRow;
  const top = b.addRow();
  rowFrom.push({ col: -1, labelRow: h, labelCol: header.nameCol });
  b.set(top, 0, 'STT');
  b.set(top, 1, 'Lĩnh vực');
  b.set(top, 2, 'Điểm tối đa');
  units.forEach((u, k) => b.copy(top, 3 + k, grid, u.row, header.nameCol));
  if (units.some((u) => u.groupRow !== undefined)) {
    const r = b.addRow();
    rowFrom.push({ col: -1, labelRow: h, labelCol: header.nameCol });
    b.set(r, 1, 'Khối');
    units.forEach((u, k) => { if (u.groupRow !== undefined) b.copy(r, 3 + k, grid, u.groupRow, header.nameCol); });
  }
  for (const comp of header.components) {
    const r = b.addRow();
    rowFrom.push({ col: comp.col, labelRow: comp.headerRow, labelCol: comp.col });
    b.set(r, 0, comp.code);
    b.set(r, 1, comp.name);
    if (header.maxRow !== undefined && !g.isEmpty(header.maxRow, comp.col)) b.copy(r, 2, grid, header.maxRow, comp.col);
    else if (comp.headerMax !== undefined) b.set(r, 2, comp.headerMax);
    units.forEach((u, k) => b.copy(r, 3 + k, grid, u.row, comp.col));
  }
  const results = header.results;
  if (Object.keys(results).length > 0) {
    const total = b.addRow();
    const from = results.total;
    rowFrom.push({ col: from?.col ?? -1, labelRow: from?.headerRow ?? h, labelCol: from?.col ?? header.nameCol });
    b.set(total, 1, 'Tổng cộng');
    if (from) {
      if (header.maxRow !== undefined) b.copy(total, 2, grid, header.maxRow, from.col);
      units.forEach((u, k) => b.copy(total, 3 + k, grid, u.row, from.col));
    }
    for (const [kind, label] of RESULT_ROWS) {
      const at = results[kind];
      if (!at) continue;
      const r = b.addRow();
      rowFrom.push({ col: at.col, labelRow: at.headerRow, labelCol: at.col });
      b.set(r, 1, label);
      units.forEach((u, k) => b.copy(r, 3 + k, grid, u.row, at.col));
    }
  }

  const built = b.build(grid.sheetName);
  const at = (row: number, col: number): CellSource => ({ sheet: grid.sheetName, row: g.sheetRow(row), col: g.sheetCol(col) });
  const sourceOf = (row: number, col: number): CellSource => {
    const from = rowFrom[row] ?? rowFrom[0];
    const unit = col >= 3 ? units[col - 3] : undefined;
    if (row === top) return unit ? at(unit.row, header.nameCol) : at(h, [header.codeCol, header.nameCol, header.nameCol][col] ?? header.nameCol);
    if (unit) {
      if (from.col >= 0) return at(unit.row, from.col);
      return at(unit.groupRow ?? unit.row, header.nameCol);
    }
    if (col === 2 && header.maxRow !== undefined && from.col >= 0) return at(header.maxRow, from.col);
    return at(from.labelRow, from.labelCol);
  };
  const report: LayoutReport = {
    kind: 'units-as-rows', sheets: [name], headerRow: g.sheetRow(h), units: units.length,
    components: header.components.filter((k) => !isBonusName(folded(k.name)) && !isDeductionName(folded(k.name))).length,
  };
  if (header.headerRows > 1) report.headerRows = header.headerRows;
  if (header.maxRow !== undefined) report.maxRow = g.sheetRow(header.maxRow);
  return {
    group: { name, sheets: [name], grid: built, sourceOf },
    report,
    unitNames: units.map((u) => cellText(g.value(u.row, header.nameCol))),
  };
}

/**
 * The units' rows: a name and a number (STT) or a score. Section rows (no score; "Khối xã", or a
 * letter or Roman numeral for STT) name the ranking group of the rows under them; summary rows (Tổng cộng, Trung bình) and the max row are no units.
 * The table ends at the first blank row after a unit.
 */
function unitRows(g: GridReader, header: SummaryHeader): UnitRow[] {
  const units: UnitRow[] = [];
  let groupRow: number | undefined;
  for (let r = header.bodyStart; r < g.rows; r++) {
    if (r === header.maxRow) continue;
    const name = cellText(g.value(r, header.nameCol));
    const f = folded(name);
    const scored = header.components.some((k) => !g.isEmpty(r, k.col));
    if (name === '') {
      if (units.length > 0 && !scored) break;
      continue;
    }
    if (isSummaryLabel(f) || isMaxLabel(f)) continue;
    if (!scored) {
      // A section row ("Khối xã", "A | Các xã, thị trấn") names the ranking group of the units under it.
      const stt = g.value(r, header.codeCol);
      if (isGroupLabel(f) || (typeof stt === 'string' && stt.trim() !== '' && !/^\d+\.?$/.test(stt.trim()))) { groupRow = r; continue; }
      if (g.isEmpty(r, header.codeCol)) continue;
    }
    units.push(groupRow === undefined ? { row: r } : { row: r, groupRow });
  }
  return units;
}

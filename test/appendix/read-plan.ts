/** Reads a write plan back as a grid, the way an adapter would render it (later blocks and styles win). */
import type { CellStyle, PlanValue, SheetPlan, WritePlan } from '../../src/appendix/types';

export function sheetByKey(plan: WritePlan, key: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no sheet ${key} in plan: ${plan.sheets.map((s) => s.key).join(', ')}`);
  return sheet;
}

export function cell(sheet: SheetPlan, row: number, col: number): PlanValue | undefined {
  let value: PlanValue | undefined;
  for (const b of sheet.blocks) {
    const line = b.values[row - b.row];
    if (line && col >= b.col && col - b.col < line.length) value = line[col - b.col];
  }
  return value;
}

/** Values of a row from `from` to `to` inclusive; unwritten cells as null. */
export function rowValues(sheet: SheetPlan, row: number, from = 0, to?: number): PlanValue[] {
  const last = to ?? lastCol(sheet);
  const out: PlanValue[] = [];
  for (let c = from; c <= last; c++) out.push(cell(sheet, row, c) ?? null);
  return out;
}

export function lastCol(sheet: SheetPlan): number {
  return Math.max(...sheet.blocks.map((b) => b.col + Math.max(...b.values.map((v) => v.length)) - 1));
}

export function lastRow(sheet: SheetPlan): number {
  return Math.max(...sheet.blocks.map((b) => b.row + b.values.length - 1));
}

/** The first row at or after `from` whose cell in `col` holds `text`. */
export function findRow(sheet: SheetPlan, text: PlanValue, col = 0, from = 0): number {
  for (let r = from; r <= lastRow(sheet); r++) if (cell(sheet, r, col) === text) return r;
  throw new Error(`"${String(text)}" not found in column ${col} of ${sheet.key}`);
}

/** The effective style of a cell: every range covering it, merged in order. */
export function styleAt(sheet: SheetPlan, row: number, col: number): CellStyle {
  const out: CellStyle = {};
  for (const s of sheet.styles) {
    const b = s.box;
    if (row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols) Object.assign(out, s.style);
  }
  return out;
}

/** A heading cell's text on one line: its line breaks (chosen from the widths, between phrases) read as spaces. */
export function flat(value: PlanValue | undefined): PlanValue | undefined {
  return typeof value === 'string' ? value.replace(/\n/g, ' ') : value;
}

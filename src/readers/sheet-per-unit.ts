/**
 * One sheet per unit: the forms of one ranking group put side by side in the standard
 * arrangement. Each unit gets its columns (its name over "Tự đánh giá" | "Thẩm định", as the
 * standard layout's second header row has them); rows are lined up by criterion code, then the
 * total and the rows under it by their labels. Code, name and max of a row come from the first
 * form that has it. Every cell maps back to its form.
 */
import type { CellSource, LayoutReport, ModelGroup } from '../engine/model';
import { cellText } from '../engine/text';
import { romanValue } from '../engine/tree';
import type { Form, FormRow } from './form';
import { GridBuilder } from './grid-builder';
import type { StatedLayout } from './types';
import { folded, isBonusName, isDeductionName } from './words';

export interface SheetPerUnit {
  group: ModelGroup;
  report: LayoutReport;
  unitNames: string[];
}

/** The key forms of one group share: their components (level-1 and group rows), in order. */
export function criteriaSignature(form: Form): string {
  return form.criteria.filter((r) => !r.key.includes('.') && !r.key.startsWith('?')).map((r) => r.key).join('|');
}

/** A row of the merged grid: where it is in each form (-1: not there). */
interface MergedRow {
  key: string;
  at: number[];
}

/** The keys of all forms in one order: the first form's, each other key after the one it follows in its form. */
function lineUp(lists: FormRow[][]): MergedRow[] {
  const keys: string[] = [];
  for (const list of lists) {
    let after = -1;
    for (const { key } of list) {
      const at = keys.indexOf(key);
      if (at >= 0) { after = at; continue; }
      keys.splice(after + 1, 0, key);
      after++;
    }
  }
  const index = lists.map((list) => new Map(list.map((r) => [r.key, r.row])));
  return keys.map((key) => ({ key, at: index.map((m) => m.get(key) ?? -1) }));
}

/** Columns of one unit in the merged grid and where they come from. */
interface UnitColumn {
  form: number;
  /** Grid column of the form. */
  col: number;
}

export function readSheetsPerUnit(forms: Form[], name: string | null, stated?: StatedLayout): SheetPerUnit {
  const first = forms[0];
  const criteria = lineUp(forms.map((f) => f.criteria));
  const below = lineUp(forms.map((f) => f.below));
  const b = new GridBuilder();
  const header = b.addRow();
  const sub = b.addRow();
  b.copy(header, 0, first.grid, first.headerRow, first.codeCol);
  b.copy(header, 1, first.grid, first.headerRow, first.nameCol);
  b.copy(header, 2, first.grid, first.headerRow, first.maxCol);
  const columns: UnitColumn[] = [];
  forms.forEach((form, i) => {
    const start = 3 + columns.length;
    const own = unitColumns(form, stated);
    b.set(header, start, form.unit);
    for (const [k, col] of own.entries()) {
      b.set(sub, start + k, col === form.selfCol ? 'Tự đánh giá' : 'Thẩm định');
      columns.push({ form: i, col });
    }
    if (own.length > 1) b.merge({ row: header, col: start, rows: 1, cols: own.length });
  });

  // Each merged row: its source row in every form; the row's owner is the first form that has it.
  const rowAt: number[][] = [[], []];
  const put = (at: number[]): void => {
    const r = b.addRow();
    rowAt.push(at);
    const owner = at.findIndex((x) => x >= 0);
    const o = forms[owner];
    b.copy(r, 0, o.grid, at[owner], o.codeCol);
    b.copy(r, 1, o.grid, at[owner], o.nameCol);
    b.copy(r, 2, o.grid, at[owner], o.maxCol);
    columns.forEach((u, k) => {
      if (at[u.form] >= 0) b.copy(r, 3 + k, forms[u.form].grid, at[u.form], u.col);
    });
  };
  for (const row of criteria) put(row.at);
  const totals = forms.map((f) => f.totalRow ?? -1);
  if (totals.some((t) => t >= 0)) {
    put(totals);
    for (const row of below) put(row.at);
  }

  const grid = b.build(first.grid.sheetName);
  const sourceOf = (row: number, col: number): CellSource => {
    const unit = col >= 3 ? columns[col - 3] : undefined;
    const form = forms[unit?.form ?? 0];
    const srcCol = unit ? unit.col : [first.codeCol, first.nameCol, first.maxCol][col] ?? first.codeCol;
    if (row === header && unit) {
      // The unit's name: its title, or (named by its sheet) the header of its ranked column.
      const ranked = unitColumns(form, stated);
      return form.titleCell ? cell(form, form.titleCell.row, form.titleCell.col) : cell(form, form.headerRow, ranked[ranked.length - 1]);
    }
    if (row <= sub) return cell(form, row === header ? form.headerRow : form.scoreHeaderRow, srcCol);
    const at = rowAt[row] ?? [];
    if (unit) return at[unit.form] >= 0 ? cell(form, at[unit.form], unit.col) : cell(form, form.headerRow, unit.col);
    const owner = Math.max(0, at.findIndex((x) => x >= 0));
    const o = forms[owner];
    return cell(o, at[owner] ?? o.headerRow, [o.codeCol, o.nameCol, o.maxCol][col] ?? o.codeCol);
  };
  const sheets = forms.map((f) => f.sheet);
  const report: LayoutReport = {
    kind: 'sheet-per-unit', sheets, headerRow: first.headerRow + (first.grid.originRow ?? 0),
    units: forms.length, components: countComponents(forms, criteria),
  };
  return { group: { name, sheets, grid, sourceOf }, report, unitNames: forms.map((f) => f.unit) };
}

/** The form's score columns as the merged grid shows them: the self-assessment then the appraisal, or the stated ranked one alone. */
function unitColumns(form: Form, stated: StatedLayout | undefined): number[] {
  if (stated?.rankedScore === 'self' && form.selfCol !== undefined) return [form.selfCol];
  return [form.selfCol, form.appraisedCol].filter((c): c is number => c !== undefined);
}

function cell(form: Form, row: number, col: number): CellSource {
  return { sheet: form.sheet, row: row + (form.grid.originRow ?? 0), col: col + (form.grid.originCol ?? 0) };
}

/** Ranked components: level-1 codes (Roman, or a number without a dot), bonus and deduction not counted. */
function countComponents(forms: Form[], rows: MergedRow[]): number {
  let count = 0;
  for (const { key, at } of rows) {
    if (!(/^\d+$/.test(key) || romanValue(key) !== undefined)) continue;
    const owner = at.findIndex((x) => x >= 0);
    const f = forms[owner];
    const name = folded(cellText(f.grid.values[at[owner]]?.[f.nameCol]));
    if (!isBonusName(name) && !isDeductionName(name)) count++;
  }
  return count;
}

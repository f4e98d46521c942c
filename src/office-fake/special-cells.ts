/**
 * Range.getSpecialCells for the fake: formula cells, constant cells (optionally only errors,
 * numbers, text or logical values), blanks, and visible cells, as a list of rectangular areas
 * (runs on each row, stacked where consecutive rows have the same runs).
 *
 * Formula, constant and visible cells are found from what the sheet stores (its rows of values,
 * its formulas, its hidden rows and columns), never cell by cell over the range: Excel answers
 * them at once over a used range that reaches row 1,048,576 (a stray value far below the table),
 * and so does the fake. Blanks are looked for cell by cell (the product never asks for them).
 */
import type { CellBox } from '../engine/grid';
import { FakeOfficeError } from './errors';
import { cellKey, keyCol, keyRow, type SheetModel } from './model';

/** The areas of the cells of `box` passing `test`, every cell tested (blanks). */
function areasOf(box: CellBox, test: (row: number, col: number) => boolean): CellBox[] {
  const cols = Array.from({ length: box.cols }, (_, i) => box.col + i);
  function* rows(): Generator<[number, number[]]> {
    for (let r = box.row; r < box.row + box.rows; r++) yield [r, cols];
  }
  return areasOfCandidates(rows(), test);
}

/**
 * The areas of the cells passing `test` among `candidates`: the rows, each with its columns in
 * ascending order, where a cell may pass (rows ascending); runs on each row, stacked where
 * consecutive rows have the same runs.
 */
function areasOfCandidates(candidates: Iterable<[number, number[]]>, test: (row: number, col: number) => boolean): CellBox[] {
  const out: CellBox[] = [];
  let open = new Map<string, CellBox>();
  for (const [r, cols] of candidates) {
    const next = new Map<string, CellBox>();
    for (let i = 0; i < cols.length; ) {
      if (!test(r, cols[i])) {
        i++;
        continue;
      }
      const start = cols[i];
      let end = start + 1;
      i++;
      while (i < cols.length && cols[i] === end && test(r, cols[i])) {
        end++;
        i++;
      }
      const key = `${start}:${end}`;
      const prev = open.get(key);
      if (prev && prev.row + prev.rows === r) {
        prev.rows++;
        next.set(key, prev);
      } else {
        const area = { row: r, col: start, rows: 1, cols: end - start };
        out.push(area);
        next.set(key, area);
      }
    }
    open = next;
  }
  return out;
}

/** The box's rows that store a value or a formula, each with those columns, ascending. */
function storedCells(sheet: SheetModel, box: CellBox): [number, number[]][] {
  const byRow = new Map<number, Set<number>>();
  const add = (r: number, c: number): void => {
    let cols = byRow.get(r);
    if (!cols) byRow.set(r, (cols = new Set()));
    cols.add(c);
  };
  const rows = sheet.values.rows;
  const endRow = Math.min(box.row + box.rows, rows.length);
  const endCol = box.col + box.cols;
  for (let r = box.row; r < endRow; r++) {
    const line = rows[r];
    if (line === undefined) continue;
    line.forEach((v, c) => {
      if (c >= box.col && c < endCol && v !== undefined) add(r, c);
    });
  }
  for (const k of sheet.formulas.keys()) {
    const r = keyRow(k);
    const c = keyCol(k);
    if (r >= box.row && r < box.row + box.rows && c >= box.col && c < endCol) add(r, c);
  }
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([r, cols]) => [r, [...cols].sort((x, y) => x - y)]);
}

/** Runs of indexes from `start` (count `n`) not in `hidden`: [first, length][]. */
function shownRuns(start: number, n: number, hidden: ReadonlySet<number>): [number, number][] {
  const cuts = [...hidden].filter((i) => i >= start && i < start + n).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  let from = start;
  for (const cut of [...cuts, start + n]) {
    if (cut > from) runs.push([from, cut - from]);
    from = cut + 1;
  }
  return runs;
}

/** Visible cells: every run of shown rows by every run of shown columns, in the order areasOf gives. */
function visibleAreas(sheet: SheetModel, box: CellBox): CellBox[] {
  const colRuns = shownRuns(box.col, box.cols, sheet.hiddenCols);
  return shownRuns(box.row, box.rows, sheet.hiddenRows).flatMap(([row, rows]) => colRuns.map(([col, cols]) => ({ row, col, rows, cols })));
}

function valueMatches(sheet: SheetModel, row: number, col: number, valueType: string): boolean {
  const v = sheet.values.get(row, col);
  const isError = sheet.errors.has(cellKey(row, col));
  switch (valueType) {
    case 'All':
      return true;
    case 'Errors':
      return isError;
    case 'Numbers':
      return !isError && typeof v === 'number';
    case 'Text':
      return !isError && typeof v === 'string';
    case 'Logical':
      return typeof v === 'boolean';
    default:
      throw new FakeOfficeError('InvalidArgument', `The fake does not know the special cell value type "${valueType}".`);
  }
}

export function specialCells(sheet: SheetModel, box: CellBox, cellType: string, valueType = 'All'): CellBox[] {
  const isFormula = (r: number, c: number): boolean => sheet.formulas.has(cellKey(r, c));
  const filled = (r: number, c: number): boolean => {
    const v = sheet.values.get(r, c);
    return v !== undefined && v !== '';
  };
  switch (cellType) {
    case 'Formulas':
      return areasOfCandidates(storedCells(sheet, box), (r, c) => isFormula(r, c) && valueMatches(sheet, r, c, valueType));
    case 'Constants':
      return areasOfCandidates(storedCells(sheet, box), (r, c) => !isFormula(r, c) && filled(r, c) && valueMatches(sheet, r, c, valueType));
    case 'Blanks':
      return areasOf(box, (r, c) => !isFormula(r, c) && !filled(r, c));
    case 'Visible':
      return visibleAreas(sheet, box);
    default:
      throw new FakeOfficeError('InvalidArgument', `The fake does not know the special cell type "${cellType}".`);
  }
}

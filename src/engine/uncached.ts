/**
 * What the result says about formula cells stored without their value (issue 13): one warning
 * per sheet, at the first such cell, counting the maxima, subtotals and totals computed from the
 * criteria under them (as blank ones are) and the leaf scores and maxima calculated from their
 * formulas. The cells that could not be calculated have errors of their own.
 *
 * Run once per sheet after the columns are read; it costs nothing on a sheet without such cells:
 * when the reader does not list them it looks only at the max column, the total row and the
 * subtotals of the columns where the column reader met a blank subtotal.
 */
import type { ScoredColumns } from './columns';
import type { Layout } from './detect';
import { makeFinding } from './finding-factory';
import type { Finding } from './findings';
import { isBlank } from './score-cell';
import type { GridReader } from './sheet';
import type { CriteriaTree } from './tree';

/** Cells named in the finding. */
const NAMED = 5;

/** The cells found, counted, and the first few in sheet order (row, then column). */
class Found {
  count = 0;
  evaluated = 0;
  readonly first: { r: number; c: number }[] = [];

  add(r: number, c: number, evaluated: boolean): void {
    this.count++;
    if (evaluated) this.evaluated++;
    const { first } = this;
    let at = first.length;
    while (at > 0 && (first[at - 1].r > r || (first[at - 1].r === r && first[at - 1].c > c))) at--;
    if (at >= NAMED) return;
    first.splice(at, 0, { r, c });
    if (first.length > NAMED) first.pop();
  }
}

/** The warning about formula cells stored without their value, when the sheet has any the engine stood in for. */
export function uncachedNote(g: GridReader, layout: Layout, tree: CriteriaTree, columns: ScoredColumns): Finding | undefined {
  if (g.grid.uncached === undefined && g.grid.formulas === undefined) return undefined;
  const found = new Found();
  if (g.uncached.listed) listed(g, layout, tree, columns, found);
  else flagged(g, layout, tree, columns, found);
  if (found.count === 0) return undefined;
  const [at] = found.first;
  return makeFinding(g, 'formulas-not-calculated', at.r, at.c, {
    count: found.count, cells: found.first.map((p) => g.address(p.r, p.c)), evaluated: found.evaluated });
}

/** The cells the reader lists: those in the max column or a unit's column, on a criterion row or the total row. */
function listed(g: GridReader, layout: Layout, tree: CriteriaTree, columns: ScoredColumns, found: Found): void {
  const list = g.grid.uncached ?? [];
  if (list.length === 0) return;
  const criterionAt = new Map<number, number>();
  tree.rows.forEach((row, i) => criterionAt.set(row.row, i));
  for (const u of list) {
    const r = u.row - g.originRow;
    const c = u.col - g.originCol;
    if ((c !== layout.maxCol && !columns.isUnitColumn(c)) || !g.uncached.has(r, c)) continue;
    if (r === tree.totalRow) { found.add(r, c, false); continue; }
    const i = criterionAt.get(r);
    if (i === undefined) continue;
    if (tree.rows[i].children.length > 0) found.add(r, c, false);
    else if (g.uncached.evaluate(r, c).ok) found.add(r, c, true);
  }
}

/**
 * The cells flagged as formulas that read empty (the reader gives no texts, so none is
 * calculated): parents' maxima, the total row, and subtotals in columns with a blank one.
 */
function flagged(g: GridReader, layout: Layout, tree: CriteriaTree, columns: ScoredColumns, found: Found): void {
  const { maxCol, units } = layout;
  const parents = tree.rows.filter((row) => row.children.length > 0);
  for (const row of parents) if (g.uncached.has(row.row, maxCol)) found.add(row.row, maxCol, false);
  const { totalRow } = tree;
  if (totalRow !== undefined) {
    if (g.uncached.has(totalRow, maxCol)) found.add(totalRow, maxCol, false);
    // The total row's cells, read straight from the row: this runs for every sheet with formula flags.
    const values = g.grid.values[totalRow] ?? [];
    const flags = g.grid.formulas?.[totalRow] ?? [];
    const cell = (col: number): void => {
      if (flags[col] === true && isBlank(values[col])) found.add(totalRow, col, false);
    };
    for (let u = 0; u < units.length; u++) {
      cell(units[u].scoreCol);
      const { selfCol } = units[u];
      if (selfCol !== undefined) cell(selfCol);
    }
  }
  for (const col of columns.columnsWithBlankSubtotals()) {
    for (const row of parents) if (g.uncached.has(row.row, col)) found.add(row.row, col, false);
  }
}

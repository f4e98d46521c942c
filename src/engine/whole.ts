/**
 * A criterion scored as a whole: a score on a parent row while every cell under it is blank for
 * that unit (the survey component comes from the province as one figure). The row's score is the
 * unit's score of the criterion (column-pass.ts); the blank leaves under it are not missing, nor
 * are they in a self-assessment column left blank where the ranked column scores it so.
 */
import type { GridReader } from './sheet';
import { isBlank, isBlankLeaf } from './score-cell';
import type { CriteriaTree } from './tree';

/**
 * True when every criterion cell under row i (its children, theirs, and so on; not the row's own)
 * is blank in grid column `col`, and it has some: the row may then hold its score as a whole.
 */
export function blankBelow(g: GridReader, tree: CriteriaTree, i: number, col: number): boolean {
  const { rows } = tree;
  const stack = rows[i].children.slice();
  if (stack.length === 0) return false;
  for (let c = stack.pop(); c !== undefined; c = stack.pop()) {
    const row = rows[c];
    if (!isBlankLeaf(g, row, col, g.value(row.row, col))) return false;
    for (const k of row.children) stack.push(k);
  }
  return true;
}

/**
 * The rows whose blank leaves in grid column `col` are not missing (marked 1), when any: those
 * under a criterion the column scores as a whole (`own`), and, for a self-assessment column,
 * those under a criterion its unit's ranked column scores as a whole (`theirs`) while this
 * column leaves it, and all under it, blank.
 */
export function excusedRows(g: GridReader, tree: CriteriaTree, col: number, own: readonly number[] | undefined, theirs: readonly number[] | undefined): Uint8Array | undefined {
  if (own === undefined && theirs === undefined) return undefined;
  const marks = new Uint8Array(tree.rows.length);
  const mark = (i: number): void => {
    for (const c of tree.rows[i].children) {
      marks[c] = 1;
      mark(c);
    }
  };
  for (const i of own ?? []) mark(i);
  for (const i of theirs ?? []) if (isBlank(g.value(tree.rows[i].row, col)) && blankBelow(g, tree, i, col)) mark(i);
  return marks;
}

/**
 * Naming criteria in findings: "1.1.a (Ban hành kế hoạch kịp thời)", never a bare "a" that many
 * criteria share. A finding about a criterion's row gets its `criterion` once the tree is read.
 */
import type { Finding } from './findings';
import type { GridReader } from './sheet';
import type { CriteriaTree, CriterionRow } from './tree';

/** True for a sub-criterion letter row ("a" under 1.1): its key ends with the letter. */
function isLetterRow(row: CriterionRow): boolean {
  return row.kind !== 'group' && row.parent >= 0 && /^[a-zđ]$/.test(row.key.slice(row.key.lastIndexOf('.') + 1));
}

/**
 * The code of row i as a reader can find it: a letter hangs under its parent's full code
 * ("1.1.a", "I.a"); any other row is its code as the sheet shows it ("I", "1.1").
 */
export function fullCode(rows: readonly CriterionRow[], i: number): string {
  const row = rows[i];
  return isLetterRow(row) ? `${fullCode(rows, row.parent)}.${row.code}` : row.code;
}

/**
 * Gives every finding about a criterion's row (its data has the criterion's `code`) the
 * criterion's full code and name. Findings that already name theirs (a duplicate or orphan code,
 * whose row is not in the tree) and findings about other rows are left as they are.
 */
export function nameCriteria(g: GridReader, tree: CriteriaTree, findings: readonly Finding[]): void {
  const bySheetRow = new Map<number, number>();
  tree.rows.forEach((row, i) => bySheetRow.set(g.sheetRow(row.row), i));
  for (const f of findings) {
    if (f.criterion || !('code' in f.data)) continue;
    const i = bySheetRow.get(f.row);
    if (i !== undefined) f.criterion = { code: fullCode(tree.rows, i), name: tree.rows[i].name };
  }
}

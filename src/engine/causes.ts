/**
 * Findings in cause order. One cell can make the sums over it look wrong: a number stored as text
 * ("1,75") is used here, but the sheet's =SUM skips it, so the subtotal, the component and the
 * total above it all differ from the computed sums although their formulas are right. Listed in
 * sheet order, those three errors would come first and the text last, and a reviewer would "fix"
 * the formulas. So such a cell's finding (the cause) is linked to the findings of the cells above
 * it in the same column that it probably explains, and listed first, followed by them.
 *
 * Causes and what they explain (the explained cell is an ancestor of the cause's row in the
 * criteria tree, or the total row, in the same column; the max column likewise):
 * - a number stored as text, or a not-applicable marker (KPS) on a leaf: a subtotal, total, or
 *   max sum that differs (=SUM counts them as 0; a sum typed by hand may not have been updated);
 * - any text (those two, text that is not a number, a percentage, KPS on a parent): the error
 *   #VALUE! in a cell above, which a formula adding cells with + gives over text;
 * - an error value (#REF!, #DIV/0! …): the same error in a cell above, carried up by its formulas;
 * - a max stored as text: also the subtotals, in any unit's column, above that max (a parent's
 *   max summed without it is too small for their scores).
 * An error value carried up from a cell below is explained, not a cause itself.
 */
import type { Finding, FindingRef, RuleId } from './findings';
import type { GridReader } from './sheet';
import type { CriteriaTree } from './tree';

/** Text in a cell: a formula with + above it gives #VALUE!. */
const TEXT: ReadonlySet<RuleId> = new Set<RuleId>([
  'number-as-text', 'not-applicable', 'not-applicable-on-parent', 'score-not-number', 'score-as-percent',
]);

/** Sums compared with what the sheet holds. */
const SUMS: ReadonlySet<RuleId> = new Set<RuleId>(['subtotal-mismatch', 'total-mismatch', 'max-sum-mismatch', 'max-total-mismatch']);

const refOf = (f: Finding): FindingRef => ({ rule: f.rule, sheet: f.sheet, cell: f.cell });

/** True when finding c, about a cell under e's in the same column, probably explains e. */
function explainsOne(c: Finding, e: Finding): boolean {
  if (e.rule === 'score-error-value') {
    if (c.rule === 'score-error-value') return c.data.error === e.data.error;
    return TEXT.has(c.rule) && e.data.error.toUpperCase() === '#VALUE!';
  }
  return SUMS.has(e.rule) && (c.rule === 'number-as-text' || c.rule === 'not-applicable');
}

/**
 * Links each cause among `findings` (one sheet's, in grid `g` with criteria `tree`) to the
 * findings it probably explains: `explains` on the cause, nearest first, and `causedBy` on each
 * explained one, in sheet order. A cause that explains an error becomes an error itself: it is
 * what to fix first, and it is listed with the errors (the run stops on them anyway).
 */
export function linkCauses(g: GridReader, tree: CriteriaTree, maxCol: number, findings: readonly Finding[]): void {
  const atCell = new Map<string, Finding[]>();
  const aboveMax = new Map<number, Finding[]>();
  const add = (map: Map<string | number, Finding[]>, key: string | number, f: Finding): void => {
    const list = map.get(key);
    if (list) list.push(f); else map.set(key, [f]);
  };
  for (const f of findings) {
    if (f.rule === 'score-error-value' || SUMS.has(f.rule)) add(atCell, `${f.row}:${f.col}`, f);
    else if (f.rule === 'score-above-max') add(aboveMax, f.row, f);
  }
  if (atCell.size === 0 && aboveMax.size === 0) return;
  const sheetMaxCol = g.sheetCol(maxCol);
  const treeRow = new Map<number, number>();
  tree.rows.forEach((row, i) => treeRow.set(g.sheetRow(row.row), i));
  const totalRow = tree.totalRow === undefined ? -1 : g.sheetRow(tree.totalRow);
  const candidates = findings.filter((f) => (TEXT.has(f.rule) || f.rule === 'score-error-value') && treeRow.has(f.row));
  candidates.sort((a, b) => a.row - b.row || a.col - b.col);
  const found = new Map<Finding, Finding[]>();
  const explained = new Set<Finding>();
  for (const c of candidates) {
    const list: Finding[] = [];
    const collect = (row: number): void => {
      for (const e of atCell.get(`${row}:${c.col}`) ?? []) if (e !== c && explainsOne(c, e)) list.push(e);
      if (c.col === sheetMaxCol && c.rule === 'number-as-text') {
        for (const e of [...(aboveMax.get(row) ?? [])].sort((a, b) => a.col - b.col)) list.push(e);
      }
    };
    for (let p = tree.rows[treeRow.get(c.row) as number].parent; p >= 0; p = tree.rows[p].parent) collect(g.sheetRow(tree.rows[p].row));
    if (totalRow >= 0) collect(totalRow);
    if (list.length === 0) continue;
    found.set(c, list);
    for (const e of list) explained.add(e);
  }
  for (const [c, list] of found) {
    if (explained.has(c)) continue;
    c.explains = list.map(refOf);
    for (const e of list) (e.causedBy ??= []).push(refOf(c));
    if (list.some((e) => e.severity === 'error')) c.severity = 'error';
  }
}

/**
 * The findings (in sheet order) in cause order: each set of linked findings is listed where its
 * first one stands, each cause followed by the findings it explains that are not listed yet.
 * Findings without links keep their places. Reads only the links, so it may be run again on a
 * list put together from several sheets or groups.
 */
export function orderByCause(findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.causedBy)) return findings;
  const key = (r: FindingRef): string => `${r.rule}\u0000${r.sheet}\u0000${r.cell}`;
  const index = new Map<string, number>();
  findings.forEach((f, i) => index.set(key(f), i));
  // The linked sets, as trees of indexes (union-find).
  const root = findings.map((_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]];
    return i;
  };
  findings.forEach((f, i) => {
    for (const ref of f.causedBy ?? []) {
      const j = index.get(key(ref));
      if (j !== undefined) root[find(i)] = find(j);
    }
  });
  const members = new Map<number, number[]>();
  findings.forEach((_, i) => {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i); else members.set(r, [i]);
  });
  const out: Finding[] = [];
  const listed = new Uint8Array(findings.length);
  const put = (i: number): void => {
    if (listed[i]) return;
    listed[i] = 1;
    out.push(findings[i]);
  };
  findings.forEach((_, i) => {
    if (listed[i]) return;
    const set = members.get(find(i)) as number[];
    for (const m of set) {
      const f = findings[m];
      if (!f.explains) continue;
      put(m);
      for (const ref of f.explains) {
        const j = index.get(key(ref));
        if (j !== undefined) put(j);
      }
    }
    for (const m of set) put(m);
  });
  return out;
}

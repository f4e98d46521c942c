/**
 * The criteria tree: codes `1`, `1.1`, `1.1.1` (a trailing dot allowed), Roman `I`..`XX` for
 * components (their children `1.1` ... start with the component's number), letters `a`, `b`,
 * `a)` for sub-criteria of the numbered row above. A code's parent is the code without its last
 * part. Capital letters `A`, `B` … right above a Roman component group the components under them
 * (up to the next group, a component of the other family — ranked or bonus/deduction — or the
 * total). A component named "Điểm thưởng"/"Điểm cộng" is a bonus, "Điểm trừ" a deduction.
 */
import type { Finding } from './findings';
import { makeFinding } from './finding-factory';
import type { Layout } from './detect';
import { groupLetter, parseCode } from './codes';
import { fullCode } from './criterion-refs';
import type { Milli } from './decimal';
import { isBonusName, isDeductionName } from './labels';
import { readMax, resolveUncachedMaxima } from './max-cell';
import type { GridReader } from './sheet';
import { cellText, fold } from './text';
import type { CriterionKind } from './types';

export { parseCode, romanValue } from './codes';
export { MAX_POINTS } from './max-cell';

export interface CriterionRow {
  code: string;
  key: string;
  name: string;
  kind: CriterionKind;
  /** 0 for a group, 1 for a component (bonus and deduction included), 2+ below. */
  level: number;
  /** The parent row: a component's is its group (-1 outside one). */
  parent: number;
  /** The row of the component (or group) this row belongs to: its own for groups and components. */
  component: number;
  children: number[];
  /** Max in thousandths (0 when missing; a finding says so). Negative in a deduction. */
  max: Milli;
  maxValid: boolean;
  /** Grid row. */
  row: number;
}

export interface CriteriaTree {
  rows: CriterionRow[];
  /** Indexes of the ranked components (level 1, not bonus or deduction) in sheet order. */
  components: number[];
  /** Indexes of the bonus components, and of the deduction components, in sheet order. */
  bonus: number[];
  deduction: number[];
  /** Indexes of leaves in sheet order. */
  leaves: number[];
  /** Per row: the leaves under it (1 for a leaf). */
  leafCount: Int32Array;
  /** Grid row of the total row, when the sheet has one. */
  totalRow?: number;
  /** Grid row of the total row that ends the body (rows under it state results), when it does. */
  end?: number;
  /**
   * Components (row indexes) in whose block a row was skipped for a bad, duplicate or orphan
   * code: their sums cannot be checked (the skipped row's points are unknown), nor can the total.
   * A group is tainted with any of its components.
   */
  tainted: Set<number>;
}

const TOTAL_LABELS = ['tong cong', 'tong diem', 'tong so', 'total'];

function isTotalLabel(text: string): boolean {
  const f = fold(text);
  return TOTAL_LABELS.some((w) => f === w || f.startsWith(w + ' ') || f.startsWith(w + '('));
}

/** The kind of a component by its name. */
function componentKind(name: string): CriterionKind {
  const f = fold(name);
  return isBonusName(f) ? 'bonus' : isDeductionName(f) ? 'deduction' : 'component';
}

/** True when the next row with a code, below grid row r, is a Roman component. */
function romanBelow(g: GridReader, layout: Layout, r: number): boolean {
  for (let k = r + 1; k < g.rows; k++) {
    const text = cellText(g.value(k, layout.codeCol));
    if (text === '') continue;
    return parseCode(text)?.kind === 'roman';
  }
  return false;
}

/** The group rows being read: the open group, the family of its components, the last letter. */
interface OpenGroup {
  row: number;
  family?: 'ranked' | 'adjustment';
  letter: string;
}

/** Reads the criterion rows of the body, with findings for bad codes, duplicates, orphans and missing max. */
export function readCriteria(g: GridReader, layout: Layout, findings: Finding[]): CriteriaTree {
  const rows: CriterionRow[] = [];
  const byKey = new Map<string, number>();
  let lastNumbered = -1;
  let totalRow: number | undefined;
  let end: number | undefined;
  let group: OpenGroup = { row: -1, letter: '' };
  const tainted = new Set<number>();
  /** Rows whose max is a formula stored without its value: decided once the tree is read. */
  const pending: number[] = [];
  const skip = (): void => { if (rows.length > 0) tainted.add(rows[rows.length - 1].component); tainted.add(-1); };
  for (let r = layout.bodyStart; r < g.rows; r++) {
    const codeText = cellText(g.value(r, layout.codeCol));
    const nameText = cellText(g.value(r, layout.nameCol));
    // The total row ends the body; many forms put it first, right under the header, instead.
    // A row with a criterion code is a criterion, whatever its name ("Tổng số TTHC ..." is one).
    const hasCode = codeText !== '' && parseCode(codeText) !== undefined;
    if (!hasCode && (isTotalLabel(nameText) || (codeText !== '' && isTotalLabel(codeText)))) {
      totalRow = r;
      if (rows.length > 0) { end = r; break; }
      continue;
    }
    const maxEmpty = g.isEmpty(r, layout.maxCol);
    if (codeText === '' && maxEmpty) continue; // a section note or a blank row
    // A group row: the next capital letter (A first), right above a Roman component.
    const letter = groupLetter(codeText);
    const nextLetter = group.letter === '' ? 'A' : String.fromCharCode(group.letter.charCodeAt(0) + 1);
    if (letter !== undefined && letter === nextLetter && !byKey.has(letter) && romanBelow(g, layout, r)) {
      const index = rows.length;
      const { max, valid, uncached } = readMax(g, r, layout.maxCol, letter, 'group', findings);
      if (uncached) pending.push(rows.length);
      rows.push({ code: letter, key: letter, name: nameText, kind: 'group', level: 0, parent: -1, component: index, children: [], max, maxValid: valid, row: r });
      byKey.set(letter, index);
      group = { row: index, letter };
      lastNumbered = -1; // a letter right under a group has no numbered row above it
      continue;
    }
    const parsed = codeText === '' ? undefined : parseCode(codeText);
    if (!parsed) {
      findings.push(makeFinding(g, 'invalid-code', r, layout.codeCol, { code: codeText }));
      skip();
      continue;
    }
    let key: string;
    let parentKey: string | undefined;
    if (parsed.kind === 'letter') {
      if (lastNumbered < 0) {
        findings.push({ ...makeFinding(g, 'orphan-code', r, layout.codeCol, { code: parsed.display, parent: '?' }), criterion: { code: parsed.display, name: nameText } });
        skip();
        continue;
      }
      parentKey = rows[lastNumbered].key;
      key = `${parentKey}.${parsed.letter}`;
    } else {
      key = parsed.kind === 'roman' ? String(parsed.value) : parsed.parts.join('.');
      const cut = key.lastIndexOf('.');
      parentKey = cut < 0 ? undefined : key.slice(0, cut);
    }
    const display = parsed.display;
    const first = byKey.get(key);
    if (first !== undefined) {
      findings.push({
        ...makeFinding(g, 'duplicate-code', r, layout.codeCol, { code: display, firstCell: g.address(rows[first].row, layout.codeCol) }),
        criterion: { code: fullCode(rows, first), name: nameText },
      });
      skip();
      continue;
    }
    let parent = -1;
    let kind: CriterionKind;
    if (parentKey !== undefined) {
      const p = byKey.get(parentKey);
      if (p === undefined) {
        findings.push({ ...makeFinding(g, 'orphan-code', r, layout.codeCol, { code: display, parent: parentKey }), criterion: { code: display, name: nameText } });
        skip();
        continue;
      }
      parent = p;
      const above = rows[p].kind;
      kind = above === 'bonus' || above === 'deduction' ? above : 'criterion';
    } else {
      kind = componentKind(nameText);
      const family = kind === 'component' ? 'ranked' : 'adjustment';
      if (group.row >= 0 && (group.family === undefined || group.family === family)) {
        parent = group.row;
        group.family = family;
      } else group.row = -1;
    }
    const { max, valid, uncached } = readMax(g, r, layout.maxCol, display, kind, findings);
    const index = rows.length;
    if (uncached) pending.push(index);
    const own = kind !== 'criterion';
    rows.push({
      code: display, key, name: nameText, kind, level: key.split('.').length,
      parent, component: own ? index : rows[parent].component,
      children: [], max, maxValid: valid, row: r,
    });
    byKey.set(key, index);
    if (parent >= 0) rows[parent].children.push(index);
    if (parsed.kind !== 'letter') lastNumbered = index;
  }
  if (rows.length === 0) findings.push(makeFinding(g, 'no-criteria', layout.headerRow, layout.codeCol, {}));
  if (pending.length > 0) resolveUncachedMaxima(g, layout.maxCol, rows, pending, findings);
  return shapeOf(rows, tainted, totalRow, end);
}

/** The tree's lists of rows by kind, its leaf counts, and groups tainted with their components. */
function shapeOf(rows: CriterionRow[], tainted: Set<number>, totalRow: number | undefined, end: number | undefined): CriteriaTree {
  const tree: CriteriaTree = {
    rows, components: [], bonus: [], deduction: [], leaves: [], leafCount: new Int32Array(rows.length), tainted,
  };
  if (totalRow !== undefined) tree.totalRow = totalRow;
  if (end !== undefined) tree.end = end;
  rows.forEach((row, i) => {
    if (row.kind === 'component') tree.components.push(i);
    else if (row.kind === 'bonus' && row.level === 1) tree.bonus.push(i);
    else if (row.kind === 'deduction' && row.level === 1) tree.deduction.push(i);
    if (row.children.length === 0 && row.kind !== 'group') {
      tree.leaves.push(i);
      for (let k = i; k >= 0; k = rows[k].parent) tree.leafCount[k]++;
    }
    if (row.kind === 'group' && row.children.some((c) => tainted.has(c))) tainted.add(i);
  });
  return tree;
}

/**
 * The fast path for big sheets: reads every unit column at once, row by row as the grid lies in
 * memory, and sums the columns whose every cell is plain (a number within 0..max with at most 3
 * decimals, subtotals that agree, blank subtotals allowed). Such a column gives no finding, so
 * its scores are exactly what `scoreColumn` would give.
 *
 * Any column with something else in it (a blank or text leaf, an error value (always text), a
 * number out of range, a subtotal that disagrees) is left to `scoreColumn`, which makes the findings. The two
 * paths are checked against each other in test/engine/fast-paths.test.ts.
 *
 * Only the sums are kept while reading: one running sum per subtotal row ("slot") and column. A column's score of every criterion is made again from the grid when first
 * read (only the self-vs-appraisal report reads it), so a national sheet of 10,000 units × 260
 * criteria needs no 2.6-million-number array.
 */
import type { ColumnScores } from './column';
import { MILLI, SUBTOTAL_TOLERANCE } from './decimal';
import type { CellValue } from './grid';
import type { GridReader } from './sheet';
import type { CriteriaTree } from './tree';

/**
 * Binary noise allowed around a whole number of thousandths. `toMilli` allows 1e-6 relative to
 * the scaled value when it is above 1; this absolute bound is never looser, so a number taken as
 * exact here is exact there too (and the rare number between the two goes to `scoreColumn`).
 */
const NOISE = 1e-6;
const TOLERANCE = SUBTOTAL_TOLERANCE + 1e-9;
const isBlank = (v: CellValue | undefined): boolean => v === '' || v === null || v === undefined;

/**
 * Where the sums go. Slots are the criteria that are subtotals (have children) or components,
 * numbered in sheet order; a leaf adds its score to its target slot (its parent's, or its own
 * when it is a component without children).
 */
interface Shape {
  n: number;
  slots: number;
  /** Per criterion: its slot, -1 for leaves under a parent. */
  slotOf: Int32Array;
  /** Per criterion: the slot a leaf adds to, -1 for parents. */
  target: Int32Array;
  /** Per slot: the slot of its parent, -1 for components. */
  slotParent: Int32Array;
  /** Slot of each component, in the tree's `components` order. */
  componentSlots: Int32Array;
}

function shapeOf(tree: CriteriaTree): Shape {
  const n = tree.rows.length;
  const slotOf = new Int32Array(n).fill(-1);
  const parentSlots: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = tree.rows[i];
    if (row.children.length === 0 && row.parent >= 0) continue;
    slotOf[i] = parentSlots.length;
    parentSlots.push(row.parent);
  }
  const target = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const row = tree.rows[i];
    if (row.children.length === 0) target[i] = row.parent >= 0 ? slotOf[row.parent] : slotOf[i];
  }
  return {
    n, slots: parentSlots.length, slotOf, target,
    slotParent: Int32Array.from(parentSlots, (p) => (p >= 0 ? slotOf[p] : -1)),
    componentSlots: Int32Array.from(tree.components, (c) => slotOf[c]),
  };
}

/**
 * The running sums of all columns, slot by slot: sums[s*count + j] in thousandths. Reading a sheet
 * row then writes one run of consecutive entries, in the order the row's cells lie in memory.
 */
interface Sums {
  /** Grid column of entry 0: the columns read are first .. first + count - 1. */
  first: number;
  count: number;
  sums: Float64Array;
  /** 1 while column j is plain. */
  plain: Uint8Array;
}

/**
 * A number as whole thousandths when it is a plain score within 0..limit (at most 3 decimals,
 * beyond binary noise); -1 otherwise (negative, above the limit, more decimals, NaN, infinite).
 */
function plainMilli(v: number, limit: number): number {
  const scaled = v * 1000; // MILLI
  const whole = scaled | 0;
  // The common case: a small exact number of thousandths (-0 counts as 0, as it does for v >= 0).
  if (whole === scaled) return whole >= 0 && whole <= limit ? whole : -1;
  if (!(v >= 0)) return -1;
  const m = Math.round(scaled);
  const noise = scaled - m;
  return noise <= NOISE && noise >= -NOISE && m <= limit ? m : -1;
}

/** Adds leaf row i's cells to their slot; a cell that is not a plain score marks its column. */
function readLeaf(x: Sums, target: number, limit: number, values: readonly CellValue[]): void {
  const { first, count, sums, plain } = x;
  const o = target * count;
  for (let j = 0; j < count; j++) {
    const v = values[first + j];
    if (typeof v === 'number') {
      const m = plainMilli(v, limit);
      if (m >= 0) {
        sums[o + j] += m;
        continue;
      }
    }
    plain[j] = 0; // a blank or text leaf, text or a boolean, a number that is not a plain score
  }
}

/**
 * Checks subtotal row i's cells against the slot's sums, complete by now (its rows lie below and
 * were read first), and adds the sums to the parent's slot. A subtotal may be blank.
 */
function readSubtotal(x: Sums, slot: number, parent: number, limit: number, values: readonly CellValue[]): void {
  const { first, count, sums, plain } = x;
  const o = slot * count;
  const po = parent * count;
  for (let j = 0; j < count; j++) {
    const v = values[first + j];
    const sum = sums[o + j];
    if (typeof v === 'number') {
      // A plain number, as for leaves, that agrees with the computed sum (equal thousandths, or within the tolerance).
      const m = plainMilli(v, limit);
      if (m < 0 || !(m === sum || Math.abs(v - sum / MILLI) <= TOLERANCE)) plain[j] = 0;
    } else if (!isBlank(v)) plain[j] = 0;
    if (parent >= 0) sums[po + j] += sum;
  }
}

/** True when a total row cell is blank or agrees with the computed total (thousandths). */
function totalAgrees(v: CellValue | undefined, total: number): boolean {
  if (typeof v === 'number') return Math.abs(v - total / MILLI) <= TOLERANCE;
  return isBlank(v);
}

/** What the plain columns of one read share. */
interface Shared {
  g: GridReader;
  tree: CriteriaTree;
  /** Component scores of every column read, `width` per column. */
  components: Float64Array;
  max: Float64Array;
  excluded: Uint8Array;
  totalMax: number;
}

/**
 * The scores of a plain column: a few numbers of its own, the rest shared with the other
 * columns of the read (a national sheet has 10,000 of these). `score` is made from the grid
 * when first read.
 */
class PlainColumn implements ColumnScores {
  private made?: Float64Array;

  constructor(
    private readonly shared: Shared,
    private readonly col: number,
    readonly componentsAt: number,
    readonly total: number,
  ) {}

  get hasAny(): boolean { return true; }
  get valid(): boolean { return true; }
  get components(): Float64Array { return this.shared.components; }
  get max(): Float64Array { return this.shared.max; }
  get excluded(): Uint8Array { return this.shared.excluded; }
  get totalMax(): number { return this.shared.totalMax; }

  get score(): Float64Array {
    if (this.made) return this.made;
    const { g, tree } = this.shared;
    const rows = tree.rows;
    const score = new Float64Array(rows.length);
    for (let i = rows.length - 1; i >= 0; i--) {
      const children = rows[i].children;
      if (children.length === 0) score[i] = Math.round((g.value(rows[i].row, this.col) as number) * MILLI);
      else for (const c of children) score[i] += score[c];
    }
    this.made = score;
    return score;
  }
}

export class FastColumns {
  /** Scores of plain column `first + j` at j. */
  private byColumn: (ColumnScores | undefined)[] = [];
  private first = 0;

  /**
   * Scores of the plain columns among `cols` (grid columns); the others are left out. The
   * columns from the first to the last of `cols` are read as one run (any column between them
   * that is not asked for, a note or summary column, is read and ignored).
   */
  constructor(g: GridReader, tree: CriteriaTree, cols: readonly number[]) {
    const rows = tree.rows;
    const n = rows.length;
    if (n === 0 || cols.length === 0) return;
    let first = cols[0];
    let last = cols[0];
    for (let k = 1; k < cols.length; k++) {
      if (cols[k] < first) first = cols[k];
      if (cols[k] > last) last = cols[k];
    }
    const count = last - first + 1;
    const wanted = new Uint8Array(count);
    for (let k = 0; k < cols.length; k++) wanted[cols[k] - first] = 1;
    this.first = first;
    this.byColumn = new Array<ColumnScores | undefined>(count);
    const { values } = g.grid;
    const shape = shapeOf(tree);
    const { slots, componentSlots } = shape;
    const width = componentSlots.length;
    // One shared max per criterion, computed bottom-up as scoreColumn does, and no exclusions.
    const max = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
      if (rows[i].children.length === 0) max[i] = rows[i].max;
      else for (const c of rows[i].children) max[i] += max[c];
    }
    let totalMax = 0;
    for (const c of tree.components) totalMax += max[c];
    const excluded = new Uint8Array(n);
    const totalValues = tree.totalRow !== undefined ? values[tree.totalRow] ?? [] : undefined;
    const rowValues = rows.map((r) => values[r.row] ?? []);
    const x: Sums = { first, count, sums: new Float64Array(slots * count), plain: new Uint8Array(count).fill(1) };
    // From the bottom up: a subtotal's rows are all read when its own row comes.
    for (let i = n - 1; i >= 0; i--) {
      const row = rows[i];
      const limit = row.maxValid ? row.max : Infinity;
      if (row.children.length === 0) readLeaf(x, shape.target[i], limit, rowValues[i]);
      else {
        const slot = shape.slotOf[i];
        readSubtotal(x, slot, shape.slotParent[slot], limit, rowValues[i]);
      }
    }
    const components = new Float64Array(count * width);
    const shared: Shared = { g, tree, components, max, excluded, totalMax };
    for (let j = 0; j < count; j++) {
      if (x.plain[j] === 0 || wanted[j] === 0) continue;
      const at = j * width;
      let total = 0;
      for (let k = 0; k < width; k++) {
        const s = x.sums[componentSlots[k] * count + j];
        components[at + k] = s;
        total += s;
      }
      const col = first + j;
      if (totalValues !== undefined && !totalAgrees(totalValues[col], total)) continue;
      this.byColumn[j] = new PlainColumn(shared, col, at, total);
    }
  }

  /**
   * The scores of a plain column, or undefined when the column needs `scoreColumn`. Plain
   * columns share one `max` and one `excluded` array: read them, never write.
   */
  scores(col: number): ColumnScores | undefined {
    return this.byColumn[col - this.first];
  }
}

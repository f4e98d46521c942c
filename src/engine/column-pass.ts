/**
 * One pass over the criterion rows of a run of unit columns, from the bottom up, each row read
 * across all the columns as it lies in memory. A leaf's score is added to a running sum of the
 * row it counts towards (its "slot"); a subtotal's row comes after all of its rows (they lie
 * below it), so its sum is complete then: the typed subtotal is checked against it and the sum
 * added to the parent's slot. Only these sums are kept, one per slot and column.
 *
 * A plain score (`plainMilli`) is added on the spot, and a plain subtotal equal to its sum, or a
 * blank one, passes; every other cell goes to `readScoreCell` in the same loop, which makes its
 * findings. What the pass tracks beside the sums is made only when such a cell needs it.
 */
import { exactMilli, fromMilli, type Milli } from './decimal';
import type { CellValue } from './grid';
import {
  type CellRules, type ColumnOwner, isAdjustment, notApplicableScore, type NumberRead, readScoreCell, sumMismatch,
} from './score-cell';
import { makeFinding } from './finding-factory';
import type { Finding } from './findings';
import type { CriteriaTree } from './tree';
import { blankBelow } from './whole';

/**
 * Where the sums go: slots are the criteria that are subtotals (have children), components
 * (bonus and deduction included) and groups, numbered in sheet order (every criterion when
 * `everyRow`, to keep each criterion's score).
 */
export interface Slots {
  /** True when every criterion has a slot: the slots are then the criteria's scores, as read. */
  everyRow: boolean;
  size: number;
  /** Per criterion: its slot, or -1 (a leaf under a parent, unless every row has a slot). */
  own: Int32Array;
  /** Per leaf: the slot its score goes to (its own when it has one, else its parent's). */
  into: Int32Array;
  /** Per slot: the slot of its criterion's parent: a component's group, -1 outside a group. */
  up: Int32Array;
  /** Slot of each ranked component, in the tree's `components` order. */
  components: Int32Array;
  /** Slots of the bonus and of the deduction components, in the tree's order. */
  bonus: Int32Array;
  deduction: Int32Array;
}

export function slotsOf(tree: CriteriaTree, everyRow: boolean): Slots {
  const n = tree.rows.length;
  const own = new Int32Array(n).fill(-1);
  const parents: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = tree.rows[i];
    // A leaf under a parent adds into its parent's slot, unless it is a component (in a group).
    if (!everyRow && row.children.length === 0 && row.parent >= 0 && row.component !== i) continue;
    own[i] = parents.length;
    parents.push(row.parent);
  }
  const into = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const row = tree.rows[i];
    if (row.children.length === 0) into[i] = own[i] >= 0 ? own[i] : own[row.parent];
  }
  return {
    everyRow, size: parents.length, own, into,
    up: Int32Array.from(parents, (p) => (p >= 0 ? own[p] : -1)),
    components: Int32Array.from(tree.components, (c) => own[c]),
    bonus: Int32Array.from(tree.bonus, (c) => own[c]),
    deduction: Int32Array.from(tree.deduction, (c) => own[c]),
  };
}

const NO_VALUES: readonly CellValue[] = [];

/** Who column `first + j` of a pass is, for its findings; undefined for a column read and ignored. */
export interface ColumnOwners {
  of(j: number): ColumnOwner | undefined;
}

/**
 * A plain score: a number within 0..limit with at most 3 decimals (`exactMilli`), which needs
 * no finding (`readScoreCell` gives none for it). Its thousandths, or -1 for any other number
 * (negative, above the limit, more decimals, NaN, infinite). The common case, a small whole
 * number of thousandths, is decided here without a call.
 */
function plainMilli(v: number, limit: number): Milli {
  const scaled = v * 1000; // MILLI, as a literal: this runs for every cell
  if ((scaled | 0) === scaled) return scaled >= 0 && scaled <= limit ? scaled : -1; // -0 stays -0
  if (!(v >= 0)) return -1;
  const m = exactMilli(v);
  return m <= limit ? m : -1;
}

/**
 * The state of one pass over the grid columns `first` .. `first + count - 1`; entry `s * count + j`
 * of a per-slot array is slot s of column j. Columns without an owner (a note column between
 * units) are read and ignored.
 */
export class ColumnPass {
  /** Sum of each slot in thousandths; NaN when some score under it is unknown (blank or wrong). */
  readonly sums: Float64Array;
  /** The other accepted sum minus `sums`: not 0 only over not-applicable leaves. Made at the first one. */
  other?: Float64Array;
  /**
   * 1 where a slot's sum cannot be compared with what the sheet holds: a not-applicable leaf
   * without a valid max, or a subtotal that is wrong itself, lies under it. Made when first needed.
   */
  unchecked?: Uint8Array;
  /** Per column: criterion cells that are blank. */
  readonly blank: Int32Array;
  /** Per column: leaf cells that are blank (`score-missing` when the column has anything). */
  readonly blankLeaves: Int32Array;
  /** Per column: leaf cells that are wrong. */
  readonly wrongLeaves: Int32Array;
  /** Per column: the leaves marked not applicable under `exclude` (their max is 0), when any. */
  readonly excluded: (number[] | undefined)[];
  /** Per column: its findings in the order made, when any. */
  readonly findings: (Finding[] | undefined)[];
  /** Per column: the criteria scored as a whole (a score on the row, every cell under it blank), when any. */
  readonly wholes: (number[] | undefined)[];
  private readonly read: NumberRead = { value: 0, milli: 0 };
  private readonly tainted: Uint8Array;

  constructor(
    private readonly rules: CellRules,
    private readonly tree: CriteriaTree,
    readonly slots: Slots,
    private readonly first: number,
    readonly count: number,
    private readonly owners: ColumnOwners,
  ) {
    this.sums = new Float64Array(slots.size * count);
    this.blank = new Int32Array(count);
    this.blankLeaves = new Int32Array(count);
    this.wrongLeaves = new Int32Array(count);
    this.excluded = new Array<number[] | undefined>(count);
    this.findings = new Array<Finding[] | undefined>(count);
    this.wholes = new Array<number[] | undefined>(count);
    this.tainted = Uint8Array.from(tree.rows, (r) => (tree.tainted.has(r.component) ? 1 : 0));
  }

  /** Where column j's findings go. */
  findingsOf(j: number): Finding[] {
    return (this.findings[j] ??= []);
  }

  /**
   * Reads every criterion row, from the bottom up. The loops over a row's cells are this one
   * function (not one per kind of row), so that V8 compiles it on its own, the plain-score test
   * inlined, whatever calls it.
   */
  run(): void {
    const { first, count, sums, blank } = this;
    const { rows } = this.tree;
    const { values } = this.rules.g.grid;
    const { own, up, into, everyRow } = this.slots;
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i];
      const cells = values[row.row] ?? NO_VALUES;
      // A deduction's cells (≤ 0, a few rows) are all read in full, even without a valid max.
      const limit = row.kind === 'deduction' ? -1 : row.maxValid ? row.max : Infinity;
      const s = own[i];
      const parent = s >= 0 ? up[s] : -1;
      if (row.children.length === 0) {
        // A leaf: its scores go to its slot. When every leaf has one (the criteria's scores
        // kept), it starts at -0, so that a score of -0 stays -0 (-0 + x is x); sums start at 0.
        const at = into[i] * count;
        if (everyRow) sums.fill(-0, at, at + count);
        for (let j = 0; j < count; j++) {
          const v = cells[first + j];
          const m = typeof v === 'number' ? plainMilli(v, limit) : -1;
          sums[at + j] += m >= 0 ? m : this.oddLeaf(i, j, v);
        }
        if (parent >= 0) this.carry(s, parent, true);
        continue;
      }
      // A subtotal: its sums are complete (its rows lie below); a plain number equal to the sum,
      // or a blank, passes; anything else is checked in full (and may be the criterion's score
      // as a whole). Then the sums go to the parent.
      const at = s * count;
      const to = parent * count;
      for (let j = 0; j < count; j++) {
        const v = cells[first + j];
        let sum = sums[at + j];
        if (typeof v === 'number') {
          const m = plainMilli(v, limit);
          if (m < 0 || m !== sum) sum = this.oddSubtotal(i, j, v, sum);
        } else if (v === '' || v === null || v === undefined) blank[j]++;
        else sum = this.oddSubtotal(i, j, v, sum);
        if (parent >= 0) sums[to + j] += sum;
      }
      if (parent >= 0) this.carry(s, parent, false);
    }
  }

  /** The score of a leaf cell that is not a plain score (NaN when unknown), its findings made. */
  private oddLeaf(i: number, j: number, v: CellValue | undefined): Milli {
    const owner = this.owners.of(j);
    if (owner === undefined) return NaN;
    const row = this.tree.rows[i];
    switch (readScoreCell(this.rules, owner, row, v, this.read, this.findingsOf(j))) {
      case 'number': return this.read.milli;
      case 'not-applicable': {
        const k = this.slots.into[i] * this.count + j;
        const policy = this.rules.policy;
        const counted = notApplicableScore(policy, row.max);
        const otherCount = row.max - counted;
        (this.other ??= new Float64Array(this.sums.length))[k] += otherCount - counted;
        if (!row.maxValid) (this.unchecked ??= new Uint8Array(this.sums.length))[k] = 1;
        if (policy === 'exclude') (this.excluded[j] ??= []).push(i);
        return counted;
      }
      case 'empty':
        this.blank[j]++;
        if (isAdjustment(row)) return 0; // no bonus, no deduction
        this.blankLeaves[j]++;
        return NaN;
      default:
        this.wrongLeaves[j]++;
        return NaN;
    }
  }

  /**
   * A subtotal cell that is not a plain number equal to its sum `sum`: its findings, whether its
   * sum can be checked above, and the sum that goes up. A score on a criterion every cell under
   * which is blank (a group's excepted) is the criterion's score as a whole.
   */
  private oddSubtotal(i: number, j: number, v: CellValue, sum: Milli): Milli {
    const owner = this.owners.of(j);
    if (owner === undefined) return sum;
    const row = this.tree.rows[i];
    const k = this.slots.own[i] * this.count + j;
    const state = readScoreCell(this.rules, owner, row, v, this.read, this.findingsOf(j));
    if (state === 'empty') {
      this.blank[j]++;
      return sum;
    }
    // Blank leaves make the sum unknown, or 0 in a bonus or deduction.
    const whole = (Number.isNaN(sum) || isAdjustment(row)) && row.kind !== 'group' && blankBelow(this.rules.g, this.tree, i, owner.col);
    if (whole) (this.wholes[j] ??= []).push(i);
    if (state !== 'number') {
      (this.unchecked ??= new Uint8Array(this.sums.length))[k] = 1;
      return sum;
    }
    const { value, milli } = this.read;
    if (whole) {
      if (Number.isNaN(exactMilli(value))) {
        this.findingsOf(j).push(makeFinding(this.rules.g, 'score-too-precise', row.row, owner.col, {
          unit: owner.unit, code: row.code, value, rounded: fromMilli(milli) }, 'warning'));
      }
      this.sums[k] = milli;
      return milli;
    }
    // Sums are not checked over unknown or unchecked scores, nor in a block with a skipped row.
    if (Number.isNaN(sum) || this.unchecked?.[k] || this.tainted[i]) return sum;
    const wrong = sumMismatch(value, sum, sum + (this.other?.[k] ?? 0), this.rules.policy);
    if (wrong) {
      this.findingsOf(j).push(makeFinding(this.rules.g, 'subtotal-mismatch', row.row, owner.col, {
        unit: owner.unit, code: row.code, value, ...wrong }, owner.severity));
    }
    return sum;
  }

  /** Adds what is tracked with slot s's sums (and the sums, when asked) to slot t's. */
  private carry(s: number, t: number, withSums: boolean): void {
    const { count, sums, other, unchecked } = this;
    const from = s * count;
    const to = t * count;
    if (withSums) for (let j = 0; j < count; j++) sums[to + j] += sums[from + j];
    if (other) for (let j = 0; j < count; j++) other[to + j] += other[from + j];
    if (unchecked) for (let j = 0; j < count; j++) unchecked[to + j] |= unchecked[from + j];
  }
}

/**
 * The column scorer: reads and checks every unit column of a sheet at once and sums each one up,
 * leaves -> criteria -> components -> total, in exact thousandths. The criterion rows are read
 * in one pass (column-pass.ts); then each column's components, total and total row, and the
 * findings that need the whole column (a leaf left blank in a column that has scores, a column
 * that looks typed as percentages). The cell rules are in score-cell.ts.
 *
 * A column's score of every criterion is not kept (a national sheet has 10,000 units × 260
 * criteria); it is read again, by the same pass over that one column, when first asked for
 * (only the self-vs-appraisal report and the JSON read it).
 */
import { ColumnPass, type Slots, slotsOf } from './column-pass';
import { exactMilli, type Milli } from './decimal';
import type { Finding } from './findings';
import type { UnitColumns } from './detect';
import type { CellValue } from './grid';
import { makeFinding } from './finding-factory';
import type { GridReader } from './sheet';
import {
  type ColumnOwner, isBlank, isBlankLeaf, percentLike, readTotalCell, sumMismatch,
} from './score-cell';
import { UnitOwners } from './unit-owners';
import { excusedRows } from './whole';
import type { CriteriaTree } from './tree';
import type { NotApplicablePolicy } from './types';

export interface ColumnScores {
  /** True when any criterion or total cell of the column holds something. */
  readonly hasAny: boolean;
  /** Score of every criterion in thousandths (computed for parents); NaN where unknown. */
  readonly score: Float64Array;
  /**
   * Score of every component in thousandths (NaN where unknown): component k (in the tree's
   * `components` order) is `components[componentsAt + k]`. Columns read together share one array.
   */
  readonly components: Float64Array;
  readonly componentsAt: number;
  /** Max of every criterion for this unit (smaller under `exclude` with not-applicable leaves). Read, never write. */
  readonly max: Float64Array;
  /** True for leaves marked not applicable under `exclude` (their score is null in the result). */
  readonly excluded: Uint8Array;
  /** The components', bonus and deduction scores added up. */
  readonly total: Milli;
  /** The ranked components' maxima added up (bonus and deduction left out). */
  readonly totalMax: Milli;
  /** Sum of the bonus components, and of the deduction components (≤ 0): 0 when none, NaN where unknown. */
  readonly bonus: Milli;
  readonly deduction: Milli;
  /** Set when the column looks typed as percentages instead of points (see `percentLike`). */
  readonly percentLike?: { above: number; scored: number };
  /** What the column's cells are found to be, in the order made (none when `hasAny` is false). */
  readonly findings: readonly Finding[];
}

const NO_FINDINGS: readonly Finding[] = [];

/** The maxima of a column: every criterion's, which leaves are excluded, and the total's. */
interface Maxima {
  max: Float64Array;
  excluded: Uint8Array;
  totalMax: Milli;
}

/** Every criterion's max when no leaf is excluded, and what `exclude` makes of it for a column. */
function maxima(tree: CriteriaTree, excludedLeaves: readonly number[] = []): Maxima {
  const { rows } = tree;
  const excluded = new Uint8Array(rows.length);
  for (const i of excludedLeaves) excluded[i] = 1;
  const max = new Float64Array(rows.length);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i].children.length === 0) max[i] = excluded[i] ? 0 : rows[i].max;
    else for (const c of rows[i].children) max[i] += max[c];
  }
  let totalMax = 0;
  for (const c of tree.components) totalMax += max[c];
  return { max, excluded, totalMax };
}

/**
 * The scores of the unit columns of a sheet, read together, column by column: entry j is grid
 * column `first + j`. Each column's `ColumnScores` is a small view of these (a national sheet has
 * 10,000 of them).
 */
export class ScoredColumns {
  /** Component scores of every column read, `width` per column. */
  readonly components: Float64Array;
  readonly width: number;
  /** The maxima of a column with no leaf excluded. */
  readonly plain: Maxima;
  private readonly first: number;
  private readonly views: (ColumnScores | undefined)[];
  private everySlot?: Slots;
  private readonly owners: UnitOwners;
  /** Per column of the pass: its blank criterion cells, and its blank leaves (counted by the pass). */
  private blank?: Int32Array;
  private blankLeaves?: Int32Array;

  /**
   * Reads the ranked and self-assessment columns of `units` (findings about the first are
   * errors, about the others warnings). The columns from the first to the last are read as one
   * run; a column between them that is not asked for (a note or summary column) is read and
   * ignored.
   */
  constructor(
    private readonly g: GridReader,
    private readonly tree: CriteriaTree,
    units: readonly UnitColumns[],
    private readonly policy: NotApplicablePolicy,
  ) {
    // The loops are in functions of their own: V8 compiles a loop on the spot (OSR) with what it
    // has seen so far, and a constructor called a few times would keep dropping that code.
    const owners = new UnitOwners(units);
    this.owners = owners;
    const count = owners.unitAt.length;
    this.first = owners.first;
    this.views = new Array<ColumnScores | undefined>(count);
    this.width = tree.components.length;
    this.components = new Float64Array(count * this.width);
    this.plain = maxima(tree);
    if (tree.rows.length === 0 || count === 0) return;
    const pass = new ColumnPass({ g, policy }, tree, slotsOf(tree, false), owners.first, count, owners);
    pass.run();
    this.blank = pass.blank;
    this.blankLeaves = pass.blankLeaves;
    this.finishAll(pass, owners);
  }

  /** True when grid column `col` is a unit's (ranked or self-assessment) column. */
  isUnitColumn(col: number): boolean {
    const j = col - this.first;
    return j >= 0 && j < this.owners.unitAt.length && this.owners.unitAt[j] >= 0;
  }

  /**
   * The unit columns (grid columns) in which some subtotal cell (or a bonus or deduction leaf) is
   * blank: only they may hold a subtotal formula stored without its value.
   */
  columnsWithBlankSubtotals(): number[] {
    const { blank, blankLeaves } = this;
    const found: number[] = [];
    if (!blank || !blankLeaves) return found;
    const { unitAt } = this.owners;
    for (let j = 0; j < blank.length; j++) if (blank[j] > blankLeaves[j] && unitAt[j] >= 0) found.push(this.first + j);
    return found;
  }

  /** The scores of a column asked for. */
  scores(col: number): ColumnScores {
    const s = this.views[col - this.first];
    if (s === undefined) throw new RangeError(`column ${col} was not read`);
    return s;
  }

  /**
   * Column j's score of every criterion (thousandths, NaN where unknown), read again. Its
   * findings were made on the first read; this one keeps none, so it need not name the unit.
   */
  criterionScores(j: number): Float64Array {
    const owner: ColumnOwner = { col: this.first + j, unit: '', severity: 'error' };
    const slots = this.everySlot ??= slotsOf(this.tree, true);
    const pass = new ColumnPass({ g: this.g, policy: this.policy }, this.tree, slots, owner.col, 1, { of: () => owner });
    pass.run();
    return pass.sums; // every criterion is a slot, in sheet order
  }

  private finishAll(pass: ColumnPass, owners: UnitOwners): void {
    const { tree, first } = this;
    const totalCells = tree.totalRow !== undefined ? this.g.grid.values[tree.totalRow] ?? [] : undefined;
    for (let j = 0; j < pass.count; j++) {
      if (owners.unitAt[j] >= 0) this.views[j] = this.finish(pass, j, owners, totalCells?.[first + j]);
    }
  }

  /** See `excusedRows`; `ranked` is the column of the unit's ranked score when j is a self-assessment column, else -1. */
  private excused(pass: ColumnPass, j: number, ranked: number): Uint8Array | undefined {
    return excusedRows(this.g, this.tree, this.first + j, pass.wholes[j], ranked >= 0 ? pass.wholes[ranked] : undefined);
  }

  /** Column j's components, total and total row (its cell `totalCell`), and the findings about the whole column. */
  private finish(pass: ColumnPass, j: number, owners: UnitOwners, totalCell: CellValue | undefined): ColumnScores {
    const { g, tree } = this;
    const col = this.first + j;
    const { totalRow } = tree;
    const hasTotal = totalRow !== undefined && !isBlank(totalCell);
    const at = j * this.width;
    const { sums, other, unchecked, count } = pass;
    let total = 0;
    let otherTotal = 0;
    let known = true;
    let checkable = true;
    for (let k = 0; k < this.width; k++) {
      const s = pass.slots.components[k] * count + j;
      this.components[at + k] = sums[s];
      if (Number.isNaN(sums[s])) known = false;
      else {
        total += sums[s];
        otherTotal += sums[s] + (other?.[s] ?? 0);
      }
      if (unchecked?.[s]) checkable = false;
    }
    // Bonus and deduction: in the total, not in the max.
    let bonus = 0;
    let deduction = 0;
    const { bonus: bonusSlots, deduction: deductionSlots } = pass.slots;
    const adjustments = bonusSlots.length + deductionSlots.length;
    for (let a = 0; a < adjustments; a++) {
      const isBonus = a < bonusSlots.length;
      const s = (isBonus ? bonusSlots[a] : deductionSlots[a - bonusSlots.length]) * count + j;
      if (isBonus) bonus += sums[s]; else deduction += sums[s];
      if (Number.isNaN(sums[s])) known = false;
      else {
        total += sums[s];
        otherTotal += sums[s] + (other?.[s] ?? 0);
      }
      if (unchecked?.[s]) checkable = false;
    }
    // A column with nothing in it has no finding, not even about its blank leaves.
    if (pass.blank[j] === tree.rows.length && !hasTotal) return new ReadColumn(this, j, 0, undefined, NO_FINDINGS);
    if (pass.blankLeaves[j] > 0) {
      const owner = owners.of(j) as ColumnOwner;
      const excused = this.excused(pass, j, owners.rankedOf(j));
      for (const i of tree.leaves) {
        const row = tree.rows[i];
        if (excused?.[i] !== 1 && isBlankLeaf(g, row, col, g.value(row.row, col))) {
          pass.findingsOf(j).push(makeFinding(g, 'score-missing', row.row, col, { unit: owner.unit, code: row.code }, owner.severity));
        }
      }
    }
    if (hasTotal && known && checkable && !tree.tainted.has(-1) && !(typeof totalCell === 'number' && exactMilli(totalCell) === total)) {
      const owner = owners.of(j) as ColumnOwner;
      const value = readTotalCell(g, owner, totalRow, totalCell ?? null, pass.findingsOf(j));
      const wrong = value === undefined ? undefined : sumMismatch(value, total, otherTotal, this.policy);
      if (value !== undefined && wrong) {
        pass.findingsOf(j).push(makeFinding(g, 'total-mismatch', totalRow, col, { unit: owner.unit, value, ...wrong }, owner.severity));
      }
    }
    const excludedLeaves = pass.excluded[j];
    const scores = new ReadColumn(this, j, total, excludedLeaves ? maxima(tree, excludedLeaves) : this.plain, pass.findings[j] ?? NO_FINDINGS);
    scores.bonus = bonus;
    scores.deduction = deduction;
    // Only a column with two wrong leaves or more can have two above their max.
    if (pass.wrongLeaves[j] >= 2) scores.percentLike = percentLike(g, tree, col);
    return scores;
  }
}

/** The scores of one column; its components, maxima and score of every criterion are in arrays shared with others. */
class ReadColumn implements ColumnScores {
  percentLike?: { above: number; scored: number };
  bonus = 0;
  deduction = 0;
  private made?: Float64Array;

  constructor(
    private readonly all: ScoredColumns,
    private readonly j: number,
    readonly total: Milli,
    /** Undefined for a column with nothing in it. */
    private readonly maxima: Maxima | undefined,
    readonly findings: readonly Finding[],
  ) {}

  get hasAny(): boolean {
    return this.maxima !== undefined;
  }
  get components(): Float64Array {
    return this.all.components;
  }
  get componentsAt(): number {
    return this.j * this.all.width;
  }
  get max(): Float64Array {
    return (this.maxima ?? this.all.plain).max;
  }
  get excluded(): Uint8Array {
    return (this.maxima ?? this.all.plain).excluded;
  }
  get totalMax(): Milli {
    return this.maxima?.totalMax ?? 0;
  }
  get score(): Float64Array {
    this.made ??= this.all.criterionScores(this.j);
    return this.made;
  }
}

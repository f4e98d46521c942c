/**
 * The fast path for big sheets: reads every unit column at once, row by row as the grid lies in
 * memory, into flat typed arrays, and sums the columns whose every cell is plain (a number within
 * 0..max with at most 3 decimals, subtotals that agree, blank subtotals allowed). Such a column
 * gives no finding, so its scores are exactly what `scoreColumn` would give.
 *
 * Any column with something else in it (a blank or text leaf, an error value, a number out of
 * range, a subtotal that disagrees) is left to `scoreColumn`, which makes the findings. The two
 * paths are checked against each other in test/engine/fast-columns.test.ts.
 */
import type { ColumnScores } from './column';
import { MILLI, SUBTOTAL_TOLERANCE } from './decimal';
import type { CellKind, CellValue } from './grid';
import type { GridReader } from './sheet';
import type { CriteriaTree, CriterionRow } from './tree';

/**
 * Binary noise allowed around a whole number of thousandths. `toMilli` allows 1e-6 relative to
 * the scaled value when it is above 1; this absolute bound is never looser, so a number taken as
 * exact here is exact there too (and the rare number between the two goes to `scoreColumn`).
 */
const NOISE = 1e-6;
const TOLERANCE = SUBTOTAL_TOLERANCE + 1e-9;
/** Columns read together, so the part of `scores` being written and summed stays in the processor's cache. */
const BLOCK = 128;

const isBlank = (v: CellValue | undefined): boolean => v === '' || v === null || v === undefined;

/** Where a subtotal and its children are: parents numbered 0..count-1 in sheet order. */
interface Parents {
  count: number;
  /** Parent number of each criterion, -1 for leaves. */
  of: Int32Array;
  /** Criterion index of each parent. */
  rows: Int32Array;
  /** Children of parent p: kids[starts[p]] .. kids[starts[p+1]-1]. */
  starts: Int32Array;
  kids: Int32Array;
}

function parentsOf(tree: CriteriaTree): Parents {
  const n = tree.rows.length;
  const of = new Int32Array(n).fill(-1);
  const rows: number[] = [];
  const starts: number[] = [0];
  const kids: number[] = [];
  for (let i = 0; i < n; i++) {
    const children = tree.rows[i].children;
    if (children.length === 0) continue;
    of[i] = rows.length;
    rows.push(i);
    for (const c of children) kids.push(c);
    starts.push(kids.length);
  }
  return { count: rows.length, of, rows: Int32Array.from(rows), starts: Int32Array.from(starts), kids: Int32Array.from(kids) };
}

/** The flat arrays of one read: scores[j*n + i] (unit-major), subtotals[j*parents + p] (NaN when blank). */
interface Reading {
  n: number;
  parents: Parents;
  cols: Int32Array;
  scores: Float64Array;
  subtotals: Float64Array;
  /** 1 while column j is plain. */
  plain: Uint8Array;
}

/**
 * Reads criterion row i of columns from..to-1: leaves into scores, subtotals as the sheet holds
 * them. `errorKinds` is the row's kinds when some cell of the row is an error value.
 */
function readRow(x: Reading, i: number, row: CriterionRow, rowValues: readonly CellValue[], errorKinds: readonly CellKind[] | undefined, from: number, to: number): void {
  const { n, cols, scores, subtotals, plain } = x;
  const parents = x.parents.count;
  const p = x.parents.of[i];
  const limit = row.maxValid ? row.max : Infinity;
  for (let j = from; j < to; j++) {
    const c = cols[j];
    const v = rowValues[c];
    if (typeof v === 'number') {
      const scaled = v * 1000; // MILLI
      const m = Math.round(scaled);
      const noise = scaled - m;
      // Not NaN, not negative, not above max, at most 3 decimals, not an error value.
      if (v >= 0 && m <= limit && noise <= NOISE && noise >= -NOISE && !(errorKinds !== undefined && errorKinds[c] === 'Error')) {
        if (p < 0) scores[j * n + i] = m;
        else subtotals[j * parents + p] = v;
      } else plain[j] = 0;
    } else if (p >= 0 && isBlank(v)) {
      subtotals[j * parents + p] = NaN;
    } else {
      plain[j] = 0; // a blank or text leaf, text or a boolean anywhere
    }
  }
}

/** Sums column j's parents bottom-up into scores; false when a subtotal in the sheet disagrees. */
function sumColumn(x: Reading, j: number): boolean {
  const { n, scores, subtotals } = x;
  const { count, rows, starts, kids } = x.parents;
  const o = j * n;
  const so = j * count;
  let agree = true;
  // A parent's children always follow it, so going up from the bottom sums children first.
  for (let p = count - 1; p >= 0; p--) {
    let sum = 0;
    for (let k = starts[p]; k < starts[p + 1]; k++) sum += scores[o + kids[k]];
    scores[o + rows[p]] = sum;
    const typed = subtotals[so + p];
    if (typed === typed && !(Math.abs(typed - sum / MILLI) <= TOLERANCE)) agree = false;
  }
  return agree;
}

/** True when a total row cell is blank or agrees with the computed total (thousandths). */
function totalAgrees(v: CellValue | undefined, kind: CellKind | undefined, total: number): boolean {
  if (typeof v === 'number') return kind !== 'Error' && Math.abs(v - total / MILLI) <= TOLERANCE;
  return isBlank(v);
}

export class FastColumns {
  private readonly byColumn = new Map<number, ColumnScores>();

  /** Scores of the plain columns among `cols` (grid columns); the others are left out. */
  constructor(g: GridReader, tree: CriteriaTree, cols: readonly number[]) {
    const rows = tree.rows;
    const n = rows.length;
    const count = cols.length;
    if (n === 0 || count === 0) return;
    const { values, kinds } = g.grid;
    const parents = parentsOf(tree);
    const x: Reading = {
      n, parents, cols: Int32Array.from(cols),
      scores: new Float64Array(count * n),
      subtotals: new Float64Array(count * parents.count),
      plain: new Uint8Array(count).fill(1),
    };
    // One shared max per criterion, computed bottom-up as scoreColumn does, and no exclusions.
    const max = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
      if (rows[i].children.length === 0) max[i] = rows[i].max;
      else for (const c of rows[i].children) max[i] += max[c];
    }
    let totalMax = 0;
    for (const c of tree.components) totalMax += max[c];
    const excluded = new Uint8Array(n);
    const components = Int32Array.from(tree.components);
    const totalValues = tree.totalRow !== undefined ? values[tree.totalRow] ?? [] : undefined;
    const totalKinds = tree.totalRow !== undefined ? kinds?.[tree.totalRow] : undefined;

    const rowValues = rows.map((r) => values[r.row] ?? []);
    const errorKinds = rows.map((r) => {
      const k = kinds?.[r.row];
      return k !== undefined && k.indexOf('Error') >= 0 ? k : undefined;
    });
    // A block of columns at a time: read row by row, then sum while the block is in cache.
    for (let from = 0; from < count; from += BLOCK) {
      const to = Math.min(count, from + BLOCK);
      for (let i = 0; i < n; i++) readRow(x, i, rows[i], rowValues[i], errorKinds[i], from, to);
      for (let j = from; j < to; j++) {
        if (x.plain[j] === 0 || !sumColumn(x, j)) continue;
        const o = j * n;
        let total = 0;
        for (let k = 0; k < components.length; k++) total += x.scores[o + components[k]];
        if (totalValues !== undefined && !totalAgrees(totalValues[cols[j]], totalKinds?.[cols[j]], total)) continue;
        this.byColumn.set(cols[j], {
          hasAny: true, score: x.scores.subarray(o, o + n), max, excluded, total, totalMax, valid: true,
        });
      }
    }
  }

  /**
   * The scores of a plain column, or undefined when the column needs `scoreColumn`. Plain
   * columns share one `max` and one `excluded` array: read them, never write.
   */
  scores(col: number): ColumnScores | undefined {
    return this.byColumn.get(col);
  }
}

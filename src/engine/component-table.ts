/**
 * The units' component results as columns: one typed array per field, entry `at + c` for
 * component c of a unit. A national sheet has 10,000 units × 10 components; the engine fills
 * these arrays instead of making 100,000 small objects, and the write plan reads them the same
 * way. `UnitResult.components` is a view made from the table when first read.
 */
import type { ComponentScore, UnitResult } from './types';

export interface ComponentTable {
  /** Components per unit. */
  readonly width: number;
  /** Score in points. */
  readonly score: Float64Array;
  /** The unit's max for the component (0: the component did not arise under `exclude`). */
  readonly max: Float64Array;
  /** score / max × 100, rounded to the result's decimals. */
  readonly index: Float64Array;
  /** 0 when the component did not arise for the unit. */
  readonly rank: Int32Array;
  readonly rankLevels: Int32Array;
  /** Self-assessed score in points; NaN when there is none. */
  readonly selfScore: Float64Array;
}

/** Where a unit's components are: entries `at` .. `at + table.width - 1` of the table. */
export interface UnitComponents {
  readonly table: ComponentTable;
  readonly at: number;
}

export function newComponentTable(units: number, width: number): ComponentTable {
  const size = units * width;
  return {
    width,
    score: new Float64Array(size),
    max: new Float64Array(size),
    index: new Float64Array(size),
    rank: new Int32Array(size),
    rankLevels: new Int32Array(size),
    selfScore: new Float64Array(size).fill(NaN),
  };
}

/** The components of one unit as objects (what `UnitResult.components` gives). */
export function componentScores(table: ComponentTable, at: number): ComponentScore[] {
  const out = new Array<ComponentScore>(table.width);
  for (let c = 0; c < table.width; c++) {
    const k = at + c;
    const s: ComponentScore = {
      score: table.score[k], max: table.max[k], index: table.index[k], rank: table.rank[k], rankLevels: table.rankLevels[k],
    };
    if (!Number.isNaN(table.selfScore[k])) s.selfScore = table.selfScore[k];
    out[c] = s;
  }
  return out;
}

/** Units that carry their place in an engine-made table (see unit-record.ts). */
export interface TabledUnit {
  readonly componentsAt: () => UnitComponents;
}

function isTabled(u: UnitResult): u is UnitResult & TabledUnit {
  return typeof (u as Partial<TabledUnit>).componentsAt === 'function';
}

/**
 * A unit's components as table entries: the engine's own table for a scored unit, or a small
 * table made from `components` for a unit built by hand (the plan tests' fixtures).
 */
export function unitComponents(u: UnitResult): UnitComponents {
  if (isTabled(u)) return u.componentsAt();
  const table = newComponentTable(1, u.components.length);
  u.components.forEach((c, i) => {
    table.score[i] = c.score;
    table.max[i] = c.max;
    table.index[i] = c.index;
    table.rank[i] = c.rank;
    table.rankLevels[i] = c.rankLevels;
    if (c.selfScore !== undefined) table.selfScore[i] = c.selfScore;
  });
  return { table, at: 0 };
}

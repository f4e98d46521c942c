/**
 * The scores of a section's units as columns: for every component (and the total) the units'
 * ranks, scores, maxima and indices in table order. Read in one pass unit by unit, since units in
 * rank order lie all over memory and each holds its components together; the statistics then
 * walk plain arrays.
 */
import type { UnitResult } from '../types';

/** One measure (a component, or the total) of every unit of a section, in table order. */
export interface Ranked {
  /** 0 for a unit the component did not arise for: left out of every statistic. */
  ranks: Float64Array;
  /** The published score (the rounded total for the total). */
  values: number[];
  maxima: number[];
  indices: number[];
  /** The largest number of rank levels among the units (0 for no unit). */
  levels: number;
}

export interface SectionScores {
  components: Ranked[];
  total: Ranked;
}

function emptyRanked(n: number): Ranked {
  return { ranks: new Float64Array(n), values: new Array<number>(n), maxima: new Array<number>(n), indices: new Array<number>(n), levels: 0 };
}

export function readSectionScores(units: readonly UnitResult[], componentCount: number): SectionScores {
  const n = units.length;
  const components = Array.from({ length: componentCount }, () => emptyRanked(n));
  const total = emptyRanked(n);
  for (let k = 0; k < n; k++) {
    const u = units[k];
    for (let i = 0; i < componentCount; i++) {
      const s = u.components[i];
      const column = components[i];
      column.ranks[k] = s.rank;
      column.values[k] = s.score;
      column.maxima[k] = s.max;
      column.indices[k] = s.index;
      column.levels = Math.max(column.levels, s.rankLevels);
    }
    total.ranks[k] = u.rank;
    total.values[k] = u.total;
    total.maxima[k] = u.max;
    total.indices[k] = u.index;
    total.levels = Math.max(total.levels, u.rankLevels);
  }
  return { components, total };
}

/** The published values of the units ranked in the column (a component that did not arise for a unit is left out). */
export function rankedValues(column: Ranked): number[] {
  const out: number[] = [];
  for (let k = 0; k < column.values.length; k++) if (column.ranks[k] !== 0) out.push(column.values[k]);
  return out;
}

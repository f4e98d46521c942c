/**
 * The scores of a section's units as columns: for every component (and the total) the units'
 * ranks, scores, maxima and indices in table order. Read in one pass unit by unit from the
 * component table; the statistics then walk plain typed arrays.
 */
import { unitComponents } from '../engine/component-table';
import type { UnitResult } from '../engine/types';
import { meanOfMilli, milli } from './numbers';

/** One measure (a component, or the total) of every unit of a section, in table order. */
export interface Ranked {
  /** 0 for a unit the component did not arise for: left out of every statistic. */
  ranks: Float64Array;
  /** The published score (the rounded total for the total). */
  values: Float64Array;
  maxima: Float64Array;
  indices: Float64Array;
  /** The largest number of rank levels among the units (0 for no unit). */
  levels: number;
}

export interface SectionScores {
  components: Ranked[];
  total: Ranked;
}

function emptyRanked(n: number): Ranked {
  return { ranks: new Float64Array(n), values: new Float64Array(n), maxima: new Float64Array(n), indices: new Float64Array(n), levels: 0 };
}

export function readSectionScores(units: readonly UnitResult[], componentCount: number): SectionScores {
  const n = units.length;
  const components = Array.from({ length: componentCount }, () => emptyRanked(n));
  const total = emptyRanked(n);
  for (let k = 0; k < n; k++) {
    const u = units[k];
    const { table, at } = unitComponents(u);
    for (let i = 0; i < componentCount; i++) {
      const e = at + i;
      const column = components[i];
      column.ranks[k] = table.rank[e];
      column.values[k] = table.score[e];
      column.maxima[k] = table.max[e];
      column.indices[k] = table.index[e];
      column.levels = Math.max(column.levels, table.rankLevels[e]);
    }
    total.ranks[k] = u.rank;
    total.values[k] = u.total;
    total.maxima[k] = u.max;
    total.indices[k] = u.index;
    total.levels = Math.max(total.levels, u.rankLevels);
  }
  return { components, total };
}

/** The mean of the published values of the units ranked in the column (a component that did not arise for a unit is left out). */
export function rankedMean(column: Ranked, decimals: number): number | null {
  let sum = 0;
  let n = 0;
  for (let k = 0; k < column.values.length; k++) {
    if (column.ranks[k] === 0) continue;
    sum += milli(column.values[k]);
    n++;
  }
  return meanOfMilli(sum, n, decimals);
}

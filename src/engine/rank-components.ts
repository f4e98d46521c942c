/**
 * Ranking every component within a ranking group. A component that did not arise for a unit
 * (its max is 0: every criterion not applicable under `exclude`) is not ranked for it: rank 0,
 * and the others' levels. The key is the score in thousandths; the index as published instead
 * when the units' maxima for the component differ.
 *
 * The component table lies unit by unit; ranking reads it component by component. So the
 * scores are also noted component by component while the table is filled (`ComponentKeys`),
 * and a group of every unit whose components all arose with one max (a district, a national
 * sheet) is ranked from those runs. Other groups gather their keys from the table.
 */
import type { ComponentTable } from './component-table';
import type { Milli } from './decimal';
import { MILLI } from './decimal';
import { rank, type Ranking } from './rank';
import type { RankingMethod } from './types';

/** Every unit's component scores, component by component, noted as the table is filled. */
export class ComponentKeys {
  /** Score of unit u for component c at c * units + u, in thousandths. */
  private readonly scores: Float64Array;
  private readonly firstMax: Float64Array;
  /** 1 while every unit noted so far has the component, with the first unit's max. */
  private readonly uniform: Uint8Array;

  constructor(readonly units: number, readonly width: number) {
    this.scores = new Float64Array(units * width);
    this.firstMax = new Float64Array(width);
    this.uniform = new Uint8Array(width).fill(1);
  }

  note(unit: number, component: number, score: Milli, max: Milli): void {
    this.scores[component * this.units + unit] = score;
    if (unit === 0) this.firstMax[component] = max;
    if (max === 0 || max !== this.firstMax[component]) this.uniform[component] = 0;
  }

  /** The scores of component c of every unit, when every unit has it with one max; undefined otherwise. */
  column(c: number): Float64Array | undefined {
    return this.uniform[c] === 1 ? this.scores.subarray(c * this.units, (c + 1) * this.units) : undefined;
  }
}

export interface ComponentRankOptions {
  ranking: RankingMethod;
  decimals: number;
}

/** Ranks every component among `members` (unit positions, in order) and writes the ranks into the table. */
export function rankComponents(members: Int32Array, table: ComponentTable, keys: ComponentKeys, options: ComponentRankOptions): void {
  const n = members.length;
  const width = table.width;
  const everyUnit = n === keys.units; // members are in order, so this group is every unit
  const ranks: Int32Array[] = [];
  const levels = new Int32Array(width);
  for (let c = 0; c < width; c++) {
    const column = everyUnit ? keys.column(c) : undefined;
    const r = column ? rank(column, options.ranking) : gatheredRanks(members, table, c, options);
    ranks.push(r.ranks);
    levels[c] = r.levels;
  }
  // Written unit by unit, as the table lies.
  for (let k = 0; k < n; k++) {
    const base = members[k] * width;
    for (let c = 0; c < width; c++) {
      table.rank[base + c] = ranks[c][k];
      table.rankLevels[base + c] = levels[c];
    }
  }
}

/** Ranks of component c among the members, read from the table (0 where the component did not arise). */
function gatheredRanks(members: Int32Array, table: ComponentTable, c: number, options: ComponentRankOptions): Ranking {
  const n = members.length;
  const width = table.width;
  const scale = 10 ** options.decimals;
  const arisen: number[] = [];
  for (let k = 0; k < n; k++) if (table.max[members[k] * width + c] !== 0) arisen.push(k);
  const at = (k: number): number => members[arisen[k]] * width + c;
  const max = arisen.length > 0 ? table.max[at(0)] : 0;
  let sameMax = true;
  for (let k = 0; k < arisen.length; k++) if (table.max[at(k)] !== max) sameMax = false;
  // The table holds thousandths / 1000: times 1000 and rounded gives them back exactly.
  const keys = Float64Array.from(arisen, (_, k) => Math.round(sameMax ? table.score[at(k)] * MILLI : table.index[at(k)] * scale));
  const r = rank(keys, options.ranking);
  const ranks = new Int32Array(n);
  arisen.forEach((k, i) => { ranks[k] = r.ranks[i]; });
  return { ranks, levels: r.levels };
}

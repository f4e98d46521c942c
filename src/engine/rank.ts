/**
 * Ranking with ties shared. `dense`: 1, 2, 2, 3 ("xếp hạng 9/19 hạng": 19 distinct levels);
 * `competition`: 1, 2, 2, 4 (Excel's RANK.EQ). Higher keys rank first. O(n log n).
 */
import type { RankingMethod } from './types';

export interface Ranking {
  /** Rank of each input position. */
  ranks: number[];
  /** Distinct keys (dense) or ranked units (competition). */
  levels: number;
}

export function rank(keys: readonly number[], method: RankingMethod): Ranking {
  const n = keys.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => keys[b] - keys[a]);
  const ranks = new Array<number>(n);
  let level = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const tied = k > 0 && keys[order[k - 1]] === keys[i];
    if (!tied) level++;
    if (method === 'dense') ranks[i] = level;
    else ranks[i] = tied ? ranks[order[k - 1]] : k + 1;
  }
  return { ranks, levels: method === 'dense' ? level : n };
}

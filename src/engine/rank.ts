/**
 * Ranking with ties shared. `dense`: 1, 2, 2, 3 ("xếp hạng 9/19 hạng": 19 distinct levels);
 * `competition`: 1, 2, 2, 4 (Excel's RANK.EQ). Higher keys rank first. O(n log n).
 */
import type { RankingMethod } from './types';

export interface Ranking {
  /** Rank of each input position. */
  ranks: Int32Array;
  /** Distinct keys (dense) or ranked units (competition). */
  levels: number;
}

export function rank(keys: ArrayLike<number>, method: RankingMethod): Ranking {
  return rankByCounting(keys, method) ?? rankBySorting(keys, method);
}

/**
 * Whole-number keys within a range not much wider than their count (thousandths of points, as
 * the engine ranks totals and components of many units) are ranked by counting, in linear time.
 */
function rankByCounting(keys: ArrayLike<number>, method: RankingMethod): Ranking | undefined {
  const n = keys.length;
  if (n < 64) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (!Number.isInteger(k)) return undefined;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const range = hi - lo + 1;
  if (range > 16 * n + 1024) return undefined;
  // counts[hi - key]: how many units have the key; then, in place, the rank of that key.
  const counts = new Int32Array(range);
  for (let i = 0; i < n; i++) counts[hi - keys[i]]++;
  let level = 0;
  let greater = 0;
  for (let v = 0; v < range; v++) {
    const c = counts[v];
    if (c === 0) continue;
    level++;
    counts[v] = method === 'dense' ? level : greater + 1;
    greater += c;
  }
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) ranks[i] = counts[hi - keys[i]];
  return { ranks, levels: method === 'dense' ? level : n };
}

function rankBySorting(keys: ArrayLike<number>, method: RankingMethod): Ranking {
  const n = keys.length;
  const order = highestFirst(keys);
  const ranks = new Int32Array(n);
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

const INDEX_BITS = 2 ** 21;
const KEY_LIMIT = 2 ** 31;

/**
 * Positions of the keys from the highest down. Whole-number keys (thousandths, rounded indices:
 * all the engine ranks) are packed with their position into one double each and sorted as a
 * Float64Array, without a comparison callback: three times faster on 10,000 units.
 */
function highestFirst(keys: ArrayLike<number>): Int32Array | number[] {
  const n = keys.length;
  if (n < INDEX_BITS && smallWholeNumbers(keys)) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = -keys[i] * INDEX_BITS + i;
    packed.sort();
    const order = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const p = packed[k];
      order[k] = p - Math.floor(p / INDEX_BITS) * INDEX_BITS;
    }
    return order;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  return order.sort((a, b) => keys[b] - keys[a]);
}

function smallWholeNumbers(keys: ArrayLike<number>): boolean {
  for (let i = 0; i < keys.length; i++) if (!Number.isInteger(keys[i]) || Math.abs(keys[i]) >= KEY_LIMIT) return false;
  return true;
}

import type { GradeBand } from './types';

/** The band of an index: the first (highest) band whose minimum the index reaches; the lowest band otherwise. */
export function gradeOf(index: number, bands: readonly GradeBand[]): GradeBand {
  const sorted = sortedBands(bands);
  for (const band of sorted) if (index >= band.min) return band;
  return sorted[sorted.length - 1] ?? { name: '', nameEn: '', min: 0 };
}

interface SortedBands {
  /** The bands and their minimums as they were when sorted, to notice an array changed in place. */
  seen: GradeBand[];
  mins: number[];
  sorted: readonly GradeBand[];
}

const sortedCache = new WeakMap<readonly GradeBand[], SortedBands>();

/** Bands from the highest minimum down, sorted once per bands array (gradeOf runs once per unit). */
function sortedBands(bands: readonly GradeBand[]): readonly GradeBand[] {
  const cached = sortedCache.get(bands);
  if (cached && cached.seen.length === bands.length && bands.every((b, i) => b === cached.seen[i] && b.min === cached.mins[i])) {
    return cached.sorted;
  }
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  sortedCache.set(bands, { seen: [...bands], mins: bands.map((b) => b.min), sorted });
  return sorted;
}

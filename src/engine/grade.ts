import type { GradeBand } from './types';

/** Bands from the highest minimum down: sort them once, then grade every unit with `gradeIn`. */
export function sortBands(bands: readonly GradeBand[]): readonly GradeBand[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/** The band of an index among bands sorted by `sortBands`: the first (highest) whose minimum the index reaches; the lowest otherwise. */
export function gradeIn(index: number, sorted: readonly GradeBand[]): GradeBand {
  for (let i = 0; i < sorted.length; i++) if (index >= sorted[i].min) return sorted[i];
  return sorted[sorted.length - 1] ?? { name: '', nameEn: '', min: 0 };
}

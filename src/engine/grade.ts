import type { GradeBand } from './types';

/** The band of an index: the first (highest) band whose minimum the index reaches; the lowest band otherwise. */
export function gradeOf(index: number, bands: readonly GradeBand[]): GradeBand {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  for (const band of sorted) if (index >= band.min) return band;
  return sorted[sorted.length - 1] ?? { name: '', nameEn: '', min: 0 };
}

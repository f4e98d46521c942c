/**
 * Which units go in which table, in which order: rank order with ties by name (Vietnamese
 * collation), one section per ranking group.
 */
import type { ComponentInfo, Lang, ScoreResult, UnitResult } from '../engine/types';

const collator = new Intl.Collator('vi');

const byName = (a: UnitResult, b: UnitResult) => collator.compare(a.name, b.name);

/** Units in rank order; equal ranks by name as Vietnamese sorts them (a stable sort: equal names keep their order). */
export function rankOrder(units: readonly UnitResult[]): UnitResult[] {
  const tied = unitsByRank(units);
  if (tied === undefined) return [...units].sort((a, b) => a.rank - b.rank || byName(a, b));
  // Rank by rank, each rank's units sorted by name: the same order as sorting them all by rank
  // then name, with names compared only within a rank (comparing names is the slow part; the
  // units of a rank, in sheet order, often come sorted already).
  const out: UnitResult[] = [];
  for (const rank of [...tied.keys()].sort((a, b) => a - b)) for (const u of tied.get(rank)!.sort(byName)) out.push(u);
  return out;
}

/** The units of each rank in their order; undefined when a rank is not a finite number (then sort them all at once). */
function unitsByRank(units: readonly UnitResult[]): Map<number, UnitResult[]> | undefined {
  const tied = new Map<number, UnitResult[]>();
  for (const u of units) {
    if (!Number.isFinite(u.rank)) return undefined;
    const same = tied.get(u.rank);
    if (same === undefined) tied.set(u.rank, [u]);
    else same.push(u);
  }
  return tied;
}

export interface GroupSection {
  /** The group's name; null for units without one (or a sheet without groups). */
  group: string | null;
  /** The section's units in rank order. */
  units: UnitResult[];
}

/** True when the units are ranked in several groups, each tabled separately. */
export function hasSeveralGroups(result: ScoreResult): boolean {
  return result.groups.length > 1;
}

/**
 * One section per ranking group, in the sheet's group order (groups with no scored unit left
 * out); a single section with every unit when there is only one group.
 */
export function groupSections(result: ScoreResult): GroupSection[] {
  if (!hasSeveralGroups(result)) return [{ group: result.groups[0] ?? null, units: rankOrder(result.units) }];
  const order = [...result.groups];
  for (const unit of result.units) if (!order.includes(unit.group)) order.push(unit.group);
  return order
    .map((group) => ({ group, units: rankOrder(result.units.filter((u) => u.group === group)) }))
    .filter((section) => section.units.length > 0);
}

/** The grade of a unit in the sheet's language. */
export function gradeName(unit: UnitResult, lang: Lang): string {
  return lang === 'en' ? unit.gradeEn : unit.grade;
}

/** "I. Cải cách thể chế": a component's code and name as a row label. */
export function componentLabel(component: ComponentInfo): string {
  return component.code ? `${component.code}. ${component.name}` : component.name;
}

/** The rank cell of a component that did not arise for a unit (rank 0: not ranked). */
export const NOT_RANKED = '–';

/** "2/3": a rank among its levels, as published; "–" for rank 0 (the component did not arise). */
export function rankText(rank: number, levels: number): string {
  return rank === 0 ? NOT_RANKED : `${rank}/${levels}`;
}

/**
 * Whether the result shown after "Tạo bảng xếp hạng" still holds: the options it was made with are
 * the options now, and the scope's last scoring gives the same scores. Derived from the state, never
 * stored, so it cannot drift: change an option back and the result is current again.
 */
import { type GroupResult, groupResults } from '../../usecase';
import type { PaneState } from './state';

/** Why the result is stale: the options changed, or the sheets' scores did (read again since). */
export type Staleness = 'options' | 'scores';

/** JSON with object keys sorted, so two equal values give one text whatever order keys were set in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** What the tables print of each group: every unit's scores, total, rank and grade. */
function figures(results: readonly GroupResult[]): string {
  return canonical(results.map((g) => ({
    name: g.name,
    max: g.result.maxTotal,
    units: g.result.units.map((u) => [u.name, u.group, u.criterionScores, u.selfCriterionScores ?? null, u.totalExact, u.rank, u.grade]),
  })));
}

export function resultStaleness(state: Pick<PaneState, 'generated' | 'analysis' | 'options'>): Staleness | undefined {
  const { generated, analysis, options } = state;
  if (!generated) return undefined;
  if (canonical(options) !== canonical(generated.options)) return 'options';
  if (analysis === undefined) return undefined;
  // A scope that no longer scores (an error typed since) is as stale as one whose scores changed.
  if (!analysis.outcome.ok || figures(groupResults(analysis.outcome)) !== figures(generated.results)) return 'scores';
  return undefined;
}

/**
 * The machine-readable result of a whole workbook (the spec's "Several ranking groups in the
 * result"): the units of every group, `groups` with each group's sheets, units, max total and
 * ranking method. Every unit says its group (the spec: ranks and rank levels are within it); for a
 * workbook of one standard sheet it is otherwise the single sheet's JSON (`toJsonResult`) plus
 * the one `groups` entry.
 */
import type { Finding } from './findings';
import { type JsonGroup, type JsonResult, type JsonUnit, jsonUnit, toJsonResult } from './json';
import type { ModelOutcome } from './score-model';
import type { Lang, RankingMethod } from './types';

export function toModelJson(
  outcome: ModelOutcome,
  ranking: RankingMethod,
  lang: Lang,
  message: (f: Finding, lang: Lang) => string,
): JsonResult {
  // Nothing read (no layout fits): the sheet the finding names.
  const sheet = outcome.groups[0]?.group.sheets[0] ?? outcome.findings[0]?.sheet ?? '';
  const findings = toJsonResult({ ok: false, findings: outcome.findings }, sheet, ranking, lang, message).findings;
  if (!outcome.ok) return { ok: false, sheet, ranking, units: [], groups: [], findings };
  const groups: JsonGroup[] = [];
  const units: { unit: JsonUnit; group: string | null }[] = [];
  for (const { group, outcome: scored } of outcome.groups) {
    if (!scored.ok) continue;
    const { result } = scored;
    // A sheet with "Khối" rows ranks several groups itself: one entry each, named by the row.
    for (const inSheet of result.groups) {
      const members = result.units.filter((u) => u.group === inSheet).length;
      groups.push({ name: inSheet ?? group.name, sheets: group.sheets, units: members, maxTotal: result.maxTotal, ranking });
    }
    // Units stay in sheet order.
    for (const u of result.units) units.push({ unit: jsonUnit(u, result, lang), group: u.group ?? group.name });
  }
  return {
    ok: true, sheet, ranking,
    units: units.map(({ unit, group }) => withGroup(unit, group)),
    groups, findings,
  };
}

/** The unit with its group named right after its name, where a reader looks for it. */
function withGroup(unit: JsonUnit, group: string | null): JsonUnit {
  const { name, ...rest } = unit;
  return { name, group, ...rest };
}

/** The machine-readable result of the spec (the command line's `--json`), exactly in its shape. */
import type { Finding, FindingRef } from './findings';
import type { Lang, RankingMethod, ScoreOutcome, ScoreResult, UnitResult } from './types';

export interface JsonFinding {
  severity: Finding['severity'];
  rule: Finding['rule'];
  sheet: string;
  cell: string;
  message: string;
  /** On a cause: the findings it probably explains, listed right after it (docs/scoring-sheet.md). */
  explains?: FindingRef[];
  /** On a finding others probably explain: those causes. */
  causedBy?: FindingRef[];
}

/** `rank` is 0 for a component that did not arise for the unit (not ranked; see docs/decisions.md). */
export interface JsonComponent {
  code: string; name: string; score: number; max: number; index: number; rank: number; rankLevels: number;
}

export interface JsonUnit {
  name: string;
  /** The unit's ranking group; present in the result of a workbook (json-groups.ts), null for a group of forms with no name. */
  group?: string | null;
  total: number; max: number; index: number; rank: number; rankLevels: number; grade: string;
  components: JsonComponent[];
  /** The unit's bonus and deduction (≤ 0), where the sheet has them: in `total`, not in `max`. */
  bonus?: number;
  deduction?: number;
}

/** One ranking group of the result ("Several ranking groups in the result"): `ranking` is the method. */
export interface JsonGroup {
  name: string | null; sheets: string[]; units: number; maxTotal: number; ranking: RankingMethod;
}

export interface JsonResult {
  ok: boolean;
  sheet: string;
  ranking: RankingMethod;
  units: JsonUnit[];
  /** The ranking groups; present in the result of a workbook (json-groups.ts). */
  groups?: JsonGroup[];
  findings: JsonFinding[];
}

export function toJsonResult(
  outcome: ScoreOutcome,
  sheet: string,
  ranking: RankingMethod,
  lang: Lang,
  message: (f: Finding, lang: Lang) => string,
): JsonResult {
  const findings = outcome.findings.map((f) => {
    const json: JsonFinding = { severity: f.severity, rule: f.rule, sheet: f.sheet, cell: f.cell, message: message(f, lang) };
    if (f.explains) json.explains = f.explains;
    if (f.causedBy) json.causedBy = f.causedBy;
    return json;
  });
  if (!outcome.ok) return { ok: false, sheet, ranking, units: [], findings };
  const { result } = outcome;
  const units = result.units.map((u) => jsonUnit(u, result, lang));
  return { ok: true, sheet, ranking, units, findings };
}

/** A unit of the result as the JSON shows it. */
export function jsonUnit(u: UnitResult, result: ScoreResult, lang: Lang): JsonUnit {
  return {
    name: u.name, total: u.total, max: u.max, index: u.index, rank: u.rank, rankLevels: u.rankLevels,
    grade: lang === 'vi' ? u.grade : u.gradeEn,
    components: u.components.map((c, i) => ({
      code: result.components[i].code, name: result.components[i].name,
      score: c.score, max: c.max, index: c.index, rank: c.rank, rankLevels: c.rankLevels,
    })),
    ...(u.bonus !== undefined ? { bonus: u.bonus } : {}),
    ...(u.deduction !== undefined ? { deduction: u.deduction } : {}),
  };
}

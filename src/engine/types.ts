/**
 * The engine's options and its result. Scores in the result are plain numbers holding exact
 * decimals (computed in integer thousandths, see decimal.ts): 87.75, never 87.74999999.
 */
import type { Finding } from './findings';

export type RankingMethod = 'dense' | 'competition';
export type NotApplicablePolicy = 'full' | 'exclude';
export type Lang = 'vi' | 'en';

/** A grade band: units whose index (%) is at least `min` get this grade (bands sorted high to low). */
export interface GradeBand {
  /** Vietnamese name as published, e.g. "Tốt". */
  name: string;
  /** English name, e.g. "Good". */
  nameEn: string;
  min: number;
}

/** Details of the decision that publishes the index, for the appendix heading. All optional. */
export interface DecisionInfo {
  /** Issuing body, e.g. "UBND HUYỆN THANH TRÌ". */
  issuingBody?: string;
  /** Decision number, e.g. "1234/QĐ-UBND". */
  number?: string;
  /** Decision date as it is written, e.g. "15/01/2022". */
  date?: string;
  /** Year assessed, e.g. 2021. */
  year?: number;
  /** The ranked group as it reads in the title, e.g. "UBND các xã, thị trấn". */
  rankedGroup?: string;
}

/** One unit of last year's result, for the year-over-year comparison. */
export interface PreviousUnitResult {
  name: string;
  rank: number;
  index: number;
  group?: string | null;
}

export interface ScoreOptions {
  ranking: RankingMethod;
  notApplicable: NotApplicablePolicy;
  gradeBands: readonly GradeBand[];
  /** Decimals of totals and indices as published (default 2). */
  decimals: number;
  lang: Lang;
  decision: DecisionInfo;
  /** Last year's results, when known. */
  previous?: readonly PreviousUnitResult[];
}

export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { name: 'Xuất sắc', nameEn: 'Excellent', min: 90 },
  { name: 'Tốt', nameEn: 'Good', min: 80 },
  { name: 'Khá', nameEn: 'Fair', min: 70 },
  { name: 'Trung bình', nameEn: 'Average', min: 50 },
  { name: 'Yếu', nameEn: 'Poor', min: 0 },
];

export const DEFAULT_OPTIONS: ScoreOptions = {
  ranking: 'dense',
  notApplicable: 'full',
  gradeBands: DEFAULT_GRADE_BANDS,
  decimals: 2,
  lang: 'vi',
  decision: {},
};

/**
 * What a criterion row is: a group of components ("A. ĐIỂM ĐÁNH GIÁ, THẨM ĐỊNH", above the Roman
 * components), a ranked component, a criterion under one, or a bonus ("Điểm thưởng"/"Điểm cộng")
 * or deduction ("Điểm trừ") component or a criterion under it: these are added to the total, not
 * to the max total, and are not ranked.
 */
export type CriterionKind = 'group' | 'component' | 'criterion' | 'bonus' | 'deduction';

/** A criterion row of the sheet (any level). */
export interface CriterionInfo {
  /** Code as normalised: "1", "1.1", "I", "a" (display code; see `key` for the tree key). */
  code: string;
  /** Tree key: components are their number ("1" for "I"), letters hang under their parent ("1.1.a"). */
  key: string;
  name: string;
  kind: CriterionKind;
  /** 0 = group of components, 1 = component (lĩnh vực, bonus, deduction), 2 = criterion, 3+ = sub-criteria. */
  level: number;
  /** Index of the parent in `criteria`: a component's is its group's, -1 outside a group (and for groups). */
  parent: number;
  /** Index of the component this row belongs to, in `components`; -1 for groups, bonus and deduction rows. */
  component: number;
  isLeaf: boolean;
  max: number;
  /** 0-based sheet row. */
  row: number;
}

export interface ComponentInfo {
  code: string;
  name: string;
  max: number;
  /** Index in `criteria`. */
  criterion: number;
  row: number;
}

/** A unit's result for one component. */
export interface ComponentScore {
  score: number;
  /** The unit's max for this component (smaller than the component's max under `exclude`). */
  max: number;
  /** score / max × 100, rounded to `decimals`. */
  index: number;
  /** 0 when the component did not arise for the unit (all its criteria not applicable under `exclude`). */
  rank: number;
  rankLevels: number;
  /** Self-assessed score of this component, when the sheet has self-assessment columns. */
  selfScore?: number;
}

export interface UnitResult {
  name: string;
  /** Ranking group ("Khối"/"Nhóm" row), null when the sheet has none. */
  group: string | null;
  /** 0-based sheet column of the ranked (appraised, or only) score column. */
  column: number;
  /** 0-based sheet column of the self-assessment column, when there is one. */
  selfColumn?: number;
  /** Total rounded to `decimals` (published and ranked): the components, plus bonus, plus deduction. */
  total: number;
  /** Exact sum of the component scores, bonus and deduction included (e.g. 87.747). */
  totalExact: number;
  max: number;
  index: number;
  rank: number;
  rankLevels: number;
  grade: string;
  gradeEn: string;
  /** One entry per component, in `components` order. */
  components: ComponentScore[];
  /** Score of every criterion (index as `criteria`), null where not applicable under `exclude`. */
  criterionScores: (number | null)[];
  /** Self-assessed score of every criterion, when the sheet has self-assessment columns. */
  selfCriterionScores?: (number | null)[];
  /** Self-assessed total, when known. */
  selfTotal?: number;
  /** Sum of the bonus components ("Điểm thưởng", ≥ 0; in `total`, not in `max`), when the sheet has one. */
  bonus?: number;
  /** Sum of the deduction components ("Điểm trừ", ≤ 0, e.g. -0.5; in `total`), when the sheet has one. */
  deduction?: number;
  /** Last year's rank and index of the same unit, when `previous` was given and the unit found. */
  previous?: { rank: number; index: number };
}

export interface ScoreResult {
  sheet: string;
  options: ScoreOptions;
  /** 0-based sheet row of the header. */
  headerRow: number;
  criteria: CriterionInfo[];
  /** The ranked components (groups, bonus and deduction are not among them). */
  components: ComponentInfo[];
  /** Sum of the ranked components' maxima (bonus and deduction left out). */
  maxTotal: number;
  /** Scored units in sheet order (empty units left out). */
  units: UnitResult[];
  /** Distinct ranking groups in sheet order; [null] when the sheet has no group row. */
  groups: (string | null)[];
  hasSelfScores: boolean;
  findings: Finding[];
}

/** What scoring a sheet gives: a result, or the findings that stopped it. */
export type ScoreOutcome =
  | { ok: true; result: ScoreResult; findings: Finding[] }
  | { ok: false; findings: Finding[] };

/**
 * Findings: what the engine says about a sheet. Like zod issues, each finding is keyed by its
 * `rule` and carries the data needed to explain it; text comes from the i18n catalogue.
 */

export type Severity = 'error' | 'warning';

/**
 * Why a formula stored without its value cannot be calculated here, and `detail`: for
 * 'unsupported' the function, operator or name ("VLOOKUP", "*"); for 'other-sheet' the sheet; for
 * 'input' the cell (A1) that has no number (text, an error value, a formula without a value that
 * cannot be calculated); for 'cycle' the cell where the formulas loop back; for 'syntax' what
 * could not be read.
 */
export interface FormulaProblem {
  reason: 'unsupported' | 'other-sheet' | 'input' | 'cycle' | 'syntax';
  detail: string;
}

/** The data each rule carries. Numbers are decimal values as published (e.g. 5.5). */
/**
 * The other sum a subtotal over not-applicable (KPS) leaves may rightly hold: with the KPS
 * counted as 0 (the sheet's =SUM skips text) or as the criterion's max, whichever the policy
 * did not take. Set only when it differs from `computed`.
 */
export interface OtherSum {
  computed: number;
  kpsAs: 'zero' | 'max';
}

export interface RuleData {
  /** No row in the first 30 holds "STT" or "TT". */
  'no-header': { scannedRows: number };
  /**
   * No sheet of the workbook has a layout a reader knows (criteria as rows, units as rows, one
   * sheet per unit), or none fits the layout the user stated (`stated`).
   */
  'no-layout': { sheets: number; stated: 'criteria-as-rows' | 'units-as-rows' | 'sheet-per-unit' | null };
  /** The header row has no column "Điểm tối đa" / "Điểm chuẩn" / "Max". */
  'no-max-column': Record<string, never>;
  /** The header row has nothing right of the code column to serve as criterion names. */
  'no-name-column': Record<string, never>;
  /** A column headed like a summary ("Trung bình", "Tổng"), not a unit: it is left out. */
  'summary-column': { header: string };
  /** No unit column right of the max column. */
  'no-unit-column': Record<string, never>;
  /** No criterion rows (codes) under the header. */
  'no-criteria': Record<string, never>;
  /** A code in the code column that is none of the accepted forms. */
  'invalid-code': { code: string };
  /** Two rows with the same criterion code. */
  'duplicate-code': { code: string; firstCell: string };
  /** Two unit columns with the same name (within one ranking group). */
  'duplicate-unit': { unit: string; firstCell: string };
  /** A code whose parent code does not appear above it. */
  'orphan-code': { code: string; parent: string };
  /** A criterion row without a usable max. */
  'max-missing': { code: string; text: string };
  /** A parent's max differs from the sum of its children's max. */
  'max-sum-mismatch': { code: string; max: number; childrenSum: number };
  /** The total row's max differs from the sum of the components' max. */
  'max-total-mismatch': { max: number; computed: number };
  /** A score above the criterion's max. */
  'score-above-max': { unit: string; code: string; value: number; max: number };
  /** A negative score. */
  'score-negative': { unit: string; code: string; value: number };
  /** A score cell holding text that is not a number. */
  'score-not-number': { unit: string; code: string; text: string };
  /** A score typed as a percentage ("50%") where points belong. */
  'score-as-percent': { unit: string; code: string; text: string; max: number };
  /** A unit column that looks typed as percentages: all within 0..100, most non-zero ones above their max. */
  'unit-as-percent': { unit: string; above: number; scored: number };
  /** A score cell holding an Excel error value. */
  'score-error-value': { unit: string; code: string; error: string };
  /**
   * A leaf score cell (or a leaf's max: `unit` null) holding a formula without a value (it returns
   * "", or the file holds no calculated result) that the engine does not calculate. When the
   * reader gives the formula's text (`formula`, without "="), `problem` says why it cannot be
   * calculated (another sheet, a function …); without it the text is unknown.
   */
  'formula-without-value': { unit: string | null; code: string; formula?: string; problem?: FormulaProblem };
  /**
   * Formula cells stored without their value (the file was written by a program that does not
   * calculate), once per sheet at the first: the maxima, subtotals and totals among them were
   * computed from the criteria under them, as blank ones are, and `evaluated` leaf scores or maxima
   * calculated from their formulas. `count` is all of them; `cells` the first few, in sheet order.
   */
  'formulas-not-calculated': { count: number; cells: string[]; evaluated: number };
  /** A leaf left blank while the unit has other scores. */
  'score-missing': { unit: string; code: string };
  /** More than 3 decimals: the score is rounded half-up to 3. */
  'score-too-precise': { unit: string; code: string; value: number; rounded: number };
  /** A number typed as text ("1,25"): the number is used. */
  'number-as-text': { text: string; value: number };
  /** A unit column with no score at all: the unit is left out. */
  'unit-empty': { unit: string };
  /** A subtotal in the sheet that differs from the computed sum of its children. */
  'subtotal-mismatch': { unit: string; code: string; value: number; computed: number; other?: OtherSum };
  /** The total row differs from the computed total. */
  'total-mismatch': { unit: string; value: number; computed: number; other?: OtherSum };
  /** A not-applicable marker (KPS, "không phát sinh", N/A) on a leaf, handled per policy. */
  'not-applicable': { unit: string; code: string; policy: 'full' | 'exclude' };
  /** A not-applicable marker on a row that is not a leaf. */
  'not-applicable-on-parent': { unit: string; code: string };
  /** A deduction ("Điểm trừ") whose max is above 0: its max and scores are written ≤ 0 (−0,5). */
  'deduction-max-positive': { code: string; max: number };
  /** A score above 0 in a deduction. */
  'deduction-score-positive': { unit: string; code: string; value: number };
  /** A deduction score below its (negative) max: more deducted than the criterion allows. */
  'deduction-below-max': { unit: string; code: string; value: number; max: number };
  /** "Chỉ số" under the total differs from the computed index beyond its own rounding. */
  'stated-index-mismatch': { unit: string; value: number; computed: number };
  /** "Điểm tối đa của đơn vị" under the total differs from the unit's computed max. */
  'stated-max-mismatch': { unit: string; value: number; computed: number; policy: 'full' | 'exclude' };
  /** "Xếp hạng" under the total is neither the computed rank nor the other method's (dense / RANK.EQ). */
  'stated-rank-mismatch': { unit: string; value: number; computed: number; other: number };
  /** "Xếp loại" under the total names another grade than the computed one. */
  'stated-grade-mismatch': { unit: string; value: string; computed: string };
}

export type RuleId = keyof RuleData;

/**
 * The criterion a finding is about, as messages name it: its full code ("1.1.a" for the letter
 * `a` under 1.1, "I" for a Roman component) and its name as the sheet writes it ("" when none).
 */
export interface CriterionRef {
  code: string;
  name: string;
}

/** Another finding of the same run, by its rule and cell (cause links; see causes.ts). */
export interface FindingRef {
  rule: RuleId;
  sheet: string;
  cell: string;
}

export interface FindingOf<R extends RuleId> {
  rule: R;
  severity: Severity;
  sheet: string;
  /** 0-based sheet row and column of the cell the finding is about. */
  row: number;
  col: number;
  /** A1 address of that cell, e.g. "M24". */
  cell: string;
  data: RuleData[R];
  /** The criterion of the finding's row, when the finding names one (`data.code` is then its short code). */
  criterion?: CriterionRef;
  /**
   * On a cause (a number stored as text, a not-applicable marker, text or an error value in a
   * cell): the findings of the cells above it that it probably explains (the sums over it in the
   * same column), nearest first. Listed right after it.
   */
  explains?: FindingRef[];
  /** On a finding explained by others: their references, in sheet order. */
  causedBy?: FindingRef[];
}

/** A finding of any rule (a discriminated union on `rule`). */
export type Finding = { [R in RuleId]: FindingOf<R> }[RuleId];

/** Default severity of each rule (self-assessment columns downgrade score rules to warnings). */
export const RULE_SEVERITY: { readonly [R in RuleId]: Severity } = {
  'no-header': 'error',
  'no-layout': 'error',
  'no-max-column': 'error',
  'no-name-column': 'error',
  'summary-column': 'warning',
  'no-unit-column': 'error',
  'no-criteria': 'error',
  'invalid-code': 'error',
  'duplicate-code': 'error',
  'duplicate-unit': 'error',
  'orphan-code': 'error',
  'max-missing': 'error',
  'max-sum-mismatch': 'error',
  'max-total-mismatch': 'error',
  'score-above-max': 'error',
  'score-negative': 'error',
  'score-not-number': 'error',
  'score-as-percent': 'error',
  'unit-as-percent': 'error',
  'score-error-value': 'error',
  'formula-without-value': 'error',
  'formulas-not-calculated': 'warning',
  'score-missing': 'error',
  'score-too-precise': 'warning',
  'number-as-text': 'warning',
  'unit-empty': 'warning',
  'subtotal-mismatch': 'error',
  'total-mismatch': 'error',
  'not-applicable': 'warning',
  'not-applicable-on-parent': 'error',
  'deduction-max-positive': 'error',
  'deduction-score-positive': 'error',
  'deduction-below-max': 'error',
  'stated-index-mismatch': 'warning',
  'stated-max-mismatch': 'warning',
  'stated-rank-mismatch': 'warning',
  'stated-grade-mismatch': 'warning',
};

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

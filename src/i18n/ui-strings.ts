/**
 * The shape of the task pane's catalogues (ui.vi.ts, ui.en.ts): every string the pane shows, and
 * the keys some of them are chosen by. A leaf module: the catalogues import it and it imports
 * nothing, so no catalogue and its index (ui.ts) import each other.
 */

/**
 * What the pane is doing while the progress bar shows: the pane's own steps, then the workbook
 * port's (`ProgressReport['step']`; the pane assigns one to the other, so a new port step that has
 * no text here fails the type check).
 */
export type ProgressStep = 'read' | 'score' | 'clear' | 'write' | 'format' | 'done';

/** Why an operation failed, as the pane explains it (see taskpane/errors.ts). */
export type FailureKind =
  | 'sheet-not-found'
  | 'read-failed'
  | 'write-failed'
  | 'unsupported'
  | 'settings-load'
  | 'settings-save'
  | 'unexpected';

/** Why last year's result could not be used (the tables are then made without it). */
export type PreviousProblem = 'sheet-gone' | 'no-table' | 'same-sheet';

export interface FailureText {
  title: string;
  /** What the user can do about it. */
  action: string;
}

export interface UiStrings {
  appTitle: string;
  appSubtitle: string;
  previewBanner: string;
  previewDetail: string;
  loading: string;

  sheetSection: string;
  sheetLabel: string;
  sheetHintKept: string;
  sheetHintActive: string;
  sheetHintSaved: string;
  /** The first sheet with a complete layout was chosen; `count` sheets have one. */
  sheetHintFirstComplete: (count: number) => string;
  sheetHintHeaderOnly: string;
  sheetHintNone: string;
  sheetGroupScoring: string;
  sheetGroupIncomplete: string;
  sheetGroupOthers: string;
  sheetReload: string;
  noSheets: string;
  reading: string;

  foundTitle: string;
  foundUnits: string;
  foundComponents: string;
  foundCriteria: string;
  foundMaxTotal: string;
  foundGroups: string;
  foundSelfScores: string;
  foundNotScorable: (errors: number) => string;
  foundCounts: (errors: number, warnings: number) => string;

  validate: string;
  validating: string;
  findingsTitle: string;
  noFindings: string;
  errorsHeading: (n: number) => string;
  warningsHeading: (n: number) => string;
  goToCell: (cell: string) => string;
  showMore: (n: number) => string;

  optionsTitle: string;
  rankingLabel: string;
  rankingDense: string;
  rankingCompetition: string;
  naLabel: string;
  naFull: string;
  naExclude: string;
  bandsLabel: string;
  bandsHelp: string;
  bandNameColumn: string;
  bandMinColumn: string;
  /** Label of a band's name field; `position` counts from 1. */
  bandName: (position: number) => string;
  /** Label of a band's minimum field; `grade` is the name as typed, '' when none yet. */
  bandMin: (grade: string, position: number) => string;
  bandNameEmpty: string;
  bandNameDuplicate: (position: number) => string;
  bandMinNotNumber: string;
  bandMinOutOfRange: string;
  /** `aboveName` is '' when that band has no name yet; `abovePosition` counts from 1. */
  bandMinNotDecreasing: (aboveName: string, abovePosition: number, aboveMin: string) => string;
  bandsInvalid: string;
  previousLabel: string;
  previousNone: string;
  previousHint: string;
  previousNoneFound: string;
  /** The saved choice, shown in the list although the sheet no longer holds a table. */
  previousUnusable: (sheet: string) => string;
  previousUnusableHint: (sheet: string) => string;
  decimalsLabel: string;
  tablesLangLabel: string;
  langVi: string;
  langEn: string;
  decisionTitle: string;
  issuingBody: string;
  issuingBodyPlaceholder: string;
  decisionNumber: string;
  decisionNumberPlaceholder: string;
  decisionDate: string;
  decisionDatePlaceholder: string;
  year: string;
  yearPlaceholder: string;
  yearInvalid: string;
  rankedGroup: string;
  rankedGroupPlaceholder: string;
  saveOptions: string;
  resetOptions: string;
  optionsSaved: string;
  optionsLoaded: string;
  optionsIgnored: string;

  generate: string;
  generating: string;
  progressStep: Record<ProgressStep, string>;
  generateBlocked: (errors: number) => string;
  generateNeedsSheet: string;
  generateWithPrevious: (sheet: string) => string;
  doneTitle: string;
  unitsRanked: (n: number) => string;
  topUnits: string;
  groupHeading: (group: string) => string;
  rankLine: (rank: number, name: string, total: string, index: string) => string;
  gradeCounts: string;
  gradeCount: (grade: string, n: number) => string;
  writtenSheets: string;
  openSheet: (name: string) => string;
  renamed: (wanted: string, actual: string) => string;
  comparedWithPrevious: (matched: number, total: number, sheet: string) => string;
  previousUnmatched: (names: string) => string;
  /** Closes a cut list of units: "and 3 more". */
  andMore: (n: number) => string;
  previousNoMatch: string;
  previousProblem: Record<PreviousProblem, (sheet: string) => string>;
  replaced: string;

  failures: Record<FailureKind, FailureText>;
  detailLabel: string;
  copyDetail: string;
  copied: string;
  copyFailed: string;
  dismiss: string;
  retry: string;
  boundaryTitle: string;
  boundaryAction: string;
  notInExcel: string;
}

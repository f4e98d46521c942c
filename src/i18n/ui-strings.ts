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
  | 'cell-edit-mode'
  | 'settings-load'
  | 'settings-save'
  | 'unexpected'
  /** Excel did not answer within the adapter's limit (a sync that never returned). */
  | 'timeout'
  /** A sheet's used range too big to read (a value far from the table). */
  | 'too-many-cells'
  /** A finding's sheet is "very hidden": the pane does not show it. */
  | 'sheet-very-hidden'
  /** A result sheet to replace or remove is protected (Review > Protect Sheet); nothing was changed. */
  | 'sheet-protected'
  /** The workbook's structure is protected (Review > Protect Workbook); nothing was changed. */
  | 'workbook-protected';

/** The layouts the readers know (src/engine/model.ts `LayoutKind`; the pane assigns one to the other). */
export type LayoutKindKey = 'criteria-as-rows' | 'units-as-rows' | 'sheet-per-unit';

/** Why last year's result could not be used (the tables are then made without it). */
export type PreviousProblem = 'sheet-gone' | 'no-table' | 'same-sheet';

/** What the message about cells far from the table names (workbook/port.ts StrayCellsError), numbers formatted. */
export interface StrayCellsText {
  sheet: string;
  /** The used range, A1 ("A1:Z900000"). */
  usedRange: string;
  /** Its cells, in millions ("23,4"). */
  cellsMillions: string;
  /** The most cells read, in millions ("4"). */
  limitMillions: string;
  /**
   * The cells at its far edge: one cell ("C900000") or a row's or column's used part
   * ("A900000:C900000"), with its (first) value as Excel shows it.
   */
  stray: { address: string; value: string }[];
}

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
  /** The only sheet with a complete layout was chosen (the active one has none). */
  sheetHintWorkbookOne: string;
  /** The whole workbook: kept, the active sheet among `count` scoring sheets, saved, or chosen since `count` sheets have a layout. */
  scopeHintKeptWhole: string;
  scopeHintActiveWhole: (count: number) => string;
  scopeHintSavedWhole: string;
  scopeHintWorkbook: (count: number) => string;
  sheetHintHeaderOnly: string;
  sheetHintNone: string;
  sheetGroupScoring: string;
  sheetGroupIncomplete: string;
  sheetGroupOthers: string;
  sheetReload: string;
  noSheets: string;
  reading: string;
  /** The scope of every scoring sheet, offered first when there are several. */
  wholeWorkbook: string;
  /** A scoring sheet read by another reader than the standard one: "Tổng hợp (đơn vị theo hàng)". */
  sheetWithKind: (sheet: string, kind: string) => string;
  layoutKinds: Record<LayoutKindKey, string>;

  foundTitle: string;
  foundUnits: string;
  foundComponents: string;
  foundCriteria: string;
  foundMaxTotal: string;
  foundGroups: string;
  foundSelfScores: string;
  foundNotScorable: (errors: number) => string;
  foundCounts: (errors: number, warnings: number) => string;
  /** Over the lines of the layouts recognised (`describeLayout`), detected or stated. */
  layoutDetected: string;
  layoutStated: string;
  /** A scoring sheet not scored: it has the units of an earlier group's sheet. */
  leftOutSameUnits: (sheet: string, sameAs: string) => string;
  foundGroupsCount: (groups: number) => string;
  foundGroupsList: string;
  foundGroupLine: (group: string, units: number, components: number, maxTotal: string) => string;
  foundGroupNotScored: (group: string, units: number, errors: number) => string;

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
  layoutTitle: string;
  layoutHelp: string;
  layoutKindLabel: string;
  layoutKindAuto: string;
  /** The rows and columns offered are the sheet's. */
  layoutLabelsFrom: (sheet: string) => string;
  layoutNoSheetRead: string;
  /** A row or column left to detection. */
  layoutAuto: string;
  /** `row` counts from 1, as Excel shows it; `text` is what the row holds ('' when nothing). */
  layoutRowOption: (row: number, text: string) => string;
  layoutColumnOption: (letters: string, text: string) => string;
  layoutHeaderRow: string;
  layoutMaxRow: string;
  layoutMaxColumn: string;
  layoutUnitNameColumn: string;
  layoutUnitColumns: string;
  layoutComponentColumns: string;
  layoutColumnsHint: string;
  layoutRankedScore: string;
  layoutRankedAppraised: string;
  layoutRankedSelf: string;
  layoutSheets: string;
  layoutSheetsHint: string;
  layoutApply: string;
  layoutClear: string;
  layoutInForce: (kind: string) => string;
  layoutDetecting: string;
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
  groupsRanked: (units: number, groups: number) => string;
  /** A group's sheets written: their names, comma-separated. */
  groupSheetsWritten: (group: string, sheets: string) => string;
  /** A group without a name among several (forms): "Khối thứ 2". */
  unnamedGroup: (position: number) => string;
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
  /** The appendix as a Word document, downloaded from the pane after generating. */
  docxDownload: string;
  docxBuilding: string;
  docxFileName: string;
  docxHint: string;
  docxSaved: (file: string) => string;
  /** The host lets no add-in download a file. */
  docxBlocked: string;
  docxFailed: FailureText;

  /** Under the findings: they are buttons. */
  findingsHint: string;
  /** "Ngày quyết định" that is not a real dd/mm/yyyy date. */
  decisionDateInvalid: string;
  /** The confirmation before "Khôi phục mặc định" wipes the options. */
  resetConfirmTitle: string;
  resetConfirmBody: string;
  cancel: string;
  /** The result shown is older than the options or the scores: generate again. */
  staleTitle: string;
  staleOptions: string;
  staleScores: string;
  /** Before a write: the sheets it adds (`names` comma-separated), that Ctrl+Z cannot undo it, and how to remove them. */
  writeNote: (count: number, names: string) => string;
  undoNote: string;
  removeHint: string;
  removeHintManual: string;
  /** "Xoá các bảng kết quả": the button, its confirmation, what it did. */
  removeResults: string;
  removing: string;
  removeConfirmTitle: string;
  removeConfirmBody: string;
  removeConfirm: string;
  /** `names` comma-separated; `count` 0 when there was nothing to remove. */
  removed: (count: number, names: string) => string;
  /** The first-run panel: what the add-in does, the three steps, the sample, help. */
  guideTitle: string;
  guideIntro: string;
  guideSteps: [string, string, string];
  guideSampleInPreview: string;
  guideTrySample: string;
  guideSampleLink: string;
  guideSampleFile: string;
  guideDismiss: string;
  help: string;
  opensNewWindow: string;
  /** The preview's workbook beside the pane. */
  workbookTitle: string;
  workbookHint: string;
  workbookSheets: string;
  workbookSheetTable: (sheet: string) => string;
  workbookEmpty: string;
  workbookCut: (shownRows: number, rows: number, shownColumns: number, columns: number) => string;
  /** A heading detail taken from the scoring sheet's title rows (`cell` "A1"), shown in its field. */
  decisionFromTitle: (cell: string) => string;
  /** A heading detail left empty: printed as dots. */
  decisionDots: string;
  /** Before generating: the heading's details still empty (`parts` their labels, comma-separated). */
  headingMissing: (parts: string) => string;

  failures: Record<FailureKind, FailureText>;
  /** `too-many-cells` naming the sheet and the stray cells, with what they hold. */
  strayCellsFailure: (p: StrayCellsText) => FailureText;
  /** `sheet-protected` naming the protected sheet and how to unprotect it. */
  sheetProtectedFailure: (sheet: string) => FailureText;
  /** Excel calculates manually: formula values may be stale (shown with the findings). */
  calculationManual: FailureText;
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

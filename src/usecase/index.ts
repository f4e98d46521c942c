/**
 * The use case, one flow over the workbook port for both shells (the task pane, the command
 * line): choose the sheet, load last year's result, score, plan, apply. Pure TypeScript: no
 * React, no Node, no Office; see README.md for what it may import.
 */
export { defaultEngine, type EngineApi } from './engine';
export { NamedSheetNotFoundError } from './errors';
export {
  chooseSheet, FILE_SHEET_CHOICE, PANE_SHEET_CHOICE,
  type ChosenSheet, type FileSheetHint, type LoadedSheet, type PaneSheetHint, type SheetChoice, type SheetChoiceOptions, type SheetRule,
} from './choose-sheet';
export { comparisonOf, loadPreviousSheet, type Comparison, type PreviousLoad, type PreviousSheetProblem } from './previous-sheet';
export { readPreviousWorkbook, type PreviousWorkbookLoad } from './previous-workbook';
export { scoreGrid, type Scored } from './score';
export {
  scoreAndWrite, type RunHooks, type RunOutcome, type RunProgressStep, type RunRequest, type RunStep,
} from './run';

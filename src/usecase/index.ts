/**
 * The use case, one flow over the workbook port for both shells (the task pane, the command
 * line): choose what to score (a sheet or the whole workbook), load last year's result, read the
 * sheets into the model, score, plan, apply. Pure TypeScript: no React, no Node, no Office; see
 * README.md for what it may import.
 */
export { defaultEngine, type EngineApi, type GroupResult } from './engine';
export { appendixDocument, type AppendixDocumentBuilder, type WrittenAppendix } from './document';
export type { StatedLayout } from '../readers';
export { NamedSheetNotFoundError } from './errors';
export {
  chooseSheet, FILE_SHEET_CHOICE, PANE_SHEET_CHOICE, WHOLE_WORKBOOK,
  type ChosenSheet, type FileSheetHint, type LoadedSheet, type PaneSheetHint, type Selection, type SheetChoice,
  type SheetChoiceOptions, type SheetRule,
} from './choose-sheet';
export { comparisonOf, loadPreviousSheet, type Comparison, type PreviousLoad, type PreviousSheetProblem } from './previous-sheet';
export { readPreviousWorkbook, type PreviousWorkbookLoad } from './previous-workbook';
export { errorCount, groupResults, scoreSelection, type Scored } from './score';
export { HEADING_PARTS, headingOf, type HeadingPart, type HeadingReport } from './heading';
export type { TitleBlock, TitleBlockPart } from '../engine/title-block';
export { workbookHeadings, type HeadingText } from '../appendix';
export {
  scoreAndWrite, type RunHooks, type RunOutcome, type RunProgressStep, type RunRequest, type RunStep,
} from './run';

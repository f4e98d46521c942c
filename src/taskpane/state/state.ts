/**
 * The pane's state: everything it shows and remembers between actions, as plain data. Changed
 * only by `paneReducer` (reducer.ts); the hook (../usePane.ts) runs the use case and dispatches.
 */
import type { WritePlan } from '../../appendix/types';
import type { ProgressStep } from '../../i18n/ui';
import type { Comparison, GroupResult, PaneSheetHint, Scored, SheetChoice } from '../../usecase';
import type { ApplyReport } from '../../workbook/port';
import type { Failure } from '../errors';
import { DEFAULT_PANE_OPTIONS, type PaneOptions } from '../options';

/** What is running; the buttons are disabled meanwhile. */
export type Busy = 'loading' | 'reading' | 'validating' | 'generating' | 'saving' | 'removing';

/** The sheets offered and why the selected scope was chosen. */
export type PaneSheetChoice = SheetChoice<PaneSheetHint>;

/**
 * The last scoring of the selected scope (a sheet or the whole workbook): what the summary and
 * the findings show (the layouts recognised, each ranking group's outcome), and the sheets read
 * (with the layout stated and last year's result, if any), scored again at once when the options change.
 */
export type Analysis = Scored;

export interface Progress {
  step: ProgressStep;
  /** 0..1 of the whole run. */
  fraction: number;
}

export interface Generated {
  /** Each ranking group's result, in workbook order. */
  results: GroupResult[];
  plan: WritePlan;
  report: ApplyReport;
  /** The year-over-year comparison, when last year's result was chosen. */
  comparison?: Comparison;
  /** The options the tables were made with (changed since: the result is stale). */
  options: PaneOptions;
}

/** What the options panel says about the options: read from the workbook (some ignored), or saved. */
export type OptionsNote = 'loaded' | 'ignored' | 'saved';

export interface PaneState {
  busy: Busy | null;
  /** The failure shown, until dismissed or the next action starts. */
  failure: Failure | null;
  /** Undefined until the workbook's sheets are first read. */
  choice?: PaneSheetChoice;
  /** The scope selected: a sheet's name, or the whole workbook (`WHOLE_WORKBOOK`). */
  selected?: string;
  analysis?: Analysis;
  findingsShown: boolean;
  options: PaneOptions;
  optionsNote?: OptionsNote;
  /** Bumped when options change from outside the form (loaded, reset), so the form re-reads them. */
  optionsEpoch: number;
  progress: Progress | null;
  generated?: Generated;
  /** Errors that stopped the last "generate" (the tables were not written). */
  blockedErrors?: number;
  /** The scope saved in the workbook's settings, preferred when the list is (re)loaded. */
  savedScope?: string;
  /** The first-run panel is shown (until the reviewer hides it, remembered on this computer). */
  guide: boolean;
  /** The sheets "Xoá các bảng kết quả" removed last ([] when there was none), until the next action. */
  removed?: string[];
}

/** The pane as it opens: loading, default options. */
export const INITIAL_PANE_STATE: PaneState = {
  busy: 'loading',
  failure: null,
  findingsShown: false,
  options: DEFAULT_PANE_OPTIONS,
  optionsEpoch: 0,
  progress: null,
  guide: false,
};

/** Everything that happens to the pane, as data: what the reviewer did and what came back. */
import type { Failure } from '../errors';
import type { PaneOptions } from '../options';
import type { StatedLayout } from '../stated-layout';
import type { Analysis, Busy, Generated, PaneSheetChoice, Progress } from './state';

export type PaneAction =
  /** An action starts: the previous failure goes. */
  | { type: 'run-started'; busy: Busy }
  /** It ended, well or not. */
  | { type: 'run-ended' }
  | { type: 'failed'; failure: Failure }
  | { type: 'failure-dismissed' }
  /** The workbook's saved settings (the options, the scope); `note` when something was saved there. */
  | { type: 'settings-loaded'; options: PaneOptions; scope?: string; note?: 'loaded' | 'ignored' }
  /** The sheets were (re)read and a scope chosen: what was shown of the previous scope goes. */
  | { type: 'sheets-loaded'; choice: PaneSheetChoice; selected?: string }
  /** The reviewer picked another scope (a sheet, the whole workbook): the same. */
  | { type: 'scope-selected'; scope: string }
  /** The reviewer stated the layout, or cleared it (detection again): the sheets are read anew with it. */
  | { type: 'layout-stated'; stated?: StatedLayout }
  /** The selected scope was scored (opened, picked, options changed, or before generating). */
  | { type: 'scored'; analysis: Analysis }
  /** "Kiểm tra": starts, then the scope's sheets read again and scored, their findings shown. */
  | { type: 'check-started' }
  | { type: 'checked'; analysis: Analysis }
  /** "Tạo bảng xếp hạng": starts, progresses, and is blocked by errors or writes the tables. */
  | { type: 'generate-started' }
  | { type: 'progressed'; progress: Progress }
  | { type: 'generate-blocked'; errors: number }
  | { type: 'generated'; generated: Generated; showFindings: boolean }
  | { type: 'options-changed'; options: PaneOptions }
  | { type: 'options-reset' }
  /** "Lưu tùy chọn": saved with the scope. */
  | { type: 'options-saved'; scope?: string }
  /** Generating saved the options and the scope, without a word about it. */
  | { type: 'choices-remembered'; scope: string }
  /** The first-run panel: shown on a computer where it was never hidden, then hidden by the reviewer. */
  | { type: 'guide-shown' }
  | { type: 'guide-dismissed' }
  /** "Xoá các bảng kết quả" removed these sheets (none when there were none): the result shown goes. */
  | { type: 'results-removed'; sheets: string[] };

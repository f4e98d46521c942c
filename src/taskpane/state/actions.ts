/** Everything that happens to the pane, as data: what the reviewer did and what came back. */
import type { Failure } from '../errors';
import type { PaneOptions } from '../options';
import type { Analysis, Busy, Generated, PaneSheetChoice, Progress } from './state';

export type PaneAction =
  /** An action starts: the previous failure goes. */
  | { type: 'run-started'; busy: Busy }
  /** It ended, well or not. */
  | { type: 'run-ended' }
  | { type: 'failed'; failure: Failure }
  | { type: 'failure-dismissed' }
  /** The workbook's saved settings; `note` when something was saved there. */
  | { type: 'settings-loaded'; options: PaneOptions; sheet?: string; note?: 'loaded' | 'ignored' }
  /** The sheets were (re)read and one chosen: what was shown of the previous sheet goes. */
  | { type: 'sheets-loaded'; choice: PaneSheetChoice; selected?: string }
  /** The reviewer picked another sheet: the same. */
  | { type: 'sheet-selected'; sheet: string }
  /** The selected sheet was scored (opened, picked, options changed, or before generating). */
  | { type: 'scored'; analysis: Analysis }
  /** "Kiểm tra": starts, then the sheet read again and scored, its findings shown. */
  | { type: 'check-started' }
  | { type: 'checked'; analysis: Analysis }
  /** "Tạo bảng xếp hạng": starts, progresses, and is blocked by errors or writes the tables. */
  | { type: 'generate-started' }
  | { type: 'progressed'; progress: Progress }
  | { type: 'generate-blocked'; errors: number }
  | { type: 'generated'; generated: Generated; showFindings: boolean }
  | { type: 'options-changed'; options: PaneOptions }
  | { type: 'options-reset' }
  /** "Lưu tùy chọn": saved with the scoring sheet. */
  | { type: 'options-saved'; sheet?: string }
  /** Generating saved the options and the scoring sheet, without a word about it. */
  | { type: 'choices-remembered'; sheet: string };

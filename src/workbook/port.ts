/**
 * The one port between the product and a workbook. The task pane and the command line talk to
 * workbooks only through it; the Office.js adapter (src/workbook/office) and the ExcelJS adapter
 * (src/workbook/xlsx) implement it.
 */
import type { SheetGrid } from '../engine/grid';
import type { WritePlan } from '../appendix/types';

export interface SheetSummary {
  name: string;
  /** Position in the workbook's tab order. */
  position: number;
  visible: boolean;
  /** True when this sheet is a result sheet this product wrote itself (and may replace). */
  ownedByUs: boolean;
}

export interface ProgressReport {
  /** 0..1 */
  fraction: number;
  /** What is being done, for the user (already localised by the caller's catalogue key). */
  step: 'read' | 'clear' | 'write' | 'format' | 'done';
}

export interface WrittenSheet {
  /** The plan's sheet key. */
  key: string;
  /** Name the sheet really got. */
  name: string;
  /** True when the wanted name was taken by a sheet the user made, so another name was chosen. */
  renamed: boolean;
  /** True when an earlier result sheet of ours was replaced. */
  replaced: boolean;
}

export interface ApplyReport {
  sheets: WrittenSheet[];
  /**
   * Print settings the host refused and that were skipped (the tables are written all the same):
   * the sheet's name and the setting ("orientation", "paperSize", "fitToPages", "printTitles",
   * "footer", "margins"). Absent when every setting was applied.
   */
  printWarnings?: { sheet: string; setting: string }[];
}

/** Typed failure of a workbook operation; `cause` keeps the underlying error. */
export class WorkbookError extends Error {
  constructor(
    readonly code: 'sheet-not-found' | 'read-failed' | 'write-failed' | 'unsupported',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WorkbookError';
  }
}

export interface WorkbookPort {
  listSheets(): Promise<SheetSummary[]>;
  /** Name of the active sheet (the CLI's adapter answers the first sheet). */
  activeSheetName(): Promise<string>;
  /** Reads a sheet's used range as a grid (values, error kinds, formulas flags, merges). */
  readSheet(name: string): Promise<SheetGrid>;
  /**
   * Reads several sheets, in the order named, as `readSheet` reads each. An adapter batches them:
   * the Office adapter reads any number of small sheets in at most two syncs.
   */
  readSheets(names: readonly string[]): Promise<SheetGrid[]>;
  /**
   * Writes the plan's sheets. Sheets this product wrote before (same key) are replaced; a sheet
   * the user made is never changed or removed, even if it has the wanted name. Input sheets are
   * never touched.
   */
  applyPlan(plan: WritePlan, onProgress?: (p: ProgressReport) => void): Promise<ApplyReport>;
  /** Activates a sheet and selects a cell or range ("M24"). */
  select(sheet: string, address: string): Promise<void>;
}

/** Options saved with the workbook so the next reviewer opens the same choices. */
export interface SettingsStore {
  load(): Promise<Record<string, unknown> | undefined>;
  save(value: Record<string, unknown>): Promise<void>;
}

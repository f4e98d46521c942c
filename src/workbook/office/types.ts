/** What the Office adapter needs from its host, injected so the same code runs on the fake. */

/** The signature of Excel.run's simplest overload: how the adapter's own code runs a batch. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What of Excel.RunOptions the adapter sets. */
export interface ExcelRunOptions {
  /**
   * ExcelApi 1.11: wait while the user is typing in a cell instead of failing with
   * InvalidOperationInCellEditMode. The adapter sets it only where the host has 1.11.
   */
  delayForCellEdit?: boolean;
}

/** Excel.run's overloads the adapter uses: `run(batch)` and `run(options, batch)`. */
export interface HostExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: ExcelRunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Excel's error code for a batch refused while the user is in cell-edit mode. */
export const CELL_EDIT_MODE_ERROR = 'InvalidOperationInCellEditMode';

/** The requirement set of `RunOptions.delayForCellEdit`. */
export const DELAY_FOR_CELL_EDIT_API = '1.11';

/** Like Office.context.requirements.isSetSupported. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface OfficeWorkbookOptions {
  /**
   * Excel.run with both overloads (taskpane/office-wiring.ts) in Excel; `fake.run` in tests and
   * the preview. Called as `run({ delayForCellEdit: true }, batch)` where ExcelApi 1.11 is
   * supported, else as `run(batch)`.
   */
  run: HostExcelRun;
  /** Requirement-set check; newer features (page layout, ExcelApi 1.9) are skipped when absent. */
  isSetSupported: IsSetSupported;
  /**
   * Largest request, in bytes, the adapter lets a single context.sync() carry (estimated, with
   * headroom for Office.js's own envelope). Default 3.5 MB: Excel on the web refuses 5 MB.
   */
  maxRequestBytes?: number;
  /**
   * How long Excel may take to answer one wait (a sync, the start or end of a run) before the
   * operation fails with WorkbookError('timeout') (host-timeout.ts). Default 60 s.
   */
  syncTimeoutMs?: number;
  /**
   * The most cells of a sheet's used range the adapter reads; a bigger one fails with
   * StrayCellsError naming the cells at its far edge (read-cap.ts). Default 4,000,000.
   */
  maxReadCells?: number;
}

/** Requirement sets the adapter cannot work without (declared in the manifest). */
export const MIN_EXCEL_API = '1.7';

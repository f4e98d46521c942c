/** What the Office adapter needs from its host, injected so the same code runs on the fake. */

/** The signature of Excel.run's simplest overload. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Like Office.context.requirements.isSetSupported. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface OfficeWorkbookOptions {
  /** `(batch) => Excel.run(batch)` in Excel; `fake.run` in tests and the preview. */
  run: ExcelRun;
  /** Requirement-set check; newer features (page layout, ExcelApi 1.9) are skipped when absent. */
  isSetSupported: IsSetSupported;
  /**
   * Largest request, in bytes, the adapter lets a single context.sync() carry (estimated, with
   * headroom for Office.js's own envelope). Default 3.5 MB: Excel on the web refuses 5 MB.
   */
  maxRequestBytes?: number;
}

/** Requirement sets the adapter cannot work without (declared in the manifest). */
export const MIN_EXCEL_API = '1.7';

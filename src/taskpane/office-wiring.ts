/** The Office.js adapters the pane runs on inside Excel. */
import { type DocumentSettings, OfficeSettingsStore, OfficeWorkbook } from '../workbook/office';
import type { HostExcelRun } from '../workbook/office';
import type { SettingsStore, WorkbookPort } from '../workbook/port';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Excel.run with the two overloads the adapter uses. The adapter passes `{ delayForCellEdit: true }`
 * only where ExcelApi 1.11 is supported; older hosts get `Excel.run(batch)`.
 */
function excelRun<T>(batch: Batch<T>): Promise<T>;
function excelRun<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
function excelRun<T>(first: Excel.RunOptions | Batch<T>, second?: Batch<T>): Promise<T> {
  if (typeof first === 'function') return Excel.run(first);
  if (!second) throw new TypeError('Excel.run needs a batch function.');
  return Excel.run(first, second);
}
const run: HostExcelRun = excelRun;

/** Office.Settings as the settings store expects it (saveAsync's callback-only overload). */
function documentSettings(settings: Office.Settings): DocumentSettings {
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    saveAsync: (callback) =>
      settings.saveAsync((result) =>
        callback?.({
          // Compared with Office's own constant: typed as a numeric enum, a string at run time.
          status: result.status === Office.AsyncResultStatus.Succeeded ? 'succeeded' : 'failed',
          error: result.error ?? undefined,
        }),
      ),
  };
}

export function officeAdapters(): { port: WorkbookPort; settings: SettingsStore } {
  return {
    port: new OfficeWorkbook({
      run,
      isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    }),
    settings: new OfficeSettingsStore(documentSettings(Office.context.document.settings)),
  };
}

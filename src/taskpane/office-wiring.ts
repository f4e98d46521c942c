/** The Office.js adapters the pane runs on inside Excel. */
import { type DocumentSettings, OfficeSettingsStore, OfficeWorkbook } from '../workbook/office';
import type { SettingsStore, WorkbookPort } from '../workbook/port';

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
      run: (batch) => Excel.run(batch),
      isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    }),
    settings: new OfficeSettingsStore(documentSettings(Office.context.document.settings)),
  };
}

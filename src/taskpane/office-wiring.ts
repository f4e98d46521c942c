/** The Office.js adapters the pane runs on inside Excel. */
import { type SettingsStore, WorkbookError, type WorkbookPort } from '../workbook/port';

export function officeAdapters(): { port: WorkbookPort; settings: SettingsStore } {
  // Replaced by the Office.js adapter (src/workbook/office) when it lands.
  const missing = (): never => {
    throw new WorkbookError('unsupported', 'The Office.js workbook adapter is not built in yet');
  };
  return {
    port: { listSheets: missing, activeSheetName: missing, readSheet: missing, applyPlan: missing, select: missing },
    settings: { load: async () => undefined, save: missing },
  };
}

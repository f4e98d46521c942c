/**
 * The add-in's entry: waits for Office, picks the language from Office's display language, and
 * gives the pane the Office.js workbook adapter and document settings.
 */
import { langFromDisplayLanguage, uiStrings } from '../i18n/ui';
import { mountTaskPane, showStartupMessage } from './mount';
import { officeAdapters } from './office-wiring';

function start(): void {
  if (typeof Office === 'undefined') {
    showStartupMessage(uiStrings('vi').notInExcel);
    return;
  }
  void Office.onReady((info) => {
    const lang = langFromDisplayLanguage(Office.context?.displayLanguage);
    if (info.host !== Office.HostType.Excel) {
      showStartupMessage(uiStrings(lang).notInExcel);
      return;
    }
    mountTaskPane({ ...officeAdapters(), lang });
  });
}

start();

/**
 * The add-in's entry: waits for Office, picks the language from Office's display language, and
 * gives the pane the Office.js workbook adapter and document settings.
 */
import { langFromDisplayLanguage, uiStrings } from '../i18n/ui';
import { errorDetail } from './errors';
import { mountTaskPane, showStartupMessage } from './mount';
import { officeAdapters } from './office-wiring';

function start(): void {
  if (typeof Office === 'undefined') {
    showStartupMessage(uiStrings('vi').notInExcel);
    return;
  }
  void Office.onReady((info) => {
    const lang = langFromDisplayLanguage(Office.context?.displayLanguage);
    const t = uiStrings(lang);
    if (info.host !== Office.HostType.Excel) {
      showStartupMessage(t.notInExcel);
      return;
    }
    try {
      mountTaskPane({ ...officeAdapters(), lang });
    } catch (error) {
      // Never a blank pane: say what failed, with the detail to pass on.
      showStartupMessage(`${t.failures.unexpected.title}. ${t.failures.unexpected.action}\n\n${errorDetail(error)}`);
    }
  });
}

start();

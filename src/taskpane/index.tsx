/**
 * The add-in's entry: waits for Office, picks the language from Office's display language, and
 * gives the pane the Office.js workbook adapter and document settings.
 *
 * taskpane.html's first screen (startup-check.js, ES5) runs before this bundle: it has already
 * said so when the webview is too old or office.js did not load, and it shows a message when
 * Office.onReady takes too long. This entry tells it when Office is ready.
 */
import { langFromDisplayLanguage, uiStrings } from '../i18n/ui';
import { errorDetail } from './errors';
import { mountTaskPane, showStartupMessage, showStartupScreen, type StartupCheck } from './mount';
import { officeAdapters } from './office-wiring';

function start(): void {
  const startup = (window as { cchcStartup?: StartupCheck }).cchcStartup;
  // A webview the bundle does not support: its message is on screen, and starting would fail.
  if (startup?.unsupported) return;
  if (typeof Office === 'undefined') {
    // office.js did not load (a blocked CDN): not "open it in Excel", which may well be where we are.
    showStartupScreen('office-missing');
    return;
  }
  void Office.onReady((info) => {
    startup?.ready();
    const lang = langFromDisplayLanguage(Office.context?.displayLanguage);
    const t = uiStrings(lang);
    // Outside Office (a plain browser), office.js reports no host.
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

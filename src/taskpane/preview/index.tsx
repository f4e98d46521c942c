/**
 * The browser preview: the real pane outside Office, on the strict fake Excel loaded with the
 * bundled sample workbook, under a "Bản xem thử / Preview" banner, with the workbook itself drawn
 * beside it (WorkbookView: the sheets the pane reads and writes). `?lang=en` shows it in English.
 * The fake is exposed on window.__cchcPreview (see handle.ts).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { errorDetail } from '../errors';
import { langFromDisplayLanguage } from '../../i18n/ui';
import type { Lang } from '../../engine/types';
import { createFakeExcel, createOfficeShim, type FakeExcel } from '../../office-fake';
import { OfficeSettingsStore, OfficeWorkbook } from '../../workbook/office';
import { mountTaskPane, showStartupMessage } from '../mount';
import { StringsProvider } from '../strings';
import type { PreviewHandle } from './handle';
import { observeRuns, type RunFeed } from './run-feed';
import { fetchSample } from './sample';
import { WorkbookView } from './WorkbookView';

/** The workbook beside the pane, in the page's #workbook. */
function mountWorkbook(fake: FakeExcel, feed: RunFeed, lang: Lang): void {
  const container = document.getElementById('workbook');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
      <StringsProvider lang={lang}>
        <WorkbookView fake={fake} feed={feed} />
      </StringsProvider>
    </FluentProvider>,
  );
}

async function start(): Promise<void> {
  const displayLanguage = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en-US' : 'vi-VN';
  const shim = createOfficeShim({ displayLanguage });
  const fake = createFakeExcel();
  const sample = await fetchSample();
  sample.sheets.forEach((s, i) => fake.seedGrid({ ...s.grid, sheetName: s.name }, { active: i === 0 }));
  // Before anything runs on the fake, so every run redraws the workbook.
  const feed = observeRuns(fake);
  const handle: PreviewHandle = { fake, shim };
  (window as unknown as { __cchcPreview: PreviewHandle }).__cchcPreview = handle;
  const lang = langFromDisplayLanguage(shim.office.context.displayLanguage);
  mountTaskPane({
    port: new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported }),
    settings: new OfficeSettingsStore(shim.office.context.document.settings),
    lang,
    preview: true,
  });
  mountWorkbook(fake, feed, lang);
}

start().catch((error: unknown) => {
  showStartupMessage(`Bản xem thử không mở được. / The preview could not start.\n${errorDetail(error)}`);
});

/**
 * The browser preview: the real pane outside Office, on the strict fake Excel loaded with the
 * bundled sample workbook, under a "Bản xem thử / Preview" banner. `?lang=en` shows it in English.
 * The fake is exposed on window.__cchcPreview (see handle.ts).
 */
import { errorDetail } from '../errors';
import { langFromDisplayLanguage } from '../../i18n/ui';
import { createFakeExcel, createOfficeShim } from '../../office-fake';
import { OfficeSettingsStore, OfficeWorkbook } from '../../workbook/office';
import { mountTaskPane, showStartupMessage } from '../mount';
import type { PreviewHandle } from './handle';
import { fetchSample } from './sample';

async function start(): Promise<void> {
  const displayLanguage = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en-US' : 'vi-VN';
  const shim = createOfficeShim({ displayLanguage });
  const fake = createFakeExcel();
  const sample = await fetchSample();
  sample.sheets.forEach((s, i) => fake.seedGrid({ ...s.grid, sheetName: s.name }, { active: i === 0 }));
  const handle: PreviewHandle = { fake, shim };
  (window as unknown as { __cchcPreview: PreviewHandle }).__cchcPreview = handle;
  mountTaskPane({
    port: new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported }),
    settings: new OfficeSettingsStore(shim.office.context.document.settings),
    lang: langFromDisplayLanguage(shim.office.context.displayLanguage),
    preview: true,
  });
}

start().catch((error: unknown) => {
  showStartupMessage(`Bản xem thử không mở được. / The preview could not start.\n${errorDetail(error)}`);
});

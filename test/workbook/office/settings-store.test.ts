/**
 * Options saved in the workbook's document settings: the next reviewer opens the same choices;
 * a failed save is a typed error, not a silent loss.
 */
import { createOfficeShim } from '../../../src/office-fake';
import { OfficeSettingsStore, SETTINGS_KEY, type DocumentSettings } from '../../../src/workbook/office';

// Office.context.document.settings fits the store's expectations (checked by tsc).
const fits = (settings: Office.Settings): DocumentSettings => settings;

describe('OfficeSettingsStore', () => {
  test('nothing saved yet: load gives undefined', async () => {
    const { office } = createOfficeShim();
    expect(await new OfficeSettingsStore(office.context.document.settings).load()).toBeUndefined();
    expect(typeof fits).toBe('function');
  });

  test('saved options are in the document and come back in a new session', async () => {
    const first = createOfficeShim();
    const options = { ranking: 'dense', naPolicy: 'full', decimals: 2, decision: { number: '123/QĐ-UBND', year: 2022 } };
    await new OfficeSettingsStore(first.office.context.document.settings).save(options);
    expect(first.saved()).toEqual({ [SETTINGS_KEY]: options });
    const next = createOfficeShim({ settings: first.saved() });
    expect(await new OfficeSettingsStore(next.office.context.document.settings).load()).toEqual(options);
  });

  test('a failed save is a write-failed WorkbookError and nothing is stored', async () => {
    const shim = createOfficeShim({ failSave: true });
    await expect(new OfficeSettingsStore(shim.office.context.document.settings).save({ ranking: 'competition' })).rejects.toMatchObject({
      name: 'WorkbookError',
      code: 'write-failed',
    });
    expect(shim.saved()).toEqual({});
  });

  test('something that is not an options object under our key is a read-failed error', async () => {
    const shim = createOfficeShim({ settings: { [SETTINGS_KEY]: 'garbage' } });
    await expect(new OfficeSettingsStore(shim.office.context.document.settings).load()).rejects.toMatchObject({ code: 'read-failed' });
  });
});

describe('Office shim for the preview', () => {
  test('onReady, display language and requirement sets', async () => {
    const { office } = createOfficeShim({ displayLanguage: 'en-US', apiVersion: '1.8' });
    await expect(office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(office.context.displayLanguage).toBe('en-US');
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
  });
});

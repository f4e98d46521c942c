/** @jest-environment jsdom */
/**
 * The add-in's entry (src/taskpane/index.tsx) with taskpane.html's first screen
 * (startup-check.js): office.js missing shows the static "office.js could not be loaded" screen,
 * not "open it in Excel"; a webview the check turned away does not start the pane; Office.onReady
 * tells the check, which stops its timeout.
 */
import { createOfficeShim } from '../../src/office-fake';
import { vi } from '../../src/i18n/ui.vi';

type Globals = { Office?: unknown; Excel?: unknown; cchcStartup?: unknown; IS_REACT_ACT_ENVIRONMENT?: boolean };

beforeEach(() => {
  (globalThis as Globals).IS_REACT_ACT_ENVIRONMENT = false;
  document.body.innerHTML = `<div id="root"></div><div id="cchc-startup">
    <section id="cchc-unsupported" hidden></section><section id="cchc-office-missing" hidden></section></div>`;
});

afterEach(() => {
  delete (globalThis as Globals).Office;
  delete (globalThis as Globals).Excel;
  delete (globalThis as Globals).cchcStartup;
});

async function startEntry() {
  await jest.isolateModulesAsync(async () => {
    await import('../../src/taskpane/index');
  });
}

const hidden = (id: string) => (document.getElementById(id) as HTMLElement).hidden;

it('says office.js did not load when there is no Office, never "open it in Excel"', async () => {
  await startEntry();
  expect(hidden('cchc-office-missing')).toBe(false);
  expect(document.body.textContent).not.toContain(vi.notInExcel);
  expect(document.getElementById('root')?.innerHTML).toBe('');
});

it('does not start in a webview the first screen turned away', async () => {
  const onReady = jest.fn();
  (globalThis as Globals).Office = { onReady };
  (globalThis as Globals).cchcStartup = { unsupported: true, ready: jest.fn() };
  await startEntry();
  expect(onReady).not.toHaveBeenCalled();
  expect(document.getElementById('root')?.innerHTML).toBe('');
});

it('tells the first screen when Office is ready, then says where to open it outside Excel', async () => {
  const shim = createOfficeShim({ displayLanguage: 'vi-VN' });
  const office = shim.office as unknown as { onReady: (cb?: (info: { host: string | null }) => void) => Promise<unknown> };
  const onReady = office.onReady;
  office.onReady = (cb) => onReady((info) => cb?.({ ...info, host: null }));
  const ready = jest.fn();
  (globalThis as Globals).Office = office;
  (globalThis as Globals).cchcStartup = { unsupported: false, ready };
  await startEntry();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(ready).toHaveBeenCalledTimes(1);
  expect(document.getElementById('root')?.textContent).toBe(vi.notInExcel);
  expect(hidden('cchc-office-missing')).toBe(true);
});

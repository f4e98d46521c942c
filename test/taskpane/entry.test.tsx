/** @jest-environment jsdom */
/**
 * The add-in's entry (src/taskpane/index.tsx) as Excel runs it: Office.onReady, the display
 * language, Excel.run and the document settings, here the fake Excel and the fake Office global.
 */
import { screen, waitFor } from '@testing-library/react';
import { createFakeExcel, createOfficeShim } from '../../src/office-fake';
import { standardSheet } from '../helpers/grid';

type Globals = { Office?: unknown; Excel?: unknown; IS_REACT_ACT_ENVIRONMENT?: boolean };

// The entry renders with its own React root, as in the browser: no act() around its updates.
beforeEach(() => {
  (globalThis as Globals).IS_REACT_ACT_ENVIRONMENT = false;
});

async function startEntry(displayLanguage: string, host = 'Excel') {
  const fake = createFakeExcel();
  fake.seedGrid({ ...standardSheet(), sheetName: 'Chấm điểm' });
  const shim = createOfficeShim({ displayLanguage });
  const office = shim.office as unknown as { onReady: (cb?: (info: { host: string }) => void) => Promise<unknown> };
  const onReady = office.onReady;
  office.onReady = (cb) => onReady((info) => cb?.({ ...info, host }));
  (globalThis as Globals).Office = office;
  (globalThis as Globals).Excel = { run: fake.run };
  document.body.innerHTML = '<div id="root"></div>';
  await jest.isolateModulesAsync(async () => {
    await import('../../src/taskpane/index');
  });
  return { fake, shim };
}

afterEach(() => {
  delete (globalThis as Globals).Office;
  delete (globalThis as Globals).Excel;
});

it('starts in Vietnamese on the workbook Excel gives it, and saves options through Office settings', async () => {
  const { shim } = await startEntry('vi-VN');
  await screen.findByRole('region', { name: 'Đã tìm thấy' });
  screen.getByRole('button', { name: 'Tạo bảng xếp hạng' }).click();
  await screen.findByText('Đã tạo bảng xếp hạng');
  await waitFor(() => expect(shim.saved()['cchc.options']).toEqual(expect.objectContaining({ version: 1 })));
});

it('starts in English when Excel is in another language', async () => {
  await startEntry('en-GB');
  await screen.findByRole('region', { name: 'Found' });
  expect(screen.getByRole('button', { name: 'Create ranking tables' })).toBeTruthy();
});

it('says where to open it when the host is not Excel', async () => {
  await startEntry('vi-VN', 'Word');
  expect((await screen.findByRole('alert')).textContent).toMatch(/Hãy mở nó trong Excel/);
});

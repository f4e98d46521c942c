/** @jest-environment jsdom */
/**
 * What the pane shows about the host (issue 14, items 6 to 8), on the Office adapter over the
 * strict fake: Excel in Manual calculation mode (a warning with the findings), Excel not answering
 * (a failure saying to wait and try again), a stray value far below the table (a failure naming it).
 */
import { configure, render, screen } from '@testing-library/react';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { createFakeExcel, createOfficeShim, type CalculationMode } from '../../src/office-fake';
import { OfficeSettingsStore, OfficeWorkbook } from '../../src/workbook/office';
import { standardSheet } from '../helpers/grid';

configure({ asyncUtilTimeout: 5000 });

const SHEET = 'Chấm điểm';

function setup(options: { mode?: CalculationMode; unresponsive?: boolean; stray?: string; lang?: 'vi' | 'en' } = {}) {
  const fake = createFakeExcel();
  const sheet = fake.seedGrid({ ...standardSheet(), sheetName: SHEET });
  if (options.stray) sheet.values.set(899_999, 2, options.stray);
  if (options.mode) fake.setCalculationMode(options.mode);
  if (options.unresponsive) fake.setUnresponsive(true);
  const shim = createOfficeShim();
  render(
    <TaskPane
      port={new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported, syncTimeoutMs: 50 })}
      settings={new OfficeSettingsStore(shim.office.context.document.settings)}
      lang={options.lang ?? 'vi'}
    />,
  );
  return fake;
}

it('Manual calculation: the pane warns that sums may be stale and says how to recalculate', async () => {
  setup({ mode: 'Manual' });
  await screen.findByRole('region', { name: 'Đã tìm thấy' });
  expect(await screen.findByText('Excel đang để chế độ tính toán thủ công (Manual)')).toBeTruthy();
  expect(screen.getByText(/Nhấn F9/)).toBeTruthy();
});

it('Manual calculation, in English', async () => {
  setup({ mode: 'Manual', lang: 'en' });
  expect(await screen.findByText('Excel is set to calculate manually')).toBeTruthy();
});

it('Automatic calculation: no warning', async () => {
  setup({ mode: 'Automatic' });
  await screen.findByRole('region', { name: 'Đã tìm thấy' });
  expect(screen.queryByTestId('calculation-manual')).toBeNull();
});

it('Excel not answering: the pane says so instead of spinning', async () => {
  const fake = setup({ unresponsive: true });
  expect(await screen.findByText('Excel không phản hồi')).toBeTruthy();
  fake.setUnresponsive(false);
});

it('a stray value in row 900,000: the pane names the sheet and the cell', async () => {
  setup({ stray: 'x' });
  expect(await screen.findByText(`Trang tính “${SHEET}” có dữ liệu nằm quá xa bảng`)).toBeTruthy();
  expect(screen.getByText(/Ô C900000 \(“x”\)/)).toBeTruthy();
});

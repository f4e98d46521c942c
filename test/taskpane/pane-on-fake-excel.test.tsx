/** @jest-environment jsdom */
/**
 * The pane on the real Office adapter over the strict fake Excel (unloaded reads throw, writes wait
 * for sync) with the fake Office settings: what the add-in does inside Excel, without Excel.
 */
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { createFakeExcel, createOfficeShim } from '../../src/office-fake';
import { OfficeSettingsStore, OfficeWorkbook } from '../../src/workbook/office';
import { edit, standardSheet } from '../helpers/grid';
import { idleButton } from './render-pane';

configure({ asyncUtilTimeout: 5000 });

const SHEET = 'Chấm điểm';

function setup(grid = standardSheet(), settings?: Record<string, unknown>) {
  const fake = createFakeExcel();
  fake.seedGrid({ ...grid, sheetName: SHEET });
  const shim = createOfficeShim({ settings });
  render(
    <TaskPane
      port={new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported })}
      settings={new OfficeSettingsStore(shim.office.context.document.settings)}
      lang="vi"
    />,
  );
  return { fake, shim };
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** A table's figures as a reader reads them: numbers, texts in either decimal convention ("9,50"), ranks as "r/L" (r). */
const figures = (row: readonly unknown[] | undefined): number[] =>
  (row ?? []).flatMap((v) => {
    if (typeof v === 'number') return [v];
    const m = typeof v === 'string' ? /^(-?\d+(?:[.,]\d+)?)(?:\/\d+)?$/.exec(v.trim()) : null;
    return m ? [Number(m[1].replace(',', '.'))] : [];
  });

it('a finding selects its cell in the workbook', async () => {
  const { fake } = setup(edit(standardSheet(), { D11: -1 }));
  await screen.findByText(/Chưa tính được điểm/);
  fireEvent.click(button('Kiểm tra'));
  fireEvent.click(await screen.findByRole('button', { name: /^D11:/ }));
  await waitFor(() => expect(fake.selection()).toEqual({ sheet: SHEET, address: expect.stringMatching(/D11$/) }));
  expect(fake.activeSheetName()).toBe(SHEET);
});

it('generating writes the ranking tables, leaves the input sheet as it was, and saves the options', async () => {
  const { fake, shim } = setup();
  await screen.findByRole('region', { name: 'Đã tìm thấy' });
  const before = fake.snapshot(SHEET);
  fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
  const summary = await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
  expect(fake.sheetNames()).toEqual([SHEET, 'Xếp hạng chung', 'Xếp hạng lĩnh vực', 'Thống kê', 'Kết quả từng đơn vị']);
  const overall = fake.valuesFromA1('Xếp hạng chung');
  expect(figures(overall.find((row) => row.includes('Xã Cường')))).toEqual(expect.arrayContaining([9.5, 1]));
  expect(fake.snapshot(SHEET)).toBe(before);
  expect(shim.saved()).toEqual({ 'cchc.options': expect.objectContaining({ version: 1, sheet: SHEET }) });

  fireEvent.click(within(summary).getByRole('button', { name: 'Mở trang “Thống kê”' }));
  await waitFor(() => expect(fake.activeSheetName()).toBe('Thống kê'));
});

it('a second run replaces its own sheets and never the user’s sheet of the same name', async () => {
  const { fake } = setup();
  fake.seed({ name: 'Thống kê', values: [['Ghi chép riêng của tôi']] });
  await screen.findByRole('region', { name: 'Đã tìm thấy' });
  fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
  await screen.findByText(/Sổ tính đã có trang “Thống kê” do người dùng tạo/);
  const sheets = fake.sheetNames();
  fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
  await screen.findByText('Bảng kết quả của lần chạy trước đã được thay bằng bảng mới.');
  expect(fake.sheetNames()).toEqual(sheets);
  expect(fake.valuesFromA1('Thống kê')).toEqual([['Ghi chép riêng của tôi']]);
});

it('options saved in the document are used when the pane opens', async () => {
  setup(standardSheet(), { 'cchc.options': { version: 1, options: { ranking: 'competition' } } });
  await screen.findByRole('region', { name: 'Đã tìm thấy' });
  fireEvent.click(button('Tùy chọn'));
  expect(((await screen.findByRole('radio', { name: /RANK\.EQ/ })) as HTMLInputElement).checked).toBe(true);
});

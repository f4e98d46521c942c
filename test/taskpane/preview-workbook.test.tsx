/** @jest-environment jsdom */
/**
 * The preview's workbook beside the pane, in jsdom: the fake Excel's sheets drawn as tables
 * (values as formatted, merges, bold, borders, widths), following what the pane does to it.
 */
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createFakeExcel, createOfficeShim } from '../../src/office-fake';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { observeRuns } from '../../src/taskpane/preview/run-feed';
import { formatValue, sheetView } from '../../src/taskpane/preview/sheet-view';
import { WorkbookView } from '../../src/taskpane/preview/WorkbookView';
import { StringsProvider } from '../../src/taskpane/strings';
import { OfficeSettingsStore, OfficeWorkbook } from '../../src/workbook/office';
import { standardSheet } from '../helpers/grid';
import { idleButton } from './render-pane';

configure({ asyncUtilTimeout: 5000 });

const SHEET = 'Chấm điểm';

function setup() {
  const fake = createFakeExcel();
  fake.seedGrid({ ...standardSheet(), sheetName: SHEET });
  const feed = observeRuns(fake);
  const shim = createOfficeShim();
  render(
    <>
      <TaskPane
        port={new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported })}
        settings={new OfficeSettingsStore(shim.office.context.document.settings)}
        lang="vi"
        guide={{ seen: () => true, markSeen: () => undefined }}
        preview
      />
      <StringsProvider lang="vi">
        <WorkbookView fake={fake} feed={feed} />
      </StringsProvider>
    </>,
  );
  return { fake, book: screen.getByTestId('workbook') };
}

const shownSheet = (book: HTMLElement) => book.querySelector('table')?.getAttribute('data-sheet');
const cellText = (book: HTMLElement, address: string) => book.querySelector(`td[data-cell="${address}"]`)?.textContent;

it('a number shows as its format shows it, in the pane’s convention', () => {
  expect(formatValue(9.5, '0.00', 'vi')).toBe('9,50');
  expect(formatValue(9.5, '0.00', 'en')).toBe('9.50');
  expect(formatValue(2, '+0;-0;0', 'vi')).toBe('+2');
  expect(formatValue(-1.25, '+0.0;-0.0;0.0', 'vi')).toBe('-1,3');
  expect(formatValue(0.875, '0.0%', 'vi')).toBe('87,5%');
  expect(formatValue(0.1 + 0.2, 'General', 'vi')).toBe('0,3');
  expect(formatValue('1/3', 'General', 'vi')).toBe('1/3');
});

it('shows the scoring sheet first, then the sheets written, and the sheet each link names', async () => {
  const { fake, book } = setup();
  expect(shownSheet(book)).toBe(SHEET);
  const tabs = () => within(within(book).getByRole('navigation', { name: 'Các trang tính' })).getAllByRole('button');
  expect(tabs().map((b) => [b.textContent, b.getAttribute('aria-current')])).toEqual([[SHEET, 'true']]);
  // Row 3 of the sheet: the header, drawn where Excel shows it.
  expect(cellText(book, 'D3')).toBe('Xã An');
  expect(cellText(book, 'F12')).toBe('9,5');

  fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
  const summary = await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
  // Every sheet written is a tab.
  await waitFor(() => expect(tabs().map((b) => b.textContent)).toEqual(fake.sheetNames()));

  fireEvent.click(within(summary).getByRole('button', { name: 'Mở trang “Xếp hạng chung”' }));
  await waitFor(() => expect(shownSheet(book)).toBe('Xếp hạng chung'));
  expect(within(book).getByRole('button', { name: 'Xếp hạng chung' }).getAttribute('aria-current')).toBe('true');
  expect(within(book).getByRole('region', { name: 'Trang “Xếp hạng chung”' })).toBeTruthy();
  const row = [...book.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('Xã Cường'));
  expect(row).toBeDefined();
  const overall = fake.valuesFromA1('Xếp hạng chung');
  const r = overall.findIndex((line) => line.includes('Xã Cường'));
  // The row drawn holds what the sheet holds there (numbers as their format shows them).
  const texts = [...(row as HTMLElement).querySelectorAll('td')].map((td) => td.textContent);
  overall[r].forEach((v, c) => {
    if (v === '') return;
    const info = fake.cell('Xếp hạng chung', `${String.fromCharCode(65 + c)}${r + 1}`);
    expect(texts).toContain(formatValue(info.value, info.numberFormat, 'vi'));
  });
  // The title is merged across the table and bold, as written.
  const view = sheetView(fake, 'Xếp hạng chung', 'vi');
  const title = view.rows.flatMap((x) => x.cells).find((c) => c.colSpan > 1);
  expect(title).toBeDefined();
  const td = book.querySelector(`td[data-cell="${title?.address}"]`) as HTMLTableCellElement;
  expect(td.colSpan).toBe(title?.colSpan);
  expect(fake.cell('Xếp hạng chung', title?.address ?? 'A1').merge).toBeDefined();

  // A tab opens its sheet in the workbook, as Excel's tabs do.
  fireEvent.click(within(book).getByRole('button', { name: 'Thống kê' }));
  await waitFor(() => expect(shownSheet(book)).toBe('Thống kê'));
  expect(fake.activeSheetName()).toBe('Thống kê');
});

it('a finding shows its sheet with the cell outlined', async () => {
  const { fake, book } = setup();
  fake.seed({ name: 'Ghi chú', values: [['ghi chú']], active: true });
  await waitFor(() => undefined);
  fireEvent.click(await idleButton('Kiểm tra'));
  await screen.findByText('Không có lỗi hay cảnh báo nào. Bảng chấm điểm đã sẵn sàng để xếp hạng.');
  // Selecting a cell through the workbook (as a finding does) brings its sheet and marks the cell.
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET);
    ws.activate();
    ws.getRange('E10').select();
    await context.sync();
  });
  await waitFor(() => expect(shownSheet(book)).toBe(SHEET));
  const cell = book.querySelector('td[data-cell="E10"]') as HTMLElement;
  expect(cell.style.outline).toMatch(/solid/);
  expect((book.querySelector('td[data-cell="E9"]') as HTMLElement).style.outline).toBe('');
});

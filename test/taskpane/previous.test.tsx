/** @jest-environment jsdom */
/**
 * Year over year in the pane: last year's ranking table, kept on a sheet of the workbook, chosen
 * in the options; the tables written show each unit's previous rank and the change.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CellValue } from '../../src/engine/grid';
import { standardSheet } from '../helpers/grid';
import { lastYearRanking, notesSheet } from '../usecase/fixtures';
import type { MemoryWorkbook } from '../usecase/memory-workbook';
import { renderPane, SHEET, idleButton } from './render-pane';

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const LAST_YEAR = 'Năm 2020';

const workbookSheets = () => [
  { name: SHEET, grid: standardSheet() },
  { name: 'Ghi chú', grid: notesSheet() },
  { name: LAST_YEAR, grid: lastYearRanking() },
];

async function openOptions(): Promise<HTMLSelectElement> {
  fireEvent.click(button('Tùy chọn'));
  return (await screen.findByRole('combobox', { name: 'Kết quả năm trước' })) as HTMLSelectElement;
}

/** The overall ranking sheet as written: header row and unit rows keyed by name. */
function overall(workbook: MemoryWorkbook): { header: readonly CellValue[]; row: (unit: string) => readonly CellValue[] } {
  const values = workbook.sheets.find((s) => s.name === 'Xếp hạng chung')?.grid.values ?? [];
  const header = values.find((r) => r.includes('Đơn vị')) ?? [];
  return { header, row: (unit) => values.find((r) => r[1] === unit) ?? [] };
}

describe('last year’s result', () => {
  it('offers the sheets holding a ranking table, and none by default', async () => {
    await renderPane({ sheets: workbookSheets() });
    const select = await openOptions();
    expect([...select.options].map((o) => o.textContent)).toEqual(['(không có)', LAST_YEAR]);
    expect(select.value).toBe('');
  });

  it('chosen: the overall table gets last year’s rank and the change, and the summary counts the units matched', async () => {
    const { workbook } = await renderPane({ sheets: workbookSheets() });
    fireEvent.change(await openOptions(), { target: { value: LAST_YEAR } });
    expect(screen.getByText(`So sánh với kết quả năm trước ở trang “${LAST_YEAR}”.`)).toBeTruthy();
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    const summary = await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });

    const { header, row } = overall(workbook);
    expect(header).toEqual(expect.arrayContaining(['Xếp hạng năm trước', 'Thay đổi']));
    const at = (unit: string, column: string) => row(unit)[header.indexOf(column)];
    // This year: Xã Cường 1st (95%), Xã An 2nd (87.5%), Xã Bình 3rd; last year An 1st (90%), Cường 2nd.
    expect([at('Xã Cường', 'Xếp hạng năm trước'), at('Xã Cường', 'Thay đổi')]).toEqual([2, 'tăng 1 bậc']);
    expect([at('Xã An', 'Xếp hạng năm trước'), at('Xã An', 'Thay đổi')]).toEqual([1, 'giảm 1 bậc']);
    expect(at('Xã Bình', 'Xếp hạng năm trước')).toBe('');

    const note = within(summary).getByTestId('comparison');
    expect(note.textContent).toContain(`So sánh với năm trước: 2/3 đơn vị (trang “${LAST_YEAR}”).`);
    expect(note.textContent).toContain('Không có trong kết quả năm trước (tên đơn vị phải giống nhau): Xã Bình.');
  });

  it('is saved with the options, and the next pane opens with it', async () => {
    const { settings, view } = await renderPane({ sheets: workbookSheets() });
    fireEvent.change(await openOptions(), { target: { value: LAST_YEAR } });
    fireEvent.click(button('Lưu tùy chọn vào sổ tính'));
    await screen.findByText(/Đã lưu tùy chọn vào sổ tính/);
    expect((settings.saved as { options: { previousSheet?: string } }).options.previousSheet).toBe(LAST_YEAR);

    view.unmount();
    await renderPane({ sheets: workbookSheets(), settings: settings.saved });
    expect((await openOptions()).value).toBe(LAST_YEAR);
  });

  it('back to “(không có)”: nothing compared, and nothing saved for it', async () => {
    const { workbook, settings } = await renderPane({
      sheets: workbookSheets(),
      settings: { version: 1, options: { previousSheet: LAST_YEAR } },
    });
    fireEvent.change(await openOptions(), { target: { value: '' } });
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    const summary = await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(overall(workbook).header).not.toContain('Xếp hạng năm trước');
    expect(within(summary).queryByTestId('comparison')).toBeNull();
    expect((settings.saved as { options: Record<string, unknown> }).options).not.toHaveProperty('previousSheet');
  });

  it('a sheet that no longer holds the table: the tables are made without it, and the summary says why', async () => {
    const { workbook } = await renderPane({ sheets: workbookSheets() });
    fireEvent.change(await openOptions(), { target: { value: LAST_YEAR } });
    workbook.edit(LAST_YEAR, notesSheet(LAST_YEAR));
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    const summary = await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(workbook.applied).toHaveLength(1);
    expect(overall(workbook).header).not.toContain('Xếp hạng năm trước');
    expect(within(summary).getByTestId('comparison').textContent).toBe(
      `Trang “${LAST_YEAR}” không còn bảng xếp hạng năm trước (cột Đơn vị, Xếp hạng, Chỉ số), nên bảng được tạo không có so sánh với năm trước.`,
    );
  });

  it('a sheet deleted since: the same, and the saved choice is shown as unusable', async () => {
    const { workbook } = await renderPane({
      sheets: workbookSheets(),
      settings: { version: 1, options: { previousSheet: LAST_YEAR } },
    });
    workbook.sheets.splice(workbook.sheets.findIndex((s) => s.name === LAST_YEAR), 1);
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    const summary = await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(within(summary).getByTestId('comparison').textContent).toMatch(/^Không tìm thấy trang “Năm 2020” \(kết quả năm trước\)/);

    fireEvent.click(button('Tải lại danh sách trang tính'));
    await waitFor(() => expect(screen.getAllByText(/Trang “Năm 2020” không còn trong sổ tính/).length).toBeGreaterThan(0));
    const select = await openOptions();
    expect(select.value).toBe(LAST_YEAR);
    expect(select.selectedOptions[0].textContent).toBe('Năm 2020 (không dùng được)');
  });

  it('no ranking table in the workbook: says how to get one', async () => {
    await renderPane();
    await openOptions();
    expect(screen.getByText(/Chưa trang tính nào có bảng xếp hạng năm trước/)).toBeTruthy();
  });

  it('never offers this year’s tables written by the pane', async () => {
    const { workbook } = await renderPane({ sheets: workbookSheets() });
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(workbook.sheets.map((s) => s.name)).toContain('Xếp hạng chung');
    const reads = workbook.reads.length;
    fireEvent.click(button('Tải lại danh sách trang tính'));
    // Reloaded: the three sheets of the user read again, and the pane idle.
    await waitFor(() => expect(workbook.reads.length).toBe(reads + 3));
    await waitFor(() => expect((button('Tải lại danh sách trang tính') as HTMLButtonElement).disabled).toBe(false));
    const select = await openOptions();
    expect([...select.options].map((o) => o.value)).toEqual(['', LAST_YEAR]);
  });
});

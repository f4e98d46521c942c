/** @jest-environment jsdom */
/**
 * "Xoá các bảng kết quả": offered only when the port can remove the sheets it wrote; asks first;
 * removes only those sheets and says which. (A file of its own: Fluent's focus trap keeps state
 * in the document between tests, so each dialog test starts with a fresh document.)
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { standardSheet } from '../helpers/grid';
import { MemorySettings, MemoryWorkbook } from '../usecase/memory-workbook';
import { answer, DIALOG_WAIT, generate, idleButton, SHEET } from './render-pane';

/** The memory workbook, with the port's optional removal of the sheets it wrote. */
class RemovableWorkbook extends MemoryWorkbook {
  readonly removals: string[][] = [];
  async removeResultSheets(): Promise<string[]> {
    const written = new Set(this.applied.flatMap((plan) => plan.sheets.map((s) => s.name)));
    const gone = this.sheets.filter((s) => written.has(s.name)).map((s) => s.name);
    this.sheets.splice(0, this.sheets.length, ...this.sheets.filter((s) => !written.has(s.name)));
    this.removals.push(gone);
    return gone;
  }
}

async function renderWith(workbook: MemoryWorkbook) {
  render(<TaskPane port={workbook} settings={new MemorySettings()} lang="vi" guide={{ seen: () => true, markSeen: () => undefined }} />);
  await waitFor(() => expect(screen.queryByText(/Đang mở sổ tính/)).toBeNull());
}

it('"Xoá các bảng kết quả" asks, then removes only the sheets written, and says which', async () => {
  const workbook = new RemovableWorkbook([{ name: SHEET, grid: standardSheet() }, { name: 'Ghi chú', grid: standardSheet() }]);
  await renderWith(workbook);
  expect(screen.getByTestId('write-note').textContent).toMatch(/bấm “Xoá các bảng kết quả”/);
  await generate();
  const written = workbook.applied[0].sheets.map((s) => s.name);

  fireEvent.click(await idleButton('Xoá các bảng kết quả'));
  expect((await screen.findByRole('alertdialog', { name: 'Xoá các bảng kết quả?' }, DIALOG_WAIT)).textContent).toMatch(/Huỷ/);
  await answer('Xoá các bảng kết quả?', 'Huỷ');
  expect(workbook.removals).toEqual([]);

  fireEvent.click(await idleButton('Xoá các bảng kết quả'));
  await answer('Xoá các bảng kết quả?', 'Xoá');
  await screen.findByText(`Đã xoá ${written.length} trang tính: ${written.join(', ')}.`);
  expect(workbook.sheets.map((s) => s.name)).toEqual([SHEET, 'Ghi chú']);
  // The summary of tables that are gone goes too; the note before writing is back.
  expect(screen.queryByRole('region', { name: 'Đã tạo bảng xếp hạng' })).toBeNull();
  expect(screen.getByTestId('write-note')).toBeTruthy();
});

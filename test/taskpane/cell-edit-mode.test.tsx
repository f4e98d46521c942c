/** @jest-environment jsdom */
/**
 * Excel refusing a batch because the user is typing in a cell (InvalidOperationInCellEditMode, on
 * a host that cannot be asked to wait) is worded as such: press Enter or Esc, then click again.
 */
import { fireEvent, screen } from '@testing-library/react';
import { failureFrom } from '../../src/taskpane/errors';
import { WorkbookError } from '../../src/workbook/port';
import { renderPane, idleButton } from './render-pane';

const cellEdit = () =>
  Object.assign(new Error('This operation is not allowed while Excel is in cell-edit mode.'), { code: 'InvalidOperationInCellEditMode' });

describe('cell-edit mode failures', () => {
  it('are classified by the cause, whatever the workbook error code', () => {
    expect(failureFrom(new WorkbookError('read-failed', 'x', { cause: cellEdit() })).kind).toBe('cell-edit-mode');
    expect(failureFrom(new WorkbookError('write-failed', 'x', { cause: cellEdit() })).kind).toBe('cell-edit-mode');
    expect(failureFrom(cellEdit()).kind).toBe('cell-edit-mode');
    expect(failureFrom(new WorkbookError('read-failed', 'x', { cause: new Error('GeneralException') })).kind).toBe('read-failed');
    expect(failureFrom(new WorkbookError('read-failed', 'x', { cause: cellEdit() }), 'settings-save').kind).toBe('settings-save');
  });

  it('while writing: the pane says to press Enter or Esc, and the next try works', async () => {
    const { workbook } = await renderPane();
    workbook.failNext('applyPlan', new WorkbookError('write-failed', 'Could not write the result sheets', { cause: cellEdit() }));
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Excel đang ở chế độ sửa ô (bạn đang gõ trong một ô).');
    expect(screen.getByText('Hãy nhấn Enter hoặc Esc rồi bấm lại.')).toBeTruthy();
    expect(workbook.applied).toHaveLength(0);

    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Đã tạo bảng xếp hạng');
    expect(screen.queryByTestId('failure')).toBeNull();
  });

  it('in English', async () => {
    const { workbook } = await renderPane({ lang: 'en' });
    workbook.failNext('readSheet', new WorkbookError('read-failed', 'Could not read', { cause: cellEdit() }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByText('Excel is in cell-edit mode (you are typing in a cell).');
    expect(screen.getByText('Press Enter or Esc, then click again.')).toBeTruthy();
  });
});

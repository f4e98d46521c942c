/** @jest-environment jsdom */
/**
 * Every failure is a message with what to do and a copyable detail; the pane keeps working after it.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { EngineApi } from '../../src/usecase';
import { defaultEngine } from '../../src/usecase';
import { WorkbookError } from '../../src/workbook/port';
import { renderPane, SHEET, idleButton } from './render-pane';

const button = (name: string | RegExp) => screen.getByRole('button', { name });

function detailText(): string {
  const failure = screen.getByTestId('failure');
  return (within(failure).getByRole('textbox') as HTMLTextAreaElement).value;
}

describe('an adapter exception', () => {
  it('while writing: explained, detail copyable, and the next try works', async () => {
    const { workbook } = await renderPane();
    workbook.failNext('applyPlan', new WorkbookError('write-failed', 'Could not write sheet "Xếp hạng chung"', {
      cause: Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' }),
    }));
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Không ghi được bảng kết quả');
    expect(document.activeElement).toBe(screen.getByTestId('failure'));
    expect(screen.getByText(/Bảng chấm điểm của bạn không bị thay đổi/)).toBeTruthy();
    expect(detailText()).toMatch(/WorkbookError: Could not write sheet "Xếp hạng chung"/);
    expect(detailText()).toMatch(/caused by Error: The request payload size has exceeded the limit\.\ncode: RequestPayloadSizeLimitExceeded/);
    expect(workbook.applied).toHaveLength(0);

    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Đã tạo bảng xếp hạng');
    expect(screen.queryByTestId('failure')).toBeNull();
    expect(workbook.applied).toHaveLength(1);
  });

  it('a sheet renamed under the pane: says to reload, and reloading recovers', async () => {
    const { workbook } = await renderPane();
    workbook.sheets[0].name = 'Chấm điểm 2021';
    fireEvent.click(button('Kiểm tra'));
    await screen.findByText('Không tìm thấy trang tính');
    expect(screen.getByText(/Bấm “Tải lại danh sách trang tính”/)).toBeTruthy();
    fireEvent.click(button('Tải lại danh sách trang tính'));
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: /Trang tính chứa/ }) as HTMLSelectElement).value).toBe('Chấm điểm 2021'),
    );
    fireEvent.click(button('Kiểm tra'));
    await screen.findByText(/Không có lỗi hay cảnh báo nào/);
  });

  it('when selecting a cell fails, the finding list stays', async () => {
    const { workbook } = await renderPane({ sheets: [{ name: SHEET, grid: { sheetName: SHEET, values: [['STT', 'Nội dung']] } }] });
    fireEvent.click(button('Kiểm tra'));
    const finding = await screen.findByRole('button', { name: /^A1:/ });
    workbook.failNext('select', new Error('InvalidReference'));
    fireEvent.click(finding);
    await screen.findByText('Đã xảy ra lỗi không mong muốn');
    fireEvent.click(screen.getByRole('button', { name: /^A1:/ }));
    await waitFor(() => expect(workbook.selections).toEqual([`${SHEET}!A1`]));
  });

  it('the copy button puts the detail on the clipboard', async () => {
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { workbook } = await renderPane();
    workbook.failNext('readSheet', new WorkbookError('read-failed', 'GeneralException'));
    fireEvent.click(button('Kiểm tra'));
    await screen.findByText('Không đọc được trang tính');
    fireEvent.click(button('Sao chép chi tiết'));
    await screen.findByText('Đã sao chép chi tiết.');
    expect(writeText.mock.calls[0][0]).toMatch(/^WorkbookError: GeneralException/);
  });
});

describe('an unexpected exception in the pane', () => {
  it('from the plan builder: a message, and the pane still works', async () => {
    let broken = true;
    const engine: EngineApi = {
      ...defaultEngine,
      buildWorkbookPlan: (groups) => {
        if (broken) throw new TypeError("Cannot read properties of undefined (reading 'components')");
        return defaultEngine.buildWorkbookPlan(groups);
      },
    };
    const { workbook } = await renderPane({ engine });
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Đã xảy ra lỗi không mong muốn');
    expect(detailText()).toMatch(/^TypeError: Cannot read properties of undefined/);
    broken = false;
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Đã tạo bảng xếp hạng');
    expect(workbook.applied).toHaveLength(1);
  });

  it('while rendering: the error boundary shows it and "try again" brings the pane back', async () => {
    let broken = true;
    const engine: EngineApi = {
      ...defaultEngine,
      // An engine bug: a group "ok" without a result makes the summary throw while rendering.
      scoreModel: (model, options) => {
        if (!broken) return defaultEngine.scoreModel(model, options);
        return { ok: true, groups: model.groups.map((group) => ({ group, outcome: { ok: true, findings: [] } as never })), findings: [] };
      },
    };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await renderPane({ engine });
      await screen.findByText('Ngăn tác vụ gặp lỗi không mong muốn');
      expect(detailText()).toMatch(/TypeError/);
      broken = false;
      fireEvent.click(button('Thử lại'));
      await screen.findByRole('region', { name: 'Đã tìm thấy' });
      expect(screen.queryByText('Ngăn tác vụ gặp lỗi không mong muốn')).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });
});

/** @jest-environment jsdom */
/**
 * A pane that guides: the first-run panel, clickable-looking findings, the decision's date checked,
 * a confirmation before the options are wiped, a result that says when it is stale, the focus on
 * a refused generate, the note before writing and the removal of the result sheets.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { checkDecisionDate } from '../../src/taskpane/decision-date';
import { GUIDE_KEY, type GuideStore, localGuideStore } from '../../src/taskpane/guide-store';
import { edit, standardSheet } from '../helpers/grid';
import { MemorySettings, MemoryWorkbook } from '../usecase/memory-workbook';
import { answer, DIALOG_WAIT, generate, idleButton, renderPane, SHEET } from './render-pane';

const button = (name: string | RegExp) => screen.getByRole('button', { name });

async function openOptions() {
  fireEvent.click(button('Tùy chọn'));
  await screen.findByRole('textbox', { name: 'Ngày quyết định' });
}

/** A guide store in memory, counting what it was told. */
function memoryGuide(seen = false): GuideStore & { marks: number } {
  const store = {
    marks: 0,
    seen: () => seen,
    markSeen: () => {
      seen = true;
      store.marks += 1;
    },
  };
  return store;
}

async function renderWith(workbook: MemoryWorkbook, guide: GuideStore = memoryGuide(true)) {
  render(<TaskPane port={workbook} settings={new MemorySettings()} lang="vi" guide={guide} />);
  await waitFor(() => expect(screen.queryByText(/Đang mở sổ tính/)).toBeNull());
}

describe('the first-run panel', () => {
  it('shows what the add-in does and its three steps until hidden, and remembers it was hidden', async () => {
    const guide = memoryGuide(false);
    await renderWith(new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }]), guide);
    const panel = screen.getByRole('region', { name: 'Bắt đầu' });
    expect(within(panel).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Chọn bảng chấm điểm (thường đã được chọn sẵn).',
      'Bấm “Kiểm tra” rồi sửa các ô có lỗi; bấm vào một lỗi để đến ô đó.',
      'Bấm “Tạo bảng xếp hạng”: các trang kết quả được thêm vào sổ tính.',
    ]);
    // Outside the preview: the preview with the sample, in a new window, and help.
    expect(within(panel).getByRole('link', { name: /bảng mẫu/ }).getAttribute('href')).toBe('preview.html');
    expect(within(panel).getByRole('link', { name: /Hướng dẫn sử dụng/ }).getAttribute('target')).toBe('_blank');

    fireEvent.click(within(panel).getByRole('button', { name: 'Đã hiểu, ẩn hướng dẫn' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bắt đầu' })).toBeNull());
    expect(guide.marks).toBe(1);
    // Help stays at hand in the header.
    expect(screen.getByRole('link', { name: /Hướng dẫn sử dụng/ }).getAttribute('href')).toBe('help.html');
  });

  it('is not shown once hidden on this computer', async () => {
    await renderWith(new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }]), memoryGuide(true));
    expect(screen.queryByRole('region', { name: 'Bắt đầu' })).toBeNull();
  });

  it('in the preview, tries the sample at once', async () => {
    const workbook = new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }]);
    render(<TaskPane port={workbook} settings={new MemorySettings()} lang="vi" guide={memoryGuide(false)} preview />);
    const panel = await screen.findByRole('region', { name: 'Bắt đầu' });
    fireEvent.click(await waitFor(() => {
      const b = within(panel).getByRole('button', { name: 'Thử ngay với bảng mẫu' }) as HTMLButtonElement;
      expect(b.disabled).toBe(false);
      return b;
    }));
    await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(workbook.applied).toHaveLength(1);
  });

  it('is remembered in this computer’s storage, and a storage that refuses is survived', () => {
    localStorage.removeItem(GUIDE_KEY);
    const store = localGuideStore();
    expect(store.seen()).toBe(false);
    store.markSeen();
    expect(localStorage.getItem(GUIDE_KEY)).toBe('1');
    expect(localGuideStore().seen()).toBe(true);
    localStorage.removeItem(GUIDE_KEY);

    const refusing = localGuideStore(() => ({
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
    }) as unknown as Storage);
    expect(refusing.seen()).toBe(false);
    expect(() => refusing.markSeen()).not.toThrow();
  });
});

describe('findings look clickable', () => {
  it('a hint says so, and each finding is a button to its cell', async () => {
    await renderPane({ sheets: [{ name: SHEET, grid: edit(standardSheet(), { E10: 3.5 }) }] });
    fireEvent.click(button('Kiểm tra'));
    const errors = await screen.findByRole('group', { name: /^Lỗi \(1\)/ });
    expect(screen.getByText('Bấm vào một lỗi để đến ô đó.')).toBeTruthy();
    expect(within(errors).getAllByRole('button', { name: /^E10:/ })).toHaveLength(1);
  });
});

describe('the decision’s date', () => {
  it('is a real calendar date, day/month/year', () => {
    expect(checkDecisionDate('')).toEqual({ state: 'empty' });
    expect(checkDecisionDate(' 15/01/2022 ')).toEqual({ state: 'valid', text: '15/01/2022' });
    expect(checkDecisionDate('5/1/2022')).toEqual({ state: 'valid', text: '05/01/2022' });
    expect(checkDecisionDate('29-02-2024')).toEqual({ state: 'valid', text: '29/02/2024' });
    for (const wrong of ['32/13/2022', '31/04/2022', '29/02/2023', '0/1/2022', '15/01/22', '2022-01-15', 'ngày 15']) {
      expect([wrong, checkDecisionDate(wrong).state]).toEqual([wrong, 'invalid']);
    }
  });

  it('a wrong one is refused at the field and not saved; a right one is saved as dd/mm/yyyy', async () => {
    const { settings } = await renderPane();
    await openOptions();
    const date = screen.getByRole('textbox', { name: 'Ngày quyết định' });
    fireEvent.change(date, { target: { value: '32/13/2022' } });
    expect(await screen.findByText('Hãy nhập một ngày có thật theo dạng ngày/tháng/năm, ví dụ 15/01/2022.')).toBeTruthy();
    fireEvent.click(await idleButton('Lưu tùy chọn vào sổ tính'));
    await screen.findByText(/Đã lưu tùy chọn vào sổ tính/);
    expect((settings.saved?.options as { decision: object }).decision).toEqual({});

    fireEvent.change(date, { target: { value: '5/1/2022' } });
    await waitFor(() => expect(screen.queryByText(/Hãy nhập một ngày có thật/)).toBeNull());
    fireEvent.click(await idleButton('Lưu tùy chọn vào sổ tính'));
    await waitFor(() => expect((settings.saved?.options as { decision: object }).decision).toEqual({ date: '05/01/2022' }));
  });
});

describe('restoring the defaults', () => {
  // One opening per test: under jsdom, Tabster may still hold a closed dialog's trap when the
  // trigger is pressed again at once (a real browser is checked by the browser test).
  it('asks first; cancelled, the options stay', async () => {
    await renderPane();
    await openOptions();
    fireEvent.change(screen.getByRole('textbox', { name: 'Số quyết định' }), { target: { value: '99/QĐ-UBND' } });

    fireEvent.click(await idleButton('Khôi phục mặc định'));
    expect((await screen.findByRole('alertdialog', { name: 'Khôi phục tùy chọn mặc định?' }, DIALOG_WAIT)).textContent).toMatch(/thông tin quyết định/);
    await answer('Khôi phục tùy chọn mặc định?', 'Huỷ');
    expect((screen.getByRole('textbox', { name: 'Số quyết định' }) as HTMLInputElement).value).toBe('99/QĐ-UBND');
  });

  it('confirmed, the options go', async () => {
    await renderPane();
    await openOptions();
    fireEvent.change(screen.getByRole('textbox', { name: 'Số quyết định' }), { target: { value: '99/QĐ-UBND' } });

    fireEvent.click(await idleButton('Khôi phục mặc định'));
    await answer('Khôi phục tùy chọn mặc định?', 'Khôi phục mặc định');
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Số quyết định' }) as HTMLInputElement).value).toBe(''));
  });
});

describe('a stale result', () => {
  it('an option changed after generating: the green message goes, the result says to generate again; changed back, it is current', async () => {
    await renderPane();
    await generate();
    await openOptions();
    fireEvent.change(screen.getByRole('textbox', { name: 'Số quyết định' }), { target: { value: '99/QĐ-UBND' } });
    const stale = await screen.findByRole('region', { name: 'Bảng kết quả đã cũ' });
    expect(within(stale).getByTestId('stale').textContent).toMatch(/^Bảng kết quả đã cũTùy chọn đã thay đổi .*Bấm “Tạo bảng xếp hạng” để tạo lại\.$/);
    expect(screen.queryByText('Đã tạo bảng xếp hạng')).toBeNull();

    fireEvent.change(screen.getByRole('textbox', { name: 'Số quyết định' }), { target: { value: '' } });
    await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(screen.queryByTestId('stale')).toBeNull();
  });

  it('a score changed in the sheet, seen by "Kiểm tra": the figures are said to be old until generated again', async () => {
    const { workbook } = await renderPane();
    await generate();
    // Xã Bình's 1.2 a raised by 0.5, its subtotals and total with it.
    workbook.edit(SHEET, edit(standardSheet(), { E7: 1.5, E6: 3.5, E4: 5, E12: 9 }));
    fireEvent.click(await idleButton('Kiểm tra'));
    const stale = await screen.findByRole('region', { name: 'Bảng kết quả đã cũ' });
    expect(within(stale).getByTestId('stale').textContent).toMatch(/Điểm trong bảng chấm điểm đã thay đổi/);

    await generate();
    expect(screen.queryByTestId('stale')).toBeNull();
  });

  it('the sheet read again unchanged: still current', async () => {
    await renderPane();
    await generate();
    fireEvent.click(await idleButton('Kiểm tra'));
    await screen.findByText('Không có lỗi hay cảnh báo nào. Bảng chấm điểm đã sẵn sàng để xếp hạng.');
    expect(screen.getByRole('region', { name: 'Đã tạo bảng xếp hạng' })).toBeTruthy();
    expect(screen.queryByTestId('stale')).toBeNull();
  });
});

it('a refused generate puts the focus on the message saying why', async () => {
  await renderPane({ sheets: [{ name: SHEET, grid: edit(standardSheet(), { E10: 3.5 }) }] });
  const generateButton = await idleButton('Tạo bảng xếp hạng');
  generateButton.focus();
  fireEvent.click(generateButton);
  const message = await screen.findByTestId('generate-blocked');
  expect(message.textContent).toMatch(/^Chưa tạo bảng: bảng chấm điểm còn 1 lỗi/);
  await waitFor(() => expect(document.activeElement).toBe(message));
});

describe('before writing, and removing what was written', () => {
  it('says which sheets it will add and that Ctrl+Z cannot undo it; without a removal in the port, how to delete them by hand', async () => {
    await renderWith(new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }]));
    const note = screen.getByTestId('write-note').textContent ?? '';
    expect(note).toMatch(/^“Tạo bảng xếp hạng” sẽ thêm 4 trang tính vào sổ tính \(Xếp hạng chung, Xếp hạng lĩnh vực, Thống kê, Kết quả từng đơn vị\)/);
    expect(note).toMatch(/không hoàn tác được bằng Ctrl\+Z/);
    expect(note).toMatch(/bấm chuột phải vào tên trang/);
    expect(screen.queryByRole('button', { name: 'Xoá các bảng kết quả' })).toBeNull();
    await generate();
    expect(screen.queryByTestId('write-note')).toBeNull();
  });

});

describe('the appendix heading before generating', () => {
  it('shows what the sheet’s title gives in its field, editable, and names what will print as dots', async () => {
    await renderPane({ sheets: [{ name: SHEET, grid: edit(standardSheet(), { A2: 'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021 CỦA UBND CÁC XÃ' }) }] });
    const missing = () => screen.getByTestId('heading-missing').textContent ?? '';
    expect(missing()).toMatch(/^Tiêu đề phụ lục còn để trống: Số quyết định, Ngày quyết định/);
    expect(missing()).not.toMatch(/Cơ quan ban hành|Năm đánh giá|Đối tượng xếp hạng/);
    await openOptions();
    const body = screen.getByRole('textbox', { name: 'Cơ quan ban hành' }) as HTMLInputElement;
    expect(body.value).toBe('UBND HUYỆN MẪU');
    expect(screen.getByText('Lấy từ tiêu đề của bảng chấm điểm (ô A1); sửa nếu cần.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Năm đánh giá' }) as HTMLInputElement).value).toBe('2021');
    expect((screen.getByRole('textbox', { name: 'Đối tượng xếp hạng' }) as HTMLInputElement).value).toBe('UBND CÁC XÃ');

    fireEvent.change(body, { target: { value: 'UBND HUYỆN THANH TRÌ' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Số quyết định' }), { target: { value: '99/QĐ-UBND' } });
    await waitFor(() => expect(missing()).toMatch(/^Tiêu đề phụ lục còn để trống: Ngày quyết định/));
    expect(body.value).toBe('UBND HUYỆN THANH TRÌ');
  });
});

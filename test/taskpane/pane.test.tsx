/** @jest-environment jsdom */
/**
 * The task pane over an in-memory workbook: a sheet in, what the reviewer sees and what is
 * written out.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { edit, standardSheet } from '../helpers/grid';
import { headerOnlySheet, notesSheet } from '../usecase/fixtures';
import { renderPane, SHEET, idleButton } from './render-pane';

const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('choosing the scoring sheet', () => {
  it('uses the active sheet when it has the standard header, and shows what it found', async () => {
    await renderPane();
    expect(screen.getByText('Dùng trang tính đang mở.')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: /Trang tính chứa bảng chấm điểm/ }) as HTMLSelectElement).value).toBe(SHEET);
    const found = screen.getByRole('region', { name: 'Đã tìm thấy' });
    const pairs = within(found).getAllByRole('definition').map((dd) => `${dd.previousElementSibling?.textContent}=${dd.textContent}`);
    expect(pairs).toEqual(['Đơn vị=3', 'Lĩnh vực=2', 'Tiêu chí=6', 'Tổng điểm tối đa=10']);
  });

  it('chooses the sheet with the scoring table when the active one is not, and lists scoring sheets first', async () => {
    const { workbook } = await renderPane({
      sheets: [{ name: 'Ghi chú', grid: notesSheet() }, { name: 'Mẫu trống', grid: headerOnlySheet() }, { name: SHEET, grid: standardSheet() }],
      active: 'Ghi chú',
    });
    expect(screen.getByText('Trang tính đang mở không phải bảng chấm điểm, nên đã chọn trang tính có bảng chấm điểm.')).toBeTruthy();
    const select = screen.getByRole('combobox', { name: /Trang tính chứa bảng chấm điểm/ }) as HTMLSelectElement;
    expect(select.value).toBe(SHEET);
    const listed = [...select.querySelectorAll('optgroup')].map((g) => `${g.label}: ${[...g.querySelectorAll('option')].map((o) => o.value).join(', ')}`);
    expect(listed).toEqual([
      `Bảng chấm điểm: ${SHEET}`,
      'Có dòng tiêu đề STT nhưng chưa đủ cột: Mẫu trống',
      'Trang tính khác: Ghi chú',
    ]);
    expect(workbook.reads).toContain(SHEET);
    expect(screen.getByRole('region', { name: 'Đã tìm thấy' })).toBeTruthy();
  });

  it('with only a broken scoring sheet: selects it, checks it and shows what is missing', async () => {
    await renderPane({
      sheets: [{ name: 'Ghi chú', grid: notesSheet() }, { name: 'Mẫu trống', grid: headerOnlySheet() }],
      active: 'Ghi chú',
    });
    expect((screen.getByRole('combobox', { name: /Trang tính chứa bảng chấm điểm/ }) as HTMLSelectElement).value).toBe('Mẫu trống');
    expect(screen.getByText(/Chưa trang tính nào có đủ dòng tiêu đề STT, cột Điểm tối đa và cột đơn vị/)).toBeTruthy();
    expect(screen.getByText(/Chưa tính được điểm: bảng còn 1 lỗi/)).toBeTruthy();
    const errors = screen.getByRole('group', { name: /^Lỗi \(1\)/ });
    expect(within(errors).getByRole('button').textContent).toMatch(/^A1:/);
  });

  it('opens on the sheet saved last time when the active sheet is not a scoring sheet', async () => {
    await renderPane({
      sheets: [{ name: 'Ghi chú', grid: notesSheet() }, { name: 'Khối xã', grid: standardSheet() }, { name: 'Khối phòng', grid: standardSheet() }],
      active: 'Ghi chú',
      settings: { version: 1, sheet: 'Khối phòng', options: {} },
    });
    expect((screen.getByRole('combobox', { name: /Trang tính chứa bảng chấm điểm/ }) as HTMLSelectElement).value).toBe('Khối phòng');
    expect(screen.getByText('Dùng trang tính đã chọn lần trước (lưu trong sổ tính).')).toBeTruthy();
  });

  it('never offers hidden sheets or result sheets it wrote', async () => {
    const { workbook } = await renderPane({
      sheets: [{ name: SHEET, grid: standardSheet() }, { name: 'Ẩn', grid: standardSheet(), visible: false }],
    });
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Đã tạo bảng xếp hạng');
    fireEvent.click(button('Tải lại danh sách trang tính'));
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Trang tính chứa bảng chấm điểm/ })).toBeTruthy());
    await waitFor(() => expect(workbook.sheets.length).toBeGreaterThan(2));
    const options = [...(screen.getByRole('combobox', { name: /Trang tính chứa bảng chấm điểm/ }) as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual([SHEET]);
  });
});

describe('Kiểm tra (check)', () => {
  it('shows errors and warnings grouped; a finding selects its cell', async () => {
    // E10: 3.5 above the max 3 of criterion 2.1 (error); D5 "2" typed as text (warning).
    const sheet = edit(standardSheet(), { E10: 3.5, E9: '', E12: '', D5: '2,0' });
    const { workbook } = await renderPane({ sheets: [{ name: SHEET, grid: sheet }] });
    fireEvent.click(button('Kiểm tra'));
    const errors = await screen.findByRole('group', { name: 'Lỗi (1): phải sửa trước khi xếp hạng' });
    const warnings = screen.getByRole('group', { name: 'Cảnh báo (1)' });
    const errorButton = within(errors).getByRole('button');
    expect(errorButton.textContent).toBe('E10:Xã Bình: 3,5 vượt điểm tối đa 3 của tiêu chí 2.1 (Ban hành văn bản). Hãy nhập điểm từ 0 đến 3.');
    expect(within(warnings).getByRole('button').textContent).toMatch(/^D5:/);

    fireEvent.click(errorButton);
    await waitFor(() => expect(workbook.selections).toEqual([`${SHEET}!E10`]));
  });

  it('reads the sheet again, so a corrected cell disappears from the list', async () => {
    const { workbook } = await renderPane({ sheets: [{ name: SHEET, grid: edit(standardSheet(), { D11: -1 }) }] });
    fireEvent.click(button('Kiểm tra'));
    await screen.findByRole('group', { name: /^Lỗi \(1\)/ });
    workbook.edit(SHEET, standardSheet());
    fireEvent.click(await idleButton('Kiểm tra'));
    await screen.findByText('Không có lỗi hay cảnh báo nào. Bảng chấm điểm đã sẵn sàng để xếp hạng.');
  });
});

describe('Tạo bảng xếp hạng (generate)', () => {
  it('writes the plan and shows the top units, the grades and links to the sheets', async () => {
    const { workbook } = await renderPane();
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    const summary = await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(workbook.applied).toHaveLength(1);
    expect(document.activeElement).toBe(summary);
    const top = within(summary).getAllByRole('list')[0];
    expect(within(top).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Hạng 1: Xã Cường, 9,50 điểm (95,00%)',
      'Hạng 2: Xã An, 8,75 điểm (87,50%)',
      'Hạng 3: Xã Bình, 8,50 điểm (85,00%)',
    ]);
    const grades = within(summary).getAllByRole('list')[1];
    expect(within(grades).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Xuất sắc: 1', 'Tốt: 2', 'Khá: 0', 'Trung bình: 0', 'Yếu: 0',
    ]);
    const written = workbook.applied[0].sheets.map((s) => s.name);
    fireEvent.click(within(summary).getByRole('button', { name: `Mở trang “${written[0]}”` }));
    await waitFor(() => expect(workbook.selections).toEqual([`${written[0]}!A1`]));
  });

  it('shows a progress bar that says what is being done, and disables the buttons meanwhile', async () => {
    const { workbook } = await renderPane();
    let open = () => undefined as void;
    workbook.gate = new Promise<void>((resolve) => (open = resolve));
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Đang chuẩn bị các trang kết quả mới');
    expect(Number(screen.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeCloseTo(0.28);
    expect((button('Đang tạo bảng xếp hạng…') as HTMLButtonElement).disabled).toBe(true);
    expect((button('Kiểm tra') as HTMLButtonElement).disabled).toBe(true);
    open();
    await screen.findByText('Đã tạo bảng xếp hạng');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((button('Kiểm tra') as HTMLButtonElement).disabled).toBe(false);
  });

  it('reads the sheet again before generating', async () => {
    const { workbook } = await renderPane();
    // Xã Bình gets full marks after the pane was opened.
    workbook.edit(SHEET, edit(standardSheet(), { E4: 6, E5: 2, E6: 4, E7: 1.5, E8: 2.5, E9: 4, E10: 3, E11: 1, E12: 10 }));
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    const summary = await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(within(summary).getAllByRole('listitem')[0].textContent).toBe('Hạng 1: Xã Bình, 10,00 điểm (100,00%)');
  });

  it('writes nothing while the sheet has errors, and lists them', async () => {
    const { workbook } = await renderPane({ sheets: [{ name: SHEET, grid: edit(standardSheet(), { F5: 'hai' }) }] });
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText(/Chưa tạo bảng: bảng chấm điểm còn 1 lỗi/);
    expect(workbook.applied).toHaveLength(0);
    expect(screen.getByRole('button', { name: /^F5:/ })).toBeTruthy();
  });

  it('says so when a sheet of the user had the wanted name', async () => {
    const userSheet = { sheetName: 'Xếp hạng chung', values: [['my own notes']] };
    const { workbook } = await renderPane({ sheets: [{ name: SHEET, grid: standardSheet() }, { name: 'Xếp hạng chung', grid: userSheet }] });
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText(
      'Sổ tính đã có trang “Xếp hạng chung” do người dùng tạo, nên kết quả được ghi vào trang “Xếp hạng chung (2)”. Trang của bạn không bị thay đổi.',
    );
    expect(workbook.sheets.find((s) => s.name === 'Xếp hạng chung')?.grid.values).toEqual([['my own notes']]);
  });

  it('replaces its own sheets on a second run', async () => {
    const { workbook } = await renderPane();
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Đã tạo bảng xếp hạng');
    const count = workbook.sheets.length;
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Bảng kết quả của lần chạy trước đã được thay bằng bảng mới.');
    expect(workbook.sheets).toHaveLength(count);
  });
});

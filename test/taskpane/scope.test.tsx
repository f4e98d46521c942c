/** @jest-environment jsdom */
/**
 * What the pane scores: the whole workbook or one sheet, read by whichever reader fits, the layout
 * recognised said in a line, or stated by the reviewer when detection cannot find it; and the
 * sheets read only as needed.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CellValue, SheetGrid } from '../../src/engine/grid';
import { openXlsx } from '../../src/workbook/xlsx';
import { edit, grid, standardSheet } from '../helpers/grid';
import { layoutInput } from '../layouts/expected';
import { notesSheet } from '../usecase/fixtures';
import { DIALOG_WAIT, idleButton, renderPane, SHEET } from './render-pane';

const picker = () => screen.getByRole('combobox', { name: /Trang tính chứa bảng chấm điểm/ }) as HTMLSelectElement;
const found = () => screen.getByRole('region', { name: 'Đã tìm thấy' });
const figures = () =>
  within(found()).getAllByRole('definition').map((dd) => `${dd.previousElementSibling?.textContent}=${dd.textContent}`);
const layoutLines = () => within(within(found()).getByTestId('layouts')).getAllByRole('listitem').map((li) => li.textContent);

/** Every sheet of a fixture workbook of test/fixtures/layouts, as the pane's workbook holds them. */
async function fixtureSheets(name: string): Promise<{ name: string; grid: SheetGrid }[]> {
  const file = await openXlsx(layoutInput(name));
  const sheets = await file.listSheets();
  return Promise.all(sheets.map(async (s) => ({ name: s.name, grid: await file.readSheet(s.name) })));
}

/** A standard sheet of the offices ("Khối phòng"): its own criteria and units. */
const phong = (): SheetGrid => grid([
  ['STT', 'Nội dung', 'Điểm tối đa', 'Phòng Nội vụ', 'Phòng Tư pháp'],
  ['I', 'Chỉ đạo', 4, 3.5, 4],
  ['1.1', 'Kế hoạch', 4, 3.5, 4],
  ['', 'Tổng cộng', 4, 3.5, 4],
], 'Khối phòng');

const twoGroups = () => [
  { name: 'Ghi chú', grid: notesSheet() },
  { name: 'Khối phòng', grid: phong() },
  { name: 'Khối xã', grid: standardSheet() },
];

/** The standard sheet with its header on row 35: below where detection looks, found only when stated. */
function lateSheet(): SheetGrid {
  const rows: CellValue[][] = Array.from({ length: 34 }, () => []);
  rows.push(...standardSheet().values.slice(2).map((r) => [...r]));
  return grid(rows, SHEET);
}

describe('detection that explains itself', () => {
  it('a units-as-rows summary: scored, and the line says which layout was recognised where', async () => {
    const sheets = await fixtureSheets('units-as-rows-max-row');
    await renderPane({ sheets });
    const summary = sheets[0].name;
    expect(picker().value).toBe(summary);
    expect(picker().selectedOptions[0].textContent).toBe(`${summary} (đơn vị theo hàng)`);
    expect(within(found()).getByTestId('layouts').textContent).toMatch(/^Bố cục nhận ra:/);
    expect(layoutLines()).toEqual([`Đơn vị theo hàng · sheet ${summary} · dòng tiêu đề 4 · dòng điểm tối đa 5 · 5 đơn vị · 3 lĩnh vực`]);
    expect(figures()).toEqual(expect.arrayContaining(['Đơn vị=5', 'Lĩnh vực=3', 'Tổng điểm tối đa=20']));
  });

  it('in English too', async () => {
    const sheets = await fixtureSheets('units-as-rows-max-row');
    await renderPane({ sheets, lang: 'en' });
    const region = screen.getByRole('region', { name: 'Found' });
    expect(within(region).getByTestId('layouts').textContent).toBe(
      `Layout recognised:Units as rows · sheet ${sheets[0].name} · header row 4 · max row 5 · 5 units · 3 components`,
    );
  });

  it('a sheet with the same units as an earlier one is said to be left out, and why', async () => {
    await renderPane({ sheets: [{ name: '2023', grid: standardSheet() }, { name: '2022', grid: standardSheet() }], active: '2023' });
    expect(picker().value).toBe('2023');
    fireEvent.change(picker(), { target: { value: '*' } });
    await waitFor(() => expect(within(found()).getByTestId('left-out').textContent).toBe('Sheet 2022 có cùng đơn vị với sheet 2023 nên không chấm.'));
    expect(layoutLines()).toEqual(['Tiêu chí theo hàng, đơn vị theo cột · sheet 2023 · dòng tiêu đề 3 · 3 đơn vị · 2 lĩnh vực']);
  });
});

describe('several ranking groups', () => {
  it('the whole workbook is chosen, both groups listed, and generating writes both groups’ tables', async () => {
    const { workbook, settings } = await renderPane({ sheets: twoGroups(), active: 'Ghi chú' });
    expect(picker().value).toBe('*');
    expect(picker().selectedOptions[0].textContent).toBe('Cả bảng tính');
    expect(screen.getByText(/^Bảng tính có 2 bảng chấm điểm nên chấm cả bảng tính/)).toBeTruthy();
    expect(layoutLines()).toEqual([
      'Tiêu chí theo hàng, đơn vị theo cột · sheet Khối phòng · dòng tiêu đề 1 · 2 đơn vị · 1 lĩnh vực',
      'Tiêu chí theo hàng, đơn vị theo cột · sheet Khối xã · dòng tiêu đề 3 · 3 đơn vị · 2 lĩnh vực',
    ]);
    const groups = within(found()).getByRole('list', { name: 'Các khối xếp hạng' });
    expect(within(groups).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Khối phòng: 2 đơn vị, 1 lĩnh vực, tổng điểm tối đa 4',
      'Khối xã: 3 đơn vị, 2 lĩnh vực, tổng điểm tối đa 10',
    ]);

    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    const summary = await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(workbook.applied).toHaveLength(1);
    const keys = workbook.applied[0].sheets.map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(['overall', 'components', 'overall-2', 'components-2']));
    expect(within(summary).getByText('5 đơn vị được xếp hạng trong 2 khối, mỗi khối có bảng riêng:')).toBeTruthy();
    const written = within(within(summary).getByTestId('written-groups')).getAllByRole('listitem').map((li) => li.textContent);
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^Khối phòng: Xếp hạng chung \(I\), /);
    expect(written[1]).toMatch(/^Khối xã: Xếp hạng chung \(II\), /);
    const xa = within(summary).getByRole('region', { name: 'Khối xã' });
    expect(within(xa).getAllByRole('listitem')[0].textContent).toBe('Hạng 1: Xã Cường, 9,50 điểm (95,00%)');
    const phongPart = within(summary).getByRole('region', { name: 'Khối phòng' });
    expect(within(phongPart).getAllByRole('listitem')[0].textContent).toBe('Hạng 1: Phòng Tư pháp, 4,00 điểm (100,00%)');
    // The scope is remembered as the whole workbook.
    expect((settings.saved as { sheet?: string }).sheet).toBe('*');

    fireEvent.click(within(xa).getByRole('button', { name: 'Mở trang “Xếp hạng chung (II)”' }));
    await waitFor(() => expect(workbook.selections).toEqual(['Xếp hạng chung (II)!A1']));
  });

  it('one sheet picked instead: only it is scored and written, and the choice comes back next time', async () => {
    const { workbook, settings, view } = await renderPane({ sheets: twoGroups(), active: 'Ghi chú' });
    fireEvent.change(picker(), { target: { value: 'Khối xã' } });
    await waitFor(() => expect(figures()).toEqual(['Đơn vị=3', 'Lĩnh vực=2', 'Tiêu chí=6', 'Tổng điểm tối đa=10']));
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(workbook.applied[0].sheets.map((s) => s.key)).not.toContain('overall-2');
    expect((settings.saved as { sheet?: string }).sheet).toBe('Khối xã');

    view.unmount();
    await renderPane({ sheets: twoGroups(), active: 'Ghi chú', settings: { version: 1, sheet: '*', options: {} } });
    expect(picker().value).toBe('*');
    expect(screen.getByText('Chấm cả bảng tính như đã chọn lần trước (lưu trong sổ tính).')).toBeTruthy();
  });

  it('findings of several sheets name their sheet', async () => {
    const sheets = twoGroups();
    // Phòng Tư pháp: 5 of 4 for criterion 1.1.
    sheets[1].grid = edit(phong(), { E2: 5, E3: 5, E4: 5 });
    await renderPane({ sheets, active: 'Ghi chú' });
    const errors = await screen.findByRole('group', { name: /^Lỗi/ });
    expect(within(errors).getAllByRole('button').map((b) => b.textContent?.split(':')[0])).toContain('Khối phòng!E3');
    const groups = within(found()).getByRole('list', { name: 'Các khối xếp hạng' });
    expect(within(groups).getAllByRole('listitem')[0].textContent).toMatch(/^Khối phòng: 2 đơn vị, chưa tính được điểm \(\d+ lỗi\)$/);
  });
});

describe('the sheets read', () => {
  it('each sheet read once to choose; generating reads only the sheets it scores', async () => {
    const { workbook } = await renderPane({ sheets: twoGroups(), active: 'Ghi chú' });
    expect(workbook.batches).toEqual([['Ghi chú', 'Khối phòng', 'Khối xã']]);
    expect(workbook.reads).toEqual(['Ghi chú', 'Khối phòng', 'Khối xã']);
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(workbook.batches).toEqual([['Ghi chú', 'Khối phòng', 'Khối xã'], ['Khối phòng', 'Khối xã']]);
  });

  it('a sheet picked is read alone, and so are checking and generating it', async () => {
    const { workbook } = await renderPane({ sheets: twoGroups(), active: 'Ghi chú' });
    fireEvent.change(picker(), { target: { value: 'Khối phòng' } });
    await waitFor(() => expect(figures()[0]).toBe('Đơn vị=2'));
    fireEvent.click(await idleButton('Kiểm tra'));
    await screen.findByText(/Không có lỗi hay cảnh báo nào/);
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(workbook.batches.slice(1)).toEqual([['Khối phòng'], ['Khối phòng'], ['Khối phòng']]);
  });
});

describe('a stated layout', () => {
  const STATED = { kind: 'criteria-as-rows', headerRow: 34 };

  it('a header below row 30 is not found by detection', async () => {
    const { workbook } = await renderPane({ sheets: [{ name: SHEET, grid: lateSheet() }] });
    expect(picker().value).toBe('');
    expect(screen.getByText(/^Không nhận ra bảng chấm điểm nào/)).toBeTruthy();
    expect(workbook.batches).toEqual([[SHEET]]);
  });

  it('saved in the settings: the sheet is read with it, scored, said so, and generated', async () => {
    const { workbook, settings } = await renderPane({
      sheets: [{ name: SHEET, grid: lateSheet() }], settings: { version: 1, options: { stated: STATED } },
    });
    expect(picker().value).toBe(SHEET);
    expect(within(found()).getByTestId('layouts').textContent).toBe(
      `Bố cục đã khai báo:Tiêu chí theo hàng, đơn vị theo cột · sheet ${SHEET} · dòng tiêu đề 35 · 3 đơn vị · 2 lĩnh vực`,
    );
    expect(figures()).toEqual(['Đơn vị=3', 'Lĩnh vực=2', 'Tiêu chí=6', 'Tổng điểm tối đa=10']);
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(workbook.applied).toHaveLength(1);
    expect((settings.saved as { options: { stated?: unknown } }).options.stated).toEqual(STATED);
  });

  it('a saved layout that makes no sense is ignored, with the note, and detection used', async () => {
    await renderPane({ sheets: [{ name: SHEET, grid: standardSheet() }], settings: { version: 1, options: { stated: { kind: 'criteria-as-rows', headerRow: -2 } } } });
    expect(figures()[0]).toBe('Đơn vị=3');
    expect(within(found()).getByTestId('layouts').textContent).toMatch(/^Bố cục nhận ra:/);
    fireEvent.click(screen.getByRole('button', { name: 'Tùy chọn' }));
    expect(await screen.findByText(/không đọc được nên đã dùng mặc định/)).toBeTruthy();
  });

  it('stated in the form by the sheet’s own rows and columns, applied, saved, and cleared back to detection', async () => {
    const { settings, workbook } = await renderPane({ sheets: [{ name: SHEET, grid: lateSheet() }, { name: 'Ghi chú', grid: notesSheet() }] });
    fireEvent.change(picker(), { target: { value: SHEET } });
    await screen.findByText(/Chưa tính được điểm/);
    fireEvent.click(screen.getByRole('button', { name: 'Tùy chọn' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Khai báo bố cục bảng' }));
    expect(screen.getByText('Bố cục được tự nhận ra.')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kiểu bảng' }), { target: { value: 'criteria-as-rows' } });
    expect(screen.getByText(`Các dòng, cột dưới đây lấy từ trang “${SHEET}”.`)).toBeTruthy();

    const header = screen.getByRole('combobox', { name: /^Dòng tiêu đề/ }) as HTMLSelectElement;
    const row35 = [...header.options].find((o) => o.textContent?.startsWith('Dòng 35:'));
    expect(row35?.textContent).toBe('Dòng 35: STT | Nội dung | Điểm tối đa | Xã An');
    fireEvent.change(header, { target: { value: row35?.value } });
    const maxColumn = screen.getByRole('combobox', { name: 'Cột điểm tối đa' }) as HTMLSelectElement;
    expect([...maxColumn.options].map((o) => o.textContent)).toEqual([
      '(tự nhận)', 'Cột A: STT', 'Cột B: Nội dung', 'Cột C: Điểm tối đa', 'Cột D: Xã An', 'Cột E: Xã Bình', 'Cột F: Xã Cường', 'Cột G: Ghi chú',
    ]);
    fireEvent.change(maxColumn, { target: { value: '2' } });
    const units = screen.getByRole('group', { name: 'Các cột đơn vị' });
    expect(within(units).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Cột D: Xã An', 'Cột E: Xã Bình', 'Cột F: Xã Cường', 'Cột G: Ghi chú',
    ]);
    fireEvent.click(within(units).getByRole('checkbox', { name: 'Cột D: Xã An' }));
    fireEvent.click(within(units).getByRole('checkbox', { name: 'Cột E: Xã Bình' }));

    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng bố cục' }));
    await waitFor(() => expect(figures()[0]).toBe('Đơn vị=2'));
    expect(screen.getByText('Đang dùng bố cục đã khai báo: tiêu chí theo hàng, đơn vị theo cột.')).toBeTruthy();
    expect(layoutLines()).toEqual([`Tiêu chí theo hàng, đơn vị theo cột · sheet ${SHEET} · dòng tiêu đề 35 · 2 đơn vị · 2 lĩnh vực`]);

    fireEvent.click(await idleButton('Lưu tùy chọn vào sổ tính'));
    await screen.findByText(/Đã lưu tùy chọn vào sổ tính/);
    expect(settings.saved).toEqual(expect.objectContaining({
      sheet: SHEET,
      options: expect.objectContaining({ stated: { kind: 'criteria-as-rows', headerRow: 34, maxColumn: 2, unitColumns: [3, 4] } }),
    }));

    const reads = workbook.batches.length;
    fireEvent.click(await idleButton('Bỏ khai báo, tự nhận bố cục'));
    await screen.findByText('Bố cục được tự nhận ra.');
    await screen.findByText(/Chưa tính được điểm/);
    expect(picker().value).toBe(SHEET);
    // Read again, every sheet once, to choose with detection.
    expect(workbook.batches.slice(reads)).toEqual([[SHEET, 'Ghi chú']]);
  });

  it('restoring the defaults clears it too', async () => {
    await renderPane({ sheets: [{ name: SHEET, grid: lateSheet() }], settings: { version: 1, options: { stated: STATED } } });
    expect(figures()[0]).toBe('Đơn vị=3');
    fireEvent.click(screen.getByRole('button', { name: 'Tùy chọn' }));
    fireEvent.click(await idleButton('Khôi phục mặc định'));
    // Asked first: restoring wipes every option.
    const dialog = await screen.findByRole('alertdialog', { name: 'Khôi phục tùy chọn mặc định?' }, DIALOG_WAIT);
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Khôi phục mặc định' }));
    await screen.findByText(/^Chưa tính được điểm/);
    expect(screen.queryByText(/^Đơn vị$/)).toBeNull();
    expect(screen.getByRole('button', { name: /^A1: Không nhận ra bảng chấm điểm nào/ })).toBeTruthy();
  });
});

/** @jest-environment jsdom */
/** Options: loaded from the workbook's settings on start, used for scoring, saved back. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ScoreOptions } from '../../src/engine/types';
import { defaultEngine, type EngineApi } from '../../src/usecase';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { standardSheet } from '../helpers/grid';
import { MemoryWorkbook } from '../usecase/memory-workbook';
import { renderPane, SHEET, idleButton } from './render-pane';

const button = (name: string | RegExp) => screen.getByRole('button', { name });

async function openOptions(): Promise<void> {
  fireEvent.click(button('Tùy chọn'));
  await screen.findByRole('radiogroup', { name: 'Cách xếp hạng' });
}

/** The engine, remembering the options of every scoreModel call. */
function spyEngine() {
  const calls: Partial<ScoreOptions>[] = [];
  const engine: EngineApi = {
    ...defaultEngine,
    scoreModel: (model, options) => {
      calls.push(options ?? {});
      return defaultEngine.scoreModel(model, options);
    },
  };
  return { engine, calls };
}

const saved = {
  version: 1,
  sheet: SHEET,
  options: {
    ranking: 'competition',
    notApplicable: 'exclude',
    gradeBands: [{ min: 95 }, { min: 85 }, { min: 70 }, { min: 50 }, { min: 0 }],
    decimals: 1,
    lang: 'en',
    decision: { issuingBody: 'UBND HUYỆN THANH TRÌ', number: '12/QĐ-UBND', year: 2021 },
  },
};

describe('options', () => {
  it('are loaded from the workbook on start and shown', async () => {
    await renderPane({ settings: saved });
    await openOptions();
    expect((screen.getByRole('radio', { name: /RANK\.EQ/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /Không tính tiêu chí/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Xuất sắc từ' }) as HTMLInputElement).value).toBe('95');
    expect((screen.getByRole('combobox', { name: /chữ số thập phân/ }) as HTMLSelectElement).value).toBe('1');
    expect((screen.getByRole('combobox', { name: 'Ngôn ngữ của bảng kết quả' }) as HTMLSelectElement).value).toBe('en');
    expect((screen.getByRole('textbox', { name: 'Cơ quan ban hành' }) as HTMLInputElement).value).toBe('UBND HUYỆN THANH TRÌ');
    expect((screen.getByRole('textbox', { name: 'Năm đánh giá' }) as HTMLInputElement).value).toBe('2021');
    expect(screen.getByText('Đã dùng tùy chọn lưu trong sổ tính.')).toBeTruthy();
  });

  it('are the ones the engine scores with', async () => {
    const { engine, calls } = spyEngine();
    await renderPane({ settings: saved, engine });
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Đã tạo bảng xếp hạng');
    const used = calls[calls.length - 1];
    expect(used.ranking).toBe('competition');
    expect(used.notApplicable).toBe('exclude');
    expect(used.decimals).toBe(1);
    expect(used.gradeBands?.map((b) => [b.name, b.min])).toEqual([['Xuất sắc', 95], ['Tốt', 85], ['Khá', 70], ['Trung bình', 50], ['Yếu', 0]]);
    expect(used.decision).toEqual({ issuingBody: 'UBND HUYỆN THANH TRÌ', number: '12/QĐ-UBND', year: 2021 });
  });

  it('re-score the sheet at once when changed, so the findings shown are never stale', async () => {
    const { engine, calls } = spyEngine();
    await renderPane({ engine });
    await openOptions();
    const before = calls.length;
    fireEvent.click(screen.getByRole('radio', { name: /Không tính tiêu chí/ }));
    await waitFor(() => expect(calls.length).toBeGreaterThan(before));
    expect(calls[calls.length - 1].notApplicable).toBe('exclude');
  });

  it('are saved in the workbook, and the next pane opens with them', async () => {
    const { settings, view } = await renderPane();
    await openOptions();
    fireEvent.click(screen.getByRole('radio', { name: /RANK\.EQ/ }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Tốt từ' }), { target: { value: '82,5' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Số quyết định' }), { target: { value: '99/QĐ-UBND' } });
    fireEvent.change(screen.getByRole('combobox', { name: /chữ số thập phân/ }), { target: { value: '3' } });
    fireEvent.click(button('Lưu tùy chọn vào sổ tính'));
    await screen.findByText(/Đã lưu tùy chọn vào sổ tính/);
    const stored = settings.saved as { version: number; sheet: string; options: Record<string, unknown> };
    expect(stored.version).toBe(1);
    expect(stored.sheet).toBe(SHEET);
    expect(stored.options.ranking).toBe('competition');
    expect(stored.options.decimals).toBe(3);
    expect((stored.options.gradeBands as { min: number }[]).map((b) => b.min)).toEqual([90, 82.5, 70, 50, 0]);
    expect(stored.options.decision).toEqual({ number: '99/QĐ-UBND' });

    view.unmount();
    await renderPane({ settings: stored });
    await openOptions();
    expect((screen.getByRole('radio', { name: /RANK\.EQ/ }) as HTMLInputElement).checked).toBe(true);
    // Shown in the pane's convention: a decimal comma in Vietnamese.
    expect((screen.getByRole('textbox', { name: 'Tốt từ' }) as HTMLInputElement).value).toBe('82,5');
  });

  it('grade minimums that do not decrease are refused with a message at the field, and not used', async () => {
    const { engine, calls } = spyEngine();
    await renderPane({ engine });
    await openOptions();
    const kha = screen.getByRole('textbox', { name: 'Khá từ' });
    fireEvent.change(kha, { target: { value: '85' } });
    expect(kha.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(kha.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Phải nhỏ hơn 80, mức của loại “Tốt”.');
    expect(screen.getByRole('alert').textContent).toBe('Xếp loại chưa hợp lệ nên chưa được dùng: bảng xếp hạng vẫn theo các mức hợp lệ gần nhất.');
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    await screen.findByText('Đã tạo bảng xếp hạng');
    expect(calls[calls.length - 1].gradeBands?.map((b) => b.min)).toEqual([90, 80, 70, 50, 0]);
  });

  it('each grade field explains its own problem', async () => {
    await renderPane();
    await openOptions();
    const message = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;
    const name2 = screen.getByRole('textbox', { name: 'Tên loại thứ 2' });
    fireEvent.change(name2, { target: { value: ' ' } });
    expect(message(name2)).toBe('Hãy nhập tên loại.');
    // The minimum's label follows the name; with no name it says which grade.
    expect(screen.getByRole('textbox', { name: 'Loại thứ 2 từ' })).toBeTruthy();
    const name3 = screen.getByRole('textbox', { name: 'Tên loại thứ 3' });
    fireEvent.change(name3, { target: { value: 'xuất sắc' } });
    expect(message(name3)).toBe('Trùng tên với loại thứ 1.');
    const min1 = screen.getByRole('textbox', { name: 'Xuất sắc từ' });
    fireEvent.change(min1, { target: { value: '101' } });
    expect(message(min1)).toBe('Mức phải từ 0 đến 100.');
    const min4 = screen.getByRole('textbox', { name: 'Trung bình từ' });
    fireEvent.change(min4, { target: { value: 'năm mươi' } });
    expect(message(min4)).toBe('Hãy nhập một số từ 0 đến 100, ví dụ 80.');
    fireEvent.change(min4, { target: { value: '70' } });
    expect(message(min4)).toBe('Phải nhỏ hơn 70, mức của loại “xuất sắc”.');
    // Fields that are right are not marked.
    expect(screen.getByRole('textbox', { name: 'Tên loại thứ 5' }).getAttribute('aria-invalid')).toBe('false');
  });

  it('a renamed grade is used in the summary and the tables, and saved', async () => {
    const { workbook, settings, view } = await renderPane();
    await openOptions();
    fireEvent.change(screen.getByRole('textbox', { name: 'Tên loại thứ 2' }), { target: { value: 'Hoàn thành tốt' } });
    expect(screen.getByRole('textbox', { name: 'Hoàn thành tốt từ' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
    const summary = await screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
    expect(within(summary).getByText('Hoàn thành tốt: 2')).toBeTruthy();
    const overall = workbook.sheets.find((s) => s.name === 'Xếp hạng chung')?.grid.values ?? [];
    expect(overall.find((r) => r[1] === 'Xã An')).toContain('Hoàn thành tốt');
    // Generating saves the options.
    const stored = settings.saved as { options: { gradeBands: { name: string }[] } };
    expect(stored.options.gradeBands.map((b) => b.name)).toEqual(['Xuất sắc', 'Hoàn thành tốt', 'Khá', 'Trung bình', 'Yếu']);

    view.unmount();
    await renderPane({ settings: settings.saved });
    await openOptions();
    expect((screen.getByRole('textbox', { name: 'Tên loại thứ 2' }) as HTMLInputElement).value).toBe('Hoàn thành tốt');
  });

  it('settings that cannot be read: defaults, a message, and the pane works', async () => {
    await renderPane({ settings: { version: 1, options: { ranking: 'alphabetical', decimals: 9 } } });
    await openOptions();
    expect(screen.getByText(/không đọc được nên đã dùng mặc định/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: /Liền hạng/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('a settings store that throws: explained, defaults used, the sheet still found', async () => {
    const failing = {
      load: async (): Promise<Record<string, unknown> | undefined> => {
        throw new Error('Settings unavailable');
      },
      save: async () => undefined,
    };
    render(<TaskPane port={new MemoryWorkbook([{ name: SHEET, grid: standardSheet() }])} settings={failing} lang="vi" />);
    await screen.findByText('Không đọc được tùy chọn đã lưu');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Đã tìm thấy' })).toBeTruthy());
  });

  it('saving that fails is explained and the options stay in use', async () => {
    const { settings } = await renderPane();
    settings.failSave = new Error('Document is read-only');
    await openOptions();
    fireEvent.click(button('Lưu tùy chọn vào sổ tính'));
    await screen.findByText('Không lưu được tùy chọn vào sổ tính');
  });
});

describe('language', () => {
  it('English strings when the pane is English', async () => {
    await renderPane({ lang: 'en' });
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create ranking tables' })).toBeTruthy();
    expect(screen.getByText('Using the active sheet.')).toBeTruthy();
  });
});

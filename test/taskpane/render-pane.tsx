/** Renders the task pane over an in-memory workbook, the way the tests use it. */
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SheetGrid } from '../../src/engine/grid';
import type { Lang } from '../../src/engine/types';
import { defaultEngine, type EngineApi } from '../../src/usecase';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { standardSheet } from '../helpers/grid';
import { MemorySettings, MemoryWorkbook } from '../usecase/memory-workbook';

// CI machines are small and run suites side by side: give async UI updates time.
configure({ asyncUtilTimeout: 5000 });

export interface PaneSetup {
  sheets?: { name: string; grid: SheetGrid; visible?: boolean }[];
  active?: string;
  settings?: Record<string, unknown>;
  lang?: Lang;
  engine?: EngineApi;
}

export const SHEET = 'Chấm điểm';

export async function renderPane(setup: PaneSetup = {}) {
  const workbook = new MemoryWorkbook(setup.sheets ?? [{ name: SHEET, grid: standardSheet() }], setup.active);
  const settings = new MemorySettings(setup.settings);
  const view = render(
    <TaskPane port={workbook} settings={settings} lang={setup.lang ?? 'vi'} engine={setup.engine ?? defaultEngine} />,
  );
  // Loaded when the spinner is gone.
  await waitFor(() => expect(screen.queryByText(/Đang mở sổ tính|Opening the workbook/)).toBeNull());
  return { workbook, settings, view };
}

/** Waits until no action is running (the generate/check buttons are enabled again). */
export async function idle(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
}

/** A button once it is shown and enabled: after a run the pane is idle again only a moment after its result shows. */
export async function idleButton(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const b = screen.getByRole('button', { name });
    expect((b as HTMLButtonElement).disabled).toBe(false);
    return b;
  }, { timeout: 10_000 });
}

/** A Fluent dialog opens through its motion and Tabster's focus trap: slow on a loaded machine. */
export const DIALOG_WAIT = { timeout: 10_000 };

/** Presses a button of the confirmation dialog once it is open (and accessible: Fluent traps the focus in it first). */
export async function answer(dialogName: string, buttonName: string) {
  // Found by its title, not by role: under jsdom Tabster's trap may mark the open surface
  // aria-hidden (the tests check it is announced by role when it opens; the browser test runs axe).
  const title = await screen.findByText(dialogName, {}, DIALOG_WAIT);
  const dialog = title.closest('[role="alertdialog"]') as HTMLElement;
  expect(dialog).not.toBeNull();
  fireEvent.click(within(dialog).getByRole('button', { name: buttonName, hidden: true }));
  // Gone from the document, not only hidden: a trigger clicked while the dialog closes does not open it.
  await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull(), DIALOG_WAIT);
}

/** Presses "Tạo bảng xếp hạng" once it is enabled; the result's region once it shows. */
export async function generate() {
  fireEvent.click(await idleButton('Tạo bảng xếp hạng'));
  return screen.findByRole('region', { name: 'Đã tạo bảng xếp hạng' });
}

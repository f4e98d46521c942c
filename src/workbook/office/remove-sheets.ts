/**
 * Removing the result sheets this product wrote: the sheets its ownership marks point at (never a
 * user's sheet, whatever its name, and never a sheet read as input), and their marks. Two syncs:
 * one to inspect (sheets with their protection, marks, the workbook's structure protection), one
 * to remove. A protected structure or a protected result sheet refuses it before anything changed.
 * Each sheet is deleted before its mark, so a failure midway leaves at worst a stale mark (#REF!,
 * ignored by ownership.md), never a sheet of ours without its mark.
 */
import { WorkbookError } from '../port';
import { refuseIfProtected } from './apply-plan';
import { queueState, readState } from './inspect-workbook';
import type { ExcelRun } from './types';

export async function removeResultSheets(run: ExcelRun, inputIds: ReadonlySet<string>): Promise<string[]> {
  return run(async (context) => {
    const pending = queueState(context, true);
    await context.sync();
    const state = readState(pending);
    const marks = [...state.marks.values()].filter((m) => m.sheetId !== undefined && !inputIds.has(m.sheetId));
    const ids = [...new Set(marks.map((m) => m.sheetId as string))];
    if (ids.length === 0) return [];
    refuseIfProtected(state, ids);
    const leaving = state.sheets.filter((s) => ids.includes(s.id));
    if (!state.sheets.some((s) => s.visible && !ids.includes(s.id))) {
      throw new WorkbookError('write-failed', 'Every visible sheet is a result sheet: Excel keeps at least one visible sheet, so they were not removed.');
    }
    for (const sheet of leaving) {
      context.workbook.worksheets.getItem(sheet.id).delete();
      for (const m of marks) if (m.sheetId === sheet.id) context.workbook.names.getItem(m.name).delete();
    }
    await context.sync();
    return leaving.map((s) => s.name);
  });
}

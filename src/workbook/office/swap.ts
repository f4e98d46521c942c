/**
 * The swap that makes a write all-or-nothing (apply-plan.ts builds every result sheet under a
 * temporary name first), and the recovery after a failure at any step.
 *
 * The swap is a few statements queued after everything else of the write, so they go with its
 * last batch: each earlier result sheet of ours is deleted, then each new sheet gets its name, the
 * old sheet's position and visibility, then each mark is re-pointed at the new sheet (deleted and
 * added again), and the new sheet is activated where the old one was active. Excel runs a batch in
 * order and stops at the failing statement, so a failure anywhere leaves one of two states that
 * `recover` tells apart by reading the workbook again (one sync):
 *
 * - nothing of the swap ran (no old sheet deleted, no new sheet renamed): the new sheets are
 *   deleted, and the workbook is as it was (marks and charts were never touched);
 * - the swap ran in part: an old sheet may already be gone, so there is no going back; the rest
 *   of the swap is queued again from what the workbook now holds (one sync), and the whole result
 *   is written.
 *
 * Old sheets are deleted before marks are re-pointed: a failure between the two leaves a stale
 * mark (`#REF!`), which ownership.md says to ignore, never a sheet of ours without its mark.
 */
import { WorkbookError } from '../port';
import { describe } from './errors';
import { queueState, readState, type SheetInfo, type WorkbookState } from './inspect-workbook';
import { freeSheetName, ownedComment, sameSheetName } from './ownership';
import { chartName } from './render-extras';
import type { RequestBudget } from './request-budget';
import type { SheetTarget } from './targets';
import type { ExcelRun } from './types';

/** One target of the swap: the new sheet and what to do with the old one and the mark. */
export interface SwapItem {
  target: SheetTarget;
  /** The new sheet (built under `target.tempName`). */
  sheet: Excel.Worksheet;
  /** The name it gets (the target's, or a free one when recovering). */
  name: string;
  /** Delete the earlier sheet `target.replaceId` first. */
  deleteOld: boolean;
  /** The mark exists and must be deleted before it is added again. */
  markExists: boolean;
  /** The number of charts the plan puts on the sheet (listed in the mark's comment). */
  charts: number;
  /** Activate the new sheet: the old one was the active sheet. */
  activate: boolean;
}

/** Queues the swap; the caller syncs it (with the write's last batch, or on its own when recovering). */
export async function queueSwap(context: Excel.RequestContext, items: readonly SwapItem[], budget?: RequestBudget): Promise<void> {
  const reserve = async (): Promise<void> => {
    if (budget) await budget.reserve(256);
  };
  for (const item of items) {
    if (!item.deleteOld || !item.target.replaceId) continue;
    await reserve();
    context.workbook.worksheets.getItem(item.target.replaceId).delete();
  }
  // In ascending old position, so each new sheet lands where its old one was.
  const ordered = [...items].sort((a, b) => (a.target.position ?? Infinity) - (b.target.position ?? Infinity));
  for (const item of ordered) {
    await reserve();
    item.sheet.name = item.name;
    if (item.target.position !== undefined) item.sheet.position = item.target.position;
    if (item.target.visibility !== undefined && item.target.visibility !== 'Visible') item.sheet.visibility = item.target.visibility;
  }
  for (const item of items) {
    await reserve();
    if (item.markExists) context.workbook.names.getItem(item.target.markName).delete();
    const charts = Array.from({ length: item.charts }, (_, i) => chartName(item.target.key, i));
    const mark = context.workbook.names.add(item.target.markName, item.sheet.getRange('A1'), ownedComment(charts));
    mark.visible = false;
  }
  const active = items.find((i) => i.activate && (i.target.visibility ?? 'Visible') === 'Visible');
  if (active) {
    await reserve();
    active.sheet.activate();
  }
}

/** What a failed write leaves for `recover` to find. */
export interface WriteAttempt {
  targets: SheetTarget[];
  /** Ids of the new sheets, by key, where the sync that added them answered. */
  builtIds: Map<string, string>;
  /** Ids of the sheets there were before the write: a sheet not among them is one of ours. */
  existingIds: Set<string>;
  /** Plan charts per key (for the marks' comments). */
  charts: Map<string, number>;
  /** The active sheet's id before the write. */
  activeId?: string;
  /** The workbook calculates manually (recalculate after the write). */
  manual: boolean;
}

export type Recovery = 'nothing-to-undo' | 'rolled-back' | 'rolled-forward';

/**
 * After a failed write: reads the workbook and either deletes the new sheets (the swap had not
 * begun) or completes the swap (it had). Throws when that fails too.
 */
export async function recover(run: ExcelRun, attempt: WriteAttempt): Promise<Recovery> {
  return run(async (context) => {
    const pending = queueState(context);
    await context.sync();
    const state = readState(pending);
    const live = new Map(state.sheets.map((s) => [s.id, s]));
    // A new sheet by its id when the sync that added it answered, else (the write's only batch
    // failed) as the sheet that was not there before, under its temporary or its final name.
    const added = state.sheets.filter((s) => !attempt.existingIds.has(s.id));
    const built = attempt.targets.map((t) => {
      const id = attempt.builtIds.get(t.key);
      if (id !== undefined) return live.get(id);
      return added.find((s) => sameSheetName(s.name, t.tempName)) ?? added.find((s) => sameSheetName(s.name, t.name));
    });
    const begun =
      attempt.targets.some((t) => t.replaceId !== undefined && !live.has(t.replaceId)) ||
      attempt.targets.some((t, i) => built[i] !== undefined && !sameSheetName(built[i].name, t.tempName));
    if (!begun) {
      const doomed = built.filter((s): s is SheetInfo => s !== undefined);
      if (doomed.length === 0) return 'nothing-to-undo';
      for (const s of doomed) context.workbook.worksheets.getItem(s.id).delete();
      await context.sync();
      return 'rolled-back';
    }
    const missing = attempt.targets.filter((_, i) => built[i] === undefined);
    if (missing.length > 0) {
      throw new WorkbookError('write-failed', `The new result sheets ${missing.map((t) => `"${t.tempName}"`).join(', ')} are gone; the swap cannot be completed.`);
    }
    await queueSwap(context, rollForward(attempt, state, built as SheetInfo[], context));
    await context.sync();
    return 'rolled-forward';
  });
}

/** The rest of the swap, from what the workbook holds now. */
function rollForward(attempt: WriteAttempt, state: WorkbookState, built: SheetInfo[], context: Excel.RequestContext): SwapItem[] {
  const live = new Set(state.sheets.map((s) => s.id));
  const leaving = new Set(attempt.targets.map((t) => t.replaceId).filter((id): id is string => id !== undefined && live.has(id)));
  const ours = new Set(built.map((s) => s.id));
  const taken = state.sheets.filter((s) => !leaving.has(s.id) && !ours.has(s.id)).map((s) => s.name);
  return attempt.targets.map((target, i) => {
    const name = freeSheetName(target.name, taken);
    taken.push(name);
    return {
      target,
      sheet: context.workbook.worksheets.getItem(built[i].id),
      name,
      deleteOld: target.replaceId !== undefined && leaving.has(target.replaceId),
      markExists: state.marks.has(target.key),
      charts: attempt.charts.get(target.key) ?? 0,
      activate: target.replaceId !== undefined && target.replaceId === attempt.activeId,
    };
  });
}

/**
 * The error a failed write ends with: the original failure, and when undoing it failed too, that
 * as well, naming the sheets that may be left. The original stays the cause either way.
 */
export function undoFailed(original: unknown, undo: unknown, attempt: WriteAttempt): WorkbookError {
  const left = attempt.targets.map((t) => `"${t.tempName}"`).join(', ');
  return new WorkbookError(
    'write-failed',
    `Could not write the result sheets: ${describe(original)}. Undoing the partial write failed too (${describe(undo)}); ` +
      `sheets it may have left: ${left}.`,
    { cause: original },
  );
}

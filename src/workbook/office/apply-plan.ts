/**
 * Rendering a WritePlan so that it cannot half-fail, in a constant number of syncs:
 *   1. inspect: the sheets (with their protection), our ownership marks, the workbook's structure
 *      protection, the active sheet and the calculation mode. A protected workbook structure, or a
 *      protected sheet the write would replace, refuses the write here, before anything changed
 *      (`ProtectionError`);
 *   2. write: every result sheet is built as a new sheet under a temporary name ("CCHC đang ghi 1"):
 *      cells, styles, merges, sizes, frozen panes, page breaks, charts, then the print settings of
 *      every sheet; and last, in the same batch, the swap (swap.ts): the earlier result sheets of
 *      ours are deleted, the new ones take their names, positions and visibility, and the marks
 *      point at them. Calculation is suspended. Extra syncs happen only when the write would exceed
 *      the request limit, or when the host refuses a print setting (skipped, named in the report's
 *      printWarnings, and the settings after it and the swap sent again);
 *   3. only when the workbook calculates manually: Excel is asked to recalculate (report.recalculated).
 * A failure at any step leaves the workbook as it was (the new sheets are deleted) or, when the
 * swap had begun, with the whole result (the swap is completed): `recover` in swap.ts, one run.
 * User sheets are never changed, renamed or removed; the input sheets read through this adapter
 * are never replaced even if a mark points at them (see src/workbook/ownership.md).
 */
import type { SheetPlan, WritePlan } from '../../appendix/types';
import { ProtectionError, WorkbookError, type ApplyReport, type ProgressReport } from '../port';
import { queueState, readState, type WorkbookState } from './inspect-workbook';
import { checkBlock, writeCells } from './render-cells';
import { addBarChart, applyFreeze, applyPageBreaks, applyPrintItems, printItems, type PrintItem } from './render-extras';
import { applyLayout } from './render-style';
import { RequestBudget } from './request-budget';
import { queueSwap, recover, undoFailed, type SwapItem, type WriteAttempt } from './swap';
import { planTargets, type SheetTarget } from './targets';
import type { ExcelRun, IsSetSupported } from './types';

export interface ApplyDeps {
  run: ExcelRun;
  caps: IsSetSupported;
  maxRequestBytes: number;
  protectedIds: ReadonlySet<string>;
}

type Progress = (fraction: number, step: ProgressReport['step']) => void;

function checkPlan(plan: WritePlan): void {
  const keys = new Set<string>();
  for (const s of plan.sheets) {
    if (!s.key) throw new WorkbookError('write-failed', 'A plan sheet has no key.');
    if (keys.has(s.key)) throw new WorkbookError('write-failed', `Two plan sheets share the key "${s.key}".`);
    if (!s.name.trim() || s.name.length > 31 || /[:\\/?*[\]]/.test(s.name)) {
      throw new WorkbookError('write-failed', `Plan sheet "${s.key}" has no valid sheet name: "${s.name}".`);
    }
    s.blocks.forEach((b) => checkBlock(s.key, b));
    keys.add(s.key);
  }
}

/**
 * Refuses, before anything changed, a write the workbook's protection would stop halfway: a
 * protected structure (no sheet can be added or deleted), or a protected earlier result sheet
 * (protecting it says it must not change; it would be replaced by an unprotected one).
 */
export function refuseIfProtected(state: WorkbookState, replacedIds: readonly string[]): void {
  if (state.structureProtected) throw new ProtectionError(undefined);
  for (const id of replacedIds) {
    const sheet = state.sheets.find((s) => s.id === id);
    if (sheet?.protected) throw new ProtectionError(sheet.name);
  }
}

async function renderSheet(ws: Excel.Worksheet, plan: SheetPlan, deps: ApplyDeps, budget: RequestBudget, progress: (step: ProgressReport['step']) => void): Promise<void> {
  progress('write');
  await writeCells(ws, plan, budget);
  progress('format');
  await applyLayout(ws, plan, deps.caps, budget);
  await applyFreeze(ws, plan.freeze, budget);
  await applyPageBreaks(ws, plan.pageBreaks, deps.caps, budget);
  for (const [i, chart] of (plan.charts ?? []).entries()) await addBarChart(ws, plan.key, i, chart, budget);
}

/** The ids of the new sheets whose adding sync answered (an id not loaded yet is left out). */
function collectIds(attempt: WriteAttempt, sheets: Map<string, Excel.Worksheet>): void {
  for (const [key, ws] of sheets) {
    try {
      attempt.builtIds.set(key, ws.id);
    } catch {
      // Not loaded: the sync that added it failed; recovery finds the sheet by its temporary name.
    }
  }
}

function writtenSheets(targets: readonly SheetTarget[]): ApplyReport['sheets'] {
  return targets.map((t) => ({ key: t.key, name: t.name, renamed: t.name !== t.wanted, replaced: t.replaceId !== undefined }));
}

interface Written {
  report: ApplyReport;
  manual: boolean;
}

async function writeAll(context: Excel.RequestContext, deps: ApplyDeps, plan: WritePlan, report: Progress, onAttempt: (a: WriteAttempt) => void): Promise<Written> {
  report(0, 'read');
  const pending = queueState(context, true);
  await context.sync();
  const state = readState(pending);
  const targets = planTargets(plan, state, deps.protectedIds);
  refuseIfProtected(state, targets.flatMap((t) => (t.replaceId ? [t.replaceId] : [])));
  report(0.1, 'clear');

  const attempt: WriteAttempt = {
    targets,
    builtIds: new Map(),
    existingIds: new Set(state.sheets.map((s) => s.id)),
    charts: new Map(plan.sheets.map((s) => [s.key, s.charts?.length ?? 0])),
    activeId: state.activeId,
    manual: state.calculationMode === 'Manual',
  };
  const sheets = new Map<string, Excel.Worksheet>();
  onAttempt(attempt);
  try {
    const budget = new RequestBudget(context, deps.maxRequestBytes);
    for (const t of targets) {
      await budget.reserve(256);
      const ws = context.workbook.worksheets.add(t.tempName);
      ws.load('id');
      sheets.set(t.key, ws);
    }
    const print: PrintItem[] = [];
    for (const [i, sheetPlan] of plan.sheets.entries()) {
      const ws = sheets.get(sheetPlan.key);
      if (!ws) throw new WorkbookError('write-failed', `No worksheet was prepared for plan sheet "${sheetPlan.key}".`);
      await renderSheet(ws, sheetPlan, deps, budget, (step) => report(0.15 + (0.8 * (i + (step === 'format' ? 0.5 : 0))) / plan.sheets.length, step));
      print.push(...printItems(ws, targets[i].name, sheetPlan.print, deps.caps));
    }
    const swap: SwapItem[] = targets.map((t) => ({
      target: t,
      sheet: sheets.get(t.key) as Excel.Worksheet,
      name: t.name,
      deleteOld: t.replaceId !== undefined,
      markExists: t.markExists,
      charts: attempt.charts.get(t.key) ?? 0,
      activate: t.replaceId !== undefined && t.replaceId === state.activeId,
    }));
    // The print settings, then the swap, with the write's last batch; a refused print setting is
    // skipped, and what came after it (the swap too) is sent again.
    const printWarnings = await applyPrintItems(
      print,
      budget,
      () => new RequestBudget(context, deps.maxRequestBytes),
      (last) => queueSwap(context, swap, last),
    );
    report(1, 'done');
    return {
      manual: attempt.manual,
      report: {
        sheets: writtenSheets(targets),
        ...(printWarnings.length > 0 ? { printWarnings } : {}),
      },
    };
  } finally {
    collectIds(attempt, sheets);
  }
}

/**
 * Manual calculation: asks Excel to recalculate (as F9 does: every formula whose inputs changed,
 * so those that refer to the result sheets) in a sync of its own. The result is written whatever
 * this answers; a failure is reported as `recalculated: false`.
 */
async function recalculate(run: ExcelRun): Promise<boolean> {
  try {
    await run(async (context) => {
      context.workbook.application.calculate('Recalculate');
      await context.sync();
    });
    return true;
  } catch {
    // Reported to the caller as recalculated: false; the user can press F9.
    return false;
  }
}

export async function applyPlan(deps: ApplyDeps, plan: WritePlan, onProgress?: (p: ProgressReport) => void): Promise<ApplyReport> {
  checkPlan(plan);
  const report: Progress = (fraction, step) => onProgress?.({ fraction, step });
  let attempt: WriteAttempt | undefined;
  let written: Written;
  try {
    written = await deps.run((context) => writeAll(context, deps, plan, report, (a) => (attempt = a)));
  } catch (e) {
    // Refused or failed before anything changed (inspect, protection): nothing to undo.
    if (!attempt) throw e;
    let recovery;
    try {
      recovery = await recover(deps.run, attempt);
    } catch (undo) {
      throw undoFailed(e, undo, attempt);
    }
    if (recovery !== 'rolled-forward') throw e;
    // The swap had begun, so it was completed: the whole result is written.
    report(1, 'done');
    written = {
      manual: attempt.manual,
      report: { sheets: writtenSheets(attempt.targets) },
    };
  }
  if (!written.manual) return written.report;
  return { ...written.report, recalculated: await recalculate(deps.run) };
}

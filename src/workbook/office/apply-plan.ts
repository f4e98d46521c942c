/**
 * Rendering a WritePlan in a constant number of syncs:
 *   1. inspect: the sheets and our ownership marks;
 *   2. only when earlier result sheets are replaced: the charts on them (to delete);
 *   3. write: sheets added or cleared in place, marks (re)defined, every block, style, merge,
 *      width, height, freeze, print setting and chart; calculation suspended. Extra syncs happen
 *      only when the write would exceed the request limit (very large plans).
 * User sheets are never cleared, renamed or removed; the input sheets read through this adapter
 * are protected even if a mark points at them (see src/workbook/ownership.md).
 */
import type { SheetPlan, WritePlan } from '../../engine/plan/types';
import { WorkbookError, type ApplyReport, type ProgressReport } from '../port';
import { queueState, readState } from './inspect-workbook';
import { OWNED_NAME_COMMENT } from './ownership';
import { checkBlock, writeBlocks } from './render-blocks';
import { addBarChart, applyFreeze, applyPrint } from './render-extras';
import { applyLayout } from './render-style';
import { RequestBudget } from './request-budget';
import { planTargets, type SheetTarget } from './targets';
import type { ExcelRun, IsSetSupported } from './types';

export interface ApplyDeps {
  run: ExcelRun;
  caps: IsSetSupported;
  maxRequestBytes: number;
  protectedIds: ReadonlySet<string>;
}

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

/** Clears one of our earlier result sheets in place, so that formulas pointing at it survive. */
function clearOurSheet(ws: Excel.Worksheet, charts: Excel.ChartCollection | undefined): void {
  for (const chart of charts?.items ?? []) chart.delete();
  const all = ws.getRange();
  all.clear('All');
  all.unmerge();
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  ws.freezePanes.unfreeze();
}

async function renderSheet(ws: Excel.Worksheet, plan: SheetPlan, deps: ApplyDeps, budget: RequestBudget, progress: (step: ProgressReport['step']) => void): Promise<void> {
  progress('write');
  await writeBlocks(ws, plan.blocks, budget);
  progress('format');
  await applyLayout(ws, plan, budget);
  await applyFreeze(ws, plan.freeze, budget);
  await applyPrint(ws, plan.print, deps.caps, budget);
  for (const [i, chart] of (plan.charts ?? []).entries()) await addBarChart(ws, plan.key, i, chart, budget);
}

export async function applyPlan(deps: ApplyDeps, plan: WritePlan, onProgress?: (p: ProgressReport) => void): Promise<ApplyReport> {
  checkPlan(plan);
  const report = (fraction: number, step: ProgressReport['step']): void => onProgress?.({ fraction, step });
  return deps.run(async (context) => {
    report(0, 'read');
    const pending = queueState(context);
    await context.sync();
    const targets = planTargets(plan, readState(pending), deps.protectedIds);
    report(0.1, 'clear');

    const sheets = new Map<string, Excel.Worksheet>();
    const charts = new Map<string, Excel.ChartCollection>();
    for (const t of targets) {
      if (!t.replaceId) continue;
      const ws = context.workbook.worksheets.getItem(t.replaceId);
      sheets.set(t.key, ws);
      charts.set(t.key, ws.charts.load('items/name'));
    }
    if (charts.size > 0) await context.sync();

    const budget = new RequestBudget(context, deps.maxRequestBytes);
    for (const t of targets) await prepareTarget(context, t, sheets, charts, budget);

    for (const [i, sheetPlan] of plan.sheets.entries()) {
      const ws = sheets.get(sheetPlan.key);
      if (!ws) throw new WorkbookError('write-failed', `No worksheet was prepared for plan sheet "${sheetPlan.key}".`);
      await renderSheet(ws, sheetPlan, deps, budget, (step) => report(0.15 + (0.8 * (i + (step === 'format' ? 0.5 : 0))) / plan.sheets.length, step));
    }
    await budget.flush();
    report(1, 'done');
    return {
      sheets: targets.map((t: SheetTarget) => ({ key: t.key, name: t.name, renamed: t.name !== t.wanted, replaced: t.replaceId !== undefined })),
    };
  });
}

async function prepareTarget(
  context: Excel.RequestContext,
  t: SheetTarget,
  sheets: Map<string, Excel.Worksheet>,
  charts: Map<string, Excel.ChartCollection>,
  budget: RequestBudget,
): Promise<void> {
  await budget.reserve(1024);
  let ws = sheets.get(t.key);
  if (ws) {
    clearOurSheet(ws, charts.get(t.key));
    if (t.currentName !== t.name) ws.name = t.name;
  } else {
    ws = context.workbook.worksheets.add(t.name);
    sheets.set(t.key, ws);
  }
  if (t.markExists) context.workbook.names.getItem(t.markName).delete();
  const mark = context.workbook.names.add(t.markName, ws.getRange('A1'), OWNED_NAME_COMMENT);
  mark.visible = false;
}

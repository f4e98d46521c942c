/**
 * Rendering a WritePlan in a constant number of syncs:
 *   1. inspect: the sheets and our ownership marks (with the charts each mark lists);
 *   2. only when an earlier result sheet is replaced and its mark does not list its charts:
 *      the charts on it (to delete);
 *   3. write: charts deleted, sheets added or cleared in place, marks (re)defined, then every
 *      cell, style, merge, size, frozen pane, page break and chart, then the print settings of
 *      every sheet last, with calculation suspended. Extra syncs happen only when the write would
 *      exceed the request limit, or when the host refuses a print setting: that setting is skipped
 *      (named in the report's printWarnings) and the settings after it are sent again.
 * If a chart a mark lists is gone (the user deleted it), Excel refuses the write before anything
 * else changed, and the run starts again asking Excel for the charts.
 * User sheets are never cleared, renamed or removed; the input sheets read through this adapter
 * are protected even if a mark points at them (see src/workbook/ownership.md).
 */
import type { SheetPlan, WritePlan } from '../../appendix/types';
import { WorkbookError, type ApplyReport, type ProgressReport } from '../port';
import { officeErrorCode } from './errors';
import { queueState, readState } from './inspect-workbook';
import { ownedComment } from './ownership';
import { checkBlock, writeCells } from './render-cells';
import { addBarChart, applyFreeze, applyPageBreaks, applyPrintItems, chartName, printItems, type PrintItem } from './render-extras';
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

/** Clears one of our earlier result sheets in place, so that formulas pointing at it survive. */
function clearOurSheet(ws: Excel.Worksheet): void {
  const all = ws.getRange();
  all.clear('All');
  all.unmerge();
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  ws.freezePanes.unfreeze();
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

async function applyOnce(context: Excel.RequestContext, deps: ApplyDeps, plan: WritePlan, askForCharts: boolean, report: Progress): Promise<ApplyReport> {
  report(0, 'read');
  const pending = queueState(context);
  await context.sync();
  const targets = planTargets(plan, readState(pending), deps.protectedIds);
  report(0.1, 'clear');

  const sheets = new Map<string, Excel.Worksheet>();
  const asked = new Map<string, Excel.ChartCollection>();
  for (const t of targets) {
    if (!t.replaceId) continue;
    const ws = context.workbook.worksheets.getItem(t.replaceId);
    sheets.set(t.key, ws);
    if (askForCharts || !t.knownCharts) asked.set(t.key, ws.charts.load('items/name'));
  }
  if (asked.size > 0) await context.sync();

  const budget = new RequestBudget(context, deps.maxRequestBytes);
  // Chart deletions first: if a listed chart is gone, Excel stops before anything else changed.
  for (const t of targets) {
    const ws = sheets.get(t.key);
    if (!ws) continue;
    const loaded = asked.get(t.key);
    const charts = loaded ? loaded.items : (t.knownCharts ?? []).map((name) => ws.charts.getItem(name));
    for (const chart of charts) {
      await budget.reserve();
      chart.delete();
    }
  }
  for (const [i, t] of targets.entries()) await prepareTarget(context, t, plan.sheets[i], sheets, budget);
  const print: PrintItem[] = [];
  for (const [i, sheetPlan] of plan.sheets.entries()) {
    const ws = sheets.get(sheetPlan.key);
    if (!ws) throw new WorkbookError('write-failed', `No worksheet was prepared for plan sheet "${sheetPlan.key}".`);
    await renderSheet(ws, sheetPlan, deps, budget, (step) => report(0.15 + (0.8 * (i + (step === 'format' ? 0.5 : 0))) / plan.sheets.length, step));
    print.push(...printItems(ws, targets[i].name, sheetPlan.print, deps.caps));
  }
  // Last in the write and synced with its last batch; a refused setting is skipped, not fatal.
  const printWarnings = await applyPrintItems(print, budget, () => new RequestBudget(context, deps.maxRequestBytes));
  report(1, 'done');
  return {
    sheets: targets.map((t: SheetTarget) => ({ key: t.key, name: t.name, renamed: t.name !== t.wanted, replaced: t.replaceId !== undefined })),
    ...(printWarnings.length > 0 ? { printWarnings } : {}),
  };
}

export async function applyPlan(deps: ApplyDeps, plan: WritePlan, onProgress?: (p: ProgressReport) => void): Promise<ApplyReport> {
  checkPlan(plan);
  const report: Progress = (fraction, step) => onProgress?.({ fraction, step });
  try {
    return await deps.run((context) => applyOnce(context, deps, plan, false, report));
  } catch (e) {
    // A chart the mark listed was deleted by the user: ask Excel for the charts this time.
    if (officeErrorCode(e) !== 'ItemNotFound') throw e;
    return deps.run((context) => applyOnce(context, deps, plan, true, report));
  }
}

async function prepareTarget(context: Excel.RequestContext, t: SheetTarget, sheetPlan: SheetPlan, sheets: Map<string, Excel.Worksheet>, budget: RequestBudget): Promise<void> {
  await budget.reserve(1024);
  let ws = sheets.get(t.key);
  if (ws) {
    clearOurSheet(ws);
    if (t.currentName !== t.name) ws.name = t.name;
  } else {
    ws = context.workbook.worksheets.add(t.name);
    sheets.set(t.key, ws);
  }
  if (t.markExists) context.workbook.names.getItem(t.markName).delete();
  const charts = (sheetPlan.charts ?? []).map((_, i) => chartName(sheetPlan.key, i));
  const mark = context.workbook.names.add(t.markName, ws.getRange('A1'), ownedComment(charts));
  mark.visible = false;
}

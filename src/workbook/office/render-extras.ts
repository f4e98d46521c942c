/**
 * Frozen panes, print settings and page breaks (ExcelApi 1.9, skipped when the host lacks it) and bar charts of
 * a plan's sheet.
 */
import { a1 } from '../../engine/grid';
import type { BarChartSpec, PrintSettings, SheetPlan } from '../../appendix/types';
import type { RequestBudget } from './request-budget';
import type { IsSetSupported } from './types';

export async function applyFreeze(ws: Excel.Worksheet, freeze: SheetPlan['freeze'], budget: RequestBudget): Promise<void> {
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return;
  await budget.reserve();
  if (freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
  else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else ws.freezePanes.freezeColumns(freeze.cols);
}

/** Returns false when the host cannot set page layout (ExcelApi 1.9) and printing was skipped. */
export async function applyPrint(
  ws: Excel.Worksheet,
  print: PrintSettings | undefined,
  caps: IsSetSupported,
  budget: RequestBudget,
): Promise<boolean> {
  if (!print) return true;
  if (!caps('ExcelApi', '1.9')) return false;
  await budget.reserve(512);
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  // Fit to N pages wide; 0 pages tall means "automatic" (as fitToHeight="0" in the file format).
  layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  if (print.centerFooter !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = print.centerFooter;
  if (print.margins) layout.setPrintMargins('Inches', { ...print.margins });
  return true;
}

/**
 * Replaces the sheet's manual page breaks with the plan's (ExcelApi 1.9, skipped without it, like
 * the print settings): an earlier run's breaks on a sheet cleared in place are removed first.
 * Queued with the other page-layout operations, no sync of its own.
 */
export async function applyPageBreaks(ws: Excel.Worksheet, pageBreaks: readonly number[] | undefined, caps: IsSetSupported, budget: RequestBudget): Promise<boolean> {
  if (!caps('ExcelApi', '1.9')) return false;
  await budget.reserve();
  const breaks = ws.horizontalPageBreaks;
  breaks.removePageBreaks();
  for (const row of pageBreaks ?? []) {
    await budget.reserve(16);
    // The break goes before the range's top-left cell.
    breaks.add(a1(row, 0));
  }
  return true;
}

/** The name the adapter gives the i-th chart of a plan sheet (listed in the sheet's mark). */
export function chartName(key: string, index: number): string {
  return `CCHC ${key} ${index + 1}`;
}

export async function addBarChart(ws: Excel.Worksheet, key: string, index: number, spec: BarChartSpec, budget: RequestBudget): Promise<void> {
  await budget.reserve(1024);
  const values = ws.getRangeByIndexes(spec.values.row, spec.values.col, spec.values.rows, spec.values.cols);
  const categories = ws.getRangeByIndexes(spec.categories.row, spec.categories.col, spec.categories.rows, spec.categories.cols);
  const chart = ws.charts.add('BarClustered', values, 'Columns');
  chart.name = chartName(key, index);
  chart.series.getItemAt(0).setXAxisValues(categories);
  chart.title.text = spec.title;
  chart.legend.visible = false;
  const { row, col, rows, cols } = spec.anchor;
  chart.setPosition(a1(row, col), a1(row + Math.max(rows, 1) - 1, col + Math.max(cols, 1) - 1));
}

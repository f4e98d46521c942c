/**
 * Frozen panes, print settings and page breaks (ExcelApi 1.9, skipped when the host lacks it) and bar charts of
 * a plan's sheet. Print settings go last in the write, one setting per queued item, so that a host
 * refusing one skips it rather than failing the run (`applyPrintItems`).
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

/** One print setting of one sheet, queued on its own so that a host refusing it can be skipped. */
export interface PrintItem {
  /** The sheet's name (as written). */
  sheet: string;
  setting: PrintSettingName;
  bytes: number;
  queue: () => void;
}

export type PrintSettingName = 'orientation' | 'paperSize' | 'fitToPages' | 'printTitles' | 'footer' | 'margins';

/** The page-layout member each setting sets, as Excel names it in an error's location. */
const MEMBERS: Record<PrintSettingName, string> = {
  orientation: 'orientation',
  paperSize: 'paperSize',
  fitToPages: 'zoom',
  printTitles: 'setPrintTitleRows',
  footer: 'centerFooter',
  margins: 'setPrintMargins',
};

/** The sheet's print settings (ExcelApi 1.9; none without it), one item per setting, in queue order. */
export function printItems(ws: Excel.Worksheet, sheet: string, print: PrintSettings | undefined, caps: IsSetSupported): PrintItem[] {
  if (!print || !caps('ExcelApi', '1.9')) return [];
  const layout = (): Excel.PageLayout => ws.pageLayout;
  const items: PrintItem[] = [];
  const add = (setting: PrintSettingName, bytes: number, queue: () => void): void => {
    items.push({ sheet, setting, bytes, queue });
  };
  add('orientation', 32, () => {
    layout().orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  });
  add('paperSize', 32, () => {
    layout().paperSize = 'A4';
  });
  // Fit to N pages wide; 0 pages tall means "automatic" (as fitToHeight="0" in the file format).
  add('fitToPages', 64, () => {
    layout().zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
  });
  const rows = print.repeatRows;
  if (rows) add('printTitles', 32, () => layout().setPrintTitleRows(`$${rows.first + 1}:$${rows.last + 1}`));
  const footer = print.centerFooter;
  if (footer !== undefined) {
    add('footer', 64 + footer.length * 3, () => {
      layout().headersFooters.defaultForAllPages.centerFooter = footer;
    });
  }
  const margins = print.margins;
  if (margins) add('margins', 128, () => layout().setPrintMargins('Inches', { ...margins }));
  return items;
}

/** The print setting a failed sync's error names as its location, if it names one. */
function refusedSetting(error: unknown): PrintSettingName | undefined {
  const info = typeof error === 'object' && error !== null ? (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo : undefined;
  const where = typeof info?.errorLocation === 'string' ? info.errorLocation : '';
  return (Object.keys(MEMBERS) as PrintSettingName[]).find((k) => new RegExp(`\\b${MEMBERS[k]}\\b`).test(where));
}

/**
 * Queues the print settings after everything else of the write and syncs them with its last
 * batch: a normal run takes no sync of its own for them. When the host refuses one (the failing
 * statement's location names a page-layout member), what came before it in the batch is applied
 * (Excel runs a batch in order and stops at the failing statement), so the settings after it are
 * queued again in a sync of their own without that setting, on any sheet, and the skipped ones are
 * returned; at most one extra sync per kind of setting. Any other failure is thrown. `tail` (the
 * swap of apply-plan.ts) is queued after the settings each time, so it is sent again with them.
 */
export async function applyPrintItems(
  items: readonly PrintItem[],
  firstBudget: RequestBudget,
  nextBudget: () => RequestBudget,
  /** Queued after the settings in every attempt, so it goes with the last batch (the swap). */
  tail?: (budget: RequestBudget) => Promise<void>,
): Promise<{ sheet: string; setting: PrintSettingName }[]> {
  const skipped: { sheet: string; setting: PrintSettingName }[] = [];
  let todo = [...items];
  let budget = firstBudget;
  for (let attempt = 0; ; attempt++) {
    const queued: { item: PrintItem; batch: number }[] = [];
    try {
      for (const item of todo) {
        await budget.reserve(item.bytes);
        queued.push({ item, batch: budget.syncCount });
        item.queue();
      }
      if (tail) await tail(budget);
      await budget.flush();
      return skipped;
    } catch (e) {
      const setting = refusedSetting(e);
      if (!setting || attempt >= Object.keys(MEMBERS).length) throw e;
      const failed = queued.filter((q) => q.batch === budget.syncCount).map((q) => q.item);
      const at = failed.findIndex((item) => item.setting === setting);
      if (at < 0) throw e;
      const rest = [...failed.slice(at), ...todo.slice(queued.length)];
      for (const item of rest) if (item.setting === setting) skipped.push({ sheet: item.sheet, setting });
      todo = rest.filter((item) => item.setting !== setting);
      budget = nextBudget();
    }
  }
}

/**
 * Replaces the sheet's manual page breaks with the plan's (ExcelApi 1.9, skipped without it, like
 * the print settings): any breaks already on the sheet are removed first.
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

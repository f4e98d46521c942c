/** Rendering a plan's styles, merges, column widths and row heights through RangeFormat. */
import type { CellBox } from '../../engine/grid';
import type { CellStyle, HAlign, SheetPlan, VAlign } from '../../engine/plan/types';
import type { RequestBudget } from './request-budget';
import { charsToPoints } from './units';

const H_ALIGN: Record<HAlign, 'Left' | 'Center' | 'Right'> = { left: 'Left', center: 'Center', right: 'Right' };
const V_ALIGN: Record<VAlign, 'Top' | 'Center' | 'Bottom'> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };

function rangeOf(ws: Excel.Worksheet, box: CellBox): Excel.Range {
  return ws.getRangeByIndexes(box.row, box.col, box.rows, box.cols);
}

async function applyBorders(range: Excel.Range, box: CellBox, budget: RequestBudget): Promise<void> {
  const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = [
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
  ];
  if (box.rows > 1) edges.push('InsideHorizontal');
  if (box.cols > 1) edges.push('InsideVertical');
  for (const edge of edges) {
    await budget.reserve(64);
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

export async function applyStyle(ws: Excel.Worksheet, box: CellBox, style: CellStyle, budget: RequestBudget): Promise<void> {
  if (box.rows < 1 || box.cols < 1) return;
  await budget.reserve();
  const range = rangeOf(ws, box);
  const format = range.format;
  const font = format.font;
  const set = async (apply: () => void): Promise<void> => {
    await budget.reserve(64);
    apply();
  };
  if (style.fontName !== undefined) await set(() => (font.name = style.fontName as string));
  if (style.fontSize !== undefined) await set(() => (font.size = style.fontSize as number));
  if (style.bold !== undefined) await set(() => (font.bold = style.bold as boolean));
  if (style.italic !== undefined) await set(() => (font.italic = style.italic as boolean));
  if (style.color !== undefined) await set(() => (font.color = style.color as string));
  if (style.fill !== undefined) await set(() => (format.fill.color = style.fill as string));
  if (style.hAlign !== undefined) await set(() => (format.horizontalAlignment = H_ALIGN[style.hAlign as HAlign]));
  if (style.vAlign !== undefined) await set(() => (format.verticalAlignment = V_ALIGN[style.vAlign as VAlign]));
  if (style.wrap !== undefined) await set(() => (format.wrapText = style.wrap as boolean));
  if (style.border) await applyBorders(range, box, budget);
  if (style.numberFormat !== undefined) {
    const code = style.numberFormat;
    const formats = Array.from({ length: box.rows }, () => new Array<string>(box.cols).fill(code));
    await budget.reserveJson(formats);
    range.numberFormat = formats;
  }
}

/** Groups consecutive indexes that share a size, so that one call sets each run. */
export function runsOf(items: readonly { index: number; size: number }[]): { start: number; count: number; size: number }[] {
  const sorted = [...items].sort((a, b) => a.index - b.index);
  const runs: { start: number; count: number; size: number }[] = [];
  for (const it of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === it.index && last.size === it.size) last.count++;
    else runs.push({ start: it.index, count: 1, size: it.size });
  }
  return runs;
}

export async function applyLayout(ws: Excel.Worksheet, plan: SheetPlan, budget: RequestBudget): Promise<void> {
  for (const m of plan.merges) {
    if (m.rows * m.cols < 2) continue;
    await budget.reserve();
    rangeOf(ws, m).merge(false);
  }
  for (const s of plan.styles) await applyStyle(ws, s.box, s.style, budget);
  for (const run of runsOf(plan.columnWidths.map((w) => ({ index: w.col, size: w.width })))) {
    await budget.reserve();
    ws.getRangeByIndexes(0, run.start, 1, run.count).format.columnWidth = charsToPoints(run.size);
  }
  for (const run of runsOf((plan.rowHeights ?? []).map((h) => ({ index: h.row, size: h.height })))) {
    await budget.reserve();
    ws.getRangeByIndexes(run.start, 0, run.count, 1).format.rowHeight = run.size;
  }
}

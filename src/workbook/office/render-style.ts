/**
 * Rendering a plan sheet's styles, merges, column widths and row heights. The style ranges (later
 * ones win where they overlap) are flattened property by property into rectangles of equal value
 * (raster.ts), so each property costs one call per value: through Worksheet.getRanges (several
 * areas at once, ExcelApi 1.9) where the host has it, else one range per rectangle. Number
 * formats are written with the values (render-cells.ts). Borders go per rectangle (a border edge
 * of several areas is not documented to mean the edge of each).
 */
import { a1Box, type CellBox } from '../../engine/grid';
import type { CellStyle, HAlign, SheetPlan, VAlign } from '../../appendix/types';
import { boundingBox, Raster } from './raster';
import type { RequestBudget } from './request-budget';
import type { IsSetSupported } from './types';
import { charsToPoints } from './units';

/** Excel's limits: a row is at most 409 points high, a column at most 255 characters wide. */
export const MAX_ROW_HEIGHT = 409;
export const MAX_COLUMN_WIDTH = 255;
/** Longest address list given to getRanges at once (Excel refuses some lists past ~8,000). */
export const MAX_AREAS_ADDRESS = 2000;

const H_ALIGN: Record<HAlign, 'Left' | 'Center' | 'Right'> = { left: 'Left', center: 'Center', right: 'Right' };
const V_ALIGN: Record<VAlign, 'Top' | 'Center' | 'Bottom'> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };

type FormatProp = Exclude<keyof CellStyle, 'border' | 'numberFormat'>;
const FORMAT_PROPS: FormatProp[] = ['fontName', 'fontSize', 'bold', 'italic', 'color', 'fill', 'hAlign', 'vAlign', 'wrap'];

/** Sets one style property on a range's (or areas') format. */
function setProp(format: Excel.RangeFormat, prop: FormatProp, value: CellStyle[FormatProp]): void {
  switch (prop) {
    case 'fontName':
      format.font.name = value as string;
      return;
    case 'fontSize':
      format.font.size = value as number;
      return;
    case 'bold':
      format.font.bold = value as boolean;
      return;
    case 'italic':
      format.font.italic = value as boolean;
      return;
    case 'color':
      format.font.color = value as string;
      return;
    case 'fill':
      format.fill.color = value as string;
      return;
    case 'hAlign':
      format.horizontalAlignment = H_ALIGN[value as HAlign];
      return;
    case 'vAlign':
      format.verticalAlignment = V_ALIGN[value as VAlign];
      return;
    case 'wrap':
      format.wrapText = value as boolean;
      return;
  }
}

/** The rectangles of each value of one property, after every style range has been applied. */
function flatten<K extends keyof CellStyle>(plan: SheetPlan, key: K, area: CellBox): { value: NonNullable<CellStyle[K]>; boxes: CellBox[] }[] {
  const raster = new Raster<NonNullable<CellStyle[K]>>(area);
  for (const { box, style } of plan.styles) {
    const value = style[key];
    if (value !== undefined && value !== null) raster.fill(box, value as NonNullable<CellStyle[K]>);
  }
  return raster.rectangles();
}

/** Address lists of at most MAX_AREAS_ADDRESS characters. */
export function addressChunks(boxes: readonly CellBox[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const b of boxes) {
    const a = a1Box(b);
    if (current && current.length + a.length + 1 > MAX_AREAS_ADDRESS) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}

function rangeOf(ws: Excel.Worksheet, box: CellBox): Excel.Range {
  return ws.getRangeByIndexes(box.row, box.col, box.rows, box.cols);
}

async function applyBorders(ws: Excel.Worksheet, box: CellBox, budget: RequestBudget): Promise<void> {
  const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (box.rows > 1) edges.push('InsideHorizontal');
  if (box.cols > 1) edges.push('InsideVertical');
  await budget.reserve(64);
  const borders = rangeOf(ws, box).format.borders;
  for (const edge of edges) {
    await budget.reserve(64);
    const border = borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

export async function applyStyles(ws: Excel.Worksheet, plan: SheetPlan, caps: IsSetSupported, budget: RequestBudget): Promise<void> {
  const area = boundingBox(plan.styles.map((s) => s.box));
  if (!area) return;
  const areas = caps('ExcelApi', '1.9');
  for (const prop of FORMAT_PROPS) {
    for (const { value, boxes } of flatten(plan, prop, area)) {
      // On a new or cleared sheet false is already what every cell has.
      if (value === false) continue;
      if (areas) {
        for (const address of addressChunks(boxes)) {
          await budget.reserve(address.length + 64);
          setProp(ws.getRanges(address).format, prop, value);
        }
      } else {
        for (const box of boxes) {
          await budget.reserve(64);
          setProp(rangeOf(ws, box).format, prop, value);
        }
      }
    }
  }
  for (const { value, boxes } of flatten(plan, 'border', area)) {
    if (value) for (const box of boxes) await applyBorders(ws, box, budget);
  }
}

/** Sets column widths or row heights: one call per size over all its runs where areas exist. */
async function applySizes(
  ws: Excel.Worksheet,
  items: { index: number; size: number }[],
  axis: 'col' | 'row',
  caps: IsSetSupported,
  budget: RequestBudget,
): Promise<void> {
  const runs = runsOf(items);
  const set = (format: Excel.RangeFormat, size: number): void => {
    if (axis === 'col') format.columnWidth = charsToPoints(size);
    else format.rowHeight = size;
  };
  if (!caps('ExcelApi', '1.9')) {
    for (const run of runs) {
      await budget.reserve();
      const range = axis === 'col' ? ws.getRangeByIndexes(0, run.start, 1, run.count) : ws.getRangeByIndexes(run.start, 0, run.count, 1);
      set(range.format, run.size);
    }
    return;
  }
  const bySize = new Map<number, CellBox[]>();
  for (const run of runs) {
    const box = axis === 'col' ? { row: 0, col: run.start, rows: 1, cols: run.count } : { row: run.start, col: 0, rows: run.count, cols: 1 };
    bySize.set(run.size, [...(bySize.get(run.size) ?? []), box]);
  }
  for (const [size, boxes] of bySize) {
    for (const address of addressChunks(boxes)) {
      await budget.reserve(address.length + 64);
      set(ws.getRanges(address).format, size);
    }
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

export async function applyLayout(ws: Excel.Worksheet, plan: SheetPlan, caps: IsSetSupported, budget: RequestBudget): Promise<void> {
  for (const m of plan.merges) {
    if (m.rows * m.cols < 2) continue;
    await budget.reserve();
    rangeOf(ws, m).merge(false);
  }
  await applyStyles(ws, plan, caps, budget);
  // Sizes beyond Excel's limits are clamped to them (Excel refuses the whole batch otherwise).
  const width = (w: number): number => Math.min(Math.max(w, 0), MAX_COLUMN_WIDTH);
  const height = (h: number): number => Math.min(Math.max(h, 0), MAX_ROW_HEIGHT);
  await applySizes(ws, plan.columnWidths.map((w) => ({ index: w.col, size: width(w.width) })), 'col', caps, budget);
  await applySizes(ws, (plan.rowHeights ?? []).map((h) => ({ index: h.row, size: height(h.height) })), 'row', caps, budget);
}

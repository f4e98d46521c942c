/**
 * Writing a plan sheet's cells: values from its blocks (often one per row) and number formats
 * from its styles, laid onto one grid (later blocks and styles win), then written band by band
 * (bands.ts) as two whole-range 2D assignments: number formats first, then values.
 *
 * Text stays text: every non-empty string's cell gets the Text format "@" before its value is
 * written, so that Excel stores "=HYPERLINK(...)", "+84 912 345 678", "-x", "@x" or "0123" as the
 * literal string rather than a formula or a number (Office.js parses written values like typing,
 * and a cell formatted as Text keeps what is typed as text). A style's number format therefore
 * lands on numbers and empty cells, where it shows; on text it would change nothing.
 */
import type { CellBox } from '../../engine/grid';
import type { CellBlock, PlanValue, SheetPlan } from '../../appendix/types';
import { WorkbookError } from '../port';
import { bandsOver, jsonWeight } from './bands';
import { boundingBox, Raster } from './raster';
import type { RequestBudget } from './request-budget';

/** Refuses a block that is not rectangular or holds a number no cell can take. */
export function checkBlock(sheetKey: string, block: CellBlock): void {
  const width = block.values[0]?.length ?? 0;
  block.values.forEach((line, r) => {
    if (line.length !== width) {
      throw new WorkbookError('write-failed', `Plan sheet "${sheetKey}": block at row ${block.row}, column ${block.col} is not rectangular (row ${r}).`);
    }
    line.forEach((v, c) => {
      if (typeof v === 'number' && !Number.isFinite(v)) {
        throw new WorkbookError('write-failed', `Plan sheet "${sheetKey}": ${v} at block row ${r}, column ${c} cannot be written to a cell.`);
      }
    });
  });
}

interface Cell {
  /** Present when a block writes the cell (null = empty). */
  value?: PlanValue;
  format?: string;
}

function blockBox(b: CellBlock): CellBox {
  return { row: b.row, col: b.col, rows: b.values.length, cols: b.values[0]?.length ?? 0 };
}

/** The sheet's cells over the bounding box of its blocks and number-format styles. */
export function layOutCells(plan: SheetPlan): { box: CellBox; cells: (Cell | undefined)[][] } | undefined {
  const formatted = plan.styles.filter((s) => s.style.numberFormat !== undefined);
  const box = boundingBox([...plan.blocks.map(blockBox), ...formatted.map((s) => s.box)]);
  if (!box) return undefined;
  const cells = Array.from({ length: box.rows }, () => new Array<Cell | undefined>(box.cols).fill(undefined));
  const at = (row: number, col: number): Cell => {
    const line = cells[row - box.row];
    return (line[col - box.col] ??= {});
  };
  for (const b of plan.blocks) b.values.forEach((line, r) => line.forEach((v, c) => (at(b.row + r, b.col + c).value = v)));
  if (formatted.length > 0) {
    const raster = new Raster<string>(box);
    for (const s of formatted) raster.fill(s.box, s.style.numberFormat as string);
    for (const { value, boxes } of raster.rectangles()) {
      for (const b of boxes) for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) at(r, c).format = value;
    }
  }
  for (const line of cells) {
    for (const cell of line) {
      if (cell && typeof cell.value === 'string' && cell.value !== '') cell.format = '@';
    }
  }
  return { box, cells };
}

function weight(line: readonly (Cell | undefined)[], lo: number, hi: number): number {
  return jsonWeight(line.map((c) => (c ? [c.value ?? null, c.format ?? null] : null)), lo, hi);
}

export async function writeCells(ws: Excel.Worksheet, plan: SheetPlan, budget: RequestBudget): Promise<void> {
  const laid = layOutCells(plan);
  if (!laid) return;
  const { box, cells } = laid;
  for (const band of bandsOver(box.row, box.col, cells, weight)) {
    const lines = cells.slice(band.row - box.row, band.row - box.row + band.rows).map((line) => line.slice(band.col - box.col, band.col - box.col + band.cols));
    const formats = lines.map((line) => line.map((c) => c?.format ?? null));
    const values = lines.map((line) => line.map((c) => (c && c.value !== undefined ? c.value : null)));
    await budget.reserve();
    const range = ws.getRangeByIndexes(band.row, band.col, band.rows, band.cols);
    if (formats.some((line) => line.some((f) => f !== null))) {
      await budget.reserveJson(formats);
      range.numberFormat = formats;
    }
    if (values.some((line) => line.some((v) => v !== null))) {
      await budget.reserveJson(values);
      range.values = values;
    }
  }
}

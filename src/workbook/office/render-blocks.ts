/**
 * Writing a plan's cell blocks: one whole-range 2D assignment per block (per band of rows when a
 * block is large), text cells first formatted as Text ("@") so that Excel stores a name such as
 * "=HYPERLINK(...)", "+84 912 345 678", "-x", "@x" or "0123" as the literal string instead of a
 * formula or a number (values written through Office.js are parsed like typing; a Text-formatted
 * cell keeps what is typed as text).
 */
import type { CellBlock, PlanValue } from '../../engine/plan/types';
import { WorkbookError } from '../port';
import type { RequestBudget } from './request-budget';
import { utf8Length } from './size';

/** A block whose values serialise above this is written in bands of rows. */
export const MAX_BAND_BYTES = 512 * 1024;

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

/** Splits a block into bands of rows of at most MAX_BAND_BYTES each (at least one row per band). */
export function bandsOf(block: CellBlock): CellBlock[] {
  const bands: CellBlock[] = [];
  let start = 0;
  let bytes = 0;
  block.values.forEach((line, r) => {
    const lineBytes = utf8Length(JSON.stringify(line)) + 1;
    if (r > start && bytes + lineBytes > MAX_BAND_BYTES) {
      bands.push({ row: block.row + start, col: block.col, values: block.values.slice(start, r) });
      start = r;
      bytes = 0;
    }
    bytes += lineBytes;
  });
  if (start < block.values.length) bands.push({ row: block.row + start, col: block.col, values: block.values.slice(start) });
  return bands;
}

function textFormats(values: readonly (readonly PlanValue[])[]): (string | null)[][] | undefined {
  let any = false;
  const formats = values.map((line) =>
    line.map((v) => {
      if (typeof v === 'string' && v !== '') {
        any = true;
        return '@';
      }
      return null;
    }),
  );
  return any ? formats : undefined;
}

/** Writes the blocks (checked beforehand with checkBlock). */
export async function writeBlocks(ws: Excel.Worksheet, blocks: readonly CellBlock[], budget: RequestBudget): Promise<void> {
  for (const block of blocks) {
    if (block.values.length === 0 || block.values[0].length === 0) continue;
    for (const band of bandsOf(block)) {
      const formats = textFormats(band.values);
      const values = band.values.map((line) => line.slice());
      await budget.reserve();
      const range = ws.getRangeByIndexes(band.row, band.col, values.length, values[0].length);
      if (formats) {
        await budget.reserveJson(formats);
        range.numberFormat = formats;
      }
      await budget.reserveJson(values);
      range.values = values;
    }
  }
}

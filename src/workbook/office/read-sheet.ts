/**
 * Reading a worksheet's used range as a SheetGrid: the values and address, plus (ExcelApi 1.9)
 * the addresses of formula cells, error cells and visible cells from getSpecialCells, which are
 * tiny next to loading valueTypes and formulas for every cell; and (ExcelApi 1.13) the merged
 * areas. Without 1.9, valueTypes and formulas are loaded instead. Sheets up to about 2,000 units
 * are read in one context.sync(); bigger ones in pieces sized so that no response goes over
 * Excel on the web's 5 MB (readSheetSized). readSheetInBands remains for a head box refused
 * all the same (cells of very long text). The steps are in read-head.ts, the grid in
 * sheet-cells.ts; read-sheets.ts reads several sheets with the same steps. A sheet with more than
 * 512 merged areas (Excel refuses them in one call) costs + 1 sync for the first sync again
 * without them, and one sync per band of merged areas (read-merges.ts).
 */
import type { CellValue } from '../../engine/grid';
import { utf8Length } from '../utf8';
import {
  cellProps,
  finishRead,
  queueHead,
  queueLoads,
  queuePiece,
  readLeftMerges,
  syncWithMergesApart,
  usedBox,
  type ReadResult,
} from './read-head';
import { checkReadSize, MAX_READ_CELLS, settleWithinCap } from './read-cap';
import { groupPieces, headBoxFor, type KnownShape } from './read-pieces';
import { buildGrid } from './sheet-cells';
import type { IsSetSupported } from './types';

/** Cells in the first band when a sheet is read in bands. */
export const BAND_CELLS = 250_000;
/** Response size aimed at for the following bands (Excel on the web refuses 5 MB). */
export const BAND_TARGET_BYTES = 3 * 1024 * 1024;

/**
 * Reads the sheet without a refused response: the first sync loads the used range's shape, the
 * special cells and a head box (see read-pieces.ts: the used range as last read, `known`, or a
 * fixed box at A1); a sheet that fits in the head (up to about 2,000 units) is then read. The
 * rest of a bigger sheet comes in pieces sized from the head's bytes per cell, a few pieces per
 * sync.
 */
export async function readSheetSized(
  context: Excel.RequestContext,
  name: string,
  caps: IsSetSupported,
  known?: KnownShape,
  maxCells = MAX_READ_CELLS,
): Promise<ReadResult> {
  const headBox = headBoxFor(known, caps('ExcelApi', '1.9'));
  const first = await syncWithMergesApart(context, caps, (merges) => queueHead(context, name, caps, headBox, known, merges, maxCells));
  const read = await settleWithinCap(context, first.queued);
  if (first.banded) await readLeftMerges(context, read.loads, read.used);
  for (const group of groupPieces(read.pieces, read.perCell)) {
    const copies = group.map((box) => queuePiece(read, box));
    await context.sync();
    copies.forEach((copy) => copy());
  }
  return finishRead(read);
}

/**
 * For sheets too big for one response: the shape first, then the cells in row bands, one sync
 * each. The first band is small; the next ones are sized from the bytes per cell it measured, to
 * about BAND_TARGET_BYTES each.
 */
export async function readSheetInBands(
  context: Excel.RequestContext,
  name: string,
  caps: IsSetSupported,
  maxCells = MAX_READ_CELLS,
): Promise<ReadResult> {
  const first = await syncWithMergesApart(context, caps, (merges) => queueLoads(context, name, caps, merges));
  const p = first.queued;
  await settleWithinCap(context, () => checkReadSize(name, p.ws, usedBox(p.used), maxCells));
  if (first.banded) await readLeftMerges(context, p, usedBox(p.used));
  const special = p.formulas !== undefined;
  const origin = usedBox(p.used);
  const cols = Math.max(1, p.used.columnCount);
  let bandRows = Math.max(1, Math.floor(BAND_CELLS / cols));
  const values: CellValue[][] = [];
  const types: string[][] = [];
  const formulas: unknown[][] = [];
  for (let start = 0; start < p.used.rowCount; ) {
    const n = Math.min(bandRows, p.used.rowCount - start);
    const band = p.ws.getRangeByIndexes(origin.row + start, origin.col, n, cols);
    band.load(cellProps(special));
    await context.sync();
    const bandValues = band.values as CellValue[][];
    values.push(...bandValues);
    if (!special) {
      types.push(...band.valueTypes);
      formulas.push(...(band.formulas as unknown[][]));
    }
    start += n;
    const perRow = (utf8Length(JSON.stringify(bandValues)) * (special ? 1 : 3)) / n;
    bandRows = Math.max(1, Math.floor(BAND_TARGET_BYTES / Math.max(1, perRow)));
  }
  const grid = buildGrid(name, p, values, special ? undefined : types, special ? undefined : formulas);
  return { grid, sheetId: p.ws.id, calculation: p.calculation() };
}

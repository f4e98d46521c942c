/**
 * The steps every read of a sheet is made of, so that one sheet alone (read-sheet.ts) and several
 * together (read-sheets.ts) read alike:
 *
 *   queueHead   the first sync's loads: the used range's address and size, the addresses of the
 *               formula, error and visible cells (ExcelApi 1.9) and of the merged areas (1.13),
 *               and the values of the used range inside a head box (read-pieces.ts);
 *   settle      after that sync: the cells gathered so far and the pieces still to read;
 *   queuePiece  one more box of cells, copied in after its sync;
 *   finishRead  the grid, once no piece is left.
 *
 * A first sync refused for the merged areas (more than 512) is queued again without them
 * (syncWithMergesApart), and they are read on their own afterwards (read-merges.ts). A used range
 * over the cap on cells read fails when settled, before any cell of it is gathered (read-cap.ts).
 */
import type { CellBox, SheetGrid } from '../../engine/grid';
import type { CalculationMode } from '../port';
import { boxOfAddress } from './addresses';
import { queueCalculationMode } from './calculation-mode';
import { outsideHead, splitBox, intersect, UNKNOWN_CELL_BYTES, type KnownShape } from './read-pieces';
import { mergesMayBeRefused, readMergesInBands } from './read-merges';
import { checkReadSize, MAX_READ_CELLS } from './read-cap';
import { Gathered, type SheetLoads } from './sheet-cells';
import type { IsSetSupported } from './types';

export interface ReadResult {
  grid: SheetGrid;
  /** Worksheet id, so that the adapter never writes over a sheet it has read. */
  sheetId: string;
  /** The used range and its bytes per cell, to size the next read of this sheet. */
  shape?: KnownShape;
  /** The workbook's calculation mode when the sheet was read. */
  calculation: CalculationMode;
}

/** One sheet after its first sync: the cells read so far and the pieces of the used range left. */
export interface SheetRead {
  name: string;
  loads: SheetLoads;
  used: CellBox;
  cells: Gathered;
  /** Response bytes per cell, measured on the head (or as last read, or a guess). */
  perCell: number;
  /** Boxes of the used range not read yet, each small enough for one response. */
  pieces: CellBox[];
}

/** The properties a range of cells loads: values alone with 1.9 (kinds and formulas come from special cells). */
export function cellProps(special: boolean): string[] {
  return special ? ['values'] : ['values', 'valueTypes', 'formulas'];
}

/**
 * Queues the loads shared by every way of reading a sheet (not its cells). `merges` false: the
 * merged areas are left out, for read-merges.ts to read in bands (more than 512 fail the sync).
 */
export function queueLoads(context: Excel.RequestContext, name: string, caps: IsSetSupported, merges = true): SheetLoads {
  const ws = context.workbook.worksheets.getItem(name);
  ws.load('id');
  const used = ws.getUsedRange(true);
  used.load(['address', 'rowCount', 'columnCount']);
  const loads: SheetLoads = { ws, used, calculation: queueCalculationMode(context) };
  if (caps('ExcelApi', '1.9')) {
    loads.formulas = used.getSpecialCellsOrNullObject('Formulas').load('address');
    loads.errors = [
      used.getSpecialCellsOrNullObject('Formulas', 'Errors').load('address'),
      used.getSpecialCellsOrNullObject('Constants', 'Errors').load('address'),
    ];
    loads.visible = used.getSpecialCellsOrNullObject('Visible').load('address');
  }
  if (merges && mergesSupported(caps)) loads.merges = ws.getRange().getMergedAreasOrNullObject().load('address');
  return loads;
}

/** Whether the host gives merged areas (ExcelApi 1.13). */
export function mergesSupported(caps: IsSetSupported): boolean {
  return caps('ExcelApi', '1.13');
}

/**
 * Runs a first sync queued by `queue`; when it fails and may have failed for the merged areas
 * (more than 512 in a sheet), queues it again without them and syncs that instead. `banded`: the
 * merged areas are still to be read, with readMergesInBands.
 */
export async function syncWithMergesApart<T>(
  context: Excel.RequestContext,
  caps: IsSetSupported,
  queue: (merges: boolean) => T,
): Promise<{ queued: T; banded: boolean }> {
  const first = queue(true);
  try {
    await context.sync();
    return { queued: first, banded: false };
  } catch (e) {
    if (!mergesSupported(caps) || !mergesMayBeRefused(e)) throw e;
  }
  const again = queue(false);
  await context.sync();
  return { queued: again, banded: true };
}

/** Reads the merged areas left out of the first sync (syncWithMergesApart), band by band. */
export async function readLeftMerges(context: Excel.RequestContext, loads: SheetLoads, used: CellBox): Promise<void> {
  loads.mergeBoxes = await readMergesInBands(context, loads.ws, used);
}

/** The box of a loaded used range (its address, else its size at A1). */
export function usedBox(used: Excel.Range): CellBox {
  return boxOfAddress(used.address) ?? { row: 0, col: 0, rows: used.rowCount, cols: used.columnCount };
}

/**
 * Queues a sheet's first-sync loads with the values of `headBox` (only its part inside the used
 * range is sent back: a small sheet answers with its own cells). Call the returned function after
 * the sync. `known`: the sheet as last read, whose bytes per cell stand in when the head holds
 * nothing of the used range.
 */
export function queueHead(
  context: Excel.RequestContext,
  name: string,
  caps: IsSetSupported,
  headBox: CellBox,
  known?: KnownShape,
  merges = true,
  maxCells = MAX_READ_CELLS,
): () => SheetRead {
  const loads = queueLoads(context, name, caps, merges);
  const special = loads.formulas !== undefined;
  const head = loads.used
    .getIntersectionOrNullObject(loads.ws.getRangeByIndexes(headBox.row, headBox.col, headBox.rows, headBox.cols))
    .load(cellProps(special));
  return () => {
    const used = usedBox(loads.used);
    // Before anything the size of the used range is made: a stray cell far away fails here (read-cap.ts).
    checkReadSize(name, loads.ws, used, maxCells);
    const cells = new Gathered(used, special);
    const inHead = head.isNullObject ? undefined : intersect(used, headBox);
    let perCell = known?.bytesPerCell ?? UNKNOWN_CELL_BYTES;
    if (inHead) {
      cells.copy(inHead, inHead, head);
      perCell = Math.max(1, cells.bytesPerCell(inHead));
    }
    const pieces = outsideHead(used, headBox).flatMap((box) => splitBox(box, perCell));
    return { name, loads, used, cells, perCell, pieces };
  };
}

/** Queues the cells of `box`, one of `read`'s pieces; call the returned function after the sync. */
export function queuePiece(read: SheetRead, box: CellBox): () => void {
  const special = read.loads.formulas !== undefined;
  const range = read.loads.ws.getRangeByIndexes(box.row, box.col, box.rows, box.cols).load(cellProps(special));
  return () => read.cells.copy(box, box, range);
}

/** The sheet's grid, id and shape, once every piece is in. */
export function finishRead(read: SheetRead): ReadResult {
  return {
    grid: read.cells.grid(read.name, read.loads),
    sheetId: read.loads.ws.id,
    shape: { box: read.used, bytesPerCell: read.perCell },
    calculation: read.loads.calculation(),
  };
}

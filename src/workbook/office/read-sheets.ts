/**
 * Reading several sheets together (WorkbookPort.readSheets) with the steps one sheet is read with
 * (read-head.ts), so each grid is the one readSheet gives:
 *
 *   sync 1   every sheet's first-sync loads (shape, special cells, merged areas) and the values of
 *            its share of the head box (read-pieces.ts headBoxFor): a sheet whose used range fits
 *            its share is then read (30 forms of a unit each: all of them, in this one sync);
 *   sync 2+  what the sheets have outside their heads, the pieces of all sheets packed together
 *            into syncs of about 3 MB of response, the smallest sheets first: the small sheets
 *            are done in sync 2, a big sheet takes the syncs it needs after them.
 *
 * A first sync refused for the merged areas (a sheet with more than 512): queued again without
 * them, then every sheet's merged areas on their own (read-merges.ts readMergesOfSheets).
 *
 * A sync refused for its size (a guess of bytes per cell too low) ends the batch: the sheets not
 * finished come back undefined, for the adapter to read one by one, as readSheet does.
 */
import type { CellBox } from '../../engine/grid';
import { officeErrorCode } from './errors';
import { finishRead, mergesSupported, queueHead, queuePiece, type ReadResult, type SheetRead } from './read-head';
import { mergesMayBeRefused, readMergesOfSheets } from './read-merges';
import { MAX_READ_CELLS, settleWithinCap } from './read-cap';
import { estimatedBytes, groupBySize, headBoxFor, type KnownShape } from './read-pieces';
import type { IsSetSupported } from './types';

/** One piece of one sheet (its index in the names read), with its estimated response bytes. */
interface Piece {
  sheet: number;
  box: CellBox;
  bytes: number;
}

const refused = (e: unknown): boolean => officeErrorCode(e) === 'ResponsePayloadSizeLimitExceeded';

/**
 * Reads the named sheets; a sheet left undefined was not finished (a response was refused).
 * Other failures (a sheet that does not exist: ItemNotFound) are thrown as Office gives them.
 */
export async function readSheetsTogether(
  context: Excel.RequestContext,
  names: readonly string[],
  caps: IsSetSupported,
  known: (name: string) => KnownShape | undefined,
  maxCells = MAX_READ_CELLS,
): Promise<(ReadResult | undefined)[]> {
  const special = caps('ExcelApi', '1.9');
  const queueHeads = (merges: boolean): (() => SheetRead)[] =>
    names.map((name) => queueHead(context, name, caps, headBoxFor(known(name), special, names.length), known(name), merges, maxCells));
  let settles = queueHeads(true);
  const results: (ReadResult | undefined)[] = names.map(() => undefined);
  let banded = false;
  try {
    if (!(await synced(context))) return results;
  } catch (e) {
    if (!mergesSupported(caps) || !mergesMayBeRefused(e)) throw e;
    settles = queueHeads(false);
    banded = true;
    if (!(await synced(context))) return results;
  }
  const reads: SheetRead[] = [];
  for (const settle of settles) reads.push(await settleWithinCap(context, settle));
  if (banded) {
    const merges = await readMergesOfSheets(context, reads.map((read) => ({ ws: read.loads.ws, used: read.used })));
    reads.forEach((read, i) => (read.loads.mergeBoxes = merges[i]));
  }
  reads.forEach((read, i) => {
    if (read.pieces.length === 0) results[i] = finishRead(read);
  });
  const left = reads.map((read) => read.pieces.length);
  for (const group of groupBySize(piecesSmallestFirst(reads), (piece) => piece.bytes)) {
    const copies = group.map(({ sheet, box }) => queuePiece(reads[sheet], box));
    if (!(await synced(context))) return results;
    copies.forEach((copy) => copy());
    for (const { sheet } of group) if (--left[sheet] === 0) results[sheet] = finishRead(reads[sheet]);
  }
  return results;
}

/** Syncs; false when the response was refused for its size, any other failure thrown. */
async function synced(context: Excel.RequestContext): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch (e) {
    if (refused(e)) return false;
    throw e;
  }
}

/** Every sheet's pieces, sheet by sheet, the sheets with the least left to read first. */
function piecesSmallestFirst(reads: readonly SheetRead[]): Piece[] {
  const perSheet = reads.map((read, sheet) => read.pieces.map((box) => ({ sheet, box, bytes: estimatedBytes(box, read.perCell) })));
  const total = (pieces: Piece[]): number => pieces.reduce((n, p) => n + p.bytes, 0);
  return perSheet.filter((pieces) => pieces.length > 0).sort((a, b) => total(a) - total(b)).flat();
}

/**
 * A cap on the cells a read takes in. A value left far below or to the right of the table (a
 * stray "x" in row 900,000, or in XFD1048576) makes the used range, and so the read, huge: 27
 * million cells for a table of 30 columns, tens of syncs and a pane that runs out of memory. The
 * first sync of every read loads the used range's address and only a bounded head of its values
 * (read-head.ts), so the size is known before any cell of the rest is asked for; when it is over
 * the cap, the read stops there and names the cells at the used range's far edge, found with
 * bounded requests (+ 2 syncs, on this failure only):
 *
 *   sync 1  the used cells (values only) of the used range's last row and of its last column, and
 *           whether the GAP rows above that row (the GAP columns left of that column) hold
 *           anything: an edge with nothing near it is a stray, named first;
 *   sync 2  the value of the first used cell of each edge named.
 *
 * The cap: the largest scoring sheet the product claims (10,000 units × 200 criteria, about 2.7
 * million cells; README, "Speed") with room to spare. Its read is a few syncs of 3 MB.
 */
import type { CellBox } from '../../engine/grid';
import { a1Box } from '../../engine/grid';
import { StrayCellsError, type StrayCell } from '../port';
import { boxOfAddress } from './addresses';

/** The most cells of a used range a read takes in. */
export const MAX_READ_CELLS = 4_000_000;
/** Blank rows above the last row (columns left of the last column) that make it a stray. */
export const GAP_ROWS = 1_000;
export const GAP_COLS = 100;

/** A used range over the cap, found when a read's first sync is settled (read-head.ts). */
export class OversizeSheet extends Error {
  constructor(
    readonly sheet: string,
    readonly ws: Excel.Worksheet,
    readonly used: CellBox,
    readonly limit: number,
  ) {
    super(`The used range of "${sheet}" has ${used.rows * used.cols} cells, more than ${limit}.`);
    this.name = 'OversizeSheet';
  }
}

/** Fails with OversizeSheet when `used` is over `limit` cells. */
export function checkReadSize(sheet: string, ws: Excel.Worksheet, used: CellBox, limit: number): void {
  if (used.rows * used.cols > limit) throw new OversizeSheet(sheet, ws, used, limit);
}

/**
 * Runs a read's settle step; a used range over the cap becomes a StrayCellsError naming the cells
 * at its far edge (2 more syncs).
 */
export async function settleWithinCap<T>(context: Excel.RequestContext, settle: () => T): Promise<T> {
  try {
    return settle();
  } catch (e) {
    if (e instanceof OversizeSheet) throw await strayCellsError(context, e);
    throw e;
  }
}

interface Edge {
  /** The used cells of the edge row or column; null object when none (cannot be: it is an edge of the used range). */
  cells: Excel.Range;
  /** The used cells just inside the edge; undefined when the used range has no room for a gap. */
  near?: Excel.Range;
}

/** The used range's last row, or last column, with the band just inside it. */
function queueEdge(ws: Excel.Worksheet, used: CellBox, axis: 'row' | 'col'): Edge {
  const valuesOnly = true;
  if (axis === 'row') {
    const last = used.row + used.rows - 1;
    const cells = ws.getRangeByIndexes(last, used.col, 1, used.cols).getUsedRangeOrNullObject(valuesOnly).load('address');
    const gap = Math.min(GAP_ROWS, used.rows - 1);
    const near = gap > 0 ? ws.getRangeByIndexes(last - gap, used.col, gap, used.cols).getUsedRangeOrNullObject(valuesOnly).load('address') : undefined;
    return { cells, near };
  }
  const last = used.col + used.cols - 1;
  const cells = ws.getRangeByIndexes(used.row, last, used.rows, 1).getUsedRangeOrNullObject(valuesOnly).load('address');
  const gap = Math.min(GAP_COLS, used.cols - 1);
  const near = gap > 0 ? ws.getRangeByIndexes(used.row, last - gap, used.rows, gap).getUsedRangeOrNullObject(valuesOnly).load('address') : undefined;
  return { cells, near };
}

/** The edge's used cells as a box, and whether nothing is near them. */
function settleEdge(edge: Edge): { box: CellBox; alone: boolean } | undefined {
  if (edge.cells.isNullObject) return undefined;
  const box = boxOfAddress(edge.cells.address);
  if (!box) return undefined;
  return { box, alone: edge.near === undefined || edge.near.isNullObject };
}

/** The used range's far edges, strays first, each edge once. */
async function strayCellsError(context: Excel.RequestContext, oversize: OversizeSheet): Promise<StrayCellsError> {
  const { ws, used } = oversize;
  const edges = [queueEdge(ws, used, 'row'), queueEdge(ws, used, 'col')];
  await context.sync();
  const found = edges.map(settleEdge).filter((e): e is { box: CellBox; alone: boolean } => e !== undefined);
  const alone = found.filter((e) => e.alone);
  const named = (alone.length > 0 ? alone : found).filter(
    (e, i, list) => list.findIndex((f) => a1Box(f.box) === a1Box(e.box)) === i,
  );
  const firsts = named.map((e) => ws.getRangeByIndexes(e.box.row, e.box.col, 1, 1).load('values'));
  await context.sync();
  const stray: StrayCell[] = named.map((e, i) => ({ address: a1Box(e.box), value: firsts[i].values[0][0] as StrayCell['value'] }));
  return new StrayCellsError(oversize.sheet, a1Box(used), used.rows * used.cols, oversize.limit, stray);
}


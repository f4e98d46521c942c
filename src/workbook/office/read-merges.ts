/**
 * Merged areas of sheets that have too many for one call. Excel documents that
 * Range.getMergedAreasOrNullObject "will fail to return the result" when the range holds more
 * than 512 merged areas: the call fails (it does not give a null object), and with it the whole
 * sync, so the first sync of a read (read-head.ts) is then queued again without the merged
 * areas, and they are read here on their own:
 *
 *   - rows 1 to the used range's end in two bands and the rows below in one, each band its own
 *     getMergedAreasOrNullObject in its own sync; a band still refused is split in two (rows, or
 *     columns for a single row) until it is answered;
 *   - an area crossing a band boundary comes back whole from both bands (the fake) or from the
 *     band of its top-left cell (Excel on some hosts): kept once. Should a host clip it to the
 *     band, its pieces touch at the boundary with the same columns (or rows): such pairs are
 *     asked again over their union, one sync for all, and joined only when Excel answers one area.
 *
 * Excel names no error code for the refusal, so any failure but those that say something else
 * (a missing sheet, a payload size, an unsupported API) counts as one; were it something else,
 * the sync without the merged areas fails too, with that error.
 */
import type { CellBox } from '../../engine/grid';
import { boxesOfAreas } from './addresses';
import { officeErrorCode } from './errors';

/** Rows and columns of an Excel sheet. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;

const NOT_A_MERGE_REFUSAL = new Set([
  'ItemNotFound',
  'ResponsePayloadSizeLimitExceeded',
  'RequestPayloadSizeLimitExceeded',
  'ApiNotFound',
  'InvalidObjectPath',
  'PropertyNotLoaded',
]);

/** Whether a failed sync that loaded merged areas may have failed because of them. */
export function mergesMayBeRefused(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === undefined || !NOT_A_MERGE_REFUSAL.has(code);
}

const key = (b: CellBox): string => `${b.row},${b.col},${b.rows},${b.cols}`;

/** Halves of a band: by rows, or by columns for a single row; undefined for a single cell. */
function halves(b: CellBox): [CellBox, CellBox] | undefined {
  if (b.rows > 1) {
    const top = Math.floor(b.rows / 2);
    return [{ ...b, rows: top }, { ...b, row: b.row + top, rows: b.rows - top }];
  }
  if (b.cols > 1) {
    const left = Math.floor(b.cols / 2);
    return [{ ...b, cols: left }, { ...b, col: b.col + left, cols: b.cols - left }];
  }
  return undefined;
}

/** The first bands of a sheet whose used range is `used`: its rows from row 1 in two, the rest in one. */
export function firstBands(used: CellBox): CellBox[] {
  const end = Math.min(SHEET_ROWS, Math.max(1, used.row + used.rows));
  const top: CellBox = { row: 0, col: 0, rows: end, cols: SHEET_COLS };
  const bands = halves(top) ?? [top];
  if (end < SHEET_ROWS) bands.push({ row: end, col: 0, rows: SHEET_ROWS - end, cols: SHEET_COLS });
  return bands;
}

/**
 * Reads the merged areas of `ws` band by band, one sync per band (see the file's comment), and
 * returns each area once, whole, in row then column order.
 */
export async function readMergesInBands(context: Excel.RequestContext, ws: Excel.Worksheet, used: CellBox): Promise<CellBox[]> {
  const stack = firstBands(used).reverse();
  const found = new Map<string, CellBox>();
  const rowCuts = new Set<number>();
  const colCuts = new Set<number>();
  for (const b of stack) if (b.row > 0) rowCuts.add(b.row);
  while (stack.length > 0) {
    const band = stack.pop() as CellBox;
    const areas = ws.getRangeByIndexes(band.row, band.col, band.rows, band.cols).getMergedAreasOrNullObject().load('address');
    try {
      await context.sync();
    } catch (e) {
      const parts = mergesMayBeRefused(e) ? halves(band) : undefined;
      if (!parts) throw e;
      if (parts[1].row !== band.row) rowCuts.add(parts[1].row);
      else colCuts.add(parts[1].col);
      stack.push(parts[1], parts[0]);
      continue;
    }
    if (!areas.isNullObject) for (const b of boxesOfAreas(areas.address)) found.set(key(b), b);
  }
  await joinClipped(context, ws, found, rowCuts, colCuts);
  return [...found.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Pairs of areas touching at a band cut along a whole edge: one area clipped, or two areas side by side. */
function touchingAtCuts(areas: CellBox[], rowCuts: Set<number>, colCuts: Set<number>): [CellBox, CellBox][] {
  const pairs: [CellBox, CellBox][] = [];
  const byStart = new Map<string, CellBox>();
  for (const b of areas) {
    byStart.set(`r${b.row},${b.col},${b.cols}`, b);
    byStart.set(`c${b.col},${b.row},${b.rows}`, b);
  }
  const used = new Set<string>();
  for (const a of areas) {
    const end = a.row + a.rows;
    const below = rowCuts.has(end) ? byStart.get(`r${end},${a.col},${a.cols}`) : undefined;
    const right = colCuts.has(a.col + a.cols) ? byStart.get(`c${a.col + a.cols},${a.row},${a.rows}`) : undefined;
    for (const b of [below, right]) {
      if (b && !used.has(key(a)) && !used.has(key(b))) {
        pairs.push([a, b]);
        used.add(key(a));
        used.add(key(b));
      }
    }
  }
  return pairs;
}

/** Joins the pieces of areas a band cut, asking Excel about each candidate pair's union. */
async function joinClipped(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  found: Map<string, CellBox>,
  rowCuts: Set<number>,
  colCuts: Set<number>,
): Promise<void> {
  const apart = new Set<string>();
  for (;;) {
    const pairs = touchingAtCuts([...found.values()], rowCuts, colCuts).filter(([a, b]) => !apart.has(`${key(a)}|${key(b)}`));
    if (pairs.length === 0) return;
    const asked = pairs.map(([a, b]) => {
      const union: CellBox = { row: a.row, col: a.col, rows: b.row + b.rows - a.row, cols: b.col + b.cols - a.col };
      const areas = ws.getRangeByIndexes(union.row, union.col, union.rows, union.cols).getMergedAreasOrNullObject().load('address');
      return { a, b, union, areas };
    });
    await context.sync();
    for (const { a, b, union, areas } of asked) {
      const answer = areas.isNullObject ? [] : boxesOfAreas(areas.address);
      if (answer.length === 1 && key(answer[0]) === key(union)) {
        found.delete(key(a));
        found.delete(key(b));
        found.set(key(union), union);
      } else {
        apart.add(`${key(a)}|${key(b)}`);
      }
    }
  }
}

/**
 * The merged areas of several sheets read together (read-sheets.ts) after their first sync was
 * refused for them: all sheets in one sync; refused, each sheet alone in its own sync, and a
 * sheet still refused band by band.
 */
export async function readMergesOfSheets(context: Excel.RequestContext, sheets: readonly { ws: Excel.Worksheet; used: CellBox }[]): Promise<CellBox[][]> {
  const whole = async (list: readonly { ws: Excel.Worksheet }[]): Promise<CellBox[][] | undefined> => {
    const areas = list.map(({ ws }) => ws.getRange().getMergedAreasOrNullObject().load('address'));
    try {
      await context.sync();
    } catch (e) {
      if (mergesMayBeRefused(e)) return undefined;
      throw e;
    }
    return areas.map((a) => (a.isNullObject ? [] : boxesOfAreas(a.address)));
  };
  const together = sheets.length > 1 ? await whole(sheets) : undefined;
  if (together) return together;
  const out: CellBox[][] = [];
  for (const sheet of sheets) out.push((await whole([sheet]))?.[0] ?? (await readMergesInBands(context, sheet.ws, sheet.used)));
  return out;
}

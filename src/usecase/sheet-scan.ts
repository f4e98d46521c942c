/**
 * Every sheet a choice may fall on, read in one request and sorted by what it holds: a layout a
 * reader recognises (standard, units as rows, a form), a header only (a broken scoring sheet,
 * still worth checking), or neither; and whether it holds a ranking table (last year's result).
 */
import type { LayoutKind } from '../engine/model';
import type { SheetGrid } from '../engine/grid';
import type { StatedLayout } from '../readers';
import { StrayCellsError, type WorkbookPort } from '../workbook/port';
import type { EngineApi } from './engine';

export type Layout = 'complete' | 'header-only' | 'none';

export interface ScannedSheet {
  name: string;
  grid: SheetGrid;
  layout: Layout;
  /** The reader that fits it, when complete. */
  kind?: LayoutKind;
  /** Holds a ranking table; undefined when nobody asked and the layout did not need to know. */
  rankingTable?: boolean;
}

/**
 * A copied ranking table (last year's "Xếp hạng chung") has STT, "Điểm tối đa" and columns to its
 * right, so it passes for a scoring layout; it does not score cleanly (its "Xếp loại" column is
 * text), while a scoring sheet with a ranking block beside it does. So a sheet holding a table
 * counts as a scoring sheet only if it scores. Scoring is asked first when the table is not wanted
 * for itself: on a large sheet it is much quicker than looking for a table.
 */
export function classifySheet(
  engine: EngineApi, name: string, grid: SheetGrid, listRankingTables: boolean, stated?: StatedLayout,
): ScannedSheet {
  let rankingTable = listRankingTables ? engine.readPreviousResult(grid) !== undefined : undefined;
  const fit = engine.fitSheet({ name, grid }, stated);
  let layout: Layout = fit.kind === 'none' ? 'none' : fit.kind === 'header-only' ? 'header-only' : 'complete';
  if (layout !== 'none' && rankingTable !== false && !scoresCleanly(engine, name, grid, stated)) {
    rankingTable ??= engine.readPreviousResult(grid) !== undefined;
    if (rankingTable) layout = 'none';
  }
  const kind = fit.kind === 'none' || fit.kind === 'header-only' ? undefined : fit.kind;
  return { name, grid, layout, ...(kind ? { kind } : {}), ...(rankingTable === undefined ? {} : { rankingTable }) };
}

function scoresCleanly(engine: EngineApi, name: string, grid: SheetGrid, stated: StatedLayout | undefined): boolean {
  const read = engine.readWorkbook([{ name, grid }], stated);
  return read.ok && engine.scoreModel(read.model).ok;
}

/**
 * Reads the named sheets in one request (an adapter batches it) and classifies them. A sheet too
 * big to read (a value far from its table: StrayCellsError) is left out of the read and listed as
 * holding no layout, so a stray cell in another sheet does not stop the scoring sheet being found;
 * choosing it reads it again, and the error names the cell. When no other sheet has a layout, the
 * error is thrown at once: that sheet was most likely the scoring sheet.
 */
export async function scanSheets(
  port: WorkbookPort, engine: EngineApi, names: readonly string[], listRankingTables: boolean, stated?: StatedLayout,
): Promise<ScannedSheet[]> {
  if (names.length === 0) return [];
  const { grids, tooBig } = await readLeavingOutTooBig(port, names);
  const scanned = names.map((name, i): ScannedSheet => {
    const grid = grids[i];
    return grid ? classifySheet(engine, name, grid, listRankingTables, stated) : { name, grid: emptyGrid(name), layout: 'none' };
  });
  if (tooBig.length > 0 && scanned.every((s) => s.layout === 'none')) throw tooBig[0];
  return scanned;
}

function emptyGrid(sheetName: string): SheetGrid {
  return { sheetName, values: [], originRow: 0, originCol: 0 };
}

/** The sheets' grids, undefined for a sheet too big to read (one more request per such sheet). */
async function readLeavingOutTooBig(
  port: WorkbookPort, names: readonly string[],
): Promise<{ grids: (SheetGrid | undefined)[]; tooBig: StrayCellsError[] }> {
  const tooBig: StrayCellsError[] = [];
  let left = [...names];
  for (;;) {
    try {
      const read = left.length > 0 ? await port.readSheets(left) : [];
      const byName = new Map(left.map((name, i) => [name, read[i]]));
      return { grids: names.map((name) => byName.get(name)), tooBig };
    } catch (e) {
      if (!(e instanceof StrayCellsError) || !left.includes(e.sheet)) throw e;
      tooBig.push(e);
      left = left.filter((name) => name !== e.sheet);
    }
  }
}

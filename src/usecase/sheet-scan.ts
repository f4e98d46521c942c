/**
 * Every sheet a choice may fall on, read in one request and sorted by what it holds: a layout a
 * reader recognises (standard, units as rows, a form), a header only (a broken scoring sheet,
 * still worth checking), or neither; and whether it holds a ranking table (last year's result).
 */
import type { LayoutKind } from '../engine/model';
import type { SheetGrid } from '../engine/grid';
import type { StatedLayout } from '../readers';
import type { WorkbookPort } from '../workbook/port';
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

/** Reads the named sheets in one request (an adapter batches it) and classifies them. */
export async function scanSheets(
  port: WorkbookPort, engine: EngineApi, names: readonly string[], listRankingTables: boolean, stated?: StatedLayout,
): Promise<ScannedSheet[]> {
  if (names.length === 0) return [];
  const grids = await port.readSheets(names);
  return names.map((name, i) => classifySheet(engine, name, grids[i], listRankingTables, stated));
}

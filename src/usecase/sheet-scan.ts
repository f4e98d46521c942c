/**
 * Every sheet a choice may fall on, read once and sorted by what it holds: a complete scoring
 * layout (header, max column, at least one unit), a header only (a broken scoring sheet, still
 * worth checking), or neither; and whether it holds a ranking table (last year's result).
 */
import type { SheetGrid } from '../engine/grid';
import type { WorkbookPort } from '../workbook/port';
import type { EngineApi } from './engine';

export type Layout = 'complete' | 'header-only' | 'none';

export interface ScannedSheet {
  name: string;
  grid: SheetGrid;
  layout: Layout;
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
export function classifySheet(engine: EngineApi, name: string, grid: SheetGrid, listRankingTables: boolean): ScannedSheet {
  let rankingTable = listRankingTables ? engine.readPreviousResult(grid) !== undefined : undefined;
  let layout: Layout = !engine.looksLikeScoringSheet(grid) ? 'none' : engine.hasScoringLayout(grid) ? 'complete' : 'header-only';
  if (layout !== 'none' && rankingTable !== false && !engine.scoreSheet(grid).ok) {
    rankingTable ??= engine.readPreviousResult(grid) !== undefined;
    if (rankingTable) layout = 'none';
  }
  return { name, grid, layout, ...(rankingTable === undefined ? {} : { rankingTable }) };
}

/** Reads the named sheets one after the other, each once, and classifies them. */
export async function scanSheets(
  port: WorkbookPort, engine: EngineApi, names: readonly string[], listRankingTables: boolean,
): Promise<ScannedSheet[]> {
  const scanned: ScannedSheet[] = [];
  for (const name of names) scanned.push(classifySheet(engine, name, await port.readSheet(name), listRankingTables));
  return scanned;
}

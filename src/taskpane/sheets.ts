/**
 * Which sheet to score, and which sheets could hold last year's result.
 *
 * Every sheet the reviewer could choose (visible, not a result sheet this product wrote) is read
 * once and sorted into: a complete scoring layout (header, max column, at least one unit), a header
 * only (a broken scoring sheet, still worth checking), or neither. A ranking table (last year's
 * "Xếp hạng chung", copied in) also has STT, "Điểm tối đa" and columns to its right, so it would pass
 * for a complete layout: unless it scores cleanly, it counts as a ranking table only.
 *
 * The selection, first that applies: the sheet already selected (on reload), the active sheet with
 * a complete layout, the sheet saved last time (when it still has at least the header), the first
 * complete sheet, the first header-only sheet; else nothing, and the reviewer picks.
 */
import type { SheetGrid } from '../engine/grid';
import type { WorkbookPort } from '../workbook/port';
import type { EngineApi } from './engine';

/** Why the selection is what it is. */
export type SheetHint = 'kept' | 'active' | 'saved' | 'first-complete' | 'header-only' | 'none';

export interface SheetChoice {
  /** Sheets with a complete scoring layout, in tab order. */
  scoring: string[];
  /** Sheets with the standard header but no max column or no unit column, in tab order. */
  incomplete: string[];
  /** The other sheets that could be chosen, in tab order. */
  others: string[];
  /** Sheets holding a ranking table that can serve as last year's result, in tab order. */
  rankingTables: string[];
  hint: SheetHint;
}

export interface LoadedSheet {
  name: string;
  grid: SheetGrid;
}

export interface ChosenSheet {
  choice: SheetChoice;
  /** The sheet selected, already read; undefined when there is nothing sensible to select. */
  selected?: LoadedSheet;
}

export interface SheetPreferences {
  /** The sheet selected in the pane right now (reload keeps it while it exists). */
  current?: string;
  /** The sheet saved in the workbook's settings last time. */
  saved?: string;
}

type Layout = 'complete' | 'header-only' | 'none';

interface Scanned {
  name: string;
  grid: SheetGrid;
  layout: Layout;
  rankingTable: boolean;
}

function classify(engine: EngineApi, name: string, grid: SheetGrid): Scanned {
  const rankingTable = engine.readPreviousResult(grid) !== undefined;
  let layout: Layout = !engine.looksLikeScoringSheet(grid) ? 'none' : engine.hasScoringLayout(grid) ? 'complete' : 'header-only';
  // Both a ranking table and a scoring layout: a scoring sheet with a ranking block scores; a copied
  // ranking table does not (its "Xếp loại" column is text), so it is not offered as a scoring sheet.
  if (rankingTable && layout !== 'none' && !engine.scoreSheet(grid).ok) layout = 'none';
  return { name, grid, layout, rankingTable };
}

export async function chooseSheet(port: WorkbookPort, engine: EngineApi, prefs: SheetPreferences = {}): Promise<ChosenSheet> {
  const summaries = [...(await port.listSheets())].sort((a, b) => a.position - b.position);
  const names = summaries.filter((s) => s.visible && !s.ownedByUs).map((s) => s.name);
  const empty: SheetChoice = { scoring: [], incomplete: [], others: [], rankingTables: [], hint: 'none' };
  if (names.length === 0) return { choice: empty };

  const active = await port.activeSheetName();
  const scanned: Scanned[] = [];
  for (const name of names) scanned.push(classify(engine, name, await port.readSheet(name)));
  const find = (name: string | undefined) => scanned.find((s) => s.name === name);
  const withLayout = (layout: Layout) => scanned.filter((s) => s.layout === layout);

  const lists = {
    scoring: withLayout('complete').map((s) => s.name),
    incomplete: withLayout('header-only').map((s) => s.name),
    others: withLayout('none').map((s) => s.name),
    rankingTables: scanned.filter((s) => s.rankingTable).map((s) => s.name),
  };

  const current = find(prefs.current);
  const activeSheet = find(active);
  const saved = find(prefs.saved);
  const pick: [Scanned | undefined, SheetHint][] = [
    [current, 'kept'],
    [activeSheet?.layout === 'complete' ? activeSheet : undefined, 'active'],
    [saved && saved.layout !== 'none' ? saved : undefined, 'saved'],
    [withLayout('complete')[0], 'first-complete'],
    [withLayout('header-only')[0], 'header-only'],
  ];
  const [sheet, hint] = pick.find(([s]) => s !== undefined) ?? [undefined, 'none' as const];
  return {
    choice: { ...lists, hint },
    selected: sheet ? { name: sheet.name, grid: sheet.grid } : undefined,
  };
}

/**
 * Which sheet to score: the active one when it has a standard header, else the sheet the reviewer
 * used last time, else the first sheet that looks like a scoring sheet. Result sheets the product
 * wrote itself and hidden sheets are never offered.
 */
import type { SheetGrid } from '../engine/grid';
import type { WorkbookPort } from '../workbook/port';
import type { EngineApi } from './engine';

export interface SheetChoice {
  /** Sheets that look like scoring sheets, in tab order. */
  scoring: string[];
  /** The other sheets that could be chosen, in tab order. */
  others: string[];
  /** Why the selection is what it is: the active sheet, a sheet to pick, or no scoring sheet at all. */
  hint: 'active' | 'pick' | 'none';
}

export interface LoadedSheet {
  name: string;
  grid: SheetGrid;
}

export interface ChosenSheet {
  choice: SheetChoice;
  /** The sheet selected, already read; undefined when the workbook has no sheet to offer. */
  selected?: LoadedSheet;
}

export async function chooseSheet(port: WorkbookPort, engine: EngineApi, preferred?: string): Promise<ChosenSheet> {
  const summaries = [...(await port.listSheets())].sort((a, b) => a.position - b.position);
  const candidates = summaries.filter((s) => s.visible && !s.ownedByUs).map((s) => s.name);
  if (candidates.length === 0) return { choice: { scoring: [], others: [], hint: 'none' } };

  const active = await port.activeSheetName();
  if (candidates.includes(active)) {
    const grid = await port.readSheet(active);
    if (engine.looksLikeScoringSheet(grid)) {
      return {
        choice: { scoring: [active], others: candidates.filter((n) => n !== active), hint: 'active' },
        selected: { name: active, grid },
      };
    }
  }

  const grids = new Map<string, SheetGrid>();
  const scoring: string[] = [];
  for (const name of candidates) {
    const grid = await port.readSheet(name);
    if (engine.looksLikeScoringSheet(grid)) {
      scoring.push(name);
      grids.set(name, grid);
    }
  }
  const others = candidates.filter((n) => !scoring.includes(n));
  if (scoring.length === 0) {
    // Nothing looks right: offer every sheet and select none, so the reviewer decides.
    return { choice: { scoring, others, hint: 'none' } };
  }
  const name = preferred !== undefined && scoring.includes(preferred) ? preferred : scoring[0];
  const grid = grids.get(name) as SheetGrid;
  return { choice: { scoring, others, hint: 'pick' }, selected: { name, grid } };
}

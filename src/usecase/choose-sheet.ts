/**
 * Which sheet to score: one function for both shells, each giving its rules in the order they are
 * tried (the presets below). The sheets a choice may fall on are read once; our own result sheets
 * are never among them, hidden sheets only when asked.
 *
 * - `named`: the sheet the user named (`--sheet`), any sheet of the workbook, its exact name first,
 *   else ignoring case; only it is read. Missing: `NamedSheetNotFoundError`. Skipped when no name.
 * - `kept`: the sheet selected right now (a pane reloading its list keeps it while it exists).
 * - `active`: the active sheet, when it has a complete layout.
 * - `saved`: the sheet saved last time, when it still has at least the header.
 * - `first-complete`: the first sheet with a complete layout.
 * - `header-only`: the first sheet with a header only (its findings then say what is missing).
 * - `first-sheet`: the first sheet (scored anyway: its findings say why it is not a scoring sheet).
 * When no rule applies, nothing is selected (`none`).
 */
import type { SheetGrid } from '../engine/grid';
import type { SheetSummary, WorkbookPort } from '../workbook/port';
import type { EngineApi } from './engine';
import { NamedSheetNotFoundError } from './errors';
import { type Layout, type ScannedSheet, scanSheets } from './sheet-scan';

export type SheetRule = 'named' | 'kept' | 'active' | 'saved' | 'first-complete' | 'header-only' | 'first-sheet';

export interface SheetChoiceOptions<R extends SheetRule> {
  rules: readonly R[];
  /** For `named`. */
  named?: string;
  /** For `kept`. */
  current?: string;
  /** For `saved`. */
  saved?: string;
  /** Hidden sheets: skipped (a pane offers what the reviewer sees) or included (a file's sheets are all data). */
  hidden: 'skip' | 'include';
  /** Also list the sheets holding a ranking table (a pane offers them as last year's result). */
  listRankingTables: boolean;
}

/** The task pane: what the reviewer is on, then what was saved, then the first scoring sheet. */
export const PANE_SHEET_CHOICE = {
  rules: ['kept', 'active', 'saved', 'first-complete', 'header-only'],
  hidden: 'skip',
  listRankingTables: true,
} as const;

/** A file on the command line: the sheet named, else the first scoring sheet, else the first sheet. */
export const FILE_SHEET_CHOICE = {
  rules: ['named', 'first-complete', 'header-only', 'first-sheet'],
  hidden: 'include',
  listRankingTables: false,
} as const;

export type PaneSheetHint = (typeof PANE_SHEET_CHOICE)['rules'][number] | 'none';
export type FileSheetHint = (typeof FILE_SHEET_CHOICE)['rules'][number] | 'none';

export interface SheetChoice<H extends string = SheetRule | 'none'> {
  /** Sheets with a complete scoring layout, in tab order. */
  scoring: string[];
  /** Sheets with the standard header but no max column or no unit column, in tab order. */
  incomplete: string[];
  /** The other sheets a choice may fall on, in tab order. */
  others: string[];
  /** Sheets holding a ranking table that can serve as last year's result, in tab order (when listed). */
  rankingTables: string[];
  /** The rule that selected the sheet. */
  hint: H;
}

export interface LoadedSheet {
  name: string;
  grid: SheetGrid;
}

export interface ChosenSheet<H extends string = SheetRule | 'none'> {
  choice: SheetChoice<H>;
  /** The sheet selected, already read; undefined when no rule applies. */
  selected?: LoadedSheet;
}

const inTabOrder = (sheets: readonly SheetSummary[]): SheetSummary[] => [...sheets].sort((a, b) => a.position - b.position);

function listsOf(scanned: readonly ScannedSheet[], listRankingTables: boolean): Omit<SheetChoice, 'hint'> {
  const withLayout = (layout: Layout) => scanned.filter((s) => s.layout === layout).map((s) => s.name);
  return {
    scoring: withLayout('complete'),
    incomplete: withLayout('header-only'),
    others: withLayout('none'),
    rankingTables: listRankingTables ? scanned.filter((s) => s.rankingTable === true).map((s) => s.name) : [],
  };
}

interface Wanted {
  current?: string;
  saved?: string;
  active?: string;
}

/** The scanned sheet a rule selects; `named` and an empty `first-sheet` are decided by the caller. */
function selectedBy(rule: SheetRule, scanned: readonly ScannedSheet[], wanted: Wanted): ScannedSheet | undefined {
  const find = (name: string | undefined) => (name === undefined ? undefined : scanned.find((s) => s.name === name));
  switch (rule) {
    case 'named': return undefined;
    case 'kept': return find(wanted.current);
    case 'active': {
      const active = find(wanted.active);
      return active?.layout === 'complete' ? active : undefined;
    }
    case 'saved': {
      const saved = find(wanted.saved);
      return saved && saved.layout !== 'none' ? saved : undefined;
    }
    case 'first-complete': return scanned.find((s) => s.layout === 'complete');
    case 'header-only': return scanned.find((s) => s.layout === 'header-only');
    case 'first-sheet': return scanned[0];
  }
}

export async function chooseSheet<R extends SheetRule>(
  port: WorkbookPort, engine: EngineApi, options: SheetChoiceOptions<R>,
): Promise<ChosenSheet<R | 'none'>> {
  const rules: readonly SheetRule[] = options.rules;
  const all = inTabOrder(await port.listSheets());
  if (options.named !== undefined && rules.includes('named')) {
    const named = options.named;
    const found = all.find((s) => s.name === named) ?? all.find((s) => s.name.toLowerCase() === named.toLowerCase());
    if (!found) throw new NamedSheetNotFoundError(named, all.map((s) => s.name));
    const choice = { ...listsOf([], false), hint: 'named' as R };
    return { choice, selected: { name: found.name, grid: await port.readSheet(found.name) } };
  }

  const names = all.filter((s) => !s.ownedByUs && (options.hidden === 'include' || s.visible)).map((s) => s.name);
  const active = names.length > 0 && rules.includes('active') ? await port.activeSheetName() : undefined;
  const scanned = await scanSheets(port, engine, names, options.listRankingTables);
  const lists = listsOf(scanned, options.listRankingTables);
  const wanted: Wanted = { current: options.current, saved: options.saved, active };
  for (const rule of options.rules) {
    const sheet = selectedBy(rule, scanned, wanted);
    if (sheet) return { choice: { ...lists, hint: rule }, selected: { name: sheet.name, grid: sheet.grid } };
    if (rule === 'first-sheet' && all.length > 0) {
      // Every sheet is ours (or hidden): the first is still scored, and its findings say why.
      return { choice: { ...lists, hint: rule }, selected: { name: all[0].name, grid: await port.readSheet(all[0].name) } };
    }
  }
  return { choice: { ...lists, hint: 'none' } };
}

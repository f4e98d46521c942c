/**
 * What to score: one function for both shells, each giving its rules in the order they are tried
 * (the presets below). What is scored is a *scope*: the whole workbook (`WHOLE_WORKBOOK`: every
 * sheet a reader recognises, read into ranking groups) or one sheet. The sheets a choice may fall
 * on are read in one request; our own result sheets are never among them, hidden sheets only
 * when asked.
 *
 * - `named`: the sheets the user named (`--sheet`), any sheets of the workbook, each by its exact
 *   name first, else ignoring case; only they are read. Missing: `NamedSheetNotFoundError`.
 *   Skipped when none is named.
 * - `kept`: the scope selected right now (a pane reloading its list keeps it while it exists).
 * - `active`: the active sheet, when it has a complete layout: the whole workbook when that is
 *   what `workbook` selects and the active sheet is read in it, else the sheet itself (another
 *   year's copy of the same units, left out of the whole).
 * - `saved`: the scope saved last time, a sheet when it still has at least the header.
 * - `workbook`: the whole workbook when it reads as several ranking groups or as a group of several
 *   sheets (forms); else the sheet it reads as (one scoring sheet; several with the same units,
 *   another year's copies: the first).
 * - `header-only`: the first sheet with a header only (its findings then say what is missing).
 * - `first-sheet`: the first sheet (scored anyway: its findings say why it is not a scoring sheet).
 * When no rule applies, nothing is selected (`none`).
 */
import type { SheetGrid } from '../engine/grid';
import type { LayoutKind } from '../engine/model';
import type { StatedLayout } from '../readers';
import type { SheetSummary, WorkbookPort } from '../workbook/port';
import type { EngineApi } from './engine';
import { NamedSheetNotFoundError } from './errors';
import { type Layout, type ScannedSheet, scanSheets } from './sheet-scan';

/** The scope of every sheet a reader recognises. Excel allows no `*` in a sheet's name. */
export const WHOLE_WORKBOOK = '*';

export type SheetRule = 'named' | 'kept' | 'active' | 'saved' | 'workbook' | 'header-only' | 'first-sheet';

export interface SheetChoiceOptions<R extends SheetRule> {
  rules: readonly R[];
  /** For `named`: one sheet (scored alone) or several (read together, in the order named). */
  named?: readonly string[];
  /** For `kept`: a sheet's name or `WHOLE_WORKBOOK`. */
  current?: string;
  /** For `saved`: a sheet's name or `WHOLE_WORKBOOK`. */
  saved?: string;
  /** Hidden sheets: skipped (a pane offers what the reviewer sees) or included (a file's sheets are all data). */
  hidden: 'skip' | 'include';
  /** Also list the sheets holding a ranking table (a pane offers them as last year's result). */
  listRankingTables: boolean;
  /** The layout as the user stated it: sheets are recognised by it. */
  stated?: StatedLayout;
}

/** The task pane: what the reviewer is on, then what was saved, then the scoring sheets. */
export const PANE_SHEET_CHOICE = {
  rules: ['kept', 'active', 'saved', 'workbook', 'header-only'],
  hidden: 'skip',
  listRankingTables: true,
} as const;

/** A file on the command line: the sheet named, else the scoring sheets, else the first sheet. */
export const FILE_SHEET_CHOICE = {
  rules: ['named', 'workbook', 'header-only', 'first-sheet'],
  hidden: 'include',
  listRankingTables: false,
} as const;

export type PaneSheetHint = (typeof PANE_SHEET_CHOICE)['rules'][number] | 'none';
export type FileSheetHint = (typeof FILE_SHEET_CHOICE)['rules'][number] | 'none';

export interface SheetChoice<H extends string = SheetRule | 'none'> {
  /** Sheets with a complete scoring layout (any reader's), in tab order. */
  scoring: string[];
  /** The reader that recognised each scoring sheet. */
  kinds: Record<string, LayoutKind>;
  /** Sheets with the standard header but no max column or no unit column, in tab order. */
  incomplete: string[];
  /** The other sheets a choice may fall on, in tab order. */
  others: string[];
  /** Sheets holding a ranking table that can serve as last year's result, in tab order (when listed). */
  rankingTables: string[];
  /** The rule that selected the scope. */
  hint: H;
}

export interface LoadedSheet {
  name: string;
  grid: SheetGrid;
}

/** What is scored: a sheet, or the whole workbook, with the sheets it reads (already read). */
export interface Selection {
  /** A sheet's name, or `WHOLE_WORKBOOK`. */
  scope: string;
  sheets: LoadedSheet[];
}

export interface ChosenSheet<H extends string = SheetRule | 'none'> {
  choice: SheetChoice<H>;
  /** The scope selected, its sheets already read; undefined when no rule applies. */
  selected?: Selection;
}

const inTabOrder = (sheets: readonly SheetSummary[]): SheetSummary[] => [...sheets].sort((a, b) => a.position - b.position);

function listsOf(scanned: readonly ScannedSheet[], listRankingTables: boolean): Omit<SheetChoice, 'hint'> {
  const withLayout = (layout: Layout) => scanned.filter((s) => s.layout === layout).map((s) => s.name);
  const kinds: Record<string, LayoutKind> = {};
  for (const s of scanned) if (s.kind) kinds[s.name] = s.kind;
  return {
    scoring: withLayout('complete'),
    kinds,
    incomplete: withLayout('header-only'),
    others: withLayout('none'),
    rankingTables: listRankingTables ? scanned.filter((s) => s.rankingTable === true).map((s) => s.name) : [],
  };
}

/** The sheets a scope reads: the whole workbook's are the scoring sheets; a sheet's, itself. */
export function sheetsOfScope(scope: string, scanned: readonly ScannedSheet[]): ScannedSheet[] {
  if (scope === WHOLE_WORKBOOK) return scanned.filter((s) => s.layout === 'complete');
  return scanned.filter((s) => s.name === scope);
}

interface Wanted {
  current?: string;
  saved?: string;
  active?: string;
}

/** What the whole workbook reads as, worked out once and only when a rule asks. */
class Whole {
  private read?: ReturnType<EngineApi['readWorkbook']>;

  constructor(
    private readonly complete: readonly ScannedSheet[], private readonly engine: EngineApi, private readonly stated: StatedLayout | undefined,
  ) {}

  private outcome() {
    this.read ??= this.engine.readWorkbook(this.complete, this.stated);
    return this.read;
  }

  /**
   * The whole workbook when it reads as several groups or as a group of several sheets (forms);
   * else the one sheet scored (the first, the others being copies of its units, left out).
   */
  scope(): string | undefined {
    if (this.complete.length === 0) return undefined;
    if (this.complete.length === 1) return this.complete[0].name;
    const read = this.outcome();
    if (!read.ok) return this.complete[0].name;
    const { groups } = read.model;
    return groups.length > 1 || groups[0].sheets.length > 1 ? WHOLE_WORKBOOK : groups[0].sheets[0];
  }

  /** The scope of a complete sheet: the whole workbook's when the sheet is read in it, else the sheet alone. */
  scopeOf(sheet: string): string {
    const scope = this.scope();
    if (scope !== WHOLE_WORKBOOK) return scope === sheet ? scope : sheet;
    const read = this.outcome();
    return read.ok && read.model.groups.some((g) => g.sheets.includes(sheet)) ? WHOLE_WORKBOOK : sheet;
  }
}

/** The scope a rule selects; `named` and an empty `first-sheet` are decided by the caller. */
function selectedBy(rule: SheetRule, scanned: readonly ScannedSheet[], wanted: Wanted, whole: Whole): string | undefined {
  const find = (name: string | undefined) => (name === undefined ? undefined : scanned.find((s) => s.name === name));
  switch (rule) {
    case 'named': return undefined;
    case 'kept': return wanted.current === WHOLE_WORKBOOK ? whole.scope() : find(wanted.current)?.name;
    case 'active': {
      const active = find(wanted.active);
      return active?.layout === 'complete' ? whole.scopeOf(active.name) : undefined;
    }
    case 'saved': {
      if (wanted.saved === WHOLE_WORKBOOK) return whole.scope();
      const saved = find(wanted.saved);
      return saved && saved.layout !== 'none' ? saved.name : undefined;
    }
    case 'workbook': return whole.scope();
    case 'header-only': return scanned.find((s) => s.layout === 'header-only')?.name;
    case 'first-sheet': return scanned[0]?.name;
  }
}

export async function chooseSheet<R extends SheetRule>(
  port: WorkbookPort, engine: EngineApi, options: SheetChoiceOptions<R>,
): Promise<ChosenSheet<R | 'none'>> {
  const rules: readonly SheetRule[] = options.rules;
  const all = inTabOrder(await port.listSheets());
  const named = options.named ?? [];
  if (named.length > 0 && rules.includes('named')) {
    const found = named.map((name) => {
      const sheet = all.find((s) => s.name === name) ?? all.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!sheet) throw new NamedSheetNotFoundError(name, all.map((s) => s.name));
      return sheet.name;
    }).filter((name, i, list) => list.indexOf(name) === i);
    const grids = await port.readSheets(found);
    const sheets = found.map((name, i) => ({ name, grid: grids[i] }));
    return { choice: { ...listsOf([], false), hint: 'named' as R }, selected: { scope: found.length === 1 ? found[0] : WHOLE_WORKBOOK, sheets } };
  }

  const names = all.filter((s) => !s.ownedByUs && (options.hidden === 'include' || s.visible)).map((s) => s.name);
  const active = names.length > 0 && rules.includes('active') ? await port.activeSheetName() : undefined;
  const scanned = await scanSheets(port, engine, names, options.listRankingTables, options.stated);
  const lists = listsOf(scanned, options.listRankingTables);
  const wanted: Wanted = { current: options.current, saved: options.saved, active };
  const loaded = (s: ScannedSheet): LoadedSheet => ({ name: s.name, grid: s.grid });
  const whole = new Whole(scanned.filter((s) => s.layout === 'complete'), engine, options.stated);
  for (const rule of options.rules) {
    const scope = selectedBy(rule, scanned, wanted, whole);
    if (scope !== undefined) {
      return { choice: { ...lists, hint: rule }, selected: { scope, sheets: sheetsOfScope(scope, scanned).map(loaded) } };
    }
    if (rule === 'first-sheet' && all.length > 0) {
      // Every sheet is ours (or hidden): the first is still scored, and its findings say why.
      const [grid] = await port.readSheets([all[0].name]);
      return { choice: { ...lists, hint: rule }, selected: { scope: all[0].name, sheets: [{ name: all[0].name, grid }] } };
    }
  }
  return { choice: { ...lists, hint: 'none' } };
}

/**
 * Reads an .xls (Excel 97–2003, BIFF8; Excel 5/95's BIFF5 too) or .ods workbook into grids, with
 * SheetJS (`@e965/xlsx`, loaded on first use so the command line's start does not pay for it),
 * and says what a new .xlsx made of those grids would not carry over.
 */
import type { CellObject, ParsingOptions, WorkBook, WorkSheet } from '@e965/xlsx';
import type { SheetGrid } from '../../engine/grid';
import { WorkbookError } from '../port';
import { readBiffFacts, type BiffFacts } from './biff-records';
import { cfbContentOf, fileKindOf, zipContentOf } from './kind';
import { inOrder, type LostFeature } from './not-carried';
import { readOdsFacts, type OdsFacts } from './ods-content';
import { gridOfSheet } from './sheet-grid';

export type LegacyKind = 'xls' | 'ods';

export interface LegacySheet {
  name: string;
  grid: SheetGrid;
  visible: boolean;
}

export interface LegacyWorkbook {
  /** The worksheets, in tab order (chart sheets and macro sheets are left out and reported). */
  sheets: LegacySheet[];
  /** The sheet that was active when the file was saved, when the file says so. */
  activeSheet?: string;
  /** What the new .xlsx will not have of the original, in LOST_FEATURES order. */
  notCarried: LostFeature[];
  /** Dates are counted from 1904 (the serial numbers in the grids are in that system). */
  date1904: boolean;
}

/** Why a legacy file cannot be read. */
export type LegacyProblem = 'encrypted' | 'damaged' | 'wrong-kind';

export class LegacyReadError extends WorkbookError {
  constructor(readonly problem: LegacyProblem, message: string, options?: { cause?: unknown }) {
    super(problem === 'encrypted' ? 'unsupported' : 'read-failed', message, options);
    this.name = 'LegacyReadError';
  }
}

type SheetJs = typeof import('@e965/xlsx');

/** The subset of SheetJS's CFB module (typed `any` by SheetJS) used here. */
interface CfbModule {
  read(data: Uint8Array, options: { type: 'array' }): unknown;
  find(container: unknown, path: string): { content?: ArrayLike<number> } | null;
}

let sheetJs: Promise<SheetJs> | undefined;

function loadSheetJs(): Promise<SheetJs> {
  sheetJs ??= import('@e965/xlsx');
  return sheetJs;
}

const OPTIONS: ParsingOptions = {
  type: 'array', dense: true, cellFormula: true, cellDates: false, cellNF: false, cellText: false, cellHTML: false,
  cellStyles: false, sheetStubs: false, bookVBA: false, WTF: false,
};

/**
 * SheetJS's parse, with its console messages held back: its ODS reader prints one per number
 * format it cannot map ("ODS number format may be incorrect"), which is noise for our users (the
 * formats are not read). Synchronous, so nothing else runs while console.error is replaced.
 */
function parse(xlsx: SheetJs, bytes: Uint8Array): WorkBook {
  const error = console.error;
  const warn = console.warn;
  console.error = () => undefined;
  console.warn = () => undefined;
  try {
    return xlsx.read(bytes, OPTIONS);
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

function biffFactsOf(xlsx: SheetJs, bytes: Uint8Array): BiffFacts {
  const cfb = xlsx.CFB as CfbModule;
  let container: unknown;
  try {
    container = cfb.read(bytes, { type: 'array' });
  } catch (e) {
    throw new LegacyReadError('damaged', 'the compound file cannot be read', { cause: e });
  }
  const stream = cfb.find(container, 'Workbook') ?? cfb.find(container, 'Book');
  if (!stream?.content) throw new LegacyReadError('wrong-kind', 'the compound file holds no Workbook stream');
  return readBiffFacts(Uint8Array.from(stream.content));
}

/** Refuses a file that is not of the kind named; answers whether an .xls carries a VBA project. */
function checkKind(bytes: Uint8Array, kind: LegacyKind): { macros: boolean } {
  const container = fileKindOf(bytes);
  if (container !== (kind === 'ods' ? 'zip' : 'cfb')) throw new LegacyReadError('wrong-kind', `not ${kind === 'ods' ? 'a zip' : 'a compound file'} (${container})`);
  if (kind === 'ods') {
    const content = zipContentOf(bytes);
    if (content === 'damaged') throw new LegacyReadError('damaged', 'the .ods container is cut off or damaged');
    if (content !== 'ods') throw new LegacyReadError('wrong-kind', `not an OpenDocument spreadsheet (${content})`);
    return { macros: false };
  }
  const { content, macros } = cfbContentOf(bytes);
  if (content === 'encrypted-ooxml') throw new LegacyReadError('encrypted', 'an .xlsx package encrypted with a password');
  if (content === 'damaged') throw new LegacyReadError('damaged', 'the compound file is cut off or damaged');
  if (content !== 'xls') throw new LegacyReadError('wrong-kind', `not an Excel 97-2003 workbook (${content})`);
  return { macros };
}

/** Features seen on the cells: formulas, comments, links; and sheet protection. */
function cellFeatures(ws: WorkSheet, grid: SheetGrid, found: Set<LostFeature>): void {
  if (grid.formulas?.some((row) => row.includes(true))) found.add('formulas');
  if (grid.values.some((row) => row.some((v) => v !== '' && v !== null))) found.add('formats');
  if (ws['!protect']) found.add('protection');
  const data: readonly (readonly (CellObject | undefined)[] | undefined)[] = ws['!data'] ?? [];
  for (const row of data) {
    for (const cell of row ?? []) {
      if (cell?.c && cell.c.length > 0) found.add('comments');
      if (cell?.l) found.add('hyperlinks');
    }
  }
}

export async function readLegacyWorkbook(bytes: Uint8Array, kind: LegacyKind): Promise<LegacyWorkbook> {
  const { macros } = checkKind(bytes, kind);
  const xlsx = await loadSheetJs();
  const biff = kind === 'xls' ? biffFactsOf(xlsx, bytes) : undefined;
  let ods: OdsFacts | undefined;
  let wb: WorkBook;
  try {
    if (kind === 'ods') ods = readOdsFacts(bytes);
    wb = parse(xlsx, bytes);
  } catch (e) {
    if (biff?.encrypted) throw new LegacyReadError('encrypted', 'the workbook is encrypted with a password', { cause: e });
    throw new LegacyReadError('damaged', `SheetJS cannot read the ${kind} file`, { cause: e });
  }

  const found = new Set<LostFeature>([...(biff?.features ?? []), ...(ods?.features ?? [])]);
  if (macros) found.add('macros');
  const sheets: LegacySheet[] = [];
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    const type: unknown = ws?.['!type'];
    if (!ws || (type !== undefined && type !== 'sheet')) {
      found.add(type === 'chart' ? 'charts' : 'macros');
      return;
    }
    const table = ods?.tables.find((t) => t.name === name);
    const biffSheet = biff?.sheets.length === wb.SheetNames.length ? biff.sheets[i] : undefined;
    const grid = gridOfSheet(name, ws, { hiddenRows: table?.hiddenRows, hiddenCols: table?.hiddenCols ?? biffSheet?.hiddenCols, uncached: table?.uncached });
    cellFeatures(ws, grid, found);
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden;
    sheets.push({ name, grid, visible: table ? table.visible : !hidden });
  });

  const activeName = biff?.activeTab !== undefined && biff.sheets.length === wb.SheetNames.length ? wb.SheetNames[biff.activeTab] : ods?.activeTable;
  const active = sheets.find((s) => s.name === activeName && s.visible);
  return {
    sheets,
    ...(active ? { activeSheet: active.name } : {}),
    notCarried: inOrder(found),
    date1904: Boolean(wb.Workbook?.WBProps?.date1904),
  };
}

/**
 * The layout as the reviewer states it in the pane ("Khai báo bố cục bảng"): what a saved one must
 * look like to be used, the form's draft and the layout it states, and the sheet's own rows and
 * columns offered to pick from (rows and column letters as Excel shows them; the layout itself is
 * 0-based sheet coordinates, as the readers take it).
 */
import type { CellValue, SheetGrid } from '../engine/grid';
import type { StatedLayout } from '../usecase';

export type { StatedLayout };
export type LayoutKind = StatedLayout['kind'];
export type RankedScore = NonNullable<StatedLayout['rankedScore']>;

export const LAYOUT_KINDS: readonly LayoutKind[] = ['criteria-as-rows', 'units-as-rows', 'sheet-per-unit'];

/** Excel's last row and column (0-based). */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** The fields each kind of layout reads (README of src/readers, "A stated layout"). */
const FIELDS: Record<LayoutKind, readonly (keyof StatedLayout)[]> = {
  'criteria-as-rows': ['sheets', 'headerRow', 'codeColumn', 'maxColumn', 'unitColumns', 'rankedScore'],
  'units-as-rows': ['sheets', 'headerRow', 'codeColumn', 'maxRow', 'unitNameColumn', 'componentColumns'],
  'sheet-per-unit': ['sheets', 'headerRow', 'codeColumn', 'maxColumn', 'rankedScore'],
};

export const hasField = (kind: LayoutKind, field: keyof StatedLayout): boolean => FIELDS[kind].includes(field);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isIndex = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/**
 * A saved layout, or undefined when any of its fields does not make sense (then none is used: half
 * a layout would read the sheet wrongly). Fields its kind does not read are dropped.
 */
export function parseStated(raw: unknown): StatedLayout | undefined {
  if (!isRecord(raw) || !LAYOUT_KINDS.includes(raw.kind as LayoutKind)) return undefined;
  const kind = raw.kind as LayoutKind;
  const out: StatedLayout = { kind };
  for (const field of FIELDS[kind]) {
    const v = raw[field];
    if (v === undefined) continue;
    switch (field) {
      case 'headerRow': case 'maxRow':
        if (!isIndex(v, MAX_ROW)) return undefined;
        out[field] = v;
        break;
      case 'codeColumn': case 'maxColumn': case 'unitNameColumn':
        if (!isIndex(v, MAX_COL)) return undefined;
        out[field] = v;
        break;
      case 'unitColumns': case 'componentColumns':
        if (!Array.isArray(v) || v.length === 0 || !v.every((c) => isIndex(c, MAX_COL))) return undefined;
        out[field] = [...new Set(v as number[])].sort((a, b) => a - b);
        break;
      case 'sheets':
        if (!Array.isArray(v) || v.length === 0 || !v.every((s) => typeof s === 'string' && s !== '')) return undefined;
        out.sheets = [...new Set(v as string[])];
        break;
      case 'rankedScore':
        if (v !== 'appraised' && v !== 'self') return undefined;
        out.rankedScore = v;
        break;
      case 'kind': break;
    }
  }
  return out;
}

/** The form as the reviewer fills it: no kind means "detect it". */
export interface LayoutDraft {
  kind: LayoutKind | '';
  headerRow?: number;
  /** Not in the form; kept from a layout saved with it. */
  codeColumn?: number;
  maxRow?: number;
  maxColumn?: number;
  unitNameColumn?: number;
  unitColumns: number[];
  componentColumns: number[];
  sheets: string[];
  rankedScore: RankedScore;
}

export function draftOf(stated: StatedLayout | undefined): LayoutDraft {
  return {
    kind: stated?.kind ?? '',
    headerRow: stated?.headerRow,
    codeColumn: stated?.codeColumn,
    maxRow: stated?.maxRow,
    maxColumn: stated?.maxColumn,
    unitNameColumn: stated?.unitNameColumn,
    unitColumns: stated?.unitColumns ?? [],
    componentColumns: stated?.componentColumns ?? [],
    sheets: stated?.sheets ?? [],
    rankedScore: stated?.rankedScore ?? 'appraised',
  };
}

/** The layout the draft states (only what its kind reads), or undefined for "detect it". */
export function statedOf(draft: LayoutDraft): StatedLayout | undefined {
  if (draft.kind === '') return undefined;
  const kind = draft.kind;
  const raw: Record<string, unknown> = {
    kind,
    headerRow: draft.headerRow,
    codeColumn: draft.codeColumn,
    maxRow: draft.maxRow,
    maxColumn: draft.maxColumn,
    unitNameColumn: draft.unitNameColumn,
    unitColumns: draft.unitColumns.length > 0 ? draft.unitColumns : undefined,
    componentColumns: draft.componentColumns.length > 0 ? draft.componentColumns : undefined,
    sheets: draft.sheets.length > 0 ? draft.sheets : undefined,
    rankedScore: draft.rankedScore === 'self' ? 'self' : undefined,
  };
  return parseStated(raw);
}


/** A row or column of the sheet to pick, with the text it holds. */
export interface Choice {
  /** 0-based sheet row or column. */
  at: number;
  text: string;
}

/** Rows offered: the non-empty ones among the first of the sheet (headers are near the top). */
const ROWS_OFFERED = 500;
/** Columns offered at most. */
const COLUMNS_OFFERED = 200;
/** Cells of a row shown in its choice. */
const CELLS_SHOWN = 4;
const MAX_TEXT = 60;

const cellText = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim());

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** The sheet's non-empty rows (0-based sheet rows), each with its first cells' text. */
export function rowChoices(grid: SheetGrid): Choice[] {
  const origin = grid.originRow ?? 0;
  const out: Choice[] = [];
  grid.values.slice(0, ROWS_OFFERED).forEach((row, i) => {
    const texts = row.map(cellText).filter((t) => t !== '');
    if (texts.length > 0) out.push({ at: origin + i, text: cut(texts.slice(0, CELLS_SHOWN).join(' | ')) });
  });
  return out;
}

/** The first row (0-based sheet row) that is not empty, if any. */
export function firstRow(grid: SheetGrid): number | undefined {
  return rowChoices(grid)[0]?.at;
}

/**
 * The sheet's columns as the header row names them (a column blank there takes the text of the
 * row under it: a second header row under a merged caption), up to the last column named.
 */
export function columnChoices(grid: SheetGrid, headerRow: number): Choice[] {
  const originRow = grid.originRow ?? 0;
  const originCol = grid.originCol ?? 0;
  const header = grid.values[headerRow - originRow] ?? [];
  const under = grid.values[headerRow - originRow + 1] ?? [];
  const width = Math.min(Math.max(header.length, under.length), COLUMNS_OFFERED);
  const out: Choice[] = [];
  for (let c = 0; c < width; c++) out.push({ at: originCol + c, text: cut(cellText(header[c]) || cellText(under[c])) });
  while (out.length > 0 && out[out.length - 1].text === '') out.pop();
  return out;
}

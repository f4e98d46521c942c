/**
 * A SheetJS worksheet (dense) as the engine's grid, by the xlsx reader's decisions
 * (../xlsx/README.md): from A1 to the last row and column holding a value; formulas give their
 * cached value and are flagged; numbers (dates too, as serial numbers) are numbers; errors are
 * their text with kind "Error"; the non-top-left cells of a merged area read as ""; merged areas
 * and hidden rows and columns are listed.
 */
import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { CellBox, CellKind, CellValue, SheetGrid } from '../../engine/grid';
import { EXCEL_ERROR_TEXTS } from '../../engine/grid';
import type { Run } from './ods-content';

/** BIFF error codes, as SheetJS gives them in an error cell's `v`. */
const ERROR_TEXTS: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};

interface ReadCell {
  value: CellValue;
  kind: CellKind;
  formula: boolean;
  /** A formula without a stored value. */
  uncached?: string;
}

const EMPTY: ReadCell = { value: '', kind: 'Empty', formula: false };
const MS_PER_DAY = 24 * 3600 * 1000;
const UNIX_EPOCH_SERIAL = 25569;

function readCell(cell: CellObject | undefined): ReadCell {
  if (!cell) return EMPTY;
  const formula = typeof cell.f === 'string' || typeof cell.F === 'string';
  const v = cell.v;
  if (v === undefined || v === null || cell.t === 'z') {
    return formula && typeof cell.f === 'string' ? { value: '', kind: 'Empty', formula, uncached: cell.f } : { ...EMPTY, formula };
  }
  switch (cell.t) {
    case 'n':
      return typeof v === 'number' ? { value: v, kind: 'Double', formula } : { value: String(v), kind: 'String', formula };
    case 'b':
      return { value: Boolean(v), kind: 'Boolean', formula };
    case 'e': {
      const text = typeof v === 'number' ? ERROR_TEXTS[v] : undefined;
      const shown = text ?? (cell.w && EXCEL_ERROR_TEXTS.has(cell.w) ? cell.w : '#VALUE!');
      return { value: shown, kind: 'Error', formula };
    }
    case 'd': {
      // Not asked for (cellDates is off), but a date cell from a text format would come so.
      const date = v instanceof Date ? v : new Date(String(v));
      return { value: UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY, kind: 'Double', formula };
    }
    default: {
      const text = String(v);
      return { value: text, kind: text === '' ? 'Empty' : 'String', formula };
    }
  }
}

function box(range: { s: { r: number; c: number }; e: { r: number; c: number } }): CellBox {
  const row = Math.min(range.s.r, range.e.r);
  const col = Math.min(range.s.c, range.e.c);
  return { row, col, rows: Math.abs(range.e.r - range.s.r) + 1, cols: Math.abs(range.e.c - range.s.c) + 1 };
}

/** Indexes below `limit` that are hidden: from SheetJS's `!rows`/`!cols`, or from runs. */
function hiddenBelow(limit: number, infos: readonly ({ hidden?: boolean } | undefined)[] | undefined, runs: readonly Run[] | undefined): number[] {
  const hidden = new Set<number>();
  infos?.forEach((info, i) => {
    if (info?.hidden && i < limit) hidden.add(i);
  });
  for (const run of runs ?? []) for (let i = run.start; i < Math.min(limit, run.start + run.count); i++) hidden.add(i);
  return [...hidden].sort((a, b) => a - b);
}

export interface SheetExtras {
  /** Hidden rows and columns SheetJS does not report (an .ods file's, an .xls file's columns). */
  hiddenRows?: readonly Run[];
  hiddenCols?: readonly Run[];
  /** Formula cells without a value, which SheetJS leaves out (an .ods file's). */
  uncached?: readonly { row: number; col: number; formula: string }[];
}

export function gridOfSheet(name: string, ws: WorkSheet, extras: SheetExtras = {}): SheetGrid {
  const data: readonly (readonly (CellObject | undefined)[] | undefined)[] = ws['!data'] ?? [];
  const merges = (ws['!merges'] ?? []).map(box).sort((a, b) => a.row - b.row || a.col - b.col);
  const covered = new Set<string>();
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  const uncachedAt = new Map((extras.uncached ?? []).map((u) => [`${u.row},${u.col}`, u.formula]));
  const cellAt = (r: number, c: number): ReadCell => {
    if (covered.has(`${r},${c}`)) return EMPTY;
    const read = readCell(data[r]?.[c]);
    const formula = read.kind === 'Empty' && !read.formula ? uncachedAt.get(`${r},${c}`) : undefined;
    return formula === undefined ? read : { value: '', kind: 'Empty', formula: true, uncached: formula };
  };

  let lastRow = -1;
  let lastCol = -1;
  for (const u of extras.uncached ?? []) {
    if (covered.has(`${u.row},${u.col}`)) continue;
    lastRow = Math.max(lastRow, u.row);
    lastCol = Math.max(lastCol, u.col);
  }
  data.forEach((row, r) => {
    row?.forEach((_, c) => {
      const read = cellAt(r, c);
      if (read.kind !== 'Empty' || read.value !== '' || read.formula) {
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      }
    });
  });

  const values: CellValue[][] = [];
  const kinds: CellKind[][] = [];
  const formulas: boolean[][] = [];
  const uncached: { row: number; col: number; formula: string }[] = [];
  for (let r = 0; r <= lastRow; r++) {
    const rowValues: CellValue[] = [];
    const rowKinds: CellKind[] = [];
    const rowFormulas: boolean[] = [];
    for (let c = 0; c <= lastCol; c++) {
      const read = cellAt(r, c);
      rowValues.push(read.value);
      rowKinds.push(read.kind);
      rowFormulas.push(read.formula);
      if (read.uncached !== undefined) uncached.push({ row: r, col: c, formula: read.uncached });
    }
    values.push(rowValues);
    kinds.push(rowKinds);
    formulas.push(rowFormulas);
  }
  return {
    sheetName: name,
    values,
    originRow: 0,
    originCol: 0,
    kinds,
    formulas,
    ...(uncached.length > 0 ? { uncached } : {}),
    merges,
    hiddenRows: hiddenBelow(lastRow + 1, ws['!rows'], extras.hiddenRows),
    hiddenCols: hiddenBelow(lastCol + 1, ws['!cols'], extras.hiddenCols),
  };
}

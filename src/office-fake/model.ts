/**
 * The fake workbook's state: sheets, cells, formats, merges, names, charts. Plain data with no
 * knowledge of the proxy objects; the proxies (workbook.ts, worksheet.ts, range.ts ...) apply their
 * queued operations to this model at sync time. No Node imports: it runs in the browser preview.
 */
import type { CellBox } from '../engine/grid';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export type FakeValue = string | number | boolean;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** Cell key in the sparse maps: row * MAX_COLS + col (exact in a double). */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}
export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}
export function keyCol(key: number): number {
  return key % MAX_COLS;
}

export function boxContains(box: CellBox, row: number, col: number): boolean {
  return row >= box.row && row < box.row + box.rows && col >= box.col && col < box.col + box.cols;
}

export function boxesIntersect(a: CellBox, b: CellBox): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function boxInside(inner: CellBox, outer: CellBox): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** Border line style per edge of one cell, as Excel.BorderLineStyle names it ("Continuous", "None"). */
export interface CellBorders {
  top?: string;
  bottom?: string;
  left?: string;
  right?: string;
}

/** Formatting props a style layer may set. `undefined` = untouched by this layer. */
export interface StyleProps {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  /** Fill colour; "" after fill.clear(). */
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borderTop?: string;
  borderBottom?: string;
  borderLeft?: string;
  borderRight?: string;
}

/** One formatting operation over a box; `reset` layers wipe everything below them. */
export interface StyleLayer {
  box: CellBox;
  props: StyleProps;
  reset?: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  /** Source range address without the sheet ("A2:A21"). */
  source: string;
  seriesBy: string;
  title: string;
  legendVisible: boolean;
  /** Category range set with setXAxisValues, when set. */
  categories?: string;
  /** Values range set with setValues, when set. */
  values?: string;
  position?: { start: string; end?: string };
  deleted: boolean;
}

export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  margins?: { unit: string; top?: number; bottom?: number; left?: number; right?: number };
  printTitleRows?: string;
  centerFooter?: string;
  centerHeader?: string;
}

/** Dense rows of primitive values; undefined = empty. */
export class ValueStore {
  readonly rows: (FakeValue | undefined)[][] = [];

  get(row: number, col: number): FakeValue | undefined {
    const r = this.rows[row];
    return r === undefined ? undefined : r[col];
  }

  set(row: number, col: number, value: FakeValue | undefined): void {
    let r = this.rows[row];
    if (r === undefined) {
      if (value === undefined) return;
      r = [];
      this.rows[row] = r;
    }
    r[col] = value;
  }

  /** Bounding box of non-empty cells, or undefined when there is none. */
  bounds(): CellBox | undefined {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.rows.forEach((r, ri) => {
      if (r === undefined) return;
      let any = false;
      for (let c = 0; c < r.length; c++) {
        const v = r[c];
        if (v === undefined || v === '') continue;
        any = true;
        if (c < left) left = c;
        if (c > right) right = c;
      }
      if (any) {
        if (top < 0) top = ri;
        bottom = ri;
      }
    });
    if (top < 0) return undefined;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  values: ValueStore;
  /** Formula text ("=SUM(A1:A3)") of formula cells; the value store keeps the cached result. */
  formulas: Map<number, string>;
  /** Number format code where not "General". */
  numberFormats: Map<number, string>;
  /** Cells holding an Excel error value (their value store entry is the error text). */
  errors: Set<number>;
  styles: StyleLayer[];
  merges: CellBox[];
  /** Column widths in points, where not standard. */
  columnWidths: Map<number, number>;
  /** Row heights in points, where not standard. */
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  freeze?: { rows: number; cols: number };
  pageLayout: PageLayoutModel;
  /** Manual horizontal page breaks (ExcelApi 1.9): the 0-based rows they come before, ascending. */
  pageBreaks: number[];
  charts: ChartModel[];
  deleted: boolean;
  /** Review > Protect Sheet: cells, formats, charts and page setup refuse changes (protection.ts). */
  protected?: boolean;
}

export interface NamedItemModel {
  name: string;
  /** "=Sheet1!$A$1", "=#REF!$A$1", '="text"'. */
  formula: string;
  comment: string;
  visible: boolean;
  scope: 'Workbook' | 'Worksheet';
  deleted: boolean;
}

/** Excel.CalculationMode. */
export type CalculationMode = 'Automatic' | 'AutomaticExceptTables' | 'Manual';

/** The workbook's calculation state (calculation.ts). */
export interface CalculationModel {
  mode: CalculationMode;
  /** True when cells changed in Manual mode since the last calculate(): formula values may be stale. */
  stale: boolean;
  /** The calculate() calls applied, by type, in order. */
  calculations: string[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  names: NamedItemModel[];
  activeSheetId: string;
  selection?: { sheetId: string; address: string };
  nextId: number;
  /** Review > Protect Workbook (structure): sheets cannot be added, deleted, renamed, moved, hidden or shown. */
  structureProtected?: boolean;
  /** Calculation mode and whether formula values are stale (calculation.ts); absent: Automatic. */
  calculation?: CalculationModel;
}

export function newSheet(wb: WorkbookModel, name: string): SheetModel {
  const n = wb.nextId++;
  return {
    id: `{00000000-0001-0000-0000-${String(n).padStart(12, '0')}}`,
    name,
    visibility: 'Visible',
    values: new ValueStore(),
    formulas: new Map(),
    numberFormats: new Map(),
    errors: new Set(),
    styles: [],
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    pageLayout: {},
    pageBreaks: [],
    charts: [],
    deleted: false,
  };
}

export function emptyWorkbook(): WorkbookModel {
  return { sheets: [], names: [], activeSheetId: '', nextId: 1 };
}

/** Live (not deleted) sheets in tab order. */
export function liveSheets(wb: WorkbookModel): SheetModel[] {
  return wb.sheets.filter((s) => !s.deleted);
}

export function findSheet(wb: WorkbookModel, nameOrId: string): SheetModel | undefined {
  const upper = nameOrId.toUpperCase();
  return liveSheets(wb).find((s) => s.id === nameOrId || s.name.toUpperCase() === upper);
}

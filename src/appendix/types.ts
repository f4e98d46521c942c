/**
 * The write plan: what the result sheets look like, as data. The appendix builds it; each workbook
 * adapter (Office.js, ExcelJS) renders the same plan, so Excel and the .xlsx file agree.
 * Coordinates are 0-based and relative to the sheet's A1.
 */
import type { CellBox } from '../engine/grid';

/** A value to write. Strings are always written as literal text, never as formulas. */
export type PlanValue = string | number | null;

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  /** Font colour as "#RRGGBB". */
  color?: string;
  /** Fill colour as "#RRGGBB". */
  fill?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  /** Thin borders on every edge of every cell in the range. */
  border?: boolean;
  /** Excel number format code, e.g. "0.00", "0.###", "@". Shown with the workbook's own separators. */
  numberFormat?: string;
}

/** A rectangle of values written at (row, col). Rows all have the same length. */
export interface CellBlock {
  row: number;
  col: number;
  values: PlanValue[][];
}

/** A style applied to a range (later entries win where they overlap). */
export interface StyledRange {
  box: CellBox;
  style: CellStyle;
}

export interface PrintSettings {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** Fit to this many pages wide (height free). */
  fitToPagesWide: number;
  /** 0-based rows repeated at the top of every printed page (inclusive range). */
  repeatRows?: { first: number; last: number };
  /** Centre footer text with page numbers, in Excel header/footer codes ("Trang &P/&N"). */
  centerFooter?: string;
  /** Margins in inches. */
  margins?: { top: number; bottom: number; left: number; right: number };
}

export interface BarChartSpec {
  kind: 'bar';
  title: string;
  /** Category labels (unit names) and values (totals), in sheet cells. */
  categories: CellBox;
  values: CellBox;
  /** Where the chart sits. */
  anchor: CellBox;
}

export interface SheetPlan {
  /** Stable identity of this result sheet across runs, e.g. "overall", "components". */
  key: string;
  /** The part of a workbook's appendix (1-based: Phụ lục I, II …) the sheet belongs to; absent with one group. */
  part?: number;
  /** Wanted sheet name (at most 31 characters, none of : \ / ? * [ ]). */
  name: string;
  blocks: CellBlock[];
  styles: StyledRange[];
  merges: CellBox[];
  /** Column widths in characters (Excel's "column width" unit). */
  columnWidths: { col: number; width: number }[];
  /** Row heights in points, where set. */
  rowHeights?: { row: number; height: number }[];
  /** Frozen panes: rows above `rows` and columns left of `cols` stay visible. */
  freeze?: { rows: number; cols: number };
  print?: PrintSettings;
  charts?: BarChartSpec[];
  /**
   * Manual page breaks: 0-based rows before which a new printed page starts, ascending. Set so
   * that a block kept together (a unit's lines, a chart) is not cut by a page end, from estimated
   * row heights and the A4 page of `print`; the host still breaks pages on its own in between.
   */
  pageBreaks?: number[];
  /**
   * Heading cells written as phrases (a title, the decision line): a renderer that lays the text
   * out itself (the Word document) breaks its lines only between these phrases.
   */
  phrases?: { row: number; col: number; phrases: string[] }[];
}

export interface WritePlan {
  sheets: SheetPlan[];
}

/**
 * A small sheet writer: collects the blocks, styles and merges of one result sheet and, at the
 * end, fits column widths to the longest text and row heights to wrapped text (an estimate in
 * characters of Times New Roman 13: no font metrics are at hand in a pure engine).
 */
import type { CellBox } from '../grid';
import { type KeepTogether, pageBreaksFor, printableHeight, rowEstimate } from './pages';
import { BASE } from './styles';
import { longestLine, longestWord, NumberWidths, singleLineWidth } from './text-width';
import type { BarChartSpec, CellStyle, PlanValue, PrintSettings, SheetPlan } from './types';
import { WrapNotes } from './wrap-notes';

/** How a written cell counts for its column's width. */
export type Measure = 'full' | 'words' | 'none';

/** A header may widen its column up to this many characters before it wraps. */
const HEADER_NATURAL = 12;
const DEFAULT_MIN_WIDTH = 5;
const DEFAULT_MAX_WIDTH = 60;

/** put()'s number formats when none are given. */
const NO_FORMATS: readonly (string | undefined)[] = [];

/** Size of RecentTexts: at least the text cells of any row or block measured before its wrap notes. */
const RECENT = 16;

/** The last one-line texts measured in their cells, so a wrap note of the same cell need not measure again. */
class RecentTexts {
  private readonly rows = new Float64Array(RECENT).fill(-1);
  private readonly cols = new Float64Array(RECENT);
  private readonly texts = new Array<string>(RECENT).fill('');
  private readonly widths = new Float64Array(RECENT);
  private next = 0;
  private hint = 0;

  note(row: number, col: number, text: string, width: number): void {
    const k = this.next;
    this.rows[k] = row;
    this.cols[k] = col;
    this.texts[k] = text;
    this.widths[k] = width;
    this.next = k + 1 === RECENT ? 0 : k + 1;
  }

  /** Width of `text` if it was measured at (row, col) lately; -1 otherwise. */
  widthAt(row: number, col: number, text: string): number {
    // Wrap notes mostly follow their cells in the order they were written: try the one after the last found first.
    if (this.matches(this.hint, row, col, text)) return this.found(this.hint);
    for (let k = 0; k < RECENT; k++) if (this.matches(k, row, col, text)) return this.found(k);
    return -1;
  }

  private matches(k: number, row: number, col: number, text: string): boolean {
    return this.rows[k] === row && this.cols[k] === col && this.texts[k] === text;
  }

  private found(k: number): number {
    this.hint = k + 1 === RECENT ? 0 : k + 1;
    return this.widths[k];
  }
}

export class SheetWriter {
  private readonly blocks: SheetPlan['blocks'] = [];
  private readonly styles: SheetPlan['styles'] = [];
  private readonly merges: CellBox[] = [];
  /** Widest measured text of each column (unset: nothing measured). */
  private readonly widths: number[] = [];
  private readonly limits = new Map<number, { min: number; max: number }>();
  private readonly wraps = new WrapNotes();
  private readonly recent = new RecentTexts();
  private readonly charts: BarChartSpec[] = [];
  private lastRow = -1;
  private lastCol = -1;
  private freezePanes?: SheetPlan['freeze'];
  private printSettings?: PrintSettings;
  private readonly kept: KeepTogether[] = [];

  /** `numbers`: number widths measured so far, shared by the sheets of one plan. */
  constructor(
    private readonly key: string,
    private readonly name: string,
    private readonly numbers = new NumberWidths(),
  ) {}

  /** Writes a rectangle of values at (row, col); `measure` says how they count for widths. */
  put(row: number, col: number, values: PlanValue[][], measure: Measure = 'full', formats: readonly (string | undefined)[] = NO_FORMATS): void {
    if (values.length === 0) return;
    this.blocks.push({ row, col, values });
    for (let r = 0; r < values.length; r++) {
      const line = values[r];
      if (line.length === 0) continue;
      this.lastRow = Math.max(this.lastRow, row + r);
      this.lastCol = Math.max(this.lastCol, col + line.length - 1);
      if (measure === 'none') continue;
      for (let c = 0; c < line.length; c++) this.measureCell(row + r, col + c, line[c], measure, formats[c]);
    }
  }

  /** Counts a value for a column's width: 'full' text, or 'words' (a header that may wrap). */
  measure(col: number, value: PlanValue, measure: Measure, numberFormat?: string): void {
    this.measureCell(-1, col, value, measure, numberFormat);
  }

  /** measure() for a value written at (row, col): a one-line text's width is kept for a wrap note of that cell. */
  private measureCell(row: number, col: number, value: PlanValue, measure: Measure, numberFormat: string | undefined): void {
    if (measure === 'none' || value === null) return;
    // Each kind of value widens the column on its own path: one shared width variable would hold
    // either a stored or a computed number, and the optimizer would box every computed one.
    if (typeof value === 'number') {
      this.widen(col, this.numbers.width(value, numberFormat));
      return;
    }
    const oneLine = singleLineWidth(value);
    if (oneLine >= 0) {
      if (row >= 0) this.recent.note(row, col, value, oneLine);
      if (measure === 'full') {
        this.widen(col, oneLine);
        return;
      }
    }
    const line = oneLine >= 0 ? oneLine : longestLine(value);
    this.widen(col, measure === 'full' ? line : Math.min(line, Math.max(longestWord(value), HEADER_NATURAL)));
  }

  /** Counts a measured width for its column. */
  private widen(col: number, width: number): void {
    const known = this.widths[col];
    if (known === undefined || width > known) this.widths[col] = known === undefined ? Math.max(0, width) : width;
  }

  /**
   * Writes texts one under another from (row, col), each wrapped in its cell, when their widths
   * are known: `widths[k]` is singleLineWidth(texts[k]). The same as put() of one text per row
   * and wrap() of each, without measuring the texts again (a unit's lines repeat from unit to unit).
   * Both lists are kept until build(): the caller must not change them afterwards.
   */
  putLines(row: number, col: number, texts: readonly string[], widths: readonly number[]): void {
    if (texts.length === 0) return;
    this.blocks.push({ row, col, values: texts.map((text) => [text]) });
    this.lastRow = Math.max(this.lastRow, row + texts.length - 1);
    this.lastCol = Math.max(this.lastCol, col);
    for (let k = 0; k < texts.length; k++) {
      const oneLine = widths[k];
      if (oneLine >= 0) this.widen(col, oneLine);
      else this.widen(col, longestLine(texts[k]));
    }
    this.wraps.noteRun(row, col, texts, widths);
  }

  style(box: CellBox, style: CellStyle): void {
    if (box.rows > 0 && box.cols > 0) this.styles.push({ box, style });
  }

  merge(box: CellBox): void {
    if (box.rows * box.cols > 1) this.merges.push(box);
  }

  /** Notes a wrapped text over `cols` columns of a row, so the row is made tall enough. */
  wrap(row: number, col: number, cols: number, text: string): void {
    if (!text) return;
    this.wraps.note(row, col, cols, text, cols === 1 ? this.recent.widthAt(row, col, text) : -1);
  }

  /** Bounds of a column's fitted width, in characters. */
  limit(col: number, min: number, max: number): void {
    this.limits.set(col, { min, max });
  }

  freeze(rows: number, cols: number): void {
    this.freezePanes = { rows, cols };
  }

  print(settings: PrintSettings): void {
    this.printSettings = settings;
  }

  /** Charts are kept on one page (their anchor rows), like keep()'s blocks. */
  chart(spec: BarChartSpec): void {
    this.charts.push(spec);
    this.keep(spec.anchor.row, spec.anchor.rows);
  }

  /** Keeps `rows` rows from `row` on one printed page when they fit on one (a page break goes before them otherwise). */
  keep(row: number, rows: number): void {
    if (rows > 0) this.kept.push({ row, rows });
  }

  build(): SheetPlan {
    const columnWidths: SheetPlan['columnWidths'] = [];
    for (let col = 0; col <= this.lastCol; col++) {
      const { min, max } = this.limits.get(col) ?? { min: DEFAULT_MIN_WIDTH, max: DEFAULT_MAX_WIDTH };
      const natural = Math.ceil(((this.widths[col] ?? 0) + 2) * 10) / 10;
      columnWidths.push({ col, width: Math.min(max, Math.max(min, natural)) });
    }
    const fitted = new Float64Array(this.lastCol + 1).map((_, col) => columnWidths[col].width);
    const widthOf = (col: number) => (col < fitted.length ? fitted[col] : DEFAULT_MIN_WIDTH);
    const heights = this.wraps.heights(widthOf);
    const base = this.lastRow >= 0 ? [{ box: { row: 0, col: 0, rows: this.lastRow + 1, cols: this.lastCol + 1 }, style: BASE }] : [];
    const plan: SheetPlan = {
      key: this.key,
      name: this.name,
      blocks: this.blocks,
      styles: [...base, ...this.styles],
      merges: this.merges,
      columnWidths,
    };
    if (heights.size > 0) plan.rowHeights = [...heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
    if (this.freezePanes) plan.freeze = this.freezePanes;
    if (this.printSettings) {
      plan.print = this.printSettings;
      const breaks = this.pageBreaks(this.printSettings, fitted, heights);
      if (breaks.length > 0) plan.pageBreaks = breaks;
    }
    if (this.charts.length > 0) plan.charts = this.charts;
    return plan;
  }

  /** Page breaks before the kept blocks that would be cut, from the fitted widths and estimated row heights. */
  private pageBreaks(print: PrintSettings, widths: Float64Array, heights: ReadonlyMap<number, number>): number[] {
    if (this.kept.length === 0) return [];
    let sheetWidth = 0;
    for (const w of widths) sheetWidth += w;
    const page = printableHeight(print, sheetWidth);
    let lastRow = this.lastRow;
    for (const k of this.kept) lastRow = Math.max(lastRow, k.row + k.rows - 1);
    return pageBreaksFor(lastRow, (row) => rowEstimate(heights.get(row)), page, this.kept, print.repeatRows);
  }
}

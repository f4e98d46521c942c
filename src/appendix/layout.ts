/**
 * A small sheet writer: collects the blocks, styles and merges of one result sheet and, at the
 * end, fits column widths to the longest text and row heights to wrapped text (an estimate in
 * characters of Times New Roman 13: no font metrics are at hand in a pure engine).
 */
import type { CellBox } from '../engine/grid';
import { ColumnFit } from './column-fit';
import { fitToPage, type KeepTogether, pageBreaksFor, printableHeight, rowEstimate } from './pages';
import { BASE } from './styles';
import { longestLine, longestWord, type NumberWidths, singleLineWidth, textWidth } from './text-width';
import type { BarChartSpec, CellStyle, PlanValue, PrintSettings, SheetPlan } from './types';
import { WrapNotes } from './wrap-notes';

/** How a written cell counts for its column's width. */
export type Measure = 'full' | 'words' | 'none';

/** A header may widen its column up to this many characters before it wraps. */
const HEADER_NATURAL = 12;
/** Width of a column past the last one written (a wrap note may span it). */
const DEFAULT_MIN_WIDTH = 5;

/** Bold capitals of a title are this much wider than textWidth's estimate of regular text. */
const BOLD_FACTOR = 1.1;

/** A heading written as phrases: its text is chosen once the widths are known (see putPhrases). */
interface Phrased {
  values: PlanValue[][];
  row: number;
  col: number;
  cols: number;
  phrases: readonly string[];
}

/**
 * Phrases joined with spaces into as few lines as fit `width` characters, a line broken only
 * between two phrases (a phrase wider than the room is a line of its own, wrapped by the host).
 */
export function breakPhrases(phrases: readonly string[], width: number): string {
  const room = Math.max(1, width - 1);
  const lines: string[] = [];
  for (const phrase of phrases.filter((p) => p !== '')) {
    const last = lines.length - 1;
    const joined = last >= 0 ? `${lines[last]} ${phrase}` : phrase;
    if (last >= 0 && textWidth(joined) * BOLD_FACTOR <= room) lines[last] = joined;
    else lines.push(phrase);
  }
  return lines.join('\n');
}

/** put()'s number formats when none are given. */
const NO_FORMATS: readonly (string | undefined)[] = [];

export class SheetWriter {
  private readonly blocks: SheetPlan['blocks'] = [];
  private readonly styles: SheetPlan['styles'] = [];
  private readonly merges: CellBox[] = [];
  private readonly fit: ColumnFit;
  private readonly wraps = new WrapNotes();
  private readonly charts: BarChartSpec[] = [];
  private lastRow = -1;
  private lastCol = -1;
  private freezePanes?: SheetPlan['freeze'];
  private printSettings?: PrintSettings;
  private readonly kept: KeepTogether[] = [];
  private readonly phrased: Phrased[] = [];
  /** Set by fitPage(): the orientation and widths follow the table's width; the columns that grow. */
  private pageFit?: { grow?: readonly number[] };

  /** `numbers`: number widths measured so far, shared by the sheets of one plan. */
  constructor(
    private readonly key: string,
    private readonly name: string,
    numbers?: NumberWidths,
  ) {
    this.fit = new ColumnFit(numbers);
  }

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
      for (let c = 0; c < line.length; c++) this.measureCell(col + c, line[c], measure, formats[c]);
    }
  }

  /** Counts a value for a column's width: 'full' text, or 'words' (a header that may wrap). */
  measure(col: number, value: PlanValue, measure: Measure, numberFormat?: string): void {
    this.measureCell(col, value, measure, numberFormat);
  }

  private measureCell(col: number, value: PlanValue, measure: Measure, numberFormat: string | undefined): void {
    if (measure === 'none' || value === null) return;
    // Each kind of value widens the column on its own path: one shared width variable would hold
    // either a stored or a computed number, and the optimizer would box every computed one.
    if (typeof value === 'number') {
      this.fit.widen(col, this.fit.numbers.width(value, numberFormat));
      return;
    }
    const oneLine = singleLineWidth(value);
    if (oneLine >= 0 && measure === 'full') {
      this.fit.widen(col, oneLine);
      return;
    }
    const line = oneLine >= 0 ? oneLine : longestLine(value);
    this.fit.widen(col, measure === 'full' ? line : Math.min(line, Math.max(longestWord(value), HEADER_NATURAL)));
  }

  /**
   * Writes the body rows of a table one under another from (row, col), each line its own block
   * (as put() of each line), and fits the columns to them one column at a time with the columns'
   * number formats. The text cells of the `wrapped` columns (offsets from col) are wrapped in
   * their cells; their widths, measured here, spare wrapping again a text that fits on one line.
   */
  putRows(row: number, col: number, lines: readonly PlanValue[][], formats: readonly (string | undefined)[], wrapped: readonly number[]): void {
    let cols = 0;
    for (let r = 0; r < lines.length; r++) {
      const line = lines[r];
      this.blocks.push({ row: row + r, col, values: [line] });
      if (line.length === 0) continue;
      this.lastRow = Math.max(this.lastRow, row + r);
      this.lastCol = Math.max(this.lastCol, col + line.length - 1);
      cols = Math.max(cols, line.length);
    }
    for (let c = 0; c < cols; c++) {
      if (!wrapped.includes(c)) {
        this.fit.measureColumn(lines, c, col + c, formats[c]);
        continue;
      }
      const oneLines = new Float64Array(lines.length).fill(-1);
      this.fit.measureColumn(lines, c, col + c, formats[c], oneLines);
      const texts = lines.map((line) => {
        const value = c < line.length ? line[c] : null;
        return typeof value === 'string' ? value : '';
      });
      this.wraps.noteRun(row, col + c, texts, oneLines);
    }
  }

  /**
   * Writes texts one under another from (row, col), each wrapped in its cell, when their widths
   * are known: `widths[k]` is singleLineWidth(texts[k]), or NaN for a text not measured yet (a
   * long line, measured at the end only if the column's width depends on it). The same as put()
   * of one text per row and wrap() of each, without measuring the texts again (a unit's lines
   * repeat from unit to unit). Both lists are kept until build(): the caller must not change them.
   */
  putLines(row: number, col: number, texts: readonly string[], widths: readonly number[]): void {
    if (texts.length === 0) return;
    this.blocks.push({ row, col, values: texts.map((text) => [text]) });
    this.lastRow = Math.max(this.lastRow, row + texts.length - 1);
    this.lastCol = Math.max(this.lastCol, col);
    for (let k = 0; k < texts.length; k++) {
      const oneLine = widths[k];
      if (oneLine >= 0) this.fit.widen(col, oneLine);
      else if (Number.isNaN(oneLine)) this.fit.later(col, texts[k]);
      else this.fit.widen(col, longestLine(texts[k]));
    }
    this.wraps.noteRun(row, col, texts, widths);
  }

  /**
   * A heading line over `cols` columns from (row, col), given as phrases: once the column widths
   * are final, it is broken into lines between phrases only, as few as fit ("…NĂM 2021" /
   * "CỦA UBND CÁC XÃ, THỊ TRẤN", never "…THỊ / TRẤN"), and the row made tall enough.
   */
  putPhrases(row: number, col: number, cols: number, phrases: readonly string[]): void {
    const values: PlanValue[][] = [[phrases.join(' ')]];
    this.blocks.push({ row, col, values });
    this.lastRow = Math.max(this.lastRow, row);
    this.lastCol = Math.max(this.lastCol, col);
    this.phrased.push({ values, row, col, cols, phrases });
  }

  /**
   * The printed page follows the table: portrait when the fitted columns fit a portrait page's
   * width, else landscape, and the `grow` columns (all when not given) widened so the table fills
   * the page's width. Needs print().
   */
  fitPage(grow?: readonly number[]): void {
    this.pageFit = grow === undefined ? {} : { grow };
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
    this.wraps.note(row, col, cols, text);
  }

  /** Bounds of a column's fitted width, in characters. */
  limit(col: number, min: number, max: number): void {
    this.fit.limit(col, min, max);
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
    let columnWidths = this.fit.fitted(this.lastCol);
    if (this.printSettings && this.pageFit) {
      const page = fitToPage(columnWidths.map((c) => c.width), this.printSettings.margins, this.pageFit.grow);
      this.printSettings = { ...this.printSettings, orientation: page.orientation };
      columnWidths = page.widths.map((width, col) => ({ col, width }));
    }
    const fitted = new Float64Array(this.lastCol + 1).map((_, col) => columnWidths[col].width);
    const widthOf = (col: number) => (col < fitted.length ? fitted[col] : DEFAULT_MIN_WIDTH);
    for (const p of this.phrased) {
      let width = 0;
      for (let c = p.col; c < p.col + p.cols; c++) width += widthOf(c);
      const text = breakPhrases(p.phrases, width);
      p.values[0][0] = text;
      this.wraps.note(p.row, p.col, p.cols, text);
    }
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
    if (this.phrased.length > 0) plan.phrases = this.phrased.map((p) => ({ row: p.row, col: p.col, phrases: [...p.phrases] }));
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
    // Each row's estimate once, in a table: the page layout reads every row, and each kept block's rows again.
    const estimates = new Float64Array(lastRow + 1).fill(rowEstimate(undefined));
    for (const [row, height] of heights) if (row >= 0 && row <= lastRow) estimates[row] = rowEstimate(height);
    const height = (row: number) => (row >= 0 && row <= lastRow ? estimates[row] : rowEstimate(heights.get(row)));
    return pageBreaksFor(lastRow, height, page, this.kept, print.repeatRows);
  }
}

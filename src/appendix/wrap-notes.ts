/**
 * Texts wrapped in their cells, noted while a sheet is written and turned into row heights once
 * the column widths are fitted. A text whose one-line width is known and that fits its cell takes
 * one line and is not wrapped again.
 */
import { fitsOnOneLine, wrappedLines } from './text-width';

/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;
/** Height in points of one line of Times New Roman 13. */
const LINE_HEIGHT = 17;

/** Texts one under another in a column, each in its own cell, with their one-line widths. */
interface Run {
  row: number;
  col: number;
  texts: readonly string[];
  widths: ArrayLike<number>;
}

export class WrapNotes {
  /** Single notes, as parallel lists: row, first column, columns spanned, text. */
  private readonly rows: number[] = [];
  private readonly cols: number[] = [];
  private readonly spans: number[] = [];
  private readonly texts: string[] = [];
  /** Runs of notes (a unit's lines): one entry each rather than one per text. */
  private readonly runs: Run[] = [];

  /** A text wrapped over `cols` columns from (row, col), its width not known. */
  note(row: number, col: number, cols: number, text: string): void {
    this.rows.push(row);
    this.cols.push(col);
    this.spans.push(cols);
    this.texts.push(text);
  }

  /**
   * Texts wrapped one under another from (row, col), one cell each; `widths[k]` is the
   * singleLineWidth of `texts[k]` (NaN: not measured). The lists are kept as they are: the caller
   * does not change them.
   */
  noteRun(row: number, col: number, texts: readonly string[], widths: ArrayLike<number>): void {
    if (texts.length > 0) this.runs.push({ row, col, texts, widths });
  }

  /** Row heights (points) of the rows whose noted texts take several lines, given each column's fitted width. */
  heights(widthOf: (col: number) => number): Map<number, number> {
    const heights = new Map<number, number>();
    const fit = (row: number, width: number, text: string, oneLine: number) => {
      if (!text || (oneLine >= 0 && fitsOnOneLine(oneLine, width))) return;
      const lines = wrappedLines(text, width);
      if (lines > 1) heights.set(row, Math.min(MAX_ROW_HEIGHT, Math.max(heights.get(row) ?? 0, lines * LINE_HEIGHT + 3)));
    };
    for (let i = 0; i < this.texts.length; i++) {
      const col = this.cols[i];
      let width = 0;
      for (let c = col; c < col + this.spans[i]; c++) width += widthOf(c);
      fit(this.rows[i], width, this.texts[i], -1);
    }
    for (const run of this.runs) {
      const width = widthOf(run.col);
      for (let k = 0; k < run.texts.length; k++) fit(run.row + k, width, run.texts[k], run.widths[k]);
    }
    return heights;
  }
}

/**
 * Column widths of a sheet fitted to their widest text or number (in characters of Times New
 * Roman 13, see text-width.ts), within each column's bounds. Long texts may be left unmeasured
 * until the end: once a column is as wide as its bound allows, no text can widen it further.
 */
import { longestLine, NumberWidths, singleLineWidth } from './text-width';
import type { PlanValue } from './types';

const DEFAULT_MIN_WIDTH = 5;
const DEFAULT_MAX_WIDTH = 60;

/** The width a column wants for its widest value: that value plus a character each side, in tenths rounded up. */
function naturalWidth(widest: number | undefined): number {
  return Math.ceil(((widest ?? 0) + 2) * 10) / 10;
}

export class ColumnFit {
  /** Widest measured value of each column (unset: nothing measured). */
  private readonly widest: number[] = [];
  private readonly limits = new Map<number, { min: number; max: number }>();
  /** Per column, texts written there but not measured yet (see later()). */
  private readonly unmeasured = new Map<number, string[]>();

  /** `numbers`: number widths measured so far, shared by the sheets of one plan. */
  constructor(readonly numbers = new NumberWidths()) {}

  /** Counts a measured width for its column. */
  widen(col: number, width: number): void {
    const known = this.widest[col];
    if (known === undefined || width > known) this.widest[col] = known === undefined ? Math.max(0, width) : width;
  }

  /**
   * Counts entry `c` of every line (values written in sheet column `col`, numbers shown with
   * `format`) for the column's width: a table's column measured in one pass. `oneLines`, when
   * given, receives each text's singleLineWidth by line (-1: the text has a line break).
   */
  measureColumn(lines: readonly (readonly PlanValue[])[], c: number, col: number, format: string | undefined, oneLines?: Float64Array): void {
    let widest = -1;
    const numbers = this.numbers.under(format);
    // A number like the one above it needs no look-up (sorted totals, a max repeated down a column).
    let lastNumber = NaN;
    let lastText: string | undefined;
    let lastWidth = -1;
    for (let r = 0; r < lines.length; r++) {
      const line = lines[r];
      const value = c < line.length ? line[c] : null;
      if (value === null) continue;
      if (typeof value === 'number') {
        if (value === lastNumber) continue;
        lastNumber = value;
        const width = numbers.width(value);
        if (width > widest) widest = width;
        continue;
      }
      // The same text as above (a figure repeated down a column, shared as one string) is not measured again.
      const oneLine = value === lastText ? lastWidth : singleLineWidth(value);
      lastText = value;
      lastWidth = oneLine;
      if (oneLines !== undefined) oneLines[r] = oneLine;
      const width = oneLine >= 0 ? oneLine : longestLine(value);
      if (width > widest) widest = width;
    }
    // The widest only: widen() keeps the largest width it is given, whatever the order.
    if (widest >= 0) this.widen(col, widest);
  }

  /**
   * Counts a text for its column's width without measuring it now: at the end it is measured
   * only if the column is not already as wide as its bound allows (a long line that will wrap
   * anyway). The fitted width is the same as if it were measured at once.
   */
  later(col: number, text: string): void {
    const texts = this.unmeasured.get(col);
    if (texts === undefined) this.unmeasured.set(col, [text]);
    else texts.push(text);
  }

  /** Bounds of a column's fitted width, in characters. */
  limit(col: number, min: number, max: number): void {
    this.limits.set(col, { min, max });
  }

  /** The fitted widths of columns 0..lastCol. */
  fitted(lastCol: number): { col: number; width: number }[] {
    this.measureLeftTexts();
    const columnWidths: { col: number; width: number }[] = [];
    for (let col = 0; col <= lastCol; col++) {
      const { min, max } = this.limitsOf(col);
      columnWidths.push({ col, width: Math.min(max, Math.max(min, naturalWidth(this.widest[col]))) });
    }
    return columnWidths;
  }

  private limitsOf(col: number): { min: number; max: number } {
    return this.limits.get(col) ?? { min: DEFAULT_MIN_WIDTH, max: DEFAULT_MAX_WIDTH };
  }

  /**
   * Measures the texts left for later until their column reaches its upper bound. The natural
   * width only grows with the widest value, so once it reaches the bound the fitted width is the
   * bound whatever the other texts measure.
   */
  private measureLeftTexts(): void {
    for (const [col, texts] of this.unmeasured) {
      const { max } = this.limitsOf(col);
      for (const text of texts) {
        if (naturalWidth(this.widest[col]) >= max) break;
        this.widen(col, longestLine(text));
      }
    }
    this.unmeasured.clear();
  }
}

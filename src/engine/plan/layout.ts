/**
 * A small sheet writer: collects the blocks, styles and merges of one result sheet and, at the
 * end, fits column widths to the longest text and row heights to wrapped text (an estimate in
 * characters of Times New Roman 13: no font metrics are at hand in a pure engine).
 */
import type { CellBox } from '../grid';
import { BASE, FONT_SIZE } from './styles';
import type { BarChartSpec, CellStyle, PlanValue, PrintSettings, SheetPlan } from './types';

/** How a written cell counts for its column's width. */
export type Measure = 'full' | 'words' | 'none';

/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

/** Height in points of one line of Times New Roman 13. */
const LINE_HEIGHT = 17;
/** A header may widen its column up to this many characters before it wraps. */
const HEADER_NATURAL = 12;
const DEFAULT_MIN_WIDTH = 5;
const DEFAULT_MAX_WIDTH = 60;
/**
 * Excel width units are digits of the default 11 pt font; ours is 13 pt. The 0.9 is measured on a
 * LibreOffice rendering (Liberation Serif for Times New Roman), leaving a few percent to spare.
 */
const SIZE_FACTOR = (FONT_SIZE / 11) * 0.9;

/** Approximate width of a character of Times New Roman relative to a digit of Calibri 11. */
function charWidth(ch: string): number {
  if (ch === ' ') return 0.5;
  if (/[0-9]/.test(ch)) return 0.92;
  if (/[.,:;'!|il()/-]/.test(ch)) return 0.55;
  if (ch !== ch.toLowerCase()) return 1.25;
  return 0.85;
}

/** Width of a text in Excel column-width units. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * SIZE_FACTOR;
}

/** Number of lines a text takes when wrapped in a cell `width` units wide. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(' ').filter((x) => x.length > 0)) {
      const w = textWidth(word);
      const needed = line === 0 ? w : line + textWidth(' ') + w;
      if (needed <= room || line === 0) {
        line = line === 0 ? w : needed;
        if (line > room) {
          lines += Math.ceil(line / room) - 1;
          line = line % room;
        }
      } else {
        lines += 1;
        line = w;
      }
    }
  }
  return lines;
}

/** Text shown for a value under a number format (for measuring only). */
export function displayText(value: PlanValue, numberFormat?: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const fixed = /^\+?0(?:\.(0+))?(?:;|$)/.exec(numberFormat ?? '');
  if (fixed) return (value > 0 && numberFormat?.startsWith('+') ? '+' : '') + value.toFixed(fixed[1]?.length ?? 0);
  return String(value);
}

interface WrapNote {
  row: number;
  col: number;
  cols: number;
  text: string;
}

export class SheetWriter {
  private readonly blocks: SheetPlan['blocks'] = [];
  private readonly styles: SheetPlan['styles'] = [];
  private readonly merges: CellBox[] = [];
  private readonly widths = new Map<number, number>();
  private readonly limits = new Map<number, { min: number; max: number }>();
  private readonly wraps: WrapNote[] = [];
  private readonly charts: BarChartSpec[] = [];
  private lastRow = -1;
  private lastCol = -1;
  private freezePanes?: SheetPlan['freeze'];
  private printSettings?: PrintSettings;

  constructor(
    private readonly key: string,
    private readonly name: string,
  ) {}

  /** Writes a rectangle of values at (row, col); `measure` says how they count for widths. */
  put(row: number, col: number, values: PlanValue[][], measure: Measure = 'full', formats: (string | undefined)[] = []): void {
    if (values.length === 0) return;
    this.blocks.push({ row, col, values });
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        this.lastRow = Math.max(this.lastRow, row + r);
        this.lastCol = Math.max(this.lastCol, col + c);
        this.measure(col + c, value, measure, formats[c]);
      });
    });
  }

  /** Counts a value for a column's width: 'full' text, or 'words' (a header that may wrap). */
  measure(col: number, value: PlanValue, measure: Measure, numberFormat?: string): void {
    if (measure === 'none' || value === null) return;
    const text = displayText(value, numberFormat);
    const width = measure === 'full' ? longestLine(text) : Math.min(longestLine(text), Math.max(longestWord(text), HEADER_NATURAL));
    this.widths.set(col, Math.max(this.widths.get(col) ?? 0, width));
  }

  style(box: CellBox, style: CellStyle): void {
    if (box.rows > 0 && box.cols > 0) this.styles.push({ box, style });
  }

  merge(box: CellBox): void {
    if (box.rows * box.cols > 1) this.merges.push(box);
  }

  /** Notes a wrapped text over `cols` columns of a row, so the row is made tall enough. */
  wrap(row: number, col: number, cols: number, text: string): void {
    if (text) this.wraps.push({ row, col, cols, text });
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

  chart(spec: BarChartSpec): void {
    this.charts.push(spec);
  }

  build(): SheetPlan {
    const columnWidths: SheetPlan['columnWidths'] = [];
    for (let col = 0; col <= this.lastCol; col++) {
      const { min, max } = this.limits.get(col) ?? { min: DEFAULT_MIN_WIDTH, max: DEFAULT_MAX_WIDTH };
      const natural = Math.ceil(((this.widths.get(col) ?? 0) + 2) * 10) / 10;
      columnWidths.push({ col, width: Math.min(max, Math.max(min, natural)) });
    }
    const widthOf = (col: number) => columnWidths[col]?.width ?? DEFAULT_MIN_WIDTH;
    const heights = new Map<number, number>();
    for (const note of this.wraps) {
      let width = 0;
      for (let c = note.col; c < note.col + note.cols; c++) width += widthOf(c);
      const lines = wrappedLines(note.text, width);
      if (lines > 1) heights.set(note.row, Math.min(MAX_ROW_HEIGHT, Math.max(heights.get(note.row) ?? 0, lines * LINE_HEIGHT + 3)));
    }
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
    if (this.printSettings) plan.print = this.printSettings;
    if (this.charts.length > 0) plan.charts = this.charts;
    return plan;
  }
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(textWidth));
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/[\s]+/).map(textWidth));
}

/**
 * Text measuring for column widths and row heights: an estimate in characters of Times New
 * Roman 13 (no font metrics are at hand in a pure engine). Widths come from a table by character
 * code, filled the first time a code is seen; wrapping and line widths scan the text once, with no
 * split strings. The sums are made in the same order as a character-by-character loop, so every
 * width is the same double as measuring each character in turn.
 */
import { FONT_SIZE } from './styles';
import type { PlanValue } from './types';

/**
 * Excel width units are digits of the default 11 pt font; ours is 13 pt. The 0.9 is measured on a
 * LibreOffice rendering (Liberation Serif for Times New Roman), leaving a few percent to spare.
 */
export const SIZE_FACTOR = (FONT_SIZE / 11) * 0.9;

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** Narrow punctuation and letters: . , : ; ' ! | i l ( ) / - */
const NARROW = new Set([...".,:;'!|il()/-"].map((ch) => ch.charCodeAt(0)));

/**
 * Width of one character (a code point, as a string) relative to a digit of Calibri 11: space
 * 0.5, digits 0.92, narrow punctuation and i, l 0.55, capitals (a character its lower case
 * changes) 1.25, anything else 0.85.
 */
export function charWidth(ch: string): number {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  if (code === SPACE) return 0.5;
  if (code >= 0x30 && code <= 0x39) return 0.92;
  if (NARROW.has(code)) return 0.55;
  if (ch !== ch.toLowerCase()) return 1.25;
  return 0.85;
}

/** Widths of UTF-16 code units seen so far (0: not yet measured; every width is above 0). */
const UNIT_WIDTHS = new Float64Array(0x10000);

/** Width of the character at UTF-16 code `code` (not a surrogate pair's half). */
function unitWidth(code: number): number {
  if (UNIT_WIDTHS[code] === 0) UNIT_WIDTHS[code] = charWidth(String.fromCharCode(code));
  // Always the table's entry (a plain double): returning charWidth's result on one path would
  // make the optimizer box every width read from the table (an allocation per character).
  return UNIT_WIDTHS[code];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Width of the surrogate pair starting at `text[i]`: a character outside the Basic Multilingual
 * Plane is measured whole, as one code point.
 */
function pairWidth(text: string, i: number): number {
  return charWidth(text.slice(i, i + 2));
}

/** True when text[i] starts a surrogate pair. */
function startsPair(text: string, i: number, code: number): boolean {
  return isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1));
}

/** Width of a text in Excel column-width units. */
export function textWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (startsPair(text, i, code)) {
      w += pairWidth(text, i);
      i++;
    } else {
      w += unitWidth(code);
    }
  }
  return w * SIZE_FACTOR;
}

/** Width of the widest line of a text (lines split at '\n'). */
export function longestLine(text: string): number {
  let widest = 0;
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      widest = Math.max(widest, w * SIZE_FACTOR);
      w = 0;
    } else if (startsPair(text, i, code)) {
      w += pairWidth(text, i);
      i++;
    } else {
      w += unitWidth(code);
    }
  }
  return Math.max(widest, w * SIZE_FACTOR);
}

/** Width of a text with no line break; -1 when it has one (then see longestLine). */
export function singleLineWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) return -1;
    if (startsPair(text, i, code)) {
      w += pairWidth(text, i);
      i++;
    } else {
      w += unitWidth(code);
    }
  }
  return w * SIZE_FACTOR;
}

/**
 * Far more than the rounding of any width sum (a few units in the 13th digit), far less than any
 * character: a text narrower than the room by this much is surely on one line.
 */
const ONE_LINE_MARGIN = 1e-9;

/**
 * True when a one-line text `textWidth` wide (as textWidth measures it) takes one line in a cell
 * `width` units wide, that is wrappedLines gives 1: wrapping adds up the same words with at most
 * the same spaces between them, so it never gets wider than the whole text.
 */
export function fitsOnOneLine(textWidth: number, width: number): boolean {
  return textWidth + ONE_LINE_MARGIN < Math.max(1, width - 1);
}

/** Width of the widest word of a text (words split at any white space). */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/[\s]+/).map(textWidth));
}

/**
 * Number of lines a text takes when wrapped in a cell `width` units wide: paragraphs at '\n',
 * words at spaces; a word wider than the room takes as many lines as it needs.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  const spaceWidth = 0.5 * SIZE_FACTOR;
  let lines = 1;
  let line = 0;
  let word = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code !== SPACE && code !== NEWLINE) {
      inWord = true;
      if (startsPair(text, i, code)) {
        word += pairWidth(text, i);
        i++;
      } else {
        word += unitWidth(code);
      }
      continue;
    }
    if (inWord) {
      // The word ends: it goes on the current line if it fits, else on a new one.
      const w = word * SIZE_FACTOR;
      const needed = line === 0 ? w : line + spaceWidth + w;
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
      word = 0;
      inWord = false;
    }
    if (code === NEWLINE && i < text.length) {
      lines += 1;
      line = 0;
    }
  }
  return lines;
}

/** A fixed-decimals number format ("0", "0.00", "+0.00;-0.00;0.00"): its decimals and sign. */
const FIXED_FORMAT = /^\+?0(?:\.(0+))?(?:;|$)/;

/** How a number format shows a number: with fixed decimals (and a plus sign when the format starts with one), or as General. */
interface Shown {
  /** -1: not a fixed-decimals format (the number shows as String(value)). */
  readonly decimals: number;
  readonly plus: boolean;
}

function shownBy(numberFormat: string | undefined): Shown {
  const fixed = FIXED_FORMAT.exec(numberFormat ?? '');
  return { decimals: fixed ? (fixed[1]?.length ?? 0) : -1, plus: numberFormat?.startsWith('+') ?? false };
}

function shownText(value: number, shown: Shown): string {
  if (shown.decimals < 0) return String(value);
  return (value > 0 && shown.plus ? '+' : '') + value.toFixed(shown.decimals);
}

/** Text shown for a value under a number format (for measuring only). */
export function displayText(value: PlanValue, numberFormat?: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return shownText(value, shownBy(numberFormat));
}

/** Size of a format's table of recent values (a power of two). */
const RECENT_SLOTS = 512;

/**
 * Widths of numbers under one format, each value measured once. A small table of recent values,
 * indexed by thousandths, answers most look-ups without hashing (a column of scores holds a few
 * dozen values); the map keeps every value measured.
 */
export class FormatWidths {
  private readonly shown: Shown;
  private readonly all = new Map<number, number>();
  private readonly recentValues = new Float64Array(RECENT_SLOTS).fill(NaN);
  private readonly recentWidths = new Float64Array(RECENT_SLOTS);

  constructor(numberFormat: string | undefined) {
    this.shown = shownBy(numberFormat);
  }

  width(value: number): number {
    const slot = (value * 1000) & (RECENT_SLOTS - 1);
    if (this.recentValues[slot] === value) return this.recentWidths[slot];
    let width = this.all.get(value);
    if (width === undefined) {
      width = longestLine(shownText(value, this.shown));
      this.all.set(value, width);
    }
    this.recentValues[slot] = value;
    this.recentWidths[slot] = width;
    return width;
  }
}

/**
 * Widths of numbers as shown under their formats (ranks, row numbers and quarter-point scores
 * repeat across columns and sheets: one instance serves every sheet of a plan).
 */
export class NumberWidths {
  private readonly byFormat = new Map<string | undefined, FormatWidths>();

  /** The widths under one format (look it up once for a column of cells). */
  under(numberFormat: string | undefined): FormatWidths {
    let known = this.byFormat.get(numberFormat);
    if (known === undefined) {
      known = new FormatWidths(numberFormat);
      this.byFormat.set(numberFormat, known);
    }
    return known;
  }

  width(value: number, numberFormat: string | undefined): number {
    return this.under(numberFormat).width(value);
  }
}

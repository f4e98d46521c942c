/**
 * Old Vietnamese encodings (TCVN3, VNI) turned into Unicode before anything is read. The grid
 * carries no fonts, so the encoding is told from the text itself: a sheet is read as TCVN3 or VNI
 * when decoding its text that way makes it read as Vietnamese clearly better ("§iÓm tèi ®a" ->
 * "Điểm tối đa"); then each cell is decoded unless it cannot have been typed in that encoding
 * (it holds Vietnamese letters beyond Latin-1, like a name retyped in Times New Roman, or
 * characters the encoding never produces) or decoding makes it read worse.
 */
import type { CellValue, SheetGrid } from '../engine/grid';
import { decodeTcvn3, decodeVni } from './legacy-tables';
import { vietnameseScore } from './syllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** A character of the 8-bit range: old-encoding text is made of them. */
const HIGH = /[\u0080-\u00ff]/;
/**
 * A character no 8-bit font's text can hold: beyond Latin-1, other than the Windows-1252
 * characters of bytes 0x80–0x9F (curly quotes, dashes …). Unicode Vietnamese has them (ạ, ơ, đ …).
 */
const UNICODE_ONLY = /[^\t\n\r\u0020-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** Rows read in full to tell the encoding (titles, headers); below them only the first columns (codes, names). */
const SAMPLE_ROWS = 60;
const SAMPLE_COLS = 6;
/** Enough cells to tell an encoding; a large sheet is not read whole for this. */
const SAMPLE_CELLS = 400;
/** The sheet's text must read this much better decoded (in well-formed words gained). */
const MIN_GAIN = 2;

function mayBeLegacy(v: CellValue): v is string {
  return typeof v === 'string' && HIGH.test(v) && !UNICODE_ONLY.test(v);
}

/**
 * Text in a capitals-only font (.VnTimeH): no lower-case ASCII letter and a word of two or more
 * capitals ("UBND X· MINH §øC"), where a name in title case ("X· Hµ Kú") has one capital a word.
 */
function typedInCapitals(text: string): boolean {
  if (/[a-z]/.test(text)) return false;
  return text.split(/\s+/).some((w) => (w.match(/[A-Z]/g)?.length ?? 0) >= 2);
}

function decode(encoding: LegacyEncoding, text: string): string | undefined {
  return encoding === 'vni' ? decodeVni(text) : decodeTcvn3(text, typedInCapitals(text));
}

/** The cells that tell the encoding: the first rows in full, the first columns below them. */
function sampled(grid: SheetGrid): string[] {
  const out: string[] = [];
  const values = grid.values;
  for (let r = 0; r < values.length && out.length < SAMPLE_CELLS; r++) {
    const row = values[r];
    if (!row) continue;
    const width = r < SAMPLE_ROWS ? row.length : Math.min(row.length, SAMPLE_COLS);
    for (let c = 0; c < width && out.length < SAMPLE_CELLS; c++) {
      const v = row[c];
      if (mayBeLegacy(v)) out.push(v);
    }
  }
  return out;
}

/** The old encoding the sheet's text is in, or undefined for Unicode (or text that is not Vietnamese). */
export function legacyEncodingOf(grid: SheetGrid): LegacyEncoding | undefined {
  let tcvn3 = 0;
  let vni = 0;
  for (const text of sampled(grid)) {
    const before = vietnameseScore(text);
    const t = decode('tcvn3', text);
    const v = decode('vni', text);
    if (t !== undefined) tcvn3 += vietnameseScore(t) - before;
    if (v !== undefined) vni += vietnameseScore(v) - before;
  }
  if (Math.max(tcvn3, vni) < MIN_GAIN) return undefined;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}

/** The cell's text in Unicode, when the sheet is in `encoding` and the cell was typed in it; else the text. */
export function decodeCell(encoding: LegacyEncoding, text: string): string {
  if (!mayBeLegacy(text)) return text;
  const decoded = decode(encoding, text);
  // A tie is decoded: in an old-encoding sheet "Ghi chó" is "Ghi chú", though both are words.
  if (decoded === undefined || vietnameseScore(decoded) < vietnameseScore(text)) return text;
  return decoded;
}

export interface DecodedSheet {
  /** The sheet itself when nothing was converted; else a grid sharing every row that did not change. */
  grid: SheetGrid;
  encoding?: LegacyEncoding;
}

/** The sheet with its old-encoding text in Unicode. */
export function decodeLegacySheet(grid: SheetGrid): DecodedSheet {
  const encoding = legacyEncodingOf(grid);
  if (!encoding) return { grid };
  let changed = false;
  const values = grid.values.map((row) => {
    if (!row) return row;
    let copy: CellValue[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (!mayBeLegacy(v)) continue;
      const text = decodeCell(encoding, v);
      if (text !== v) (copy ??= [...row])[c] = text;
    }
    if (copy) changed = true;
    return copy ?? row;
  });
  return changed ? { grid: { ...grid, values }, encoding } : { grid };
}

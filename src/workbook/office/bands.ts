/**
 * Grouping a sheet's written cells into bands of consecutive rows, each a rectangle over the
 * columns its rows use, so that a whole sheet is written with few 2D assignments. Cells inside a
 * band that nothing writes are sent as null (Office.js leaves those cells alone); a band grows as
 * long as those nulls cost less than starting another band, and stops at MAX_BAND_BYTES.
 */
import { utf8Length } from '../utf8';

/** A band whose contents serialise above this is split into smaller bands of rows. */
export const MAX_BAND_BYTES = 512 * 1024;
/** What one more range costs in a request (object path, action, envelope), against "null," (5 bytes) per empty cell. */
const RANGE_COST_BYTES = 400;
const NULL_BYTES = 5;

export interface Band {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Bands over a grid of rows (undefined = nothing written). `weight` gives a row segment's size in
 * bytes, to keep bands under MAX_BAND_BYTES.
 */
export function bandsOver<T>(originRow: number, originCol: number, cells: readonly (readonly (T | undefined)[])[], weight: (line: readonly (T | undefined)[], lo: number, hi: number) => number): Band[] {
  const bands: Band[] = [];
  let start = -1;
  let last = -1;
  let lo = 0;
  let hi = 0;
  let filled = 0;
  let bytes = 0;
  const close = (): void => {
    if (start >= 0) bands.push({ row: originRow + start, col: originCol + lo, rows: last - start + 1, cols: hi - lo + 1 });
    start = -1;
  };
  cells.forEach((line, r) => {
    let rlo = -1;
    let rhi = -1;
    let rfilled = 0;
    for (let c = 0; c < line.length; c++) {
      if (line[c] === undefined) continue;
      if (rlo < 0) rlo = c;
      rhi = c;
      rfilled++;
    }
    if (rlo < 0) return;
    const rowBytes = weight(line, rlo, rhi);
    if (start >= 0) {
      const nlo = Math.min(lo, rlo);
      const nhi = Math.max(hi, rhi);
      const oldNulls = (last - start + 1) * (hi - lo + 1) - filled;
      const newNulls = (r - start + 1) * (nhi - nlo + 1) - filled - rfilled;
      if ((newNulls - oldNulls) * NULL_BYTES <= RANGE_COST_BYTES && bytes + rowBytes <= MAX_BAND_BYTES) {
        lo = nlo;
        hi = nhi;
        filled += rfilled;
        bytes += rowBytes;
        last = r;
        return;
      }
      close();
    }
    start = r;
    last = r;
    lo = rlo;
    hi = rhi;
    filled = rfilled;
    bytes = rowBytes;
  });
  close();
  return bands;
}

/** JSON size of a row segment, as a band's weight. */
export function jsonWeight<T>(line: readonly (T | undefined)[], lo: number, hi: number): number {
  return utf8Length(JSON.stringify(line.slice(lo, hi + 1))) + 1;
}

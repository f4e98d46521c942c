/**
 * Parsing the addresses Office.js hands back: "Sheet1!B2:X60", "'Chấm điểm 2022'!A1",
 * and RangeAreas lists "Sheet1!A1:B2,Sheet1!D4" (commas inside quoted sheet names are kept).
 */
import { parseA1, type CellBox } from '../../engine/grid';

/** Splits at commas that are not inside a quoted sheet name. */
function splitAreas(address: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The box of "Sheet!A1:C3" or "A1" (sheet part ignored); undefined when it is not a cell range. */
export function boxOfAddress(address: string): CellBox | undefined {
  const bang = address.lastIndexOf('!');
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
  const [first, second] = ref.split(':');
  const a = parseA1(first);
  if (!a) return undefined;
  const b = second === undefined ? a : parseA1(second);
  if (!b) return undefined;
  return {
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    rows: Math.abs(b.row - a.row) + 1,
    cols: Math.abs(b.col - a.col) + 1,
  };
}

/** Boxes of a RangeAreas address; areas that are not cell ranges are skipped. */
export function boxesOfAreas(address: string): CellBox[] {
  return splitAreas(address)
    .map(boxOfAddress)
    .filter((b): b is CellBox => b !== undefined);
}

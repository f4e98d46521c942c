/**
 * A1 addresses for the fake: parsing "B2", "A1:C3", "Sheet1!A1:B2", "'My sheet'!A1", "3:5" (rows),
 * "B:D" (columns), and formatting addresses the way Excel returns them.
 */
import { a1Box, type CellBox } from '../engine/grid';
import { FakeOfficeError } from './errors';
import { MAX_COLS, MAX_ROWS } from './model';

function colIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Splits "Sheet!A1" into the sheet part (unquoted) and the cell part. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

/** Parses the cell part of an address into a box; throws InvalidArgument when it is not one. */
export function parseRef(ref: string): CellBox {
  const text = ref.replace(/\$/g, '').trim();
  const cell = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(text);
  if (cell) {
    const r1 = Number(cell[2]) - 1;
    const c1 = colIndex(cell[1]);
    const r2 = cell[3] ? Number(cell[4]) - 1 : r1;
    const c2 = cell[3] ? colIndex(cell[3]) : c1;
    return checked({ row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 }, ref);
  }
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) {
    const r1 = Number(rows[1]) - 1;
    const r2 = Number(rows[2]) - 1;
    return checked({ row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS }, ref);
  }
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (cols) {
    const c1 = colIndex(cols[1]);
    const c2 = colIndex(cols[2]);
    return checked({ row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 }, ref);
  }
  throw new FakeOfficeError('InvalidArgument', `The address "${ref}" is not valid.`);
}

function checked(box: CellBox, ref: string): CellBox {
  if (box.row < 0 || box.col < 0 || box.row + box.rows > MAX_ROWS || box.col + box.cols > MAX_COLS) {
    throw new FakeOfficeError('InvalidArgument', `The address "${ref}" is outside the sheet.`);
  }
  return box;
}

/** Sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:C3" as Range.address returns it. */
export function fullAddress(sheetName: string, box: CellBox): string {
  return `${sheetPrefix(sheetName)}!${a1Box(box)}`;
}

/** "$A$1" style absolute reference of a box, for defined names. */
export function absoluteRef(box: CellBox): string {
  return a1Box(box).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

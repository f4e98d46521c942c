/**
 * A worksheet part to the engine's SheetGrid: <sheetData> scanned by read-rows.ts, then the merged
 * areas (their other cells read empty, the areas count in the extent), hidden rows and columns,
 * and the rectangular grid from A1 to the last row and column holding a value. The grid is the one
 * the ExcelJS adapter gives (src/workbook/xlsx, README "Reading a sheet"), decision for decision;
 * where this reader differs (it reads what ExcelJS misreads), src/workbook/README.md says so.
 */
import type { CellBox, CellKind, CellValue, SheetGrid } from '../../engine/grid';
import { bytesOf, indexOfBytes, isNameEndByte, isSpaceByte, lastIndexOfBytes, tagEndAt, textAt } from './read-bytes';
import { emptyScan, scanSheetData, type SheetReadContext } from './read-rows';
import { elements, rootElement } from './read-xml';

export type { SheetReadContext } from './read-rows';

/** "D4:E5" (or "D4") to a 0-based box; undefined when it is not an A1 range. */
export function parseBox(ref: string): CellBox | undefined {
  const m = /^\s*\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?\s*$/.exec(ref);
  if (!m) return undefined;
  const col = (letters: string): number => {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  };
  const [r1, c1] = [Number(m[2]) - 1, col(m[1])];
  const [r2, c2] = m[3] === undefined ? [r1, c1] : [Number(m[4]) - 1, col(m[3])];
  if (r1 < 0 || r2 < 0) return undefined;
  const row = Math.min(r1, r2);
  const c = Math.min(c1, c2);
  return { row, col: c, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** Where <sheetData> is: its content's bounds, and the bytes before and after it. */
function findSheetData(b: Uint8Array): { prefix: string; head: string; tail: string; from: number; to: number } | undefined {
  const name = bytesOf('sheetData');
  let at = 0;
  for (;;) {
    const i = indexOfBytes(b, name, at, b.length);
    if (i < 0) return undefined;
    at = i + name.length;
    if (!isNameEndByte(b[at])) continue;
    // "<sheetData" or "<x:sheetData" (a start tag, not an end tag).
    let lt = i - 1;
    if (b[lt] === 58) {
      while (lt > 0 && b[lt] !== 60 && !isSpaceByte(b[lt])) lt--;
    }
    if (b[lt] !== 60) continue;
    const prefix = textAt(b, lt + 1, i);
    const gt = tagEndAt(b, lt, b.length);
    if (gt < 0) return undefined;
    const head = textAt(b, 0, lt);
    if (b[gt - 1] === 47) return { prefix, head, tail: textAt(b, gt + 1, b.length), from: gt + 1, to: gt + 1 };
    const close = lastIndexOfBytes(b, bytesOf(`</${prefix}sheetData>`), gt + 1, b.length);
    const to = close < 0 ? b.length : close;
    return { prefix, head, tail: textAt(b, to, b.length), from: gt + 1, to };
  }
}

/** Reads a worksheet part (its text) into a grid; see readWorksheet. */
export function readWorksheetXml(xml: string, sheetName: string, ctx: SheetReadContext): SheetGrid {
  return readWorksheet(bytesOf(xml), sheetName, ctx);
}

/**
 * Reads a worksheet part, as stored (UTF-8 bytes), into a grid (the decisions are in
 * src/workbook/README.md, "The package adapter: reading").
 */
export function readWorksheet(part: Uint8Array, sheetName: string, ctx: SheetReadContext): SheetGrid {
  const b = part[0] === 0xef && part[1] === 0xbb && part[2] === 0xbf ? part.subarray(3) : part;
  const data = findSheetData(b);
  const prefix = data?.prefix ?? rootElement(textAt(b, 0, Math.min(b.length, 65536)))?.prefix ?? '';
  const head = data?.head ?? textAt(b, 0, b.length);
  const tail = data?.tail ?? '';
  const scanned = data && data.to > data.from ? scanSheetData(b, data.from, data.to, prefix, ctx) : emptyScan();
  let { lastRow, lastCol } = scanned;

  // Merged areas: the other cells of an area read as empty; the area counts in the extent, as
  // in the ExcelJS adapter (ExcelJS makes those cells "merge" cells, which hold a value).
  const merges: CellBox[] = [];
  for (const el of elements(tail, `${prefix}mergeCell`)) {
    const box = parseBox(el.attrs.get('ref') ?? '');
    if (!box) continue;
    merges.push(box);
    if (box.rows * box.cols > 1) {
      lastRow = Math.max(lastRow, box.row + box.rows);
      lastCol = Math.max(lastCol, box.col + box.cols);
    }
  }
  merges.sort((x, y) => x.row - y.row || x.col - y.col);
  const inMergeTail = (row: number, col: number): boolean =>
    merges.some((m) => row >= m.row && row < m.row + m.rows && col >= m.col && col < m.col + m.cols && (row !== m.row || col !== m.col));
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      const rv = scanned.values[r];
      const rk = scanned.kinds[r];
      const rf = scanned.formulas[r];
      if (!rv || !rk || !rf) continue;
      for (let c = m.col; c < Math.min(m.col + m.cols, scanned.lengths[r]); c++) {
        if (r === m.row && c === m.col) continue;
        rv[c] = '';
        rk[c] = 'Empty';
        rf[c] = false;
      }
    }
  }

  const values: CellValue[][] = [];
  const kinds: CellKind[][] = [];
  const formulas: boolean[][] = [];
  for (let r = 0; r < lastRow; r++) {
    const rv = scanned.values[r];
    const rk = scanned.kinds[r];
    const rf = scanned.formulas[r];
    if (!rv || !rk || !rf) {
      values.push(new Array<CellValue>(lastCol).fill(''));
      kinds.push(new Array<CellKind>(lastCol).fill('Empty'));
      formulas.push(new Array<boolean>(lastCol).fill(false));
      continue;
    }
    for (let c = scanned.lengths[r]; c < lastCol; c++) {
      rv[c] = '';
      rk[c] = 'Empty';
      rf[c] = false;
    }
    if (rv.length > lastCol) {
      rv.length = lastCol;
      rk.length = lastCol;
      rf.length = lastCol;
    }
    values.push(rv);
    kinds.push(rk);
    formulas.push(rf);
  }

  const hiddenRows = [...new Set(scanned.hiddenRows.filter((r) => r < lastRow))].sort((a, b) => a - b);
  const hidden = new Set<number>();
  for (const { attrs } of elements(head, `${prefix}col`)) {
    const v = attrs.get('hidden');
    if (v !== '1' && v !== 'true') continue;
    const min = Number(attrs.get('min') ?? '0');
    const max = Number(attrs.get('max') ?? '0');
    for (let c = Math.max(1, min); c <= Math.min(max, lastCol); c++) hidden.add(c - 1);
  }
  const hiddenCols = [...hidden].sort((a, b) => a - b);
  const uncached = merges.length ? scanned.uncached.filter((u) => !inMergeTail(u.row, u.col)) : scanned.uncached;

  const grid: SheetGrid = { sheetName, values, originRow: 0, originCol: 0, kinds, formulas, merges, hiddenRows, hiddenCols };
  return uncached.length ? { ...grid, uncached } : grid;
}

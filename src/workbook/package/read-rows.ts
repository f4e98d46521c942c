/**
 * The hot loop of the package reader: the rows and cells of a worksheet's <sheetData>, scanned as
 * bytes (indexOf/charCode loops over the part as stored), each row's values, kinds and formula
 * flags written straight into its arrays, no object per cell. One long function by design: the
 * per-cell path stays in one optimised frame. What each cell reads as is the ExcelJS adapter's
 * decision (src/workbook/README.md, "Reading a package").
 */
import type { CellKind, CellValue } from '../../engine/grid';
import { shiftFormula } from './read-formula';
import { isoDateToSerial, parseIndexAt, parseNumberAt } from './read-values';
import {
  bytesAt, bytesOf, eachAttribute, indexOfByte, indexOfBytes, isName, isNameEndByte, isSpaceByte, tagEndAt, textAt, xmlTextAt,
} from './read-bytes';
import { decodeEscapes, stringItemText } from './read-xml';

export interface SheetReadContext {
  sharedStrings: readonly string[];
  date1904: boolean;
}

// Cell types (the `t` attribute).
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

function typeOf(b: Uint8Array, start: number, end: number): number {
  const c = b[start];
  const len = end - start;
  if (len === 1) return c === 115 ? T_SHARED : c === 98 ? T_BOOL : c === 101 ? T_ERROR : c === 100 ? T_DATE : T_NUMBER;
  if (len === 3 && c === 115) return T_STR; // str
  if (len === 9 && c === 105) return T_INLINE; // inlineStr
  return T_NUMBER;
}

interface SharedMaster {
  row: number;
  col: number;
  start: number;
  end: number;
}

interface PendingShared {
  row: number;
  col: number;
  si: string;
}

/** The cells scanned from <sheetData>, row arrays as filled. */
export interface Scanned {
  values: (CellValue[] | undefined)[];
  kinds: (CellKind[] | undefined)[];
  formulas: (boolean[] | undefined)[];
  /** Cells filled in each row, from its start; the arrays may be longer (preallocated). */
  lengths: number[];
  /** 1-based last row / column holding a value (0: none). */
  lastRow: number;
  lastCol: number;
  hiddenRows: number[];
  uncached: { row: number; col: number; formula: string }[];
}

const COMMENT_END = bytesOf('-->');
/** What a sheet without cells scans to. */
export function emptyScan(): Scanned {
  return { values: [], kinds: [], formulas: [], lengths: [], lastRow: 0, lastCol: 0, hiddenRows: [], uncached: [] };
}

/** Scans the rows and cells of b[from, to) (the content of <sheetData>). */
export function scanSheetData(b: Uint8Array, from: number, to: number, prefix: string, ctx: SheetReadContext): Scanned {
  const pl = prefix.length;
  const pre = bytesOf(prefix);
  const strings = ctx.sharedStrings;
  const values: (CellValue[] | undefined)[] = [];
  const kinds: (CellKind[] | undefined)[] = [];
  const formulas: (boolean[] | undefined)[] = [];
  const hiddenRows: number[] = [];
  const uncached: { row: number; col: number; formula: string }[] = [];
  const masters = new Map<string, SharedMaster>();
  const pending: PendingShared[] = [];
  const endC = bytesOf(`</${prefix}c>`);
  const endF = bytesOf(`</${prefix}f>`);
  const endIs = bytesOf(`</${prefix}is>`);
  let lastRow = 0;
  let lastCol = 0;

  let row = -1;
  let rowHasNumber = true;
  let rowCellsSeen = 0;
  let col = -1;
  let rv: CellValue[] | undefined;
  let rk: CellKind[] | undefined;
  let rf: boolean[] | undefined;
  /** Cells filled from the start of the current row (its arrays may be longer, preallocated). */
  let rowLen = 0;
  const lengths: number[] = [];

  // Attributes of the <row> and <f> being read (set by the visitors below).
  let rowNumber = -1;
  let rowHidden = false;
  let fType = '';
  let fSi = '';
  let fRef = false;
  const visitRow = (ns: number, ne: number, vs: number, ve: number): void => {
    if (ne - ns === 1 && b[ns] === 114) rowNumber = parseIndexAt(b, vs, ve);
    else if (isName(b, ns, ne, 'hidden')) rowHidden = isName(b, vs, ve, '1') || isName(b, vs, ve, 'true');
  };
  const visitF = (ns: number, ne: number, vs: number, ve: number): void => {
    if (ne - ns === 1 && b[ns] === 116) fType = textAt(b, vs, ve);
    else if (isName(b, ns, ne, 'si')) fSi = textAt(b, vs, ve);
    else if (isName(b, ns, ne, 'ref')) fRef = true;
  };

  let at = from;
  for (;;) {
    const lt = indexOfByte(b, 60, at, to);
    if (lt < 0) break;
    const first = b[lt + 1];
    if (first === 47 || first === 63) { // an end tag (</row>), a processing instruction
      at = lt + 2;
      continue;
    }
    if (first === 33) { // a comment
      const end = indexOfBytes(b, COMMENT_END, lt, to);
      at = end < 0 ? to : end + 3;
      continue;
    }
    const n0 = lt + 1 + pl;
    if (pl > 0 && !bytesAt(b, lt + 1, pre)) {
      const gt = tagEndAt(b, lt, to);
      at = gt < 0 ? to : gt + 1;
      continue;
    }
    const c0 = b[n0];
    if (c0 === 114 && b[n0 + 1] === 111 && b[n0 + 2] === 119 && isNameEndByte(b[n0 + 3])) {
      // <row r=".." hidden="..">
      const gt = tagEndAt(b, lt, to);
      if (gt < 0) break;
      rowNumber = -1;
      rowHidden = false;
      eachAttribute(b, lt, gt, visitRow);
      rowHasNumber = rowNumber > 0;
      row = rowHasNumber ? rowNumber - 1 : row + 1;
      if (rowHidden) hiddenRows.push(row);
      rowCellsSeen = 0;
      col = -1;
      rv = undefined;
      rk = undefined;
      rf = undefined;
      at = gt + 1;
      continue;
    }
    if (c0 !== 99 || !isNameEndByte(b[n0 + 1])) {
      const gt = tagEndAt(b, lt, to);
      at = gt < 0 ? to : gt + 1;
      continue;
    }

    // <c r="D5" t="s" s="3"> ... </c>
    let type = T_NUMBER;
    let cellCol = -1;
    let cellRow = -1;
    let p = n0 + 1;
    let selfClosing = false;
    let gt = -1;
    while (p < to) {
      let ch = b[p];
      while (isSpaceByte(ch)) ch = b[++p];
      if (ch === 62) { gt = p; break; }
      if (ch === 47) { selfClosing = true; gt = indexOfByte(b, 62, p, to); break; }
      const nameStart = p;
      while (ch !== 61 && !isSpaceByte(ch) && p < to) ch = b[++p];
      const nameLen = p - nameStart;
      while (ch !== 34 && ch !== 39 && p < to) ch = b[++p];
      const vStart = p + 1;
      const vEnd = indexOfByte(b, ch, vStart, to);
      if (vEnd < 0) break;
      if (nameLen === 1) {
        const name = b[nameStart];
        if (name === 114) {
          // r: column letters, then the row number.
          let q = vStart;
          let letters = 0;
          let c = b[q];
          while ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
            letters = letters * 26 + ((c & 0xdf) - 64);
            c = b[++q];
          }
          if (letters > 0) cellCol = letters - 1;
          if (!rowHasNumber && q < vEnd) cellRow = parseIndexAt(b, q, vEnd) - 1;
        } else if (name === 116) {
          type = typeOf(b, vStart, vEnd);
        }
      }
      p = vEnd + 1;
    }
    if (gt < 0) break;
    col = cellCol >= 0 ? cellCol : col + 1;
    if (!rowHasNumber && rowCellsSeen === 0 && cellRow >= 0) row = cellRow;
    rowCellsSeen++;
    if (row < 0) row = 0;

    let vStart = -1;
    let vEnd = -1;
    let hasF = false;
    let fStart = -1;
    let fEnd = -1;
    let isStart = -1;
    let isEnd = -1;
    fType = '';
    fSi = '';
    fRef = false;
    at = gt + 1;
    if (!selfClosing) {
      for (;;) {
        const l2 = indexOfByte(b, 60, at, to);
        if (l2 < 0) { at = to; break; }
        const k = b[l2 + 1];
        if (k === 47) {
          const e = indexOfByte(b, 62, l2, to);
          at = e < 0 ? to : e + 1;
          if (bytesAt(b, l2, endC)) break;
          continue;
        }
        const m0 = l2 + 1 + pl;
        const k0 = b[m0];
        const k1 = b[m0 + 1];
        if (k0 === 118 && isNameEndByte(k1)) {
          // <v>text</v>
          const g = indexOfByte(b, 62, l2, to);
          if (g < 0) { at = to; break; }
          if (b[g - 1] === 47) {
            vStart = vEnd = g + 1;
            at = g + 1;
          } else {
            vStart = g + 1;
            vEnd = indexOfByte(b, 60, vStart, to);
            while (vEnd >= 0 && b[vEnd + 1] !== 47) vEnd = indexOfByte(b, 60, vEnd + 1, to); // CDATA
            if (vEnd < 0) { at = to; break; }
            at = vEnd + 2;
          }
          continue;
        }
        if (k0 === 102 && isNameEndByte(k1)) {
          // <f t="shared" ref=".." si="..">text</f>, or <f t="shared" si=".."/>
          const g = tagEndAt(b, l2, to);
          if (g < 0) { at = to; break; }
          hasF = true;
          if (k1 !== 62) eachAttribute(b, l2, g, visitF);
          if (b[g - 1] === 47) {
            at = g + 1;
          } else {
            fStart = g + 1;
            fEnd = indexOfBytes(b, endF, fStart, to);
            if (fEnd < 0) { at = to; break; }
            at = fEnd + endF.length;
          }
          continue;
        }
        if (k0 === 105 && k1 === 115 && isNameEndByte(b[m0 + 2])) {
          // <is> inline string </is>
          const g = tagEndAt(b, l2, to);
          if (g < 0) { at = to; break; }
          if (b[g - 1] === 47) {
            isStart = isEnd = g + 1;
            at = g + 1;
          } else {
            isStart = g + 1;
            isEnd = indexOfBytes(b, endIs, isStart, to);
            if (isEnd < 0) { at = to; break; }
            at = isEnd + endIs.length;
          }
          continue;
        }
        // Another child (extLst ...): skipped whole.
        const g = tagEndAt(b, l2, to);
        if (g < 0) { at = to; break; }
        if (b[g - 1] === 47) { at = g + 1; continue; }
        let nameEnd = l2 + 1;
        while (nameEnd < g && !isNameEndByte(b[nameEnd])) nameEnd++;
        const close = indexOfBytes(b, bytesOf(`</${textAt(b, l2 + 1, nameEnd)}>`), g, to);
        at = close < 0 ? to : close + nameEnd - l2 + 2;
      }
    }

    // The cell's value, as the ExcelJS adapter gives it.
    const fShared = fType === 'shared';
    const formula = hasF && (fEnd > fStart || fType !== '');
    let value: CellValue = '';
    let kind: CellKind = 'Empty';
    let present = formula;
    if (vEnd > vStart) {
      present = true;
      switch (type) {
        case T_SHARED: {
          const index = parseIndexAt(b, vStart, vEnd);
          const text = index >= 0 ? strings[index] ?? '' : '';
          value = text;
          kind = text === '' ? 'Empty' : 'String';
          break;
        }
        case T_BOOL: {
          const text = textAt(b, vStart, vEnd).trim();
          value = text === '1' || text === 'true';
          kind = 'Boolean';
          break;
        }
        case T_ERROR:
          value = xmlTextAt(b, vStart, vEnd);
          kind = 'Error';
          break;
        case T_STR:
        case T_INLINE: {
          const text = decodeEscapes(xmlTextAt(b, vStart, vEnd));
          value = text;
          kind = text === '' ? 'Empty' : 'String';
          break;
        }
        case T_DATE: {
          const text = xmlTextAt(b, vStart, vEnd);
          const serial = isoDateToSerial(text, ctx.date1904);
          value = serial ?? text;
          kind = serial === undefined ? 'String' : 'Double';
          break;
        }
        default: {
          const n = parseNumberAt(b, vStart, vEnd);
          if (n === n) {
            value = n;
            kind = 'Double';
          } else {
            const text = xmlTextAt(b, vStart, vEnd);
            value = text;
            kind = text === '' ? 'Empty' : 'String';
          }
        }
      }
    } else if (type === T_INLINE && isEnd > isStart) {
      const item = textAt(b, isStart, isEnd);
      const text = stringItemText(item, 0, item.length, prefix);
      if (text !== '') {
        present = true;
        value = text;
        kind = 'String';
      }
    }
    if (!present) continue;

    // No last value: no <v>, or an empty one (openpyxl writes <v></v>); an empty <v> of a string
    // result (t="str") is a formula whose value is "" (=IF(..;"";..)).
    if (formula && vEnd <= vStart && isStart < 0 && !(type === T_STR && vStart >= 0)) {
      if (fEnd > fStart) uncached.push({ row, col, formula: xmlTextAt(b, fStart, fEnd) });
      else if (fShared) pending.push({ row, col, si: fSi });
      else uncached.push({ row, col, formula: '' });
    }
    if (fShared && fRef && fEnd > fStart && !masters.has(fSi)) masters.set(fSi, { row, col, start: fStart, end: fEnd });

    if (rv === undefined || rk === undefined || rf === undefined) {
      rv = values[row];
      rk = kinds[row];
      rf = formulas[row];
      if (rv === undefined || rk === undefined || rf === undefined) {
        // Sized as the widest row so far: the arrays are not regrown cell by cell.
        rv = values[row] = new Array<CellValue>(lastCol);
        rk = kinds[row] = new Array<CellKind>(lastCol);
        rf = formulas[row] = new Array<boolean>(lastCol);
        rowLen = 0;
      } else {
        rowLen = lengths[row];
      }
    }
    while (rowLen < col) {
      rv[rowLen] = '';
      rk[rowLen] = 'Empty';
      rf[rowLen] = false;
      rowLen++;
    }
    rv[col] = value;
    rk[col] = kind;
    rf[col] = formula;
    if (col >= rowLen) rowLen = col + 1;
    lengths[row] = rowLen;
    if (row >= lastRow) lastRow = row + 1;
    if (col >= lastCol) lastCol = col + 1;
  }

  for (const cell of pending) {
    const master = masters.get(cell.si);
    const text = master ? xmlTextAt(b, master.start, master.end) : '';
    const moved = master ? shiftFormula(text, cell.row - master.row, cell.col - master.col) : undefined;
    uncached.push({ row: cell.row, col: cell.col, formula: moved ?? text });
  }
  uncached.sort((x, y) => x.row - y.row || x.col - y.col);
  return { values, kinds, formulas, lengths, lastRow, lastCol, hiddenRows, uncached };
}

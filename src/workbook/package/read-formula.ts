/**
 * A shared formula's text for one of its cells: the master's formula with its relative A1
 * references moved by the cell's offset from the master (Excel stores the text once, in the
 * master `<f t="shared" ref=".." si="..">`; the other cells have `<f t="shared" si=".."/>`).
 * Only plain cell references are moved; a formula with whole-column or whole-row ranges,
 * structured or external references (`[`), or a reference moved off the sheet is not "simple":
 * `shiftFormula` answers undefined and the reader gives the master's text as it is.
 */

const MAX_ROW = 1048576;
const MAX_COL = 16384;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Characters that continue a name: a reference cannot start right after them. */
const isNameChar = (c: number): boolean => isLetter(c) || isDigit(c) || c === 95 || c === 46 || c === 92 || c > 127;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n;
}

function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/;

/** The formula moved by (dRow, dCol), or undefined when it is not simple enough to move. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string | undefined {
  if (formula.includes('[')) return undefined;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const c = formula.charCodeAt(i);
    if (c === 34 || c === 39) {
      // A string literal ("..") or a quoted sheet name ('..'), the quote doubled inside.
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) return undefined;
        if (formula.charCodeAt(j) === c) {
          if (formula.charCodeAt(j + 1) === c) { j += 2; continue; }
          break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const startsToken = i === 0 || !isNameChar(formula.charCodeAt(i - 1));
    if (startsToken && (isLetter(c) || c === 36)) {
      const m = CELL.exec(formula.slice(i, i + 12));
      const after = m ? formula.charCodeAt(i + m[0].length) : NaN;
      if (m && !isNameChar(after) && after !== 40 && after !== 33) {
        let col = columnNumber(m[2]);
        let row = Number(m[4]);
        if (col > MAX_COL || row > MAX_ROW || row === 0) return undefined;
        if (m[1] === '') col += dCol;
        if (m[3] === '') row += dRow;
        if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return undefined;
        out += `${m[1]}${columnName(col)}${m[3]}${row}`;
        i += m[0].length;
        continue;
      }
      // A name, a function, TRUE ... copied whole; letters before ":" are a column range.
      let j = i + (c === 36 ? 1 : 0);
      while (j < formula.length && isNameChar(formula.charCodeAt(j))) j++;
      if (formula.charCodeAt(j) === 58) return undefined;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    if (startsToken && isDigit(c)) {
      let j = i;
      while (j < formula.length && (isNameChar(formula.charCodeAt(j)))) j++;
      if (formula.charCodeAt(j) === 58) return undefined; // a row range (1:3)
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += formula[i];
    i++;
  }
  return out;
}

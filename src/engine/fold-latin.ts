/**
 * A fast path for folding text made of Latin letters (Vietnamese included), spaces and combining
 * accents: one table look-up per character instead of normalising the whole string. The table is
 * made from the full fold itself, one character at a time, so the two agree; text with any other
 * character is left to the full fold. Unit headers of a national sheet are 10,000 such strings.
 */

/** Folded character codes; SKIP: a combining accent (removed); SPACE: white space; OTHER: not here. */
const SKIP = -2;
const SPACE = -3;
const OTHER = -1;
/** Latin-1, Latin Extended-A and -B, combining accents (U+0300..U+036F), Latin Extended Additional. */
const LAST = 0x1eff;

const WHITE = /^[\s\u00a0\u200b]$/;

function makeTable(full: (text: string) => string): Int32Array {
  const table = new Int32Array(LAST + 1).fill(OTHER);
  const covered = (cp: number): boolean => cp < 0x250 || (cp >= 0x300 && cp < 0x370) || cp >= 0x1e00;
  for (let cp = 0; cp <= LAST; cp++) {
    if (!covered(cp)) continue;
    const ch = String.fromCharCode(cp);
    if (WHITE.test(ch)) { table[cp] = SPACE; continue; }
    const folded = full(ch);
    if (folded === '') table[cp] = cp >= 0x300 && cp < 0x370 ? SKIP : OTHER;
    else if (folded.length === 1 && !WHITE.test(folded)) table[cp] = folded.charCodeAt(0);
  }
  return table;
}

/**
 * Returns a folder that agrees with `full` (see text.ts `fold`) and answers `undefined` for text
 * it does not cover, so the caller falls back to `full`.
 */
export function latinFolder(full: (text: string) => string): (text: string) => string | undefined {
  let table: Int32Array | undefined;
  const codes: number[] = [];
  return (text: string): string | undefined => {
    if (text.length > 4096) return undefined;
    table ??= makeTable(full);
    codes.length = 0;
    let space = false;
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      const m = cp <= LAST ? table[cp] : OTHER;
      if (m >= 0) {
        if (space) { codes.push(32); space = false; }
        codes.push(m);
      } else if (m === SPACE) {
        space = codes.length > 0; // collapsed; never leading, and a trailing one is never written
      } else if (m === OTHER) {
        return undefined;
      }
    }
    return String.fromCharCode.apply(null, codes);
  };
}

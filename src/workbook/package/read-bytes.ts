/**
 * Byte-level helpers of the worksheet scanner: the sheet part is scanned as the UTF-8 bytes it is
 * stored as (never decoded whole: a 90 MB part would become a 90 MB string, 180 MB when a single
 * character needs two bytes of UTF-16), and only the few texts the grid needs are decoded.
 */
import { xmlText } from './read-xml';

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export function bytesOf(text: string): Uint8Array {
  return encoder.encode(text);
}

/** First index of `byte` in b[from, to), or -1. */
export function indexOfByte(b: Uint8Array, byte: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b[i] === byte) return i;
  return -1;
}

/** Does b hold `pattern` at `at`? */
export function bytesAt(b: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (at + pattern.length > b.length) return false;
  for (let i = 0; i < pattern.length; i++) if (b[at + i] !== pattern[i]) return false;
  return true;
}

/** First index of `pattern` in b[from, to), or -1. */
export function indexOfBytes(b: Uint8Array, pattern: Uint8Array, from: number, to: number): number {
  const first = pattern[0];
  const last = to - pattern.length;
  for (let i = from; i <= last; i++) {
    if (b[i] === first && bytesAt(b, i, pattern)) return i;
  }
  return -1;
}

/** Last index of `pattern` in b[from, to), or -1. */
export function lastIndexOfBytes(b: Uint8Array, pattern: Uint8Array, from: number, to: number): number {
  const first = pattern[0];
  for (let i = to - pattern.length; i >= from; i--) {
    if (b[i] === first && bytesAt(b, i, pattern)) return i;
  }
  return -1;
}

/** The UTF-8 text of b[start, end), as stored (entities not decoded). */
export function textAt(b: Uint8Array, start: number, end: number): string {
  if (end - start <= 48) {
    let s = '';
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c >= 128) return utf8.decode(b.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8.decode(b.subarray(start, end));
}

/** The text content of b[start, end): entities and CDATA decoded. */
export function xmlTextAt(b: Uint8Array, start: number, end: number): string {
  const raw = textAt(b, start, end);
  return raw.indexOf('&') < 0 && raw.indexOf('<') < 0 ? raw : xmlText(raw, 0, raw.length);
}

export const isNameEndByte = (c: number): boolean => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
export const isSpaceByte = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Index of the ">" ending the tag that starts at `lt`, quoted values skipped; -1 when cut off. */
export function tagEndAt(b: Uint8Array, lt: number, to: number): number {
  for (let i = lt + 1; i < to; i++) {
    const c = b[i];
    if (c === 62) return i;
    if (c === 34 || c === 39) {
      const close = indexOfByte(b, c, i + 1, to);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/**
 * Calls `visit(nameStart, nameEnd, valueStart, valueEnd)` for each attribute of the start tag
 * b[lt, gt]; names and values as byte ranges, values not decoded.
 */
export function eachAttribute(
  b: Uint8Array, lt: number, gt: number, visit: (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => void,
): void {
  let p = lt + 1;
  while (p < gt && !isNameEndByte(b[p])) p++;
  for (;;) {
    while (p < gt && isSpaceByte(b[p])) p++;
    const nameStart = p;
    while (p < gt && b[p] !== 61 && !isSpaceByte(b[p]) && b[p] !== 47) p++;
    const nameEnd = p;
    while (p < gt && b[p] !== 34 && b[p] !== 39) p++;
    if (p >= gt || nameEnd === nameStart) return;
    const close = indexOfByte(b, b[p], p + 1, gt);
    if (close < 0) return;
    visit(nameStart, nameEnd, p + 1, close);
    p = close + 1;
  }
}

/** Does b[start, end) spell the ASCII `name`? */
export function isName(b: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (b[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

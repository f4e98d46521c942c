/**
 * Cell text and the byte writer of the worksheet writer.
 *
 * A string is written as an inline string, always literal text ("=SUM(A1)" stays text, there is
 * no formula element). SpreadsheetML reads "_xHHHH_" in a string as an escaped character, so text
 * that looks like it is protected ("_x005F_" for its underscore) and shows as typed; characters
 * XML 1.0 cannot carry (controls other than tab and line feed, U+FFFE, U+FFFF) and the carriage
 * return (which XML would turn into a line feed) are written in that escaped form.
 *
 * The writer encodes UTF-8 itself, straight into one growing byte buffer: a worksheet of 600,000
 * cells is 60 MB of XML, and building it as strings first (template strings joined, then
 * encoded) cost more than everything else the splice does.
 */

// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** Text of a cell as element content of <t>. */
export function cellText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, (ch) => `_x${hex4(ch.charCodeAt(0))}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A number as the content of <v>; undefined for what SpreadsheetML cannot hold. */
export function cellNumber(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  return Object.is(value, -0) ? '0' : String(value);
}

const encoder = new TextEncoder();
/** Texts this long are encoded by TextEncoder. */
const NATIVE_FROM = 24;

/** Bytes written to one growing buffer, UTF-8 encoded by hand (no intermediate strings). */
export class ByteWriter {
  private buffer: Uint8Array;
  private at = 0;

  constructor(expected = 1 << 16) {
    this.buffer = new Uint8Array(Math.max(1024, expected));
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.at + bytes));
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }

  /**
   * Any text, as UTF-8 (a lone surrogate becomes U+FFFD, as TextEncoder does). Long texts go
   * through TextEncoder (native, fastest from the first call); short ones are encoded here, where
   * the call would cost more than the work.
   */
  text(s: string): void {
    const n = s.length;
    if (this.at + n * 3 > this.buffer.length) this.room(n * 3);
    if (n >= NATIVE_FROM) {
      this.at += encoder.encodeInto(s, this.buffer.subarray(this.at)).written;
      return;
    }
    const b = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        b[at++] = c;
      } else if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 63);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        // Surrogates: rare in short texts; TextEncoder pairs them (or writes U+FFFD).
        this.at = at;
        this.at += encoder.encodeInto(s.slice(i), this.buffer.subarray(this.at)).written;
        return;
      } else {
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 63);
        b[at++] = 0x80 | (c & 63);
      }
    }
    this.at = at;
  }

  /** Text known to be ASCII (numbers, references). */
  ascii(s: string): void {
    const n = s.length;
    if (this.at + n > this.buffer.length) this.room(n);
    const b = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i++) b[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** Bytes prepared once (a fragment written many times). */
  raw(bytes: Uint8Array): void {
    if (this.at + bytes.length > this.buffer.length) this.room(bytes.length);
    const b = this.buffer;
    let at = this.at;
    for (let i = 0; i < bytes.length; i++) b[at++] = bytes[i];
    this.at = at;
  }

  /** The bytes written (a view of the writer's buffer). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.at);
  }

  get length(): number {
    return this.at;
  }
}

/** A fixed fragment, encoded once. */
export function fragment(text: string): Uint8Array {
  return encoder.encode(text);
}

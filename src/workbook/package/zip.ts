/**
 * The zip container of a workbook package (.xlsx, .xlsm, .ods), read and written without
 * re-compressing what is not changed: `writeZip` copies every part it is not given anew as the
 * compressed bytes it was stored with, so the user's parts come back byte for byte. Inflating,
 * deflating and CRC-32 are Node's zlib (native: a 60 MB sheet deflates in a fraction of what a
 * JavaScript deflate takes); the container (directory, headers, zip64 sizes) is read here.
 */
import zlib from 'node:zlib';

export type ZipProblem = 'not-zip' | 'truncated' | 'corrupt' | 'encrypted' | 'unsupported';

/** Why a container cannot be read; the message is for a `--verbose` detail, never for users. */
export class ZipError extends Error {
  constructor(readonly problem: ZipProblem, message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  /** The part's name as stored ("xl/worksheets/sheet1.xml"). */
  readonly name: string;
  /** The name's bytes as stored (kept when the entry is copied). */
  readonly rawName: Uint8Array;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly time: number;
  readonly date: number;
  /** Where its local header starts. */
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

/** Does the file start as a zip container (a local header, or an empty archive)? */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();

  private constructor(private readonly bytes: Uint8Array, entries: ZipEntry[]) {
    this.entries = entries;
    for (const e of entries) {
      this.byName.set(e.name, e);
      if (!this.byLowerName.has(e.name.toLowerCase())) this.byLowerName.set(e.name.toLowerCase(), e);
    }
  }

  /** Reads the directory; refuses what is no zip, is cut off, or is encrypted. */
  static open(bytes: Uint8Array): ZipArchive {
    if (!looksLikeZip(bytes)) throw new ZipError('not-zip', 'no zip signature at the start of the file');
    const end = findEndRecord(bytes);
    let count = u16(bytes, end + 10);
    let dirSize = u32(bytes, end + 12);
    let dirOffset = u32(bytes, end + 16);
    if (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
      const at = u64(bytes, end - 12);
      if (at + 56 > bytes.length || u32(bytes, at) !== ZIP64_EOCD) throw new ZipError('corrupt', 'zip64 end record missing');
      count = u64(bytes, at + 32);
      dirSize = u64(bytes, at + 40);
      dirOffset = u64(bytes, at + 48);
    }
    if (dirOffset + dirSize > bytes.length) throw new ZipError('truncated', 'the central directory lies beyond the end of the file');
    const entries: ZipEntry[] = [];
    let at = dirOffset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw new ZipError('corrupt', `central directory entry ${i} is damaged`);
      const flags = u16(bytes, at + 8);
      const nameLength = u16(bytes, at + 28);
      const extraLength = u16(bytes, at + 30);
      const commentLength = u16(bytes, at + 32);
      const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
      let compressedSize = u32(bytes, at + 20);
      let size = u32(bytes, at + 24);
      let localOffset = u32(bytes, at + 42);
      // Zip64: the sizes and offset that did not fit, in this order, in extra field 0x0001.
      if (compressedSize === MAX32 || size === MAX32 || localOffset === MAX32) {
        const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
        for (let x = 0; x + 4 <= extra.length;) {
          const id = u16(extra, x);
          const len = u16(extra, x + 2);
          if (id === 1) {
            let y = x + 4;
            if (size === MAX32) { size = u64(extra, y); y += 8; }
            if (compressedSize === MAX32) { compressedSize = u64(extra, y); y += 8; }
            if (localOffset === MAX32) localOffset = u64(extra, y);
          }
          x += 4 + len;
        }
      }
      entries.push({
        name: (flags & 0x800 ? utf8 : latin1).decode(rawName), rawName: rawName.slice(), method: u16(bytes, at + 10), flags,
        crc: u32(bytes, at + 16), compressedSize, size, time: u16(bytes, at + 12), date: u16(bytes, at + 14), localOffset,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipArchive(bytes, entries);
  }

  /** The entry of a part; part names are compared as stored, else ignoring case (OOXML's rule). */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The part's bytes as stored (compressed), for copying it unchanged. */
  stored(entry: ZipEntry): Uint8Array {
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || u32(this.bytes, at) !== LOCAL) throw new ZipError('truncated', `the local header of ${entry.name} is missing`);
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    const stop = start + entry.compressedSize;
    if (stop > this.bytes.length) throw new ZipError('truncated', `${entry.name} is cut off`);
    return this.bytes.subarray(start, stop);
  }

  /** The part's content, or undefined when there is no such part. */
  bytesOf(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    if (entry.flags & 1) throw new ZipError('encrypted', `${entry.name} is encrypted`);
    const data = this.stored(entry);
    if (entry.method === 0) return data;
    if (entry.method !== 8) throw new ZipError('unsupported', `${entry.name} uses compression method ${entry.method}`);
    let out: Uint8Array;
    try {
      // One output chunk of the part's size: zlib then hands it over without gluing 16 KB pieces.
      out = zlib.inflateRawSync(data, entry.size >= 64 && entry.size < 0x7fffffff ? { chunkSize: entry.size } : {});
    } catch (e) {
      throw new ZipError('corrupt', `${entry.name} cannot be inflated: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (out.length !== entry.size) throw new ZipError('corrupt', `${entry.name} inflates to ${out.length} bytes, not ${entry.size}`);
    return out;
  }

  /** The part's content as UTF-8 text (a byte-order mark dropped), or undefined. */
  textOf(name: string): string | undefined {
    const bytes = this.bytesOf(name);
    if (bytes === undefined) return undefined;
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return utf8.decode(bytes.subarray(start));
  }
}

function findEndRecord(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(bytes, at) === EOCD) return at;
  }
  throw new ZipError('truncated', 'no end of central directory: the file is cut off or not a zip');
}

// --- writing ---------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Node's own CRC-32 where it has one (20.15 and later), else the table below. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** New content of a part, or null to remove it. */
export type ZipChanges = ReadonlyMap<string, Uint8Array | null>;

interface Written {
  entry: Omit<ZipEntry, 'localOffset'>;
  data: Uint8Array;
}

function dosTime(now: Date): { time: number; date: number } {
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2),
    date: ((Math.max(1980, now.getFullYear()) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

const encoder = new TextEncoder();

/** Parts above this size (a large result sheet) are deflated at level 1: three times quicker, a little bigger. */
const QUICK_DEFLATE_BYTES = 1024 * 1024;

function fresh(name: string, content: Uint8Array, stamp: { time: number; date: number }): Written {
  const level = content.length > QUICK_DEFLATE_BYTES ? 1 : 6;
  const data = content.length > 64 ? new Uint8Array(zlib.deflateRawSync(content, { level })) : content;
  const method = data === content ? 0 : 8;
  return {
    entry: { name, rawName: encoder.encode(name), method, flags: 0x800, crc: crc32(content), compressedSize: data.length, size: content.length, ...stamp },
    data,
  };
}

/**
 * The package with its changes: every part of `base` not changed is copied as stored (its bytes
 * and compression untouched), in its place; a changed part is written anew in its place; a part
 * set to null is left out; new parts follow, in the order given.
 */
export function writeZip(base: ZipArchive | undefined, changes: ZipChanges): Uint8Array {
  const stamp = dosTime(new Date());
  const out: Written[] = [];
  const done = new Set<string>();
  // Part names are matched as stored, else ignoring case (OOXML's rule), as `entry` reads them.
  const byLower = new Map<string, string>();
  for (const name of changes.keys()) if (!byLower.has(name.toLowerCase())) byLower.set(name.toLowerCase(), name);
  for (const entry of base?.entries ?? []) {
    const key = changes.has(entry.name) ? entry.name : byLower.get(entry.name.toLowerCase());
    if (key === undefined) {
      out.push({ entry: { ...entry, flags: entry.flags & ~0x8 }, data: (base as ZipArchive).stored(entry) });
      continue;
    }
    done.add(key);
    const content = changes.get(key);
    if (content) out.push(fresh(entry.name, content, stamp));
  }
  for (const [name, content] of changes) if (!done.has(name) && content) out.push(fresh(name, content, stamp));
  return assemble(out);
}

/**
 * The fields a local header and a central directory entry share, in the same order from
 * "version needed" to the name's length (at +4 in the one, +6 in the other).
 */
function putCommonFields(view: DataView, at: number, entry: Written['entry']): void {
  view.setUint16(at, entry.method === 8 ? 20 : 10, true);
  view.setUint16(at + 2, entry.flags, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, entry.time, true);
  view.setUint16(at + 8, entry.date, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.compressedSize, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.rawName.length, true);
}

function assemble(parts: readonly Written[]): Uint8Array {
  let size = 22;
  for (const p of parts) size += 30 + p.entry.rawName.length + p.data.length + 46 + p.entry.rawName.length;
  if (size > MAX32) throw new ZipError('unsupported', 'the package would need zip64');
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const { entry, data } of parts) {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    putCommonFields(view, at + 4, entry);
    view.setUint16(at + 28, 0, true);
    out.set(entry.rawName, at + 30);
    out.set(data, at + 30 + entry.rawName.length);
    at += 30 + entry.rawName.length + data.length;
  }
  const dirStart = at;
  parts.forEach(({ entry }, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    putCommonFields(view, at + 6, entry);
    view.setUint32(at + 42, offsets[i], true);
    out.set(entry.rawName, at + 46);
    at += 46 + entry.rawName.length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - dirStart, true);
  view.setUint32(at + 16, dirStart, true);
  return out;
}

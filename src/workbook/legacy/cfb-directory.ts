/**
 * The names in a compound file's directory (OLE2 / CFB, [MS-CFB]): enough to tell a BIFF
 * workbook ("Workbook", "Book") from an encrypted OOXML package ("EncryptionInfo",
 * "EncryptedPackage") and to see a VBA project ("_VBA_PROJECT_CUR"), without loading SheetJS.
 * Only the header, the FAT and the directory chain are read; no stream's content.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export interface CfbName {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_REGULAR = 0xfffffffa;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

export function hasCfbSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * The storages and streams the directory names, or undefined when the header is damaged or the
 * directory lies beyond the end of the file (a cut-off file). Unused entries are left out.
 */
export function cfbNames(bytes: Uint8Array): CfbName[] | undefined {
  if (!hasCfbSignature(bytes) || bytes.length < 512) return undefined;
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const sectorAt = (id: number): number | undefined => {
    const at = (id + 1) * size;
    return id <= MAX_REGULAR && at + size <= bytes.length ? at : undefined;
  };

  // The FAT sectors: 109 in the header, then a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  const fatCount = u32(bytes, 0x2c);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(bytes, 0x4c + 4 * i));
  let difat = u32(bytes, 0x44);
  for (let guard = 0; fatSectors.length < fatCount && difat <= MAX_REGULAR && guard < 1 << 16; guard++) {
    const at = sectorAt(difat);
    if (at === undefined) return undefined;
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(bytes, at + 4 * i));
    difat = u32(bytes, at + size - 4);
  }
  const next = (id: number): number | undefined => {
    const fatSector = fatSectors[Math.floor((id * 4) / size)];
    const at = fatSector === undefined ? undefined : sectorAt(fatSector);
    return at === undefined ? undefined : u32(bytes, at + ((id * 4) % size));
  };

  const names: CfbName[] = [];
  const seen = new Set<number>();
  for (let id = u32(bytes, 0x30); id !== END_OF_CHAIN; ) {
    const at = sectorAt(id);
    if (at === undefined || seen.has(id)) return undefined;
    seen.add(id);
    for (let e = at; e < at + size; e += 128) {
      const type = bytes[e + 66];
      const length = Math.min(u16(bytes, e + 64), 64);
      if (type === 0 || length < 2) continue;
      let name = '';
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(u16(bytes, e + i));
      names.push({ name, type });
    }
    const following = next(id);
    if (following === undefined || following === FREE) return undefined;
    id = following;
  }
  return names;
}

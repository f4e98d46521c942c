/**
 * What a file is, from its bytes (never from its name): a zip container (.xlsx, .xlsm, .ods), a
 * compound file (.xls, or an .xlsx encrypted with a password), nothing, text (a CSV or HTML
 * saved as .xlsx), or something else. Cheap: SheetJS is not loaded, no part is inflated but the
 * ODS `mimetype`.
 */
import { ZipArchive, ZipError, looksLikeZip } from '../package/zip';
import { cfbNames, hasCfbSignature } from './cfb-directory';

export type FileKind = 'zip' | 'cfb' | 'empty' | 'text' | 'unknown';

export function fileKindOf(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (looksLikeZip(bytes)) return 'zip';
  if (hasCfbSignature(bytes)) return 'cfb';
  return looksLikeText(bytes) ? 'text' : 'unknown';
}

/** Text: a byte-order mark, or a start that is valid UTF-8 without control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  // A multi-byte character cut by the sample's end is not a reason to say "binary".
  let sample = bytes.subarray(0, 8192);
  if (sample.length < bytes.length) {
    let cut = sample.length;
    while (cut > sample.length - 4 && cut > 0 && (sample[cut - 1] & 0xc0) === 0x80) cut--;
    if (cut > 0 && sample[cut - 1] >= 0xc0) cut--;
    sample = sample.subarray(0, cut);
  }
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample);
    return true;
  } catch {
    return false;
  }
}

/**
 * What a compound file holds: a BIFF workbook (.xls: stream "Workbook", or "Book" for Excel 5/95),
 * an encrypted OOXML package (streams "EncryptionInfo" and "EncryptedPackage": an .xlsx saved with
 * a password to open), something else (a .doc), or a damaged directory (a cut-off file).
 * `macros`: the workbook carries a VBA project (storage "_VBA_PROJECT_CUR").
 */
export interface CfbContent {
  content: 'xls' | 'encrypted-ooxml' | 'other' | 'damaged';
  macros: boolean;
}

export function cfbContentOf(bytes: Uint8Array): CfbContent {
  const names = cfbNames(bytes);
  if (!names) return { content: 'damaged', macros: false };
  const has = (name: string) => names.some((n) => n.name.toLowerCase() === name.toLowerCase());
  const macros = has('_VBA_PROJECT_CUR');
  if (has('EncryptionInfo') && has('EncryptedPackage')) return { content: 'encrypted-ooxml', macros };
  if (names.some((n) => n.type === 2 && (n.name === 'Workbook' || n.name === 'Book' || n.name === 'WORKBOOK' || n.name === 'BOOK'))) {
    return { content: 'xls', macros };
  }
  return { content: 'other', macros };
}

/** ODF's media type of a spreadsheet, the content of an .ods file's first part `mimetype`. */
export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * What a zip container holds: an OOXML package ([Content_Types].xml), an OpenDocument spreadsheet
 * (`mimetype` = application/vnd.oasis.opendocument.spreadsheet), another zip, or a container
 * that cannot be read (cut off, damaged, encrypted entries).
 */
export function zipContentOf(bytes: Uint8Array): 'ooxml' | 'ods' | 'other' | 'damaged' {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes);
  } catch (e) {
    if (e instanceof ZipError) return 'damaged';
    throw e;
  }
  if (zip.has('[Content_Types].xml')) return 'ooxml';
  try {
    if (zip.textOf('mimetype')?.trim() === ODS_MIMETYPE) return 'ods';
  } catch (e) {
    if (e instanceof ZipError) return 'damaged';
    throw e;
  }
  return 'other';
}

/** One answer for a shell: which reader a file needs, or why there is none. */
export type WorkbookFormat = 'xlsx' | 'ods' | 'xls' | 'encrypted' | 'damaged' | 'empty' | 'text' | 'other';

export function workbookFormatOf(bytes: Uint8Array): WorkbookFormat {
  const kind = fileKindOf(bytes);
  switch (kind) {
    case 'zip': {
      const content = zipContentOf(bytes);
      return content === 'ooxml' ? 'xlsx' : content;
    }
    case 'cfb': {
      const { content } = cfbContentOf(bytes);
      return content === 'encrypted-ooxml' ? 'encrypted' : content;
    }
    case 'unknown':
      return 'other';
    default:
      return kind;
  }
}

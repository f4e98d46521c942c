/**
 * A walk over the records of an .xls file's Workbook stream (BIFF8, and BIFF5's "Book"), for
 * what SheetJS does not report: the objects drawn on sheets (charts, pictures, notes, controls),
 * conditional formats, data validation, hyperlinks, pivot tables, filters, protection, macro
 * sheets, user-defined names, each sheet's state and the active sheet. Records are read by type
 * and length only; nothing is decoded that the answer does not need.
 */
import type { LostFeature } from './not-carried';
import type { Run } from './ods-content';

export interface BiffSheet {
  state: 'visible' | 'hidden' | 'very-hidden';
  type: 'worksheet' | 'macro' | 'chart' | 'module' | 'other';
  /** Where its substream starts in the stream (BOUNDSHEET's lbPlyPos). */
  offset: number;
  hiddenCols: Run[];
}

export interface BiffFacts {
  features: Set<LostFeature>;
  /** Every BOUNDSHEET in order (SheetJS's SheetNames order), with its hidden columns (COLINFO). */
  sheets: BiffSheet[];
  /** 0-based index of the active sheet (WINDOW1's itabCur). */
  activeTab?: number;
  /** A FILEPASS record: the file is encrypted with a password. */
  encrypted: boolean;
}

const BOF = 0x0809;
const BOUNDSHEET = 0x0085;
const COLINFO = 0x007d;
const WINDOW1 = 0x003d;
const FILEPASS = 0x002f;
const OBJ = 0x005d;
const NOTE = 0x001c;
const NAME = 0x0018;
const PROTECT = 0x0012;
const HLINK = 0x01b8;
const SXVIEW = 0x00b0;
const AUTOFILTERINFO = 0x009d;
const CONDITIONAL = new Set([0x01b0, 0x01b1, 0x0879, 0x087a]);
const VALIDATION = new Set([0x01b2, 0x01be]);

/** OBJ's ftCmo object types ([MS-XLS] 2.5.xxx FtCmo.ot). */
function objectFeature(ot: number): LostFeature | undefined {
  if (ot === 0x05) return 'charts';
  if (ot === 0x08) return 'images';
  if (ot === 0x19) return 'comments';
  if (ot === 0x07 || (ot >= 0x0b && ot <= 0x14)) return 'controls';
  if (ot <= 0x04 || ot === 0x06 || ot === 0x09 || ot === 0x1e) return 'shapes';
  return undefined;
}

const SHEET_TYPES = { 0: 'worksheet', 1: 'macro', 2: 'chart', 6: 'module' } as const;
const STATES = ['visible', 'hidden', 'very-hidden'] as const;

export function readBiffFacts(stream: Uint8Array): BiffFacts {
  const facts: BiffFacts = { features: new Set(), sheets: [], encrypted: false };
  const u16 = (at: number) => stream[at] | (stream[at + 1] << 8);
  const u32 = (at: number) => (u16(at) | (u16(at + 2) << 16)) >>> 0;
  let substreams = 0;
  /** The sheet whose substream is being read (embedded charts' substreams included). */
  let sheet: BiffSheet | undefined;
  for (let at = 0; at + 4 <= stream.length;) {
    const type = u16(at);
    const size = u16(at + 2);
    const data = at + 4;
    if (data + size > stream.length) break;
    switch (type) {
      case BOF: {
        substreams++;
        sheet = facts.sheets.find((x) => x.offset === at) ?? sheet;
        // A chart substream: an embedded chart (after its OBJ) or a chart sheet.
        if (size >= 4 && u16(data + 2) === 0x0020) facts.features.add('charts');
        if (size >= 4 && (u16(data + 2) === 0x0040 || u16(data + 2) === 0x0006)) facts.features.add('macros');
        break;
      }
      case BOUNDSHEET:
        if (size >= 6) {
          const dt = stream[data + 5];
          facts.sheets.push({
            state: STATES[stream[data + 4] & 3] ?? 'hidden', type: SHEET_TYPES[dt as keyof typeof SHEET_TYPES] ?? 'other', offset: u32(data), hiddenCols: [],
          });
          if (dt === 1 || dt === 6) facts.features.add('macros');
          if (dt === 2) facts.features.add('charts');
        }
        break;
      case COLINFO:
        // colFirst, colLast, width, XF, flags (fHidden: bit 0).
        if (sheet && size >= 10 && u16(data + 8) & 1) sheet.hiddenCols.push({ start: u16(data), count: u16(data + 2) - u16(data) + 1 });
        break;
      case WINDOW1:
        if (substreams === 1 && size >= 12 && facts.activeTab === undefined) facts.activeTab = u16(data + 10);
        break;
      case FILEPASS:
        if (substreams === 1) facts.encrypted = true;
        break;
      case OBJ: {
        // The first sub-record is ftCmo (ft 0x15): ot follows ft and cb.
        const feature = size >= 6 && u16(data) === 0x15 ? objectFeature(u16(data + 4)) : undefined;
        if (feature) facts.features.add(feature);
        break;
      }
      case NOTE:
        facts.features.add('comments');
        break;
      case NAME:
        // fHidden (bit 0) and fBuiltin (bit 5, print areas, filters): not the user's names.
        if (size >= 2 && (u16(data) & 0x21) === 0) facts.features.add('names');
        break;
      case PROTECT:
        if (size >= 2 && u16(data) !== 0) facts.features.add('protection');
        break;
      case HLINK:
        facts.features.add('hyperlinks');
        break;
      case SXVIEW:
        facts.features.add('pivot-tables');
        break;
      case AUTOFILTERINFO:
        facts.features.add('filters');
        break;
      default:
        if (CONDITIONAL.has(type)) facts.features.add('conditional-formats');
        else if (VALIDATION.has(type)) facts.features.add('data-validation');
    }
    at = data + size;
  }
  return facts;
}

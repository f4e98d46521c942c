/**
 * The header of a summary table (units as rows): the STT and unit-name columns, the component
 * columns (headed by a component code: "I. Công tác chỉ đạo…", "II", "1."; possibly under a
 * merged caption, on a second header row; bonus "Điểm thưởng"/"Điểm cộng" and deduction "Điểm
 * trừ" columns too), the result columns (Tổng điểm, Chỉ số, Xếp hạng, Xếp loại, a unit's max),
 * and the maxima: on a row "Điểm tối đa"/"Điểm chuẩn", or in the headers ("I (12 điểm)").
 */
import { findHeader } from '../engine/detect';
import { GridReader } from '../engine/sheet';
import { cellText, parseNumericText } from '../engine/text';
import type { StatedLayout } from './types';
import {
  folded, isBonusName, isCodeHeader, isColumnNumber, isDeductionName, isGradeLabel, isIndexLabel, isMaxLabel, isNoteHeader,
  isRankLabel, isTotalLabel, isUnitMaxLabel, isUnitNameHeader, leadingComponentCode,
} from './words';

export interface ComponentColumn {
  col: number;
  code: string;
  name: string;
  /** Grid row of its header cell. */
  headerRow: number;
  /** The max written in the header ("(10 điểm)"), when it is. */
  headerMax?: number;
}

export type ResultKind = 'total' | 'index' | 'unitMax' | 'rank' | 'grade';

export interface SummaryHeader {
  /** Grid row of the header (the STT cell) and how many rows it takes. */
  headerRow: number;
  headerRows: number;
  codeCol: number;
  nameCol: number;
  components: ComponentColumn[];
  /** Result columns by kind, with the grid row of their header cell. */
  results: Partial<Record<ResultKind, { col: number; headerRow: number }>>;
  /** Grid row of the maxima, when they have a row of their own. */
  maxRow?: number;
  /** First grid row that may hold a unit. */
  bodyStart: number;
}

/** The max in a header: "I. Chỉ đạo (10 điểm)", "II (8 điểm)", "III - 12 điểm", "IV (tối đa 1,5đ)". */
const HEADER_MAX = /\s*(?:\(\s*(?:tối đa\s*:?\s*)?([+-]?\d+(?:[.,]\d+)?)\s*(?:điểm|đ)\.?\s*\)|[-–:]\s*([+-]?\d+(?:[.,]\d+)?)\s*(?:điểm|đ)\.?)\s*$/iu;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** The summary table's header, or undefined when the sheet has none (no unit-name column, or no component column). */
export function readSummaryHeader(g: GridReader, stated?: StatedLayout): SummaryHeader | undefined {
  const h = stated?.headerRow !== undefined ? stated.headerRow - g.originRow : findHeader(g)?.row;
  if (h === undefined || h < 0 || h >= g.rows) return undefined;
  const codeCol = stated?.codeColumn !== undefined ? stated.codeColumn - g.originCol : firstCol(g, h, isCodeHeader) ?? 0;
  const nameCol = stated?.unitNameColumn !== undefined ? stated.unitNameColumn - g.originCol : nextFilled(g, h, codeCol);
  if (nameCol === undefined || (stated?.unitNameColumn === undefined && !isUnitNameHeader(folded(g.value(h, nameCol))))) return undefined;
  const stateOf = stated?.componentColumns?.map((c) => c - g.originCol);
  const header: SummaryHeader = { headerRow: h, headerRows: 1, codeCol, nameCol, components: [], results: {}, bodyStart: h + 1 };
  for (let c = 0; c < g.cols; c++) {
    if (c === codeCol || c === nameCol) continue;
    readColumn(g, header, c, stateOf);
  }
  if (header.components.length === 0) return undefined;
  numberBonuses(header.components);
  if (header.components.some((k) => k.headerRow > h) || Object.values(header.results).some((x) => x.headerRow > h)) header.headerRows = 2;
  header.bodyStart = h + header.headerRows;
  // A row of column numbers under the header, then the maxima row, in either order.
  for (let r = header.bodyStart; r < Math.min(g.rows, header.bodyStart + 3); r++) {
    if (isColumnNumber(g.value(r, codeCol)) && isColumnNumber(g.value(r, nameCol))) { header.bodyStart = r + 1; continue; }
    if (r === (stated?.maxRow ?? -1) - g.originRow || isMaxLabel(folded(g.value(r, nameCol))) || isMaxLabel(folded(g.value(r, codeCol)))) {
      header.maxRow = r;
      header.bodyStart = r + 1;
    }
  }
  if (stated?.maxRow !== undefined && header.maxRow === undefined) header.maxRow = stated.maxRow - g.originRow;
  return header;
}

/** The unit-name column is the first headed one right of STT (as the criterion names are in the standard layout). */
function nextFilled(g: GridReader, r: number, codeCol: number): number | undefined {
  for (let c = codeCol + 1; c < g.cols; c++) if (cellText(g.value(r, c)) !== '') return c;
  return undefined;
}

function firstCol(g: GridReader, r: number, test: (f: string) => boolean): number | undefined {
  for (let c = 0; c < g.cols; c++) if (test(folded(g.value(r, c)))) return c;
  return undefined;
}

/** Reads the header of column c: a component, a result, or nothing (notes, blanks, anything else). */
function readColumn(g: GridReader, header: SummaryHeader, c: number, stated: number[] | undefined): void {
  const h = header.headerRow;
  // The second header row's text when it says something there (under a caption), else the first's.
  const textAt = (r: number): string => (r < g.rows && typeof g.value(r, c) === 'string' ? cellText(g.value(r, c)) : '');
  const below = textAt(h + 1);
  const row = below !== '' && kindOf(below, stated !== undefined && stated.includes(c)) !== 'none' ? h + 1 : h;
  const text = textAt(row);
  const kind = kindOf(text, stated !== undefined && stated.includes(c));
  if (kind === 'component') header.components.push(component(text, row, c, stated));
  else if (kind !== 'none' && kind !== 'note' && !header.results[kind]) header.results[kind] = { col: c, headerRow: row };
}

function kindOf(text: string, statedComponent: boolean): ResultKind | 'component' | 'note' | 'none' {
  const f = folded(text);
  if (statedComponent) return 'component';
  if (f === '') return 'none';
  if (isNoteHeader(f)) return 'note';
  if (leadingComponentCode(text) || isBonusName(f) || isDeductionName(f)) return 'component';
  return isTotalLabel(f) ? 'total' : isIndexLabel(f) ? 'index' : isUnitMaxLabel(f) ? 'unitMax'
    : isRankLabel(f) ? 'rank' : isGradeLabel(f) ? 'grade' : 'none';
}

/** A component column from its header text; a stated component without a code takes its place's numeral. */
function component(text: string, headerRow: number, col: number, stated: number[] | undefined): ComponentColumn {
  const m = HEADER_MAX.exec(text);
  const headerMax = m ? parseNumericText(m[1] ?? m[2]) : undefined;
  const bare = m ? text.slice(0, m.index).trim() : text;
  const coded = leadingComponentCode(bare);
  const place = stated?.indexOf(col) ?? -1;
  const code = coded?.code ?? (place >= 0 ? ROMAN[place] ?? String(place + 1) : '');
  const out: ComponentColumn = { col, code, name: coded?.rest || bare || code, headerRow };
  if (headerMax !== undefined) out.headerMax = headerMax;
  return out;
}

/** Bonus and deduction columns without a code of their own take the numbers after the last component's. */
function numberBonuses(components: ComponentColumn[]): void {
  let last = 0;
  let roman = true;
  for (const k of components) {
    if (k.code === '') k.code = roman ? ROMAN[last] ?? String(last + 1) : String(last + 1);
    roman = ROMAN.includes(k.code);
    last = roman ? ROMAN.indexOf(k.code) + 1 : Number(k.code) || last + 1;
  }
}
